"""Add or edit a department: name, kind (team … contractor) and listening cadence."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import Department, DepartmentKind
from focusgroup.services import departments as service
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels


class DepartmentDialog(QDialog):
    """Saves through the departments service; a bad value keeps the dialog open with a message."""

    def __init__(
        self,
        ws: Workspace,
        department: Department | None = None,
        default_cadence: int = 6,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ws = ws
        self.department = department
        self.saved: Department | None = None
        self.setWindowTitle(self.tr("Edit department") if department else self.tr("Add department"))
        self.setMinimumWidth(420)

        self.name = QLineEdit(department.name if department else "")
        self.name.setPlaceholderText(self.tr("e.g. Warehouse, IT support, NordFragt A/S"))
        self.kind = QComboBox()
        for kind in DepartmentKind:
            self.kind.addItem(labels.department_kind(kind), kind.value)
        current = department.kind if department else DepartmentKind.DEPARTMENT
        self.kind.setCurrentIndex(self.kind.findData(current.value))
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 36)
        self.cadence.setSuffix(self.tr(" months"))
        self.cadence.setValue(department.cadence_months if department else default_cadence)
        self.cadence.setToolTip(self.tr("How often this group should be listened to."))
        self.error = QLabel()
        self.error.setProperty("role", "warning")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Listen every:"), self.cadence)
        hint = QLabel(
            self.tr("Suppliers and contractors are internal customers too: list them here.")
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    def accept(self) -> None:
        kind = DepartmentKind(self.kind.currentData())
        try:
            if self.department is None:
                self.saved = service.add_department(
                    self.ws, self.name.text(), kind, self.cadence.value()
                )
            else:
                self.saved = service.update_department(
                    self.ws,
                    self.department,
                    name=self.name.text(),
                    kind=kind,
                    cadence_months=self.cadence.value(),
                )
        except (InvalidInput, WorkspaceError) as error:
            self.error.setText(labels.message(error))
            self.error.show()
            self.name.setFocus()
            return
        super().accept()
