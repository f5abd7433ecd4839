"""Add or edit an action: title, owner, due date, status and what was done."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import Action, ActionStatus, Note
from focusgroup.services.actions import add_action, update_action
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label


class ActionDialog(QDialog):
    def __init__(self, ws: Workspace, action: Action | None = None,
                 parent: QWidget | None = None, *, note: Note | None = None):
        super().__init__(parent)
        self.ws, self.action, self.note = ws, action, note
        self.saved: Action | None = None
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("Add action"))
        self.setMinimumWidth(520)
        self.title = QLineEdit(action.title if action else "")
        self.owner = QLineEdit(action.owner if action else "")
        self.due = QDateEdit(QDate(action.due) if action and action.due
                             else QDate.currentDate().addDays(14))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")  # as dates read everywhere, not 12/17/26
        self.no_due = QCheckBox(self.tr("no due date"))
        self.no_due.setChecked(bool(action and action.due is None))
        self.due.setEnabled(not self.no_due.isChecked())
        self.no_due.toggled.connect(self._toggle_due)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_due)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(labels.action_status(status), status.value)
        self.status.setCurrentIndex(self.status.findData(
            (action.status if action else ActionStatus.OPEN).value))
        self.comment = QPlainTextEdit(action.comment if action else "")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr(
            'What was done — the "we did" that people will hear back'))
        self.comment.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.title)
        form.addRow(self.tr("&Owner:"), self.owner)
        due_label = QLabel(self.tr("D&ue:"))  # a row of two widgets has no buddy by itself
        due_label.setBuddy(self.due)
        form.addRow(due_label, due_row)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("What was &done:"), self.comment)
        self.error = label("", "warning", wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note is not None:
            layout.addWidget(label(self.tr("In answer to: “%1”").replace(
                "%1", note.text if len(note.text) < 160 else note.text[:157] + "…"),
                "muted", wrap=True))
            self.title.setText(note.text[:120] if not action else self.title.text())
            self.title.selectAll()
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.title.setFocus()

    def _toggle_due(self, checked: bool) -> None:
        self.due.setEnabled(not checked)

    def accept(self) -> None:
        due = None if self.no_due.isChecked() else self.due.date().toPython()
        try:
            if self.action is None:
                note = self.note
                created = add_action(self.ws, self.title.text(), self.owner.text(), due,
                                     note_id=note.id if note else None,
                                     session_id=note.session_id if note else None)
                self.saved = update_action(
                    self.ws, created, status=ActionStatus(self.status.currentData()),
                    comment=self.comment.toPlainText()) if (
                    self.status.currentData() != ActionStatus.OPEN.value
                    or self.comment.toPlainText().strip()) else created
            else:
                self.saved = update_action(
                    self.ws, self.action, title=self.title.text(), owner=self.owner.text(),
                    due=due, status=ActionStatus(self.status.currentData()),
                    comment=self.comment.toPlainText())
        except (InvalidInput, WorkspaceError) as error:
            self.error.setText(labels.message(error))
            return
        super().accept()
