"""Edit ▸ Erase a participant: remove a person completely (cannot be undone)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from focusgroup.services.erase import describe, erase, preview
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.sessions import list_participants
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label


class EraseDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.result_text = ""
        self.finished = True  # False when a purge is left for the next open
        self.setWindowTitle(self.tr("Erase a participant"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Removes the person's rankings, name and code, and their notes (or keeps the notes "
            "without a name). Their name and code are also blanked out wherever else they "
            "appear (other notes, sessions they led, actions they own, themes), and older "
            "backups and damaged copies are deleted. This cannot be undone."), wrap=True))
        self.code = QComboBox()
        self.code.setEditable(True)
        for person in list_participants(ws):
            self.code.addItem(person.code)
        self.code.setCurrentText("")
        self.keep = QCheckBox(self.tr("Keep their notes, unattributed"))
        form = QFormLayout()
        form.addRow(self.tr("Participant &code:"), self.code)
        form.addRow("", self.keep)
        layout.addLayout(form)
        self.who = label("", wrap=True)  # exactly whom the button erases
        layout.addWidget(self.who)
        self.code.currentTextChanged.connect(self._show_who)
        self.error = label("", "warning", wrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("&Erase permanently"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_who(self, code: str) -> None:
        try:
            self.who.setText(labels.message(preview(self.ws, code)) if code.strip() else "")
        except (InvalidInput, WorkspaceError):
            self.who.setText("")

    def run(self) -> None:
        try:
            result = erase(self.ws, self.code.currentText(), keep_notes=self.keep.isChecked())
        except (InvalidInput, WorkspaceError) as error:
            self.error.setText(labels.message(error))
            return
        self.result_text = labels.message(describe(result))
        self.finished = result.purge.finished
        self.accept()
