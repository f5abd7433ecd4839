"""A page for a part of the app that is on its way, saying what it will do."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from focusgroup.ui.widgets.cards import Card, label


class ComingView(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(label(title, "title"))
        card = Card(self.tr("Coming soon"))
        card.body.addWidget(label(explanation, wrap=True))
        layout.addWidget(card)
        layout.addStretch(1)
