"""Departments: add, edit (name, kind, cadence), archive and restore; see who is overdue."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.cadence import CadenceStatus
from focusgroup.services import departments as service
from focusgroup.services.errors import WorkspaceError
from focusgroup.services.overview import cadence_overview
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.dialogs.department_dialog import DepartmentDialog
from focusgroup.ui.models.table import Column, RowsModel, sorted_table
from focusgroup.ui.widgets.cards import dot_icon, label
from focusgroup.ui.widgets.department_detail import DepartmentDetail


class DepartmentsView(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.default_cadence = 6
        self.threshold = 5
        self.today = date.today()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(label(self.tr("Departments and partners"), "title"))
        layout.addWidget(label(self.tr(
            "Teams, departments, suppliers and contractors you listen to, and how often. "
            "Double-click a row to edit it."), "muted", wrap=True))

        tools = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add department…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.show_archived = QCheckBox(self.tr("Show archi&ved"))
        for widget in (self.add_button, self.edit_button, self.archive_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.show_archived)
        layout.addLayout(tools)

        self.model = RowsModel([
            Column(self.tr("Name"), lambda s: s.department.name,
                   lambda s: s.department.name.lower()),
            Column(labels.term("Kind"), lambda s: labels.department_kind(s.department.kind)),
            Column(self.tr("Cadence"), lambda s: labels.months(s.department.cadence_months),
                   lambda s: s.department.cadence_months),
            Column(labels.term("Last listened"), self._last_text,
                   lambda s: s.last_listened.toordinal() if s.last_listened else 0),
            Column(labels.term("Status"), self._status_text, self._status_order, self._status_color,
                   self._status_icon),
        ])
        self._overdue_icon = dot_icon("#c62828")
        self._ok_icon = dot_icon("#2e7d32")
        self.proxy, self.table = sorted_table(self.model, self, self.tr(
            "No departments yet. Use “Add department…” for the teams, departments and partner "
            "groups you listen to; "
            "each gets a listening cadence and shows here when it is due."))
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # overdue first
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        layout.addWidget(self.table, 1)
        self.detail = DepartmentDetail()
        layout.addWidget(self.detail)

        self.add_button.clicked.connect(self.add_department)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.show_archived.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- data ---------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None, default_cadence: int = 6,
                      threshold: int = 5) -> None:
        self.ws = ws
        self.threshold = threshold
        self.default_cadence = default_cadence
        self.refresh()

    def refresh(self) -> None:
        self.today = date.today()
        if self.ws is None:
            self.model.set_rows([])
            return
        rows = cadence_overview(self.ws, self.today)
        if self.show_archived.isChecked():
            active = {s.department.id for s in rows}
            archived = [d for d in service.list_departments(self.ws, include_archived=True)
                        if d.id not in active]
            from focusgroup.domain.cadence import cadence_status

            rows += [cadence_status(d, None) for d in archived]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected(self) -> CadenceStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(self.proxy.mapToSource(rows[0])) if rows else None

    # -- display ------------------------------------------------------------------------------
    def _last_text(self, status: CadenceStatus) -> str:
        return labels.day(status.last_listened)

    def _status_text(self, status: CadenceStatus) -> str:
        if status.department.archived:
            return self.tr("Archived")
        if status.never:
            return labels.term("Never listened to")
        if status.overdue(self.today):
            return self.tr("Overdue by %1 days").replace("%1", str(status.days_overdue(self.today)))
        return self.tr("Next by %1").replace("%1", labels.day(status.due))

    def _status_order(self, status: CadenceStatus) -> int:
        """Never listened to, then longest overdue, then next due; archived last."""
        if status.department.archived:
            return 10**8
        if status.never:
            return -(10**7)
        if status.overdue(self.today):
            return -status.days_overdue(self.today)
        return status.due.toordinal()

    def _status_icon(self, status: CadenceStatus):
        if status.department.archived:
            return None
        return self._overdue_icon if status.overdue(self.today) else self._ok_icon

    def _status_color(self, status: CadenceStatus):
        if not status.department.archived and status.overdue(self.today):
            return QColor("#c62828")
        return None

    def _update_buttons(self) -> None:
        status = self.selected()
        self.detail.show_department(self.ws, status.department if status else None,
                                    self.threshold)
        self.edit_button.setEnabled(status is not None)
        self.archive_button.setEnabled(status is not None)
        archived = status is not None and status.department.archived
        self.archive_button.setText(self.tr("&Restore") if archived else self.tr("A&rchive"))
        self.add_button.setEnabled(self.ws is not None and not self.ws.read_only)

    # -- actions ------------------------------------------------------------------------------
    def add_department(self) -> None:
        if self.ws is None:
            return
        dialog = DepartmentDialog(self.ws, None, self.default_cadence, self)
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    def edit_selected(self) -> None:
        status = self.selected()
        if self.ws is None or status is None:
            return
        dialog = DepartmentDialog(self.ws, status.department, self.default_cadence, self)
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    def toggle_archived(self) -> None:
        status = self.selected()
        if self.ws is None or status is None:
            return
        try:
            service.set_archived(self.ws, status.department, not status.department.archived)
        except WorkspaceError as error:
            QMessageBox.warning(self, self.tr("Could not save"), labels.message(error))
            return
        self.refresh()
        self.changed.emit()
