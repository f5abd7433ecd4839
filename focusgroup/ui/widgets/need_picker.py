"""One need of a needs list, picked by typing its number or any part of its name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget


class UnknownNeed(ValueError):
    """The typed text names no need of the list."""


class NeedPicker(QComboBox):
    """An editable combo over the items of a needs list (``(id, label)`` pairs, shown as
    "5  Good wages"). Typing shows the matching needs in a popup (QCompleter, any part of the
    name, any case); leaving the field settles on the typed number, the exact entry or the first
    match. Empty text means no need. :meth:`chosen` raises :class:`UnknownNeed` for text that
    names nothing, so the dialog can say so instead of silently storing nothing."""

    submitted = Signal()  # Ctrl+Enter pressed while the popup was open

    def __init__(self, items: list[tuple[str, str]], placeholder: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.labels: list[str] = []
        for number, (item_id, text) in enumerate(items, start=1):
            self.addItem(f"{number}  {text}", item_id)
            self.labels.append(text)
        self.lineEdit().setPlaceholderText(placeholder)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.popup().installEventFilter(self)  # runs before the completer's own filter
        self.setCurrentIndex(-1)
        self.setEnabled(bool(items))
        self.lineEdit().editingFinished.connect(self.settle)
        # Tab out of an open completer popup sends no focus-out to the combo: watch focus.
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def match(self, text: str) -> int | None:
        """The index ``text`` names: a number, an entry as shown, or part of a name."""
        text = " ".join(text.split()).casefold()
        if not text:
            return None
        if text.isdigit():
            number = int(text)
            return number - 1 if 1 <= number <= self.count() else None
        shown = [" ".join(self.itemText(i).split()).casefold() for i in range(self.count())]
        if text in shown:
            return shown.index(text)
        names = [label.casefold() for label in self.labels]
        for found in ([i for i, n in enumerate(names) if n.startswith(text)],
                      [i for i, n in enumerate(names) if text in n]):
            if found:
                return found[0]
        return None

    def settle(self) -> None:
        """Show the need the typed text names (or keep text that names none, to be reported)."""
        text = self.lineEdit().text()
        index = self.match(text)
        if index is None:
            self.setCurrentIndex(-1)
            self.setEditText(text)
        elif index != self.currentIndex() or self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))

    def chosen(self) -> str | None:
        """The picked item's id, or None when the field is empty."""
        text = self.lineEdit().text()
        if not text.strip():
            return None
        index = self.match(text)
        if index is None:
            raise UnknownNeed(text.strip())
        return self.itemData(index)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Keys in the open popup: Tab settles on the match and moves on (the completer alone
        hides the popup but can leave the focus here); Ctrl+Enter settles and asks to save
        (the completer would swallow it as a plain Enter)."""
        if watched is not self.completer().popup() or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        submit = (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not (tab or submit):
            return super().eventFilter(watched, event)
        popup = self.completer().popup()
        current = popup.currentIndex()
        popup.hide()
        if current.isValid():
            self.setEditText(current.data())
        self.settle()
        if tab:
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
        else:
            self.submitted.emit()
        return True

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        mine = (self, self.lineEdit())
        if old in mine and new not in mine and new is not self.completer().popup():
            self.settle()
