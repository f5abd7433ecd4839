"""The lunch-interview quick log: a manager's two minutes after lunch, without the mouse.

Tab walks department → person → role → likes → dislikes → on their mind → three top needs →
follow-ups → facilitator → date; Ctrl+Enter saves from anywhere (Enter too, outside the boxes).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import Participant, Role, Session
from focusgroup.services import lunch as service
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.departments import list_departments
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.rankings import list_items
from focusgroup.services.sessions import list_participants, suggest_code
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.need_picker import NeedPicker, UnknownNeed

FOLLOW_UPS = 3
DUE_IN_DAYS = 14


class DateField(QDateEdit):
    """A date edit that Tab leaves at once (instead of walking year → month → day first);
    the sections are still reached with the arrow keys."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None):
        super().__init__(QDate(day or date.today()), parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, next)

    def day(self) -> date:
        return self.date().toPython()


def _box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(60)
    return box


class LunchDialog(QDialog):
    """Saves the whole log through :func:`focusgroup.services.lunch.log_lunch`; ``saved`` is
    the new lunch-interview session. Bad input keeps the dialog open with a red message.
    ``lang`` ("en" or "da") chooses the language of the needs list's labels."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, lang: str = "en"):
        super().__init__(parent)
        self.ws = ws
        self.saved: Session | None = None
        self.setWindowTitle(self.tr("Log a lunch interview"))
        self.setMinimumWidth(620)
        defaults = service.defaults(ws)
        self._people = {p.code.casefold(): p for p in list_participants(ws)}

        self.department = QComboBox()
        self.department.addItem(self.tr("— none —"), None)
        for department in list_departments(ws):
            self.department.addItem(department.name, department.id)
        self.department.setCurrentIndex(max(self.department.findData(defaults.department_id), 0))

        self.code = QLineEdit(suggest_code(ws))
        self.code.setMaxLength(32)
        self.code.setPlaceholderText("P-012")
        completer = QCompleter(sorted(p.code for p in self._people.values()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "11" finds P-011
        self.code.setCompleter(completer)
        self.anonymous = QCheckBox(self.tr("&Anonymous"))
        self.anonymous.setToolTip(self.tr("Stored under a generated code such as ANON-003."))
        self.person_hint = QLabel()
        self.person_hint.setProperty("role", "muted")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(labels.role(role), role.value)

        self.likes = _box(self.tr("One point per line"))
        self.dislikes = _box(self.tr("One point per line"))
        self.on_mind = _box(self.tr("Worries, ideas, questions — one per line"))

        needs_list = default_needs_list(ws)
        items = [(item.id, item.label(lang))
                 for item in (list_items(ws, needs_list) if needs_list else [])]
        self.needs = [NeedPicker(items, self.tr("— none —  (type a number or a name)"))
                      for _ in range(3)]

        self.follow_ups: list[tuple[QLineEdit, QLineEdit, DateField]] = []
        due = date.today() + timedelta(days=DUE_IN_DAYS)
        for _ in range(FOLLOW_UPS):
            title, owner = QLineEdit(), QLineEdit()
            title.setPlaceholderText(self.tr("What will be done?"))
            owner.setPlaceholderText(self.tr("Who"))
            self.follow_ups.append((title, owner, DateField(due)))

        self.facilitator = QLineEdit(defaults.facilitator)
        self.facilitator.setPlaceholderText(self.tr("Your name"))
        self.day = DateField()
        self.error = QLabel()
        self.error.setProperty("role", "warning")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save  (Ctrl+Enter)"))
        self.save_button.setToolTip(self.tr("Saves from any field; Enter also saves outside "
                                            "the text boxes."))
        self._lay_out()
        self._connect()
        self._code_changed()
        self.department.setFocus()

    # -- layout ------------------------------------------------------------------------
    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("D&epartment:"), self.department)
        person = QHBoxLayout()
        person.addWidget(self.code, 1)
        person.addWidget(self.anonymous)
        person.addWidget(self.person_hint, 1)
        code_label = QLabel(self.tr("&Who:"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, person)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("What they &like:"), self.likes)
        form.addRow(self.tr("What they &dislike:"), self.dislikes)
        form.addRow(self.tr("On their &mind:"), self.on_mind)
        needs = QGridLayout()
        for row, (place, combo) in enumerate(zip(
                (self.tr("1st"), self.tr("2nd"), self.tr("3rd")), self.needs, strict=True)):
            caption = QLabel(place)
            caption.setBuddy(combo)
            needs.addWidget(caption, row, 0)
            needs.addWidget(combo, row, 1)
        needs.setColumnStretch(1, 1)
        needs_label = QLabel(self.tr("Top &needs:"))
        needs_label.setBuddy(self.needs[0])
        form.addRow(needs_label, needs)

        group = QGroupBox(self.tr("Follow-ups"))
        grid = QGridLayout(group)
        for column, caption in enumerate((self.tr("&Follow-up"), labels.term("Owner"),
                                          labels.term("Due"))):
            text = QLabel(caption)
            text.setBuddy(self.follow_ups[0][column])
            grid.addWidget(text, 0, column)
        for row, widgets in enumerate(self.follow_ups, start=1):
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)

        bottom = QFormLayout()
        bottom.addRow(self.tr("F&acilitator:"), self.facilitator)
        bottom.addRow(self.tr("Da&te:"), self.day)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        chain: list[QWidget] = [self.department, self.code, self.anonymous, self.role,
                                self.likes, self.dislikes, self.on_mind, *self.needs]
        for widgets in self.follow_ups:
            chain.extend(widgets)
        chain += [self.facilitator, self.day, self.save_button,
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.code.textChanged.connect(self._code_changed)
        for picker in self.needs:
            picker.submitted.connect(self.accept)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

    # -- behaviour ---------------------------------------------------------------------
    def _known(self) -> Participant | None:
        return self._people.get(self.code.text().strip().casefold())

    def _code_changed(self) -> None:
        known = self._known()
        if self.anonymous.isChecked():
            self.person_hint.setText(self.tr("no code is shown anywhere"))
        elif known is not None:
            self.person_hint.setText(self.tr("known: %1").replace("%1", labels.role(known.role)))
            self.role.setCurrentIndex(self.role.findData(known.role.value))
        else:
            self.person_hint.setText(self.tr("new participant"))

    def _anonymous_toggled(self, checked: bool) -> None:
        self.code.setEnabled(not checked)
        self._code_changed()

    def accept(self) -> None:
        try:
            top_needs = [need for need in (c.chosen() for c in self.needs) if need]
        except UnknownNeed as error:
            self.error.setText(self.tr('No need on the list matches "%1": type its number or '
                                       'part of its name.').replace("%1", str(error)))
            self.error.show()
            return
        try:
            self.saved = service.log_lunch(
                self.ws,
                department_id=self.department.currentData(),
                participant=None if self.anonymous.isChecked() else self.code.text(),
                role=Role(self.role.currentData()),
                likes=self.likes.toPlainText(),
                dislikes=self.dislikes.toPlainText(),
                on_mind=self.on_mind.toPlainText(),
                top_needs=top_needs,
                follow_ups=[(t.text(), o.text(), d.day()) for t, o, d in self.follow_ups],
                facilitator=self.facilitator.text(),
                day=self.day.day(),
                title=self._title(),
            )
        except (InvalidInput, WorkspaceError) as error:
            self.error.setText(labels.message(error))
            self.error.show()
            return
        super().accept()

    def _title(self) -> str:
        """A title that never names the person (it is printed and exported as it is)."""
        if self.anonymous.isChecked():
            return self.tr("Lunch interview (anonymous)")
        return labels.term("Lunch interview")
