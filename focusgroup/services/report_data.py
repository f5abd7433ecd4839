"""Plain data behind each report kind, with every anonymity rule already applied.

Everything here is ready to print: user text is cleaned and redacted (see
:mod:`focusgroup.domain.privacy`), suppressed breakdowns carry the sentence that replaces them,
and lunch interviews only ever appear inside a pool. The PDF layer (``focusgroup.reports``) only
lays this out; it makes no privacy decisions of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from focusgroup.domain.model import (
    Action,
    ActionStatus,
    DepartmentKind,
    NoteKind,
    SessionKind,
    SessionStatus,
)
from focusgroup.domain.privacy import Redactor, gap_sentence, strip_control, suppression_sentence
from focusgroup.services.analysis import GapResult
from focusgroup.storage import report_queries
from focusgroup.storage.workspace import Workspace

GROUP_KINDS = (NoteKind.LIKE, NoteKind.DISLIKE, NoteKind.IDEA, NoteKind.NEED,
               NoteKind.QUESTION, NoteKind.OBSERVATION)
"""The order notes are grouped in under each guide item (quotes have their own section)."""
MAX_CELL = 300
"""User text inside a table cell is cut here (cells cannot split across pages); notes and
quotes are paragraphs and are never cut."""


@dataclass(frozen=True)
class Meta:
    kind: str  # session | summary | gap
    lang: str
    workspace: str
    generated: datetime
    threshold: int
    show_codes: bool
    department: str | None = None
    since: date | None = None
    until: date | None = None
    session_title: str | None = None


@dataclass(frozen=True)
class ActionLine:
    title: str
    owner: str
    due: date | None
    status: ActionStatus
    you_said: str | None
    we_did: str
    overdue: bool


@dataclass(frozen=True)
class RankRow:
    rank: float
    label: str
    mean_rank: float
    top3: int


@dataclass(frozen=True)
class GroupTable:
    group: str  # employees_own | managers_predicted | managers_own
    people: int
    kendalls_w: float | None
    rows: tuple[RankRow, ...]
    suppressed: str | None  # the sentence shown instead of the table

    @property
    def shown(self) -> bool:
        return self.suppressed is None


@dataclass(frozen=True)
class GapRow:
    label: str
    employee_rank: float
    manager_rank: float
    difference: float
    top3: int


@dataclass(frozen=True)
class RankingData:
    needs_list: str
    groups: tuple[GroupTable, ...]  # only groups with at least one person
    sentences: tuple[str, ...]  # the headline; empty when the gap cannot be shown
    gap_rows: tuple[GapRow, ...]  # in the employees' order
    rho: float | None
    tau: float | None
    employees: int
    managers: int
    threshold: int
    gap_suppressed: str | None = None  # why there is no gap although both sides took part

    @property
    def has_gap(self) -> bool:
        return bool(self.gap_rows)

    def group(self, name: str) -> GroupTable | None:
        return next((g for g in self.groups if g.group == name), None)


@dataclass(frozen=True)
class NoteGroup:
    kind: NoteKind
    texts: tuple[str, ...]


@dataclass(frozen=True)
class GuideSection:
    title: str | None  # None: notes not attached to a guide item
    minutes: int | None
    groups: tuple[NoteGroup, ...]


@dataclass(frozen=True)
class SessionReportData:
    meta: Meta
    title: str
    kind: SessionKind
    status: SessionStatus
    day: date | None
    department: str | None
    about: str
    participants: int
    notes: int
    suppressed: str | None
    sections: tuple[GuideSection, ...] = ()
    quotes: tuple[str, ...] = ()
    ranking: RankingData | None = None
    actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True)
class SessionLine:
    day: date | None
    title: str
    kind: SessionKind
    department: str | None
    participants: int | None  # None: fewer than the threshold (not printed)
    count: int = 1  # > 1 for the pooled lunch-interview line


@dataclass(frozen=True)
class CadenceLine:
    department: str
    kind: DepartmentKind
    cadence_months: int
    last: date | None
    due: date | None
    overdue_days: int | None  # None: on track


@dataclass(frozen=True)
class DepartmentLine:
    name: str
    sessions: int
    people: int
    notes: int
    likes: int
    dislikes: int
    suppressed: str | None


@dataclass(frozen=True)
class ThemeLine:
    name: str
    counts: dict[NoteKind, int]
    quotes: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class TrendLine:
    department: str
    previous: tuple[date, date] | None
    current: tuple[date, date] | None
    previous_people: int
    current_people: int
    moves: tuple[tuple[str, float, float, float], ...]  # label, before, now, moved (+ = up)
    shown: bool
    suppressed: str | None = None  # why the trend is not shown


@dataclass(frozen=True)
class SummaryReportData:
    meta: Meta
    sessions_held: int
    people: int
    notes: int
    open_actions: int
    sessions: tuple[SessionLine, ...]
    suppressed: str | None  # the whole scope is below the threshold
    excluded: tuple[str, ...] = ()  # departments left out of themes and quotes
    cadence: tuple[CadenceLine, ...] = ()
    departments: tuple[DepartmentLine, ...] = ()
    themes: tuple[ThemeLine, ...] = ()
    ranking: RankingData | None = None
    trends: tuple[TrendLine, ...] = ()
    actions_done: tuple[ActionLine, ...] = ()
    actions_open: tuple[ActionLine, ...] = ()
    lunch_note: str | None = None  # why lunch interviews appear only as a pool


@dataclass(frozen=True)
class GapReportData:
    meta: Meta
    ranking: RankingData | None
    suppressed: str | None = None


# --------------------------------------------------------------------------- helpers

@dataclass(frozen=True)
class Privacy:
    """The anonymity settings of one report and the redactor built from the workspace."""

    threshold: int
    lang: str
    show_codes: bool
    redactor: Redactor
    codes: dict[str, str]  # participant id -> code

    def text(self, text: str | None) -> str:
        return self.redactor.redact(text)

    def cell(self, text: str | None) -> str:
        """Redacted, on one line, and cut to :data:`MAX_CELL` characters for a table cell."""
        flat = " ".join(self.text(text).split())
        return flat if len(flat) <= MAX_CELL else flat[:MAX_CELL - 1] + "…"

    def staff(self, text: str | None) -> str:
        """A staff member acting in a role (an action's owner): cleaned, on one line and cut
        like a cell, but named. Redaction protects participants in what was said."""
        flat = " ".join(strip_control(text).split())
        return flat if len(flat) <= MAX_CELL else flat[:MAX_CELL - 1] + "…"

    def speaker(self, participant_id: str | None) -> str | None:
        """The participant's code, only when the user asked for codes."""
        if not self.show_codes or participant_id is None:
            return None
        return self.codes.get(participant_id)


def privacy_for(ws: Workspace, threshold: int, lang: str, show_codes: bool) -> Privacy:
    names, codes, by_id = report_queries.redaction_lists(ws)
    return Privacy(threshold, lang, show_codes,
                   Redactor(names, codes, redact_codes=not show_codes), by_id)


def ranking_data(result: GapResult, privacy: Privacy) -> RankingData:
    """The groups of a :class:`GapResult` as tables, small groups replaced by their sentence."""
    lang = privacy.lang
    labels = result.labels(lang)
    names = {("employees", "own"): "employees_own",
             ("managers", "predicted"): "managers_predicted",
             ("managers", "own"): "managers_own"}
    groups = []
    for role_group, perspective, group in result.groups():
        if group.people == 0:
            continue
        name = names[(role_group, perspective)]
        if group.ranking is None:
            groups.append(GroupTable(name, group.people, None, (), suppression_sentence(
                "ranking", group.people, result.threshold)))
            continue
        rows = tuple(RankRow(s.group_rank, labels.get(s.key, s.key), s.mean_rank, s.top3)
                     for s in group.ranking.items)
        groups.append(GroupTable(name, group.people, group.ranking.kendalls_w, rows, None))
    gap_rows: tuple[GapRow, ...] = ()
    rho = tau = None
    if result.gap is not None and result.gap.items:
        top3 = {s.key: s.top3 for s in result.employees.ranking.items}
        gap_rows = tuple(GapRow(labels.get(i.key, i.key), i.employee_rank, i.manager_rank,
                                i.difference, top3.get(i.key, 0))
                         for i in sorted(result.gap.items, key=lambda i: i.employee_rank))
        rho, tau = result.gap.rho, result.gap.tau
    employees, managers = result.employees.people, result.predicted.people
    return RankingData(result.needs_list.name, tuple(groups),
                       tuple(result.headline(lang)) if gap_rows else (), gap_rows, rho, tau,
                       employees, managers, result.threshold,
                       None if gap_rows else gap_sentence(employees, managers, result.threshold))


def action_line(action: Action, privacy: Privacy, today: date, you_said: str | None) -> ActionLine:
    open_ = action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    return ActionLine(
        title=privacy.cell(action.title), owner=privacy.staff(action.owner), due=action.due,
        status=action.status, you_said=privacy.text(you_said) if you_said else None,
        we_did=privacy.text(action.comment),
        overdue=open_ and action.due is not None and action.due < today)
