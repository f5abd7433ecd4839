"""Building blocks of the Themes board: note cards in drag-and-drop lists, a column per theme,
and a type-to-find theme picker."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import NoteKind
from focusgroup.services import themes
from focusgroup.services.themes import BoardCard, ColumnHead
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.models.board_model import (
    HTML_ROLE,
    KIND_ROLE,
    NOTE_IDS_MIME,
    ColumnModel,
)
from focusgroup.ui.theme import current_theme

COLUMN_WIDTH = 300
KIND_COLORS = {
    NoteKind.LIKE: "#2e7d32", NoteKind.DISLIKE: "#c62828", NoteKind.IDEA: "#ef8f00",
    NoteKind.NEED: "#1e6fb8", NoteKind.QUOTE: "#7b1fa2", NoteKind.QUESTION: "#00838f",
    NoteKind.OBSERVATION: "#757575",
}
MUTED = "#7a7a7a"
CARD_COLORS = {
    "light": {"card": "#ffffff", "border": "#d0d4d9", "selected": "#dcebfa",
              "selected-border": "#1e6fb8", "text": "#1f2328"},
    "dark": {"card": "#2b3036", "border": "#454b52", "selected": "#1d3f5e",
             "selected-border": "#4f9be0", "text": "#e6e6e6"},
}


def note_ids_mime(note_ids: list[str], source_theme_id: str | None) -> QMimeData:
    """Dragged notes: their ids and the column (theme id, or None for unthemed) they left."""
    mime = QMimeData()
    payload = {"notes": list(note_ids), "from": source_theme_id}
    mime.setData(NOTE_IDS_MIME, json.dumps(payload).encode("utf-8"))
    return mime


def read_note_ids(mime: QMimeData) -> tuple[list[str], str | None] | None:
    if not mime.hasFormat(NOTE_IDS_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(NOTE_IDS_MIME)).decode("utf-8"))
        notes = [str(n) for n in payload["notes"]]
        source = payload.get("from")
    except (ValueError, KeyError, TypeError):
        return None
    return (notes, str(source) if source else None) if notes else None


def plural(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%n", str(n))


def card_html(card: BoardCard, column_theme: str | None, tr, show_suggestion: bool) -> str:
    """The card's text, where it was said, its other themes and (unthemed) the suggestion."""
    kind = labels.note_kind(card.kind)
    where = [part for part in (card.department, card.day.isoformat() if card.day else None,
                               card.session_title) if part]
    others = [f"#{name}" for name in card.themes if name != column_theme]
    meta = (f"<span style='color:{KIND_COLORS[card.kind]}'><b>{escape(kind)}</b></span>"
            f"<span style='color:{MUTED}'> · {escape(' · '.join(where))}</span>")
    if others:
        meta += f"<br><span style='color:{MUTED}'>{escape(' '.join(others))}</span>"
    html = f"<div>{escape(card.text)}</div><div style='font-size:small'>{meta}</div>"
    if show_suggestion and card.suggestion is not None:
        hint = tr("Suggested: #%1 — shares: %2").replace("%1", card.suggestion.theme).replace(
            "%2", ", ".join(card.suggestion.shared))
        keys = tr("A accept · I ignore")
        html += (f"<div style='font-size:small; color:{MUTED}'><i>{escape(hint)}</i>"
                 f" &nbsp;<span style='color:#9e9e9e'>{escape(keys)}</span></div>")
    return html


class NoteCardDelegate(QStyledItemDelegate):
    """Paints a note as a small card: a coloured edge for its kind, then rich text."""

    PAD = 8

    def __init__(self, parent: QListView):
        super().__init__(parent)
        self.view = parent
        self._heights: dict[tuple[str, int], int] = {}

    def _document(self, html: str, width: int, option) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(max(width - 2 * self.PAD - 4, 60))
        return document

    def _width(self) -> int:
        return max(self.view.viewport().width() - 2 * self.view.spacing(), 80)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        html = index.data(HTML_ROLE) or ""
        width = self._width()
        key = (html, width)
        if key not in self._heights:
            if len(self._heights) > 5000:
                self._heights.clear()
            height = self._document(html, width, option).size().height()
            self._heights[key] = int(height) + 2 * self.PAD
        return QSize(width, self._heights[key])

    def paint(self, painter: QPainter, option, index) -> None:
        index.model().suggested(index.row())  # only painted cards look for a suggestion
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        colors = CARD_COLORS[current_theme(QApplication.instance())]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QColor(colors["selected-border" if selected else "border"]))
        painter.setBrush(QColor(colors["selected" if selected else "card"]))
        painter.drawRoundedRect(rect, 6, 6)
        kind = index.data(KIND_ROLE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(KIND_COLORS.get(NoteKind(kind), MUTED) if kind else MUTED))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        document = self._document(index.data(HTML_ROLE) or "", int(option.rect.width()), option)
        painter.translate(rect.left() + self.PAD + 3, rect.top() + self.PAD - 1)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(colors["text"]))
        document.documentLayout().draw(painter, context)
        painter.restore()


