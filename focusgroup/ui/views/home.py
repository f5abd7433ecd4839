"""Home: a welcome that explains the app on an empty workspace, a dashboard once there is data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from focusgroup.services.overview import HomeSummary
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import Card, StatCard, label


def _day(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else "—"


class WelcomePanel(QWidget):
    demo_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    add_department_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Welcome to focusgroup"), "title"))
        layout.addWidget(label(self.tr(
            "Managers often guess wrong about what their people want. focusgroup helps you ask "
            "instead: plan focus groups, log lunch conversations and ride-alongs, let people rank "
            "what matters to them, and see where managers' picture differs from employees'."
        ), "subtitle", wrap=True))

        steps = Card(self.tr("Getting started"))
        for text in (
            self.tr("1.  Add the departments you listen to — suppliers and contractors too."),
            self.tr("2.  Plan a focus group, or log a lunch interview in two minutes."),
            self.tr("3.  Run a needs ranking and compare it with managers' predictions."),
            self.tr("4.  Close the loop with actions, and listen again every six months."),
        ):
            steps.body.addWidget(label(text, wrap=True))
        layout.addWidget(steps)

        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Open the demo workspace"))
        self.demo_button.setDefault(True)
        self.demo_button.setProperty("role", "primary")
        self.demo_button.setToolTip(self.tr("A realistic example with four departments and two "
                                            "rounds of listening, to look around safely."))
        self.add_button = QPushButton(self.tr("Add a department…"))
        self.new_button = QPushButton(self.tr("New workspace…"))
        self.open_button = QPushButton(self.tr("Open…"))
        for button in (self.demo_button, self.add_button, self.new_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.demo_button.clicked.connect(self.demo_requested)
        self.add_button.clicked.connect(self.add_department_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)

        why = Card(self.tr("Why ask?"))
        why.body.addWidget(label(self.tr(
            "In the classic surveys of what motivates people at work, supervisors put good wages "
            "first and appreciation eighth. Employees put appreciation of work done first and "
            "feeling \"in\" on things second. People who quit name lack of recognition; their "
            "managers believe it was money."), wrap=True))
        why.body.addWidget(label(self.tr(
            "Listening on purpose, and again every six months, is how an organisation finds out "
            "what its own people want."), "muted", wrap=True))
        layout.addWidget(why)

        self.recent_card = Card(self.tr("Recent workspaces"))
        self.recent = QListWidget()
        self.recent.setMaximumHeight(160)
        self.recent.itemActivated.connect(self._recent_activated)
        self.recent_card.body.addWidget(self.recent)
        layout.addWidget(self.recent_card)
        layout.addStretch(1)

    def set_recent(self, files: list[str], current: Path | None) -> None:
        self.recent.clear()
        for path in files:
            if current is not None and Path(path) == current:
                continue
            item = QListWidgetItem(f"{Path(path).stem}   —   {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent_card.setVisible(self.recent.count() > 0)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))


class Dashboard(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        self.title = label("", "title")
        layout.addWidget(self.title)
        self.subtitle = label("", "muted", wrap=True)
        layout.addWidget(self.subtitle)

        stats = QHBoxLayout()
        self.departments = StatCard(self.tr("departments and partners"))
        self.sessions = StatCard(self.tr("listening sessions"))
        self.notes = StatCard(self.tr("notes"))
        self.actions = StatCard(self.tr("open actions"))
        for card in (self.departments, self.sessions, self.notes, self.actions):
            stats.addWidget(card)
        layout.addLayout(stats)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.overdue_card = Card(self.tr("Not listened to within their cadence"))
        self.overdue = QListWidget()
        self.overdue_card.body.addWidget(self.overdue)
        self.upcoming_card = Card(self.tr("Upcoming sessions"))
        self.upcoming = QListWidget()
        self.upcoming_card.body.addWidget(self.upcoming)
        self.actions_card = Card(self.tr("Open actions"))
        self.action_list = QListWidget()
        self.actions_card.body.addWidget(self.action_list)
        grid.addWidget(self.overdue_card, 0, 0)
        grid.addWidget(self.upcoming_card, 0, 1)
        grid.addWidget(self.actions_card, 1, 0, 1, 2)
        layout.addLayout(grid, 1)

    def show_summary(self, name: str, summary: HomeSummary) -> None:
        today = summary.today
        self.title.setText(name)
        overdue = summary.overdue
        if overdue:
            text = self.tr("%n department(s) are due for listening.", "", len(overdue))
        else:
            text = self.tr("Every department has been listened to within its cadence.")
        self.subtitle.setText(text)
        self.departments.set_value(len(summary.cadence))
        self.sessions.set_value(summary.counts.get("sessions", 0))
        self.notes.set_value(summary.counts.get("notes", 0))
        self.actions.set_value(len(summary.open_actions))

        self.overdue.clear()
        for status in overdue:
            kind = labels.department_kind(status.department.kind)
            if status.never:
                when = self.tr("never listened to")
            else:
                when = self.tr("last listened %1 — %2 days overdue").replace(
                    "%1", _day(status.last_listened)).replace(
                    "%2", str(status.days_overdue(today)))
            self.overdue.addItem(f"{status.department.name}  ({kind})  —  {when}")
        if not overdue:
            self.overdue.addItem(self.tr("Nobody is overdue."))

        self.upcoming.clear()
        for session in summary.upcoming:
            kind = labels.session_kind(session.kind)
            self.upcoming.addItem(f"{_day(session.date)}   {kind}: {session.title}")
        if not summary.upcoming:
            self.upcoming.addItem(self.tr("No sessions planned."))

        self.action_list.clear()
        late = {a.id for a in summary.overdue_actions}
        for action in summary.open_actions:
            due = self.tr("due %1").replace("%1", _day(action.due)) if action.due else ""
            owner = f" — {action.owner}" if action.owner else ""
            item = QListWidgetItem(f"{action.title}{owner}   {due}")
            if action.id in late:
                item.setText(item.text() + "   " + self.tr("(overdue)"))
                item.setForeground(Qt.GlobalColor.red)
            self.action_list.addItem(item)
        if not summary.open_actions:
            self.action_list.addItem(self.tr("No open actions."))


class HomeView(QScrollArea):
    """Shows the welcome panel on an empty workspace and the dashboard otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        self.welcome = WelcomePanel()
        self.dashboard = Dashboard()
        layout.addWidget(self.welcome)
        layout.addWidget(self.dashboard)
        self.setWidget(inner)

    def show_no_workspace(self, recent: list[str]) -> None:
        self.welcome.setVisible(True)
        self.dashboard.setVisible(False)
        self.welcome.set_recent(recent, None)

    def show_summary(self, name: str, summary: HomeSummary, recent: list[str],
                     current: Path | None) -> None:
        empty = not summary.cadence and not summary.counts.get("sessions", 0)
        self.welcome.setVisible(empty)
        self.dashboard.setVisible(not empty)
        self.welcome.set_recent(recent, current)
        if not empty:
            self.dashboard.show_summary(name, summary)
