"""Small building blocks for dashboard-like pages: headings, cards, big numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


def dot_icon(color: str, size: int = 12) -> QIcon:
    """A small filled circle, e.g. red for overdue (style sheets do not override icons)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


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
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(6)
        if title:
            self.body.addWidget(label(title, "heading", wrap=True))


class LinesCard(Card):
    """A card listing short lines of rich text (escape user text before passing it in)."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.empty_text = empty_text
        self.lines: list[QLabel] = []

    def set_lines(self, html_lines: list[str], limit: int | None = None,
                  more: int = 0) -> None:
        """Show the lines; past ``limit`` one muted line says how many more there are
        (``more``: lines beyond these that were not even read)."""
        for line in self.lines:
            self.body.removeWidget(line)
            line.hide()
            line.deleteLater()
        shown = html_lines[:limit] if limit is not None else html_lines
        self.lines = [label(text, wrap=True) for text in shown] or [
            label(self.empty_text, "muted", wrap=True)
        ]
        hidden = len(html_lines) - len(shown) + more
        if hidden > 0:
            self.lines.append(label(self.tr("… and %1 more").replace("%1", str(hidden)),
                                    "muted"))
        for line in self.lines:
            line.setTextFormat(Qt.TextFormat.RichText)
            self.body.addWidget(line)

    def texts(self) -> list[str]:
        """The lines as plain text (what a reader sees)."""
        return [QTextDocumentFragment.fromHtml(line.text()).toPlainText() for line in self.lines]


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
