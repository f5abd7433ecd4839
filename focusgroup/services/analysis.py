"""Needs rankings and the perception gap for a scope, with the anonymity threshold applied.

Groups: employees' own rankings; supervisors' and managers' predictions of what their employees
want; managers' own. A group with fewer distinct people than the threshold is not computed at
all: the result says how many more people it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from focusgroup import i18n
from focusgroup.domain.cadence import add_months
from focusgroup.domain.gap import Gap, agreement_sentence, gap_sentences, perception_gap
from focusgroup.domain.model import Department, NeedsItem, NeedsList, Perspective, Role, Session
from focusgroup.domain.needs import CLASSIC_TEN_NAME
from focusgroup.domain.ranking import GroupRanking, group_ranking
from focusgroup.messages import Message
from focusgroup.options import ANONYMITY_THRESHOLD
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import queries, repository
from focusgroup.storage.queries import RankingRecord
from focusgroup.storage.workspace import Workspace

LEADERS = (Role.SUPERVISOR, Role.MANAGER)


@dataclass(frozen=True)
class Scope:
    since: date | None = None
    until: date | None = None
    department_id: str | None = None
    session_id: str | None = None

    def holds(self, record: RankingRecord) -> bool:
        """Whether a ranking falls in this scope (as ``queries.ranking_records`` filters)."""
        return ((self.since is None or (record.day is not None and record.day >= self.since))
                and (self.until is None or (record.day is not None and record.day <= self.until))
                and (self.department_id is None or record.department_id == self.department_id)
                and (self.session_id is None or record.session_id == self.session_id))


@dataclass(frozen=True)
class GroupResult:
    """A group's ranking, or ``None`` with the number of people still missing."""

    people: int
    ranking: GroupRanking | None
    missing: int  # how many more distinct people the threshold needs (0 when shown)

    @property
    def shown(self) -> bool:
        return self.ranking is not None


@dataclass(frozen=True)
class GapResult:
    needs_list: NeedsList
    items: list[NeedsItem]
    employees: GroupResult
    predicted: GroupResult
    managers_own: GroupResult
    gap: Gap | None
    threshold: int

    def gap_in_employee_order(self) -> list:
        """The gap's items as employees rank them (their first choice first)."""
        return sorted(self.gap.items, key=lambda i: i.employee_rank) if self.gap else []

    def groups(self) -> list[tuple[str, str, GroupResult]]:
        """(role group, perspective, result) for every group, in reading order."""
        return [("employees", "own", self.employees), ("managers", "predicted", self.predicted),
                ("managers", "own", self.managers_own)]

    def labels(self, lang: str = "en") -> dict[str, str]:
        return {item.key: item.label(lang) for item in self.items}

    def headline(self, lang: str = "en", limit: int = 3) -> list[str]:
        """The largest gaps and the overall agreement, in words; empty when suppressed."""
        if self.gap is None:
            return []
        inline = {k: _lower_first(v) for k, v in self.labels(lang).items()}
        return [i18n.render(sentence, lang) for sentence in
                [*gap_sentences(self.gap, inline, limit), agreement_sentence(self.gap.rho)]]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text


def find_needs_list(ws: Workspace, name: str | None) -> NeedsList:
    """The list called ``name`` (case-insensitive), or the default list when ``name`` is None."""
    if name is None:
        found = default_needs_list(ws)
        if found is None:
            raise InvalidInput(Message("This workspace has no needs list yet."))
        return found
    lists = repository.find(ws, NeedsList)
    for needs_list in lists:
        if needs_list.name.casefold() == name.strip().casefold():
            return needs_list
    names = ", ".join(f'"{n.name}"' for n in lists) or Message("none")
    raise InvalidInput(Message('There is no needs list called "{name}" (lists: {names}).',
                               name=name, names=names))


