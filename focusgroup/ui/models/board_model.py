"""One column of the Themes board as a Qt list model that reads its notes a page at a time.

The header counts come from SQL; the cards are only read as the list is scrolled
(``canFetchMore``/``fetchMore``), so a column of 200,000 notes costs what its first page does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from focusgroup.services import themes
from focusgroup.services.themes import BoardCard
from focusgroup.services.workspaces import Workspace

Index = QModelIndex | QPersistentModelIndex
NOTE_IDS_MIME = "application/x-focusgroup-note-ids"
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
FIRST_PAGE = 20  # a column's height of cards; the view asks for more as it needs them
PAGE = 60  # a scroll's worth: reading more at once is a longer stall
MOST_KEPT = 1000  # after a change, at most this many rows are read again to keep the place


class LazySuggester:
    """Suggests themes for unthemed cards; learns from the workspace when first asked."""

    def __init__(self, ws: Workspace):
        self.ws, self._made = ws, None

    def __call__(self):
        if self._made is None:
            self._made = themes.suggester(self.ws)
        return self._made


class ColumnModel(QAbstractListModel):
    """The cards of one column (``theme_id`` None: the unthemed notes). ``html`` turns a card
    into the rich text the delegate paints; ``mime`` turns note ids into a drag's payload."""

    def __init__(self, theme_id: str | None, html: Callable[[BoardCard], str],
                 mime: Callable[[list[str]], QMimeData], parent=None):
        super().__init__(parent)
        self.theme_id = theme_id
        self._html_of, self._mime = html, mime
        self.ws: Workspace | None = None
        self.scope = themes.Scope()
        self.suggest: Callable[[], Any] | None = None
        self.cards: list[BoardCard] = []
        self._html: dict[str, str] = {}
        self._asked: set[str] = set()  # notes whose suggestion has been looked for
        self._redraw: set[int] = set()
        self._after: int | None = None
        self._done = True
        self.editable = True

    # -- loading ---------------------------------------------------------------------------
    def load(self, ws: Workspace | None, scope: themes.Scope,
             suggest: Callable[[], Any] | None = None, at_least: int = 0) -> None:
        """Show the column afresh: its first page (or as many rows as were shown, up to
        ``MOST_KEPT``, so the place in a long column is kept after a change)."""
        self.beginResetModel()
        self.ws, self.scope, self.suggest = ws, scope, suggest
        self.cards, self._html, self._after, self._asked = [], {}, None, set()
        self._done = ws is None
        self.endResetModel()
        self._read(max(FIRST_PAGE, min(at_least, MOST_KEPT)))

    def _read(self, limit: int) -> None:
        if self._done or self.ws is None:
            return
        cards, self._after = themes.column_page(self.ws, self.scope, self.theme_id,
                                                after=self._after, limit=limit)
        self._done = self._after is None
        if cards:
            first = len(self.cards)
            self.beginInsertRows(QModelIndex(), first, first + len(cards) - 1)
            self.cards.extend(cards)
            self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not parent.isValid():
            self._read(PAGE)

    def forget_html(self, note_ids) -> None:
        """Draw these cards again (e.g. their suggestion was ignored)."""
        for note_id in note_ids:
            self._html.pop(note_id, None)
        if self.cards:
            self.dataChanged.emit(self.index(0), self.index(len(self.cards) - 1), [HTML_ROLE])

    # -- suggestions (looked for only for the cards that are painted) ------------------------
    def suggested(self, row: int) -> BoardCard:
        """The card at ``row`` with its suggested theme, looked for now if it was not yet;
        a card whose suggestion appears is drawn again (it grows a line)."""
        card = self.cards[row]
        if self.suggest is None or card.note_id in self._asked:
            return card
        self._asked.add(card.note_id)
        found = self.suggest().suggest(card.text)
        if found is None:
            return card
        card = self.cards[row] = replace(card, suggestion=found)
        self._html.pop(card.note_id, None)
        if not self._redraw:
            QTimer.singleShot(0, self._grown)
        self._redraw.add(row)
        return card

    def _grown(self) -> None:
        rows, self._redraw = self._redraw, set()
        for row in rows:
            if row < len(self.cards):
                self.dataChanged.emit(self.index(row), self.index(row), [HTML_ROLE])

    # -- reading -----------------------------------------------------------------------------
    def card(self, note_id: str) -> BoardCard | None:
        """The card of a note read so far (with its suggestion looked for)."""
        row = next((r for r, c in enumerate(self.cards) if c.note_id == note_id), None)
        return None if row is None else self.suggested(row)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return card.text
        if role == NOTE_ID_ROLE:
            return card.note_id
        if role == KIND_ROLE:
            return card.kind.value  # plain text: no Python objects in Qt
        if role == HTML_ROLE:
            html = self._html.get(card.note_id)
            if html is None:
                html = self._html[card.note_id] = self._html_of(card)
            return html
        return None

    # -- dragging ----------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.editable else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [NOTE_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return self._mime([self.cards[r].note_id for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
