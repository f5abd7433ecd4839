"""Closing a session: what was captured, and the actions agreed before everyone leaves."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import NoteKind
from focusgroup.services.actions import add_action, session_actions
from focusgroup.services.capture import SessionSummary
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import Card, label


def duration_text(duration: timedelta | None) -> str:
    if duration is None:
        return "—"
    minutes = int(duration.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02} min" if minutes >= 60 else f"{minutes} min"


class CloseDialog(QDialog):
    def __init__(self, ws: Workspace, session_id: str, summary: SessionSummary,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.session_id = ws, session_id
        self.setWindowTitle(self.tr("Session closed"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        card = Card(self.tr("What was captured"))
        kinds = [f"{n} " + (labels.note_kind(k).lower() if n == 1 else labels.note_kind_plural(k))
                 for k in NoteKind if (n := summary.notes_by_kind.get(k))]
        captured = self.tr("1 note: %2") if summary.notes == 1 else self.tr("%1 notes: %2")
        card.body.addWidget(label(captured.replace(
            "%1", str(summary.notes)).replace("%2", ", ".join(kinds) or "—"), wrap=True))
        people = (self.tr("1 participant · duration %2") if summary.participants == 1
                  else self.tr("%1 participants · duration %2"))
        card.body.addWidget(label(people.replace(
            "%1", str(summary.participants)).replace("%2", duration_text(summary.duration))))
        layout.addWidget(card)

        actions = Card(labels.term("Actions agreed"))
        actions.body.addWidget(label(self.tr(
            "Closing the loop is what makes people speak up next time: who does what, by when?"),
            "muted", wrap=True))
        grid = QGridLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What will be done"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(labels.term("Owner"))
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setCalendarPopup(True)
        self.add_button = QPushButton(self.tr("&Add action"))
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.owner, 0, 1)
        grid.addWidget(self.due, 0, 2)
        grid.addWidget(self.add_button, 0, 3)
        grid.setColumnStretch(0, 3)
        actions.body.addLayout(grid)
        self.message = label("", "warning", wrap=True)
        actions.body.addWidget(self.message)
        self.list = label("", wrap=True)
        actions.body.addWidget(self.list)
        layout.addWidget(actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.title.returnPressed.connect(self.add)
        self.owner.returnPressed.connect(self.add)
        for button in self.findChildren(QPushButton):  # Enter adds once, through returnPressed:
            button.setAutoDefault(False)  # a default button would add again, with an empty title
        self._show_actions()
        self.title.setFocus()

    def add(self) -> None:
        try:
            add_action(self.ws, self.title.text(), self.owner.text(),
                       self.due.date().toPython(), session_id=self.session_id)
        except (InvalidInput, WorkspaceError) as error:
            self.message.setText(labels.message(error))
            return
        self.message.clear()
        self.title.clear()
        self.owner.clear()
        self.title.setFocus()
        self._show_actions()

    def _show_actions(self) -> None:
        lines = [f"• {a.title}" + (f" — {a.owner}" if a.owner else "")
                 + (f" ({a.due.isoformat()})" if a.due else "")
                 for a in session_actions(self.ws, self.session_id)]
        self.list.setText("\n".join(lines))
