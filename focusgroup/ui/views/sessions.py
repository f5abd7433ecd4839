"""Sessions: every listening event in the workspace, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusgroup.services.sessions import SessionRow, session_count, session_page
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.models.table import Column, PagedRowsModel, table_view
from focusgroup.ui.widgets.cards import label


def _date(row: SessionRow) -> str:
    return labels.day(row.date)


def _pages(ws: Workspace):
    def read(order: str, descending: bool, offset: int, limit: int) -> list[SessionRow]:
        return session_page(ws, order, descending, offset=offset, limit=limit)
    return read


def _counter(ws: Workspace):
    def count() -> int:
        return session_count(ws)
    return count


class SessionsView(QWidget):
    open_requested = Signal(str)  # session id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        header = QHBoxLayout()
        header.addWidget(label(labels.term("Sessions"), "title"), 1)
        self.new_button = QPushButton(self.tr("Ne&w session…"))
        self.new_button.setProperty("role", "primary")
        self.lunch_button = QPushButton(self.tr("Log a &lunch…"))
        self.open_button = QPushButton(self.tr("&Open"))
        for button in (self.open_button, self.lunch_button, self.new_button):
            header.addWidget(button)
        layout.addLayout(header)
        self.hint = label(self.tr(
            "Focus groups, lunch interviews, field visits and surveys. Open a session to run "
            "it: the capture line takes every note from the keyboard."), "muted", wrap=True)
        layout.addWidget(self.hint)
        self.ws: Workspace | None = None
        self.model = PagedRowsModel([
            Column(labels.term("Date"), _date, lambda r: r.date.toordinal() if r.date else 0),
            Column(labels.term("Kind"), lambda r: labels.session_kind(r.kind)),
            Column(labels.term("Status"), lambda r: labels.session_status(r.status)),
            Column(labels.term("Department"), lambda r: r.department or "—"),
            Column(self.tr("Title"), lambda r: r.title),
            Column(labels.term("Notes"), lambda r: str(r.notes), lambda r: r.notes),
        ], ["date", "kind", "status", "department", "title", "notes"], self)
        self.table = table_view(self.model, self.tr(
            "No sessions yet. Plan a focus group with “New session…”, or log a conversation "
            "with “Log a lunch…” right after lunch."))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        layout.addWidget(self.table, 1)
        self.table.activated.connect(self._open_index)
        self.open_button.clicked.connect(self._open_selected)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]).id if rows else None

    def _open_index(self, index) -> None:
        row = self.model.row(index)
        if row is not None:
            self.open_requested.emit(row.id)

    def _open_selected(self) -> None:
        key = self.selected_id()
        if key:
            self.open_requested.emit(key)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.refresh()

    def refresh(self) -> None:
        """Read the list again: its count, and the first page in the chosen order."""
        ws = self.ws
        self.model.set_source(_pages(ws) if ws is not None else None,
                              _counter(ws) if ws is not None else None)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
