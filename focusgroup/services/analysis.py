"""Needs rankings and the perception gap for a scope, with the anonymity threshold applied.

Groups: employees' own rankings; supervisors' and managers' predictions of what their employees
want; managers' own. A group with fewer distinct people than the threshold is not computed at
all: the result says how many more people it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from focusgroup.domain.cadence import add_months
from focusgroup.domain.gap import Gap, agreement_sentence, gap_sentences, perception_gap
from focusgroup.domain.model import NeedsItem, NeedsList, Perspective, Role
from focusgroup.domain.needs import CLASSIC_TEN_NAME
from focusgroup.domain.ranking import GroupRanking, group_ranking
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

    def labels(self, lang: str = "en") -> dict[str, str]:
        return {item.key: item.label(lang) for item in self.items}

    def headline(self, lang: str = "en", limit: int = 3) -> list[str]:
        """The largest gaps and the overall agreement, in words; empty when suppressed."""
        if self.gap is None:
            return []
        inline = {k: _lower_first(v) for k, v in self.labels(lang).items()}
        return [*gap_sentences(self.gap, inline, lang, limit),
                agreement_sentence(self.gap.rho, lang)]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text


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
    ws: Workspace, needs_list: NeedsList, scope: Scope, threshold: int
) -> GapResult:
    items = sorted(
        repository.find_by(ws, NeedsItem, list_id=needs_list.id, archived=False),
        key=lambda i: i.position,
    )
    keys = [i.key for i in items]
    records = queries.ranking_records(
        ws, needs_list.id, since=scope.since, until=scope.until,
        department_id=scope.department_id, session_id=scope.session_id,
    )
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
