"""Home: a welcome that explains the app on an empty workspace, a dashboard once there is data."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
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

from focusgroup.services.analysis import GapResult
from focusgroup.services.overview import HomeSummary
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import Card, LinesCard, StatCard, label

WARNING = "#c62828"

HOME_LINES = 8  # per card; the Sessions, Departments and Actions pages list them all


def _day(value: date | None) -> str:
    return labels.day(value)


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
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Home"), "title"), 1)
        self.focus_group_button = QPushButton(self.tr("New focus gro&up…"))
        self.focus_group_button.setProperty("role", "primary")
        self.lunch_button = QPushButton(self.tr("Log a &lunch…"))
        self.field_visit_button = QPushButton(self.tr("Record a field &visit…"))
        for button in (self.focus_group_button, self.lunch_button, self.field_visit_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.subtitle = label("", "subtitle", wrap=True)
        layout.addWidget(self.subtitle)

        stats = QHBoxLayout()
        self.departments = StatCard(self.tr("departments and partners"))
        self.sessions = StatCard(self.tr("listening sessions"))
        self.notes = StatCard(labels.term("notes"))
        self.actions = StatCard(labels.term("open actions"))
        for card in (self.departments, self.sessions, self.notes, self.actions):
            stats.addWidget(card)
        layout.addLayout(stats)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.overdue = LinesCard(self.tr("Due for listening"), self.tr(
            "Every department has been listened to within its cadence."))
        self.upcoming = LinesCard(self.tr("Upcoming sessions"), self.tr("No sessions planned."))
        self.action_list = LinesCard(self.tr("Open actions"), self.tr("No open actions."))
        self.gap = LinesCard(self.tr("Perception gap, last six months"), self.tr(
            "No needs rankings in the last six months. Run a needs ranking in a focus group to "
            "compare what employees want with what managers think they want."))
        grid.addWidget(self.gap, 0, 0, 1, 2)
        grid.addWidget(self.overdue, 1, 0)
        grid.addWidget(self.upcoming, 1, 1)
        grid.addWidget(self.action_list, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_summary(self, name: str, summary: HomeSummary) -> None:
        today = summary.today
        overdue = summary.overdue
        if not overdue:
            due = self.tr("Every department has been listened to within its cadence.")
        elif len(overdue) == 1:
            due = self.tr("One department is due for listening.")
        else:
            due = self.tr("%1 departments are due for listening.").replace("%1", str(len(overdue)))
        self.subtitle.setText(self.tr("Workspace “%1”.").replace("%1", name) + " " + due)
        self.departments.set_value(len(summary.cadence))
        self.sessions.set_value(summary.counts.get("sessions", 0))
        self.notes.set_value(summary.counts.get("notes", 0))
        self.actions.set_value(len(summary.open_actions))

        lines = []
        for status in overdue:
            kind = labels.department_kind(status.department.kind).lower()
            if status.never:
                when = self.tr("never listened to")
            else:
                when = self.tr("last listened %1, %2 days overdue").replace(
                    "%1", _day(status.last_listened)).replace(
                    "%2", str(status.days_overdue(today)))
            lines.append(f"<b>{escape(status.department.name)}</b> ({escape(kind)}) — "
                         f"<span style='color:{WARNING}'>{escape(when)}</span>")
        self.overdue.set_lines(lines, HOME_LINES)

        self.upcoming.set_lines([
            f"<b>{_day(s.date)}</b> — {escape(labels.session_kind(s.kind))}: {escape(s.title)}"
            for s in summary.upcoming
        ], HOME_LINES)

        self.gap.set_lines(self._gap_lines(summary.gap))

        late = {a.id for a in summary.overdue_actions}
        lines = []
        for action in summary.open_actions:
            owner = f" — {escape(action.owner)}" if action.owner else ""
            due = ""
            if action.due:
                due = escape(self.tr("due %1").replace("%1", _day(action.due)))
                if action.id in late:
                    due = f"<span style='color:{WARNING}'><b>{due} · " \
                          f"{escape(labels.term('overdue'))}</b></span>"
                due = f" · {due}"
            lines.append(f"{escape(action.title)}{owner}{due}")
        self.action_list.set_lines(lines, HOME_LINES)


    def _gap_lines(self, result: GapResult | None) -> list[str]:
        if result is None or (result.employees.people == 0 and result.predicted.people == 0):
            return []
        if result.gap is None:
            parts = []
            for name, group in ((self.tr("employees' own rankings"), result.employees),
                                (self.tr("managers' predictions"), result.predicted)):
                if not group.shown:
                    parts.append(self.tr("%1 needs %2 more").replace("%1", name).replace(
                        "%2", str(group.missing)))
            return [escape(self.tr(
                "Hidden to protect anonymity (threshold %1 people): %2.").replace(
                "%1", str(result.threshold)).replace("%2", "; ".join(parts)))]
        lang = "da" if QLocale().language() == QLocale.Language.Danish else "en"
        sentences = result.headline(lang)
        people = self.tr("Based on %1 employees and %2 managers and supervisors.").replace(
            "%1", str(result.employees.people)).replace("%2", str(result.predicted.people))
        lines = [f"<b>{escape(s)}</b>" for s in sentences[:-1]]
        lines.append(f"{escape(sentences[-1])} <span style='color:gray'>{escape(people)}</span>")
        return lines


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
