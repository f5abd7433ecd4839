"""Small building blocks for dashboard-like pages: headings, cards, big numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def label(text: str, role: str | None = None, *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    return widget


class Card(QFrame):
    """A bordered box with an optional heading; add content to ``body``."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(6)
        if title:
            self.body.addWidget(label(title, "heading"))


class StatCard(Card):
    """A number with a caption, e.g. "214 notes"."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.value = label("0", "big-number")
        self.caption = label(caption, "muted")
        self.body.addWidget(self.value)
        self.body.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(f"{value:,}".replace(",", "\u2009"))
