"""Sessions: every listening event in the workspace, newest first."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from focusgroup.storage.queries import SessionRow, session_rows
from focusgroup.storage.workspace import Workspace
from focusgroup.ui import labels
from focusgroup.ui.models.table import Column, RowsModel
from focusgroup.ui.widgets.cards import label


def _date(row: SessionRow) -> str:
    return row.date.strftime("%d %b %Y") if row.date else "—"


class SessionsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(label(self.tr("Sessions"), "title"))
        self.hint = label(self.tr(
            "Focus groups, lunch interviews, field visits and surveys. Live capture for new "
            "sessions is coming in the next release."), "muted", wrap=True)
        layout.addWidget(self.hint)
        self.model = RowsModel([
            Column(self.tr("Date"), _date, lambda r: r.date.toordinal() if r.date else 0),
            Column(self.tr("Kind"), lambda r: labels.session_kind(r.kind)),
            Column(self.tr("Status"), lambda r: labels.session_status(r.status)),
            Column(self.tr("Department"), lambda r: r.department or "—"),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Notes"), lambda r: str(r.notes), lambda r: r.notes),
        ])
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.model.set_rows(session_rows(ws) if ws else [])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