class NoteList(QListView):
    """The notes of one column, read a page at a time as it is scrolled (a :class:`ColumnModel`).
    Dragging carries note ids; a drop emits ``dropped`` (a copy: the theme is added) unless
    Shift is held (a move). Keys emit ``command``: ``assign`` (T, Ctrl+T), ``remove`` (Delete),
    ``accept`` (A, Enter) and ``ignore`` (I)."""

    dropped = Signal(object, object, bool)  # note ids, source theme id (None: unthemed), move
    command = Signal(str)
    focused = Signal()
    selection_moved = Signal()
    drag_moved = Signal(QPoint)  # global position: the board scrolls near its edges

    def __init__(self, theme_id: str | None, html, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme_id = theme_id
        self.editable = True
        self.setModel(ColumnModel(theme_id, html, self._mime, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(NoteCardDelegate(self))

    def selectionChanged(self, selected, deselected) -> None:  # noqa: N802
        super().selectionChanged(selected, deselected)
        self.selection_moved.emit()

    def _mime(self, note_ids: list[str]) -> QMimeData:
        return note_ids_mime(note_ids, self.theme_id)

    def notes(self) -> ColumnModel:
        return self.model()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.notes().editable = editable
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)

    def count(self) -> int:
        """The cards read so far (not the column's total: that is in its header)."""
        return self.notes().rowCount()

    def texts(self) -> list[str]:
        return [card.text for card in self.notes().cards]

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def note_ids(self, selected_only: bool = True) -> list[str]:
        cards = self.notes().cards
        rows = self.selected_rows() if selected_only else range(len(cards))
        return [cards[row].note_id for row in rows]

    def select_notes(self, note_ids, current: str | None = None) -> None:
        """Select the cards of these notes (those read so far); ``current`` gets the focus."""
        wanted = set(note_ids)
        selection = QItemSelection()
        for row, card in enumerate(self.notes().cards):
            if card.note_id in wanted:
                index = self.notes().index(row)
                selection.select(index, index)
                if card.note_id == current:
                    self.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.selectionModel().select(selection,
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_row(self) -> int:
        return self.currentIndex().row()

    def set_current_row(self, row: int) -> None:
        self.setCurrentIndex(self.notes().index(row))

    # -- drag and drop -------------------------------------------------------------------
    def accepts(self, mime: QMimeData) -> bool:
        payload = read_note_ids(mime)
        if payload is None or not self.editable:
            return False
        source = payload[1]
        if self.theme_id is None:  # onto "Unthemed": take the notes out of their column's theme
            return source is not None
        return source != self.theme_id

    def _answer(self, event) -> None:
        if self.accepts(event.mimeData()):
            move = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            event.setDropAction(Qt.DropAction.MoveAction if move or self.theme_id is None
                                else Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        self._answer(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self._answer(event)
        self.drag_moved.emit(self.viewport().mapToGlobal(event.position().toPoint()))

    def dropEvent(self, event) -> None:  # noqa: N802
        payload = read_note_ids(event.mimeData())
        if payload is None or not self.accepts(event.mimeData()):
            event.ignore()
            return
        move = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        # Always report a copy back to the source list so Qt never deletes its items itself;
        # the board is redrawn from the workspace instead.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(payload[0], payload[1], move)

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        commands = {Qt.Key.Key_T: "assign", Qt.Key.Key_A: "accept", Qt.Key.Key_I: "ignore",
                    Qt.Key.Key_Return: "accept", Qt.Key.Key_Enter: "accept",
                    Qt.Key.Key_Delete: "remove", Qt.Key.Key_Backspace: "remove"}
        if key == Qt.Key.Key_T and ctrl or key in commands and plain:
            self.command.emit(commands[key])
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit()


def scroll_near_edges(scroll, where) -> None:
    """Dragging near the left or right edge of a scroll area scrolls it."""
    viewport = scroll.viewport()
    x = viewport.mapFromGlobal(where).x()
    bar = scroll.horizontalScrollBar()
    if -40 < x < 48:
        bar.setValue(bar.value() - 40)
    elif viewport.width() - 48 < x < viewport.width() + 40:
        bar.setValue(bar.value() + 40)


class ThemeColumn(QFrame):
    """A header (name, "N likes · M dislikes") over the notes of one theme, or the unthemed."""

    def wire(self, view) -> None:
        """Connect the list's signals to the board view's handlers."""
        self.list.dropped.connect(view._dropped)
        self.list.command.connect(view._command)
        self.list.focused.connect(view._list_focused)
        self.list.selection_moved.connect(view._list_focused)
        self.list.customContextMenuRequested.connect(view._context_menu)
        self.list.drag_moved.connect(view._drag_moved)

    def __init__(self, theme_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme_id = theme_id
        self.name = ""
        self.setProperty("role", "card")
        self.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        self.show_suggestions = False
        self.ignored: set[str] | frozenset[str] = frozenset()
        self.list = NoteList(theme_id, self._card_html, self)
        layout.addWidget(self.list, 1)

    def counts_text(self) -> str:
        """The counts line as a reader sees it, e.g. "12 notes · 3 likes · 5 dislikes"."""
        return self.counts.property("plain") or ""

    def _card_html(self, card: BoardCard) -> str:
        return card_html(card, self.name or None, self.tr,
                         self.show_suggestions and card.note_id not in self.ignored)

    def show_column(self, head: ColumnHead, title: str, ws: Workspace | None,
                    scope: themes.Scope, suggest=None,
                    ignored: set[str] | frozenset[str] = frozenset()) -> None:
        """The header as counted in SQL, and the cards read afresh from the workspace (as
        many as were read before, so the selection and the place in the column stay)."""
        tr = self.tr
        self.name = head.name
        self.show_suggestions = suggest is not None
        self.ignored = ignored
        self.title.setText(title)
        self.title.setToolTip(title)
        notes = plural(head.notes, labels.term("1 note"), tr("%n notes"))
        likes = plural(head.likes, tr("1 like"), tr("%n likes"))
        dislikes = plural(head.dislikes, tr("1 dislike"), tr("%n dislikes"))
        self.counts.setProperty("plain", f"{notes} · {likes} · {dislikes}")
        self.counts.setText(
            f"<span style='color:{MUTED}'>{escape(notes)} · </span>"
            f"<span style='color:{KIND_COLORS[NoteKind.LIKE]}'>{escape(likes)}</span>"
            f"<span style='color:{MUTED}'> · </span>"
            f"<span style='color:{KIND_COLORS[NoteKind.DISLIKE]}'>{escape(dislikes)}</span>")
        selected = self.list.note_ids()
        current = self.list.current_row()
        read = self.list.count()
        scrolled = self.list.verticalScrollBar().value()
        self.list.setUpdatesEnabled(False)
        self.list.notes().load(ws, scope, suggest, at_least=read)
        self.list.select_notes(selected)
        if selected and not self.list.selected_rows() and self.list.count() and current >= 0:
            # The selected notes left this column (accepted, moved): go on with the next one.
            self.list.set_current_row(min(current, self.list.count() - 1))
        self.list.doItemsLayout()
        self.list.verticalScrollBar().setValue(scrolled)
        self.list.setUpdatesEnabled(True)


class ThemePicker(QDialog):
    """Type to find a theme; Up/Down to choose; Enter to take it. A new name creates a theme
    unless ``existing_only``."""

    def __init__(self, title: str, prompt: str, names: list[str], *, text: str = "",
                 existing_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.names = names
        self.existing_only = existing_only
        self.resize(380, 340)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(200)
        self.edit.setPlaceholderText(self.tr("Theme name"))
        layout.addWidget(self.edit)
        self.matches = QListWidget()
        self.matches.setVisible(bool(names))
        layout.addWidget(self.matches, 1)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._filter)
        self.matches.itemDoubleClicked.connect(self.accept)
        self.edit.installEventFilter(self)
        self._filter()
        if not names:
            self.setFixedHeight(self.sizeHint().height())

    def _filter(self) -> None:
        typed = " ".join(self.edit.text().split()).lstrip("#")
        wanted = typed.casefold()
        self.matches.clear()
        found = [n for n in self.names if wanted in n.casefold()]
        found.sort(key=lambda n: (not n.casefold().startswith(wanted), n.casefold()))
        for name in found:
            self.matches.addItem(f"#{name}")
        self.matches.setCurrentRow(0 if found and wanted else -1)
        if self.existing_only:
            self.hint.setText(self.tr("Type to find a theme, then Enter."))
        elif typed and not any(n.casefold() == wanted for n in self.names):
            self.hint.setText(self.tr("Enter takes the highlighted theme; Up, then Enter, "
                                      "creates “%1”.").replace("%1", typed) if found else
                              self.tr("Enter creates the new theme “%1”.").replace("%1", typed))
        else:
            self.hint.setText(self.tr("Type to find a theme; a new name creates it."))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.matches.currentRow() + step, -1), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def name(self) -> str:
        """The chosen existing theme, else the typed text."""
        item = self.matches.currentItem()
        if item is not None and self.matches.currentRow() >= 0:
            return item.text()[1:]
        return " ".join(self.edit.text().split()).lstrip("#")

    def accept(self) -> None:
        name = self.name()
        if not name:
            return
        if self.existing_only and name.casefold() not in {n.casefold() for n in self.names}:
            self.hint.setText(self.tr("Choose one of the themes listed."))
            return
        super().accept()
