"""How a department's needs ranking moved between its last two listening rounds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from focusgroup.domain.model import NeedsList, Perspective, Role, SessionKind
from focusgroup.domain.ranking import TrendItem, group_ranking, trend
from focusgroup.domain.rounds import Round, group_rounds
from focusgroup.services.needs_lists import items_of
from focusgroup.storage import queries
from focusgroup.storage.queries import RankingRecord
from focusgroup.storage.workspace import Workspace


@dataclass(frozen=True)
class TrendResult:
    previous: Round | None
    current: Round | None
    previous_people: int
    current_people: int
    items: tuple[TrendItem, ...]  # empty when there are not two rounds above the threshold
    threshold: int

    @property
    def shown(self) -> bool:
        return bool(self.items)

    def biggest_moves_first(self) -> list[TrendItem]:
        """The items that moved, the biggest move (up or down) first; a move under one place
        is left out."""
        return [i for i in sorted(self.items, key=lambda t: -abs(t.moved)) if abs(i.moved) >= 1]


def _people(records: list[RankingRecord], period: Round) -> list[RankingRecord]:
    latest: dict[str, RankingRecord] = {}
    for record in records:
        if record.day is not None and record.day in period:
            latest[record.participant_id] = record
    return list(latest.values())


GROUP_KINDS = (SessionKind.FOCUS_GROUP, SessionKind.SURVEY, SessionKind.FIELD_VISIT)


def _round_days(records: list[RankingRecord]) -> list[date]:
    """Rounds are set by group sessions; one-on-one lunches fall into whichever round they
    happen to be in, so a steady trickle of lunches does not merge two rounds into one."""
    return [r.day for r in records if r.day and r.session_kind in GROUP_KINDS]


def rounds_of(ws: Workspace, needs_list: NeedsList) -> list[Round]:
    """The listening rounds in which this list was ranked, oldest first."""
    return group_rounds(_round_days(queries.ranking_records(ws, needs_list.id)))


def department_trend(ws: Workspace, needs_list: NeedsList, department_id: str,
                     threshold: int, everyone: list[RankingRecord] | None = None,
                     keys: list[str] | None = None) -> TrendResult:
    """Employees' own rankings in the department's last round against the round before.
    ``everyone``: every ranking of the list, already read; else the department's are read.
    ``keys``: the keys of the list's items that are not archived, in list order; else read."""
    if keys is None:
        keys = [i.key for i in items_of(ws, needs_list, include_archived=False)]
    if everyone is None:
        everyone = queries.ranking_records(ws, needs_list.id, department_id=department_id)
    records = [r for r in everyone if r.department_id == department_id
               and r.perspective is Perspective.OWN and r.role is Role.EMPLOYEE]
    rounds = group_rounds(_round_days(records))
    if len(rounds) < 2:
        current = rounds[-1] if rounds else None
        people = len(_people(records, current)) if current else 0
        return TrendResult(None, current, 0, people, (), threshold)
    previous, current = rounds[-2], rounds[-1]
    before, after = _people(records, previous), _people(records, current)
    items: tuple[TrendItem, ...] = ()
    if len(before) >= threshold and len(after) >= threshold:
        items = trend(group_ranking([r.entries for r in before], keys),
                      group_ranking([r.entries for r in after], keys))
    return TrendResult(previous, current, len(before), len(after), items, threshold)