def resolve_scope(
    ws: Workspace,
    *,
    session: str | None = None,
    department: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
) -> Scope:
    """Turn what a user typed (session id or title, department name, dates) into a Scope."""
    session_id = department_id = None
    if session:
        found = repository.get(ws, Session, session) or next(
            (s for s in repository.find(ws, Session)
             if s.title.casefold() == session.strip().casefold()), None)
        if found is None:
            raise InvalidInput(Message('There is no session with id or title "{session}".',
                                       session=session))
        session_id = found.id
    if department:
        match = [d for d in repository.find(ws, Department)
                 if d.name.casefold() == department.strip().casefold()]
        if not match:
            raise InvalidInput(Message('There is no department called "{name}".',
                                       name=department))
        department_id = match[0].id
    start, end = _parse_day(since, "--from"), _parse_day(until, "--to")
    if start and end and start > end:
        raise InvalidInput(Message("The period starts ({start}) after it ends ({end}).",
                                   start=start, end=end))
    return Scope(since=start, until=end, department_id=department_id, session_id=session_id)


def _parse_day(value: str | date | None, flag: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(Message('{flag} needs a date like 2026-05-31, not "{value}".',
                                   flag=flag, value=value)) from None


def check_threshold(value: int | str | None) -> int | None:
    """A --threshold as given, as a number (None: none given, the workspace's applies): typed
    with the digits 0-9 and within the limits a workspace may store (the one check of
    ``options``, as ``focusgroup config`` uses)."""
    if value is None:
        return None
    try:
        return ANONYMITY_THRESHOLD.parse(str(value))
    except ValueError:
        raise InvalidInput(Message(
            "The anonymity threshold must be a whole number, at least {least} and at most "
            "{most}.", least=ANONYMITY_THRESHOLD.minimum,
            most=ANONYMITY_THRESHOLD.maximum)) from None


def default_needs_list(ws: Workspace) -> NeedsList | None:
    lists = [n for n in repository.find_by(ws, NeedsList, archived=False)]
    classic = [n for n in lists if n.name == CLASSIC_TEN_NAME]
    return (classic or sorted(lists, key=lambda n: n.created_at) or [None])[0]


def _latest_per_person(records: list[RankingRecord]) -> list[RankingRecord]:
    latest: dict[str, RankingRecord] = {}
    for record in records:  # oldest first, so later ones replace earlier ones
        latest[record.participant_id] = record
    return list(latest.values())


def _group(records: list[RankingRecord], keys: list[str], threshold: int) -> GroupResult:
    chosen = _latest_per_person(records)
    people = len(chosen)
    if people < threshold:
        return GroupResult(people, None, threshold - people)
    return GroupResult(people, group_ranking([r.entries for r in chosen], keys), 0)


def analyse(
    ws: Workspace, needs_list: NeedsList, scope: Scope, threshold: int,
    records: list[RankingRecord] | None = None, items: list[NeedsItem] | None = None,
) -> GapResult:
    """The perception gap in ``scope``. ``records``: every ranking of the list, already read
    (a report reuses them for several analyses); else they are read here. ``items``: the
    list's items that are not archived, in list order, already read; else read here."""
    if items is None:
        items = sorted(
            repository.find_by(ws, NeedsItem, list_id=needs_list.id, archived=False),
            key=lambda i: i.position,
        )
    keys = [i.key for i in items]
    if records is None:
        records = queries.ranking_records(
            ws, needs_list.id, since=scope.since, until=scope.until,
            department_id=scope.department_id, session_id=scope.session_id,
        )
    elif scope != Scope():  # an empty scope holds every ranking
        records = [r for r in records if scope.holds(r)]
    own = [r for r in records if r.perspective is Perspective.OWN]
    predicted = [r for r in records if r.perspective is Perspective.PREDICTED
                 and r.role in LEADERS]
    employees = _group([r for r in own if r.role is Role.EMPLOYEE], keys, threshold)
    leaders = _group(predicted, keys, threshold)
    managers_own = _group([r for r in own if r.role in LEADERS], keys, threshold)
    gap = None
    if employees.ranking is not None and leaders.ranking is not None:
        gap = perception_gap(employees.ranking, leaders.ranking)
    return GapResult(needs_list, items, employees, leaders, managers_own, gap, threshold)


def latest_gap(ws: Workspace, threshold: int, today: date | None = None,
               months: int = 6) -> GapResult | None:
    """The perception gap over the last ``months`` (one listening round) on the default list."""
    needs_list = default_needs_list(ws)
    if needs_list is None:
        return None
    today = today or date.today()
    return analyse(ws, needs_list, Scope(since=add_months(today, -months), until=today),
                   threshold)
