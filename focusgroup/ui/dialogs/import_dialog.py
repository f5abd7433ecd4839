"""Needs ▸ Import rankings: choose a file, preview what would be imported, then import."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusgroup.services.departments import list_departments
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.import_rankings import (
    ImportOptions,
    ImportPlan,
    apply_plan,
    read_rankings_file,
)
from focusgroup.services.needs_lists import all_lists
from focusgroup.services.progress import Cancelled
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.operations import WorkspaceHub
from focusgroup.ui.widgets.cards import label

FILTER = "Rankings (*.csv *.txt *.xlsx);;All files (*)"


class ImportDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, hub: WorkspaceHub):
        super().__init__(parent)
        self.ws = ws
        self.hub = hub
        self.op = None  # the import under way
        self.plan: ImportPlan | None = None
        self.result_text = ""
        self.setWindowTitle(self.tr("Import rankings"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "A CSV with participant, role, perspective, item, rank (one row per ranked item), "
            "a Microsoft Forms export or a Google Forms ranking grid. Nothing is written until "
            "every row checks out."), "muted", wrap=True))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.needs_list = QComboBox()
        self.needs_list.setEditable(True)
        for needs_list in all_lists(ws, include_archived=False):
            self.needs_list.addItem(labels.needs_list_name(needs_list.name), needs_list.name)
        self.needs_list.setToolTip(self.tr("Type a new name to create the list from the file."))
        self.session = QLineEdit()
        self.session.setPlaceholderText(self.tr("e.g. Survey spring 2026 (default: from the "
                                                "file name)"))
        self.department = QComboBox()
        self.department.addItem(self.tr("— from the file, or none —"), None)
        for department in list_departments(ws):
            self.department.addItem(department.name, department.name)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.tr("Needs &list:"), self.needs_list)
        form.addRow(self.tr("&Session:"), self.session)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("D&ate:"), self.date)
        layout.addLayout(form)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.addButton(
            self.tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self.browse)
        self.preview_button.clicked.connect(self.read)
        self.import_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.path, self.session):
            widget.textChanged.connect(self._invalidate)
        self.needs_list.currentTextChanged.connect(self._invalidate)
        self.department.currentIndexChanged.connect(self._invalidate)
        self.date.dateChanged.connect(self._invalidate)

    def _invalidate(self, *_args) -> None:
        self.plan = None
        self.import_button.setEnabled(False)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Rankings file"), str(Path.home()),
                                              FILTER)
        if name:
            self.path.setText(name)
            self.read()

    def options(self) -> ImportOptions:
        return ImportOptions(needs_list=self._needs_list_name(),
                             session=self.session.text().strip() or None,
                             department=self.department.currentData(),
                             date=self.date.date().toPython())

    def _needs_list_name(self) -> str | None:
        """The list's stored name: a built-in list is shown translated but stored in English."""
        text = self.needs_list.currentText().strip()
        index = self.needs_list.findText(text)
        return (self.needs_list.itemData(index) if index >= 0 else text) or None

    def read(self) -> None:
        self._invalidate()
        if not self.path.text().strip():
            self.preview.setPlainText(self.tr("Choose a file first."))
            return
        try:
            plan = read_rankings_file(self.ws, self.path.text().strip(), self.options())
        except (InvalidInput, WorkspaceError) as error:
            self.preview.setPlainText(labels.message(error))
            return
        self.plan = plan
        text = labels.message(plan.summary() if plan.ok else plan.problem_message())
        if plan.notes:
            text += "\n\n" + "\n".join(labels.message(note) for note in plan.notes)
        self.preview.setPlainText(text)
        self.import_button.setEnabled(plan.ok and not self.ws.read_only)

    def write(self) -> None:
        """Import in the background, in one transaction: Cancel in the progress dialog (shown
        when it takes a while) leaves the workspace as it was."""
        if self.plan is None or self.op is not None:
            return
        plan = self.plan
        self.import_button.setEnabled(False)
        self.op = self.hub.write(partial(_apply, plan), changes=IMPORT_CHANGES,
                                 title=self.tr("Importing rankings"), parent=self,
                                 on_done=self._written, on_failed=self._not_written,
                                 cancellable=True)

    def _written(self, result) -> None:
        self.op = None
        self.result_text = labels.message(result.summary())
        self.accept()

    def _not_written(self, error: Exception) -> None:
        self.op = None
        self.preview.setPlainText(self.tr("Cancelled: nothing was imported.")
                                  if isinstance(error, Cancelled) else labels.message(error))
        self._invalidate()


IMPORT_CHANGES = ("rankings", "sessions", "participants", "needs_lists")


def _apply(plan: ImportPlan, ws: Workspace, progress):
    return apply_plan(ws, plan, progress)
