"""Actions: what was promised, by whom, by when, and "you said, we did" once done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusgroup.services.actions import ActionRow, list_actions
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.dialogs.action_dialog import ActionDialog
from focusgroup.ui.models.table import Column, RowsModel, sorted_table
from focusgroup.ui.widgets.cards import dot_icon, label


class ActionsView(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.today = date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Actions"), "title"), 1)
        self.add_button = QPushButton(self.tr("&Add action…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        for button in (self.edit_button, self.add_button):
            header.addWidget(button)
        layout.addLayout(header)
        layout.addWidget(label(self.tr(
            "Follow-ups from what people said. Mark an action done with what was done: that is "
            "the \"you said, we did\" people hear back."), "muted", wrap=True))
        self.open_only = QCheckBox(self.tr("Show &open actions only"))
        self.open_only.setChecked(True)
        layout.addWidget(self.open_only)
        self._late = dot_icon("#c62828")
        self.model = RowsModel([
            Column(labels.term("Action"), lambda r: r.action.title),
            Column(labels.term("Owner"), lambda r: r.action.owner),
            Column(labels.term("Due"), self._due_text,
                   lambda r: r.action.due.toordinal() if r.action.due else 10**7,
                   decoration=self._due_icon),
            Column(labels.term("Status"), lambda r: labels.action_status(r.action.status)),
            Column(labels.term("Department"), lambda r: r.department or "—"),
            Column(self.tr("From"), lambda r: r.session or (r.note or "")[:60]),
            Column(self.tr("What was done"), lambda r: r.action.comment),
        ])
        self.proxy, self.table = sorted_table(self.model, self, self.tr(
            "No actions to show. Add one with “Add action…”, or from a note while capturing "
            "(Ctrl+Shift+A); a lunch log's follow-ups land here too."))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((0, 260), (5, 190)):  # long texts: elided, widened by dragging
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            head.resizeSection(column, width)
        head.setStretchLastSection(True)  # "what was done" takes the rest
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.activated.connect(self.edit_selected)
        self.open_only.toggled.connect(self.refresh)

    def _due_text(self, row: ActionRow) -> str:
        if row.action.due is None:
            return "—"
        text = labels.day(row.action.due)  # "17 Dec 2026", as dates read everywhere
        return text + (self.tr("  overdue") if row.overdue(self.today) else "")

    def _due_icon(self, row: ActionRow):
        return self._late if row.overdue(self.today) else None

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.refresh()

    def refresh(self) -> None:
        self.today = date.today()
        writable = self.ws is not None and not self.ws.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable)
        rows = list_actions(self.ws, open_only=self.open_only.isChecked()) if self.ws else []
        self.model.set_rows(rows)

    def selected(self) -> ActionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(self.proxy.mapToSource(rows[0])) if rows else None

    def add(self) -> None:
        if self.ws is not None and ActionDialog(self.ws, None, self).exec():
            self.refresh()
            self.changed.emit()

    def edit_selected(self, *_args) -> None:
        row = self.selected()
        if self.ws is not None and row is not None and ActionDialog(
                self.ws, row.action, self).exec():
            self.refresh()
            self.changed.emit()
