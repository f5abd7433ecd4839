"""Plan a session: what, when, for whom, the discussion guide (from a template or typed), and
who takes part. Everything is reachable from the keyboard; in the guide table Insert adds a
question, Delete removes it, Ctrl+Up/Down move it, and Enter (or F2) edits a cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.guides import MAX_MINUTES, MIN_MINUTES, GuideTemplate
from focusgroup.domain.model import Participant, Role, Session, SessionKind
from focusgroup.services import sessions as service
from focusgroup.services.departments import list_departments
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.dialogs.lunch_dialog import DateField

DEFAULT_MINUTES = 10
_EDIT = Qt.ItemDataRole.EditRole


class MinutesDelegate(QStyledItemDelegate):
    """Planned minutes are edited with a spin box limited to what a guide item allows."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(MIN_MINUTES, MAX_MINUTES)
        editor.setSuffix(" min")
        return editor


class SessionDialog(QDialog):
    """Creates a planned session through :func:`focusgroup.services.sessions.plan_session`;
    ``created`` is the new session. ``default_cadence_lang`` ("en" or "da") is the language
    whose built-in guide templates are offered first."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None,
                 default_cadence_lang: str = "en"):
        super().__init__(parent)
        self.ws = ws
        self.lang = default_cadence_lang if default_cadence_lang in ("en", "da") else "en"
        self.created: Session | None = None
        self._templates: dict[str, GuideTemplate] = {}
        self.setWindowTitle(self.tr("Plan a session"))
        self.resize(900, 720)

        self.title = QLineEdit()
        self.title.setMaxLength(service.MAX_TITLE)
        self.title.setPlaceholderText(self.tr("e.g. Warehouse round 2"))
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem(labels.session_kind(kind), kind.value)
        self.department = QComboBox()
        self.department.addItem(self.tr("— none —"), None)
        for department in list_departments(ws):
            self.department.addItem(department.name, department.id)
        self.date = DateField()
        self.facilitator = QLineEdit()
        self.about = QLineEdit()
        self.about.setPlaceholderText(self.tr("e.g. HR benefits desk, deliveries from supplier X"))

        self.template = QComboBox()
        self.use_template = QPushButton(self.tr("&Load"))
        self.use_template.setToolTip(self.tr("Replace the questions below with the template's"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Question or topic"), self.tr("Minutes")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(1, MinutesDelegate(self.table))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(150)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.add_item = QPushButton(self.tr("&Add question"))
        self.remove_item = QPushButton(self.tr("Remo&ve"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move do&wn"))
        self.total = QLabel()
        self.save_template = QPushButton(self.tr("Save guide as templat&e…"))

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by code"))
        self.filter.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.people.setToolTip(self.tr("Space ticks or unticks the participant"))
        self.people.setMinimumHeight(80)
        self.code = QLineEdit(service.suggest_code(ws))
        self.code.setMaxLength(32)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(labels.role(role), role.value)
        self.person_name = QLineEdit()
        self.person_name.setPlaceholderText(self.tr("optional — never shown in reports"))
        self.person_name.setToolTip(self.tr("Real names stay in this workspace and are never "
                                            "shown in reports."))
        self.add_person = QPushButton(self.tr("Add parti&cipant"))

        self.error = QLabel()
        self.error.setProperty("role", "warning")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._lay_out()
        self._connect()
        self._fill_templates()
        self._fill_people()
        self._update_total()
        self.title.setFocus()

    # -- layout ------------------------------------------------------------------------
    def _lay_out(self) -> None:
        form = QGridLayout()
        for row, column, caption, widget, span in (
                (0, 0, self.tr("&Title:"), self.title, 3),
                (1, 0, self.tr("&Kind:"), self.kind, 1),
                (1, 2, self.tr("&Date:"), self.date, 1),
                (2, 0, self.tr("De&partment:"), self.department, 1),
                (2, 2, self.tr("&Facilitator:"), self.facilitator, 1),
                (3, 0, self.tr("A&bout:"), self.about, 3)):
            text = QLabel(caption)
            text.setBuddy(widget)
            form.addWidget(text, row, column)
            form.addWidget(widget, row, column + 1, 1, span)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        guide = QGroupBox(self.tr("Discussion guide"))
        guide_layout = QVBoxLayout(guide)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Te&mplate:"))
        caption.setToolTip(self.tr("Then Tab to the questions: Insert adds one, Delete removes "
                                   "it, Ctrl+Up/Down moves it, Enter edits a cell"))
        caption.setBuddy(self.template)
        row.addWidget(caption)
        row.addWidget(self.template, 1)
        row.addWidget(self.use_template)
        guide_layout.addLayout(row)
        self.table.setToolTip(self.tr("Insert adds a question, Delete removes it, Ctrl+Up/Down "
                                      "moves it, Enter edits a cell"))
        guide_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for button in (self.add_item, self.remove_item, self.up, self.down):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.total)
        row.addWidget(self.save_template)
        guide_layout.addLayout(row)

        people = QGroupBox(labels.term("Participants"))
        grid = QGridLayout(people)
        pick = QLabel(self.tr("Tick who takes &part:"))
        pick.setBuddy(self.people)
        grid.addWidget(pick, 0, 0)
        grid.addWidget(self.filter, 0, 1)
        grid.addWidget(self.people, 1, 0, 1, 2)
        new = QGridLayout()
        for row, column, caption, widget, span in (
                (0, 0, self.tr("New c&ode:"), self.code, 1),
                (0, 2, self.tr("&Role:"), self.role, 1),
                (1, 0, self.tr("Real &name:"), self.person_name, 3)):
            text = QLabel(caption)
            text.setBuddy(widget)
            new.addWidget(text, row, column)
            new.addWidget(widget, row, column + 1, 1, span)
        new.addWidget(self.add_person, 2, 0, 1, 4)
        new.setRowStretch(3, 1)
        grid.addLayout(new, 0, 2, 2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(guide, 3)
        layout.addWidget(people, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        chain = [self.title, self.kind, self.department, self.date, self.facilitator,
                 self.about, self.template, self.use_template, self.table, self.add_item,
                 self.remove_item, self.up, self.down, self.save_template, self.filter,
                 self.people, self.code, self.role, self.person_name, self.add_person,
                 self.buttons.button(QDialogButtonBox.StandardButton.Save),
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.use_template.clicked.connect(self.load_template)
        self.add_item.clicked.connect(self.add_question)
        self.remove_item.clicked.connect(self.remove_question)
        self.up.clicked.connect(self.move_up)
        self.down.clicked.connect(self.move_down)
        self.save_template.clicked.connect(self.save_as_template)
        self.add_person.clicked.connect(self.add_participant)
        self.filter.textChanged.connect(self._filter_people)
        self.table.itemChanged.connect(self._update_total)
        self.kind.currentIndexChanged.connect(self._suggest_template)
        for keys, slot in (("Insert", self.add_question), ("Delete", self.remove_question),
                           ("Ctrl+Up", self.move_up), ("Ctrl+Down", self.move_down)):
            action = QAction(self.table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

    # -- templates -----------------------------------------------------------------------
    def _fill_templates(self, select: str | None = None) -> None:
        found = service.templates(self.ws)
        ordered = sorted(found, key=lambda t: (not t.built_in, t.built_in and t.lang != self.lang))
        self._templates = {t.id: t for t in ordered}
        self.template.clear()
        for t in ordered:
            where = t.lang.upper() if t.built_in else self.tr("saved")
            self.template.addItem(f"{t.name}  ·  {where}  ·  {t.total_minutes} min", t.id)
        if select:
            self.template.setCurrentIndex(max(self.template.findData(select), 0))

    def _suggest_template(self) -> None:
        """Point the template combo at the shipped guide that suits the kind (not loaded yet)."""
        kind = SessionKind(self.kind.currentData())
        key = "classic" if kind is SessionKind.FOCUS_GROUP else "short"
        if kind is not SessionKind.SURVEY:
            index = self.template.findData(f"builtin:{key}:{self.lang}")
            if index >= 0:
                self.template.setCurrentIndex(index)

    def load_template(self) -> None:
        template = self._templates.get(self.template.currentData())
        if template is not None:
            self.set_guide(list(template.items))
            self.table.setFocus()

    def set_guide(self, items: list[tuple[str, int]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for text, minutes in items:
            self._append_row(text, minutes)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if items:
            self.table.setCurrentCell(0, 0)
        self._update_total()

    def _append_row(self, text: str, minutes: int, row: int | None = None) -> int:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(text))
        cell = QTableWidgetItem()
        cell.setData(_EDIT, int(minutes))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, cell)
        return row

    def guide(self) -> list[tuple[str, int]]:
        """The questions as typed, in order (validated by the service on save)."""
        items = []
        for row in range(self.table.rowCount()):
            text, minutes = self.table.item(row, 0), self.table.item(row, 1)
            value = minutes.data(_EDIT) if minutes else 0
            items.append((text.text() if text else "", int(value or 0)))
        return items

    def _update_total(self, *_args) -> None:
        total = sum(m for _, m in self.guide())
        hours, minutes = divmod(total, 60)
        spelled = f" ({hours} h {minutes:02} min)" if hours else ""
        self.total.setText(self.tr("Total: %1 min").replace("%1", str(total)) + spelled)

    def add_question(self) -> None:
        current = self.table.currentRow()
        row = self._append_row("", DEFAULT_MINUTES, current + 1 if current >= 0 else None)
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))
        self._update_total()

    def remove_question(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            if self.table.rowCount():
                self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
            self._update_total()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        for column in range(2):
            moving = self.table.takeItem(row, column)
            self.table.setItem(row, column, self.table.takeItem(target, column))
            self.table.setItem(target, column, moving)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def save_as_template(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save guide as template"),
                                        self.tr("Template name:"))
        if not ok:
            return
        taken = [t for t in self._templates.values()
                 if not t.built_in and t.name.casefold() == " ".join(name.split()).casefold()]
        replace = False
        if taken:
            answer = QMessageBox.question(
                self, self.tr("Replace template?"),
                self.tr('There is already a template called "%1". Replace it?')
                .replace("%1", taken[0].name))
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        try:
            saved = service.save_template(self.ws, name, self.guide(), replace=replace)
        except (InvalidInput, WorkspaceError) as error:
            self._say(labels.message(error))
            return
        self.error.hide()
        self._fill_templates(select=saved.id)

    # -- participants --------------------------------------------------------------------
    def _fill_people(self, checked: set[str] = frozenset()) -> None:
        departments = {d.id: d.name for d in list_departments(self.ws, include_archived=True)}
        self.people.clear()
        for person in service.list_participants(self.ws):
            self._add_person_item(person, departments, person.id in checked)

    def _add_person_item(self, person: Participant, departments: dict[str, str],
                         checked: bool) -> QListWidgetItem:
        parts = [person.code, labels.role(person.role)]
        if person.department_id in departments:
            parts.append(departments[person.department_id])
        item = QListWidgetItem("  ·  ".join(parts))
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, person.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if person.name:
            item.setToolTip(person.name)
        self.people.addItem(item)
        return item

    def _filter_people(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.people.count()):
            item = self.people.item(row)
            code = str(item.data(Qt.ItemDataRole.UserRole + 1)).casefold()
            item.setHidden(bool(wanted) and wanted not in code)

    def _to_first_visible_person(self) -> None:
        for row in range(self.people.count()):
            if not self.people.item(row).isHidden():
                self.people.setCurrentRow(row)
                break
        self.people.setFocus()

    def chosen_participants(self) -> list[str]:
        return [self.people.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.people.count())
                if self.people.item(row).checkState() == Qt.CheckState.Checked]

    def add_participant(self) -> None:
        try:
            person = service.add_participant(
                self.ws, self.code.text(), Role(self.role.currentData()),
                self.department.currentData(), self.person_name.text() or None)
        except (InvalidInput, WorkspaceError) as error:
            self._say(labels.message(error))
            self.code.setFocus()
            return
        self.error.hide()
        self._fill_people(set(self.chosen_participants()) | {person.id})
        self.filter.clear()
        self.code.setText(service.suggest_code(self.ws))
        self.person_name.clear()
        self.code.selectAll()
        self.code.setFocus()

    # -- saving --------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus in (self.code, self.person_name):
                self.add_participant()
                return
            if focus is self.table and self.table.currentItem() is not None:
                self.table.editItem(self.table.currentItem())
                return
            if focus is self.template:
                self.load_template()
                return
            if focus is self.filter:
                self._to_first_visible_person()
                return
        super().keyPressEvent(event)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        try:
            self.created = service.plan_session(
                self.ws,
                title=self.title.text(),
                kind=SessionKind(self.kind.currentData()),
                department_id=self.department.currentData(),
                date=self.date.day(),
                facilitator=self.facilitator.text(),
                about=self.about.text(),
                guide=self.guide(),
                participant_ids=self.chosen_participants(),
            )
        except (InvalidInput, WorkspaceError) as error:
            self._say(labels.message(error))
            if not self.title.text().strip():
                self.title.setFocus()
            return
        super().accept()
