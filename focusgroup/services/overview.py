"""What the Home dashboard shows: who is overdue for listening, what is planned, open actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from focusgroup.domain.cadence import CadenceStatus, cadence_status, overdue_first
from focusgroup.domain.model import Action, ActionStatus, Session, SessionStatus
from focusgroup.services.analysis import GapResult, latest_gap
from focusgroup.services.departments import list_departments
from focusgroup.storage import queries, repository
from focusgroup.storage.workspace import Workspace


@dataclass(frozen=True)
class HomeSummary:
    cadence: list[CadenceStatus]
    upcoming: list[Session]
    open_actions: list[Action]
    today: date
    counts: dict[str, int]
    gap: GapResult | None = None

    @property
    def overdue(self) -> list[CadenceStatus]:
        return [c for c in self.cadence if c.overdue(self.today)]

    @property
    def overdue_actions(self) -> list[Action]:
        return [a for a in self.open_actions if a.due is not None and a.due < self.today]


def cadence_overview(ws: Workspace, today: date) -> list[CadenceStatus]:
    last = queries.last_session_dates(ws, today)
    statuses = [cadence_status(d, last.get(d.id)) for d in list_departments(ws)]
    return overdue_first(statuses, today)


def home_summary(ws: Workspace, today: date | None = None, threshold: int = 5) -> HomeSummary:
    today = today or date.today()
    upcoming = [
        s for s in repository.find_by(ws, Session, status=SessionStatus.PLANNED)
        if s.date is None or s.date >= today
    ]
    upcoming.sort(key=lambda s: (s.date or date.max, s.title))
    open_actions = repository.find_by(
        ws, Action, status=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    )
    open_actions.sort(key=lambda a: (a.due or date.max, a.title))
    return HomeSummary(
        cadence=cadence_overview(ws, today),
        upcoming=upcoming,
        open_actions=open_actions,
        today=today,
        counts=queries.table_counts(ws),
        gap=latest_gap(ws, threshold, today),
    )
