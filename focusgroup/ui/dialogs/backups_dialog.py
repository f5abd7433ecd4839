"""File ▸ Backups: the verified copies of the current workspace, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focusgroup.services.workspaces import BackupInfo
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label


class BackupsDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "A verified copy is made when a workspace is opened after a change and when it is "
            "closed. Folder: %1").replace("%1", folder), "muted", wrap=True))
        self.table = QTableWidget(len(backups), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made (local time)"), self.tr("Why"), labels.term("Notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, info in enumerate(backups):
            made = labels.moment(info.created)
            notes = str(info.notes) if info.ok else self.tr("unreadable")
            for column, text in enumerate((made, labels.backup_reason(info.reason), notes)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
