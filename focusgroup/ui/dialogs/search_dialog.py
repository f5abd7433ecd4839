"""Search every note (Ctrl+F / Ctrl+K): results while typing, matches highlighted."""

from __future__ import annotations

import sys
from datetime import date
from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.cadence import add_months
from focusgroup.domain.model import NoteKind, Role
from focusgroup.services.departments import list_departments
from focusgroup.services.search import SearchFilters, SearchHit, count_hits, search, split_marks
from focusgroup.services.themes import theme_names
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
COUNTED = 5000  # hits counted exactly; past that "more than"
HIT_ROLE = Qt.ItemDataRole.UserRole + 3


def hit_html(hit: SearchHit) -> str:
    """Where the note was said, then its snippet with the matches highlighted."""
    snippet = "".join(f"<b style='background:#fff59d;color:#000'>{escape(t)}</b>"
                      if match else escape(t) for t, match in split_marks(hit.snippet))
    day = hit.day.isoformat() if hit.day else "—"
    return (f"<span style='color:gray'>{escape(day)} · {escape(hit.session_title)} · "
            f"{escape(labels.note_kind(hit.kind))}</span><br>{snippet}")


class HitsModel(QAbstractListModel):
    """The hits of one search, read a page at a time as the list is scrolled; ``total`` is
    counted in the workspace."""

    PAGE = 100

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.total = 0
        self._read = None

    def show(self, read, total: int) -> None:
        """``read(offset, limit)`` gives a page of hits; ``total`` is how many there are."""
        self.beginResetModel()
        self._read, self.total = read, total
        self.hits = read(0, self.PAGE) if total else []
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.hits) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802
        more = self._read(len(self.hits), self.PAGE) if self._read and not parent.isValid() \
            else []
        if not more:
            self.total = len(self.hits)
            return
        self.beginInsertRows(QModelIndex(), len(self.hits), len(self.hits) + len(more) - 1)
        self.hits.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == HIT_ROLE:
            return (hit.session_id, hit.note_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.session_title
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML (escaped text with <b> around matches)."""

    def _document(self, option, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(option.rect.width() - 8, 100))
        return document

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        self._document(option, index).drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)


class SearchDialog(QDialog):
    open_requested = Signal(str, str)  # session id, note id

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Search notes"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr(
            'Words find their beginnings (anerk → anerkendelse); "quotes" find a phrase'))
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        filters = QHBoxLayout()
        self.kind, self.department, self.theme, self.role, self.period = (
            QComboBox() for _ in range(5))
        self.period.addItem(self.tr("Any time"), 0)
        self.period.addItem(self.tr("Last 6 months"), 6)
        self.period.addItem(self.tr("Last 12 months"), 12)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in NoteKind:
            self.kind.addItem(labels.note_kind(kind), kind.value)
        self.department.addItem(labels.term("All departments"), None)
        for department in list_departments(ws, include_archived=True):
            self.department.addItem(department.name, department.id)
        self.theme.addItem(self.tr("All themes"), None)
        for name in theme_names(ws):
            self.theme.addItem(f"#{name}", name)
        self.role.addItem(self.tr("Anyone"), None)
        for role in Role:
            self.role.addItem(labels.role(role), role.value)
        for combo in (self.kind, self.department, self.theme, self.role, self.period):
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.run)
        layout.addLayout(filters)
        self.count = label("", "muted")
        layout.addWidget(self.count)
        self.results = QListView()
        self.model = HitsModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.run)
        self.query.textEdited.connect(self.timer.start)
        self.query.returnPressed.connect(self._open_first)
        self.results.activated.connect(self._open_index)

    def filters(self) -> SearchFilters:
        kind, role = self.kind.currentData(), self.role.currentData()
        months = self.period.currentData()
        return SearchFilters(kind=NoteKind(kind) if kind else None,
                             department_id=self.department.currentData(),
                             theme=self.theme.currentData(),
                             role=Role(role) if role else None,
                             since=add_months(date.today(), -months) if months else None)

    def run(self) -> None:
        """Search again: the count from the workspace, the first page of the best matches."""
        self.timer.stop()
        text, filters = self.query.text(), self.filters()
        found = count_hits(self.ws, text, filters, COUNTED + 1) if text.strip() else 0
        many = found > COUNTED  # the list reads on until the hits run out
        self.model.show(_pages(self.ws, text, filters), sys.maxsize if many else found)
        if not text.strip():
            self.count.setText("")
        elif many:
            self.count.setText(self.tr("More than %1 notes found. Enter opens the session at "
                                       "the note.").replace("%1", str(COUNTED)))
        elif found:
            self.count.setText(self.tr("%1 notes found. Enter opens the session at the note.")
                               .replace("%1", str(found)))
        else:
            self.count.setText(self.tr("Nothing found."))

    def hits(self) -> list[tuple[str, str]]:
        """(session id, note id) of the hits read so far."""
        return [(hit.session_id, hit.note_id) for hit in self.model.hits]

    def _open_first(self) -> None:
        self.run()
        if self.model.rowCount():
            self._open_index(self.model.index(0))

    def _open_index(self, index) -> None:
        session_id, note_id = index.data(HIT_ROLE)
        self.open_requested.emit(session_id, note_id)
        self.accept()


def _pages(ws: Workspace, text: str, filters: SearchFilters):
    def read(offset: int, limit: int) -> list[SearchHit]:
        return search(ws, text, filters, limit=limit, offset=offset)
    return read


__all__ = ["SearchDialog"]
