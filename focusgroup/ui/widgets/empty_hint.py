"""A sentence in the middle of an empty table saying what would fill it and how."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    """Shown over ``view``'s viewport while its model has no rows."""

    def __init__(self, view: QAbstractItemView, text: str):
        super().__init__(text, view.viewport())
        self.view = view
        self.setProperty("role", "muted")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.follow)
        view.viewport().installEventFilter(self)
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self.view.viewport().rect()
        width = min(area.width() - 40, 560)
        self.setGeometry((area.width() - width) // 2, 30, max(width, 100), 80)

    def follow(self, *_args) -> None:
        self._place()
        self.setVisible(self.view.model().rowCount() == 0)
