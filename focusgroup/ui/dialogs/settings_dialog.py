"""Edit ▸ Settings: theme, language, anonymity threshold, default cadence, backups kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focusgroup import options
from focusgroup.ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
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
        form.addRow(self.tr("&Anonymity threshold:"), self.threshold)
        form.addRow(self.tr("Default listening &cadence:"), self.cadence)
        form.addRow(self.tr("&Backups kept per workspace:"), self.backups)
        note = QLabel(self.tr("A new language applies the next time focusgroup starts."))
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _spin(self, option: options.Option, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(option.minimum or 0, option.maximum or 999)
        spin.setSuffix(suffix)
        spin.setValue(self.settings.get(option))
        return spin

    def accept(self) -> None:
        self.settings.set(options.THEME, self.theme.currentData())
        self.settings.set(options.LANGUAGE, self.language.currentData())
        self.settings.set(options.ANONYMITY_THRESHOLD, self.threshold.value())
        self.settings.set(options.DEFAULT_CADENCE_MONTHS, self.cadence.value())
        self.settings.set(options.BACKUPS_KEPT, self.backups.value())
        super().accept()
