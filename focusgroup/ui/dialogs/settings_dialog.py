"""Edit ▸ Settings: theme and language (personal, QSettings), and the open workspace's own
anonymity threshold, default cadence and backups kept (stored in the workspace through
``focusgroup.services.workspace_settings``, so every command obeys them too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focusgroup import options
from focusgroup.services import workspace_settings
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.ui import labels
from focusgroup.ui.settings import Settings

if TYPE_CHECKING:
    from focusgroup.services.workspaces import Workspace


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, ws: Workspace | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ws = ws
        self._stored = dict((o.key, v) for o, v in workspace_settings.all_values(ws)) \
            if ws is not None else {o.key: o.default for o in options.IN_WORKSPACE}
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)

        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(self.theme.findData(settings.get(options.THEME)))
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Dansk", "da")
        self.language.setCurrentIndex(self.language.findData(settings.get(options.LANGUAGE)))
        self.threshold = self._spin(options.ANONYMITY_THRESHOLD, self.tr(" people"))
        self.threshold.setToolTip(
            self.tr("Groups with fewer people than this are never shown in views or reports.")
        )
        self.cadence = self._spin(options.DEFAULT_CADENCE_MONTHS, self.tr(" months"))
        self.backups = self._spin(options.BACKUPS_KEPT, "")

        form = QFormLayout()
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language applies the next time focusgroup starts."))
        note.setProperty("role", "muted")
        self.workspace_box = QGroupBox(
            self.tr("This workspace: %1").replace("%1", ws.name) if ws is not None
            else self.tr("This workspace (none is open)"))
        ws_form = QFormLayout(self.workspace_box)
        ws_form.addRow(self.tr("&Anonymity threshold:"), self.threshold)
        ws_form.addRow(self.tr("Default listening &cadence:"), self.cadence)
        ws_form.addRow(self.tr("&Backups kept:"), self.backups)
        ws_note = QLabel(self.tr("Stored in this workspace: everyone who opens it, and every "
                                 "focusgroup command, uses these values."))
        ws_note.setWordWrap(True)
        ws_note.setProperty("role", "muted")
        ws_form.addRow(ws_note)
        self.workspace_box.setEnabled(ws is not None and not ws.read_only)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.workspace_box)
        layout.addWidget(buttons)

    def _spin(self, option: options.Option, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(option.minimum or 0, option.maximum or 999)
        spin.setSuffix(suffix)
        spin.setValue(self._stored[option.key])
        return spin

    def accept(self) -> None:
        if self.ws is not None and self.workspace_box.isEnabled():
            try:
                for option, spin in ((options.ANONYMITY_THRESHOLD, self.threshold),
                                     (options.DEFAULT_CADENCE_MONTHS, self.cadence),
                                     (options.BACKUPS_KEPT, self.backups)):
                    if spin.value() != self._stored[option.key]:
                        workspace_settings.set_value(self.ws, option, spin.value())
            except (InvalidInput, WorkspaceError) as error:
                QMessageBox.warning(self, self.tr("Settings not saved"), labels.message(error))
                return
        self.settings.set(options.THEME, self.theme.currentData())
        self.settings.set(options.LANGUAGE, self.language.currentData())
        super().accept()
