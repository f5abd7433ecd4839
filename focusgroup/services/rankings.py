"""Entering rankings: a participant's typed order ("3 1=5 2") saved for a session."""

from __future__ import annotations

import re
from dataclasses import dataclass

from focusgroup.domain.model import (
    NeedsItem,
    NeedsList,
    Participant,
    Perspective,
    Ranking,
    RankingEntry,
    Role,
    Session,
)
from focusgroup.domain.ranking_input import OrderError, parse_order, whole_number
from focusgroup.domain.words import role_word
from focusgroup.messages import Message, text_of
from focusgroup.services.codes import find_by_code, new_code
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import queries, repository
from focusgroup.storage.queries import RankingRecord
from focusgroup.storage.rankings import replace_ranking
from focusgroup.storage.workspace import Workspace

MAX_CODE = 32
_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


def list_items(ws: Workspace, needs_list: NeedsList) -> list[NeedsItem]:
    """The list's active items in their order (item number n is ``items[n - 1]``)."""
    items = repository.find_by(ws, NeedsItem, list_id=needs_list.id, archived=False)
    return sorted(items, key=lambda i: i.position)


def next_code(ws: Workspace, prefix: str = "P-") -> str:
    """The next free participant code, e.g. ``P-007`` after ``P-006``."""
    numbers = [n for p in repository.find(ws, Participant) if p.code.startswith(prefix)
               and (n := whole_number(p.code[len(prefix):])) is not None]
    return f"{prefix}{max(numbers, default=0) + 1:03}"


@dataclass(frozen=True)
class SavedRanking:
    participant: Participant
    ranking: Ranking
    positions: dict[str, int]  # item key -> position
    created_participant: bool


def save_typed_ranking(
    ws: Workspace,
    session: Session,
    needs_list: NeedsList,
    code: str,
    role: Role,
    perspective: Perspective,
    typed_order: str,
) -> SavedRanking:
    """Save one person's order for ``session``; re-entering replaces their earlier order.

    An unknown ``code`` creates the participant (with ``role`` and the session's department);
    a known one must have the same role. Employees can only give their own view.
    """
    code = code.strip()
    if not code:
        raise InvalidInput(Message("Type the participant's code, e.g. P-007."))
    if len(code) > MAX_CODE:
        raise InvalidInput(Message("A participant code can be at most {most} characters.",
                                   most=MAX_CODE))
    found = find_by_code(ws, code)
    existing = [found] if found is not None else []
    participant = found if found is not None else Participant(
        new_code(code), role, department_id=session.department_id)
    if existing and participant.role is not role:
        raise InvalidInput(Message("{code} is registered as {registered}, not {role}.",
                                   code=code, registered=role_word(participant.role),
                                   role=role_word(role)))
    if perspective is Perspective.PREDICTED and participant.role is Role.EMPLOYEE:
        raise InvalidInput(Message("Predictions (what my employees want) come from supervisors "
                                   "and managers; choose their own view for an employee."))
    items = list_items(ws, needs_list)
    try:
        order = parse_order(typed_order, len(items))
    except OrderError as error:
        raise InvalidInput(text_of(error)) from error
    ranking = Ranking(needs_list.id, participant.id, perspective, session.id)
    entries = [RankingEntry(ranking.id, items[number - 1].id, position)
               for number, position in order.items()]
    replace_ranking(ws, ranking, entries, participant=None if existing else participant)
    positions = {items[number - 1].key: position for number, position in order.items()}
    return SavedRanking(participant, ranking, positions, not existing)


def session_rankings(ws: Workspace, needs_list: NeedsList, session: Session) -> list[RankingRecord]:
    """The rankings of one list entered for one session, oldest first."""
    return queries.ranking_records(ws, needs_list.id, session_id=session.id)


def _natural(code: str) -> tuple:
    """"P-4" before "P-10"."""
    return tuple(int(part) if part.isdecimal() else part.casefold()
                 for part in re.split(r"(\d+)", code))


def next_participant(ws: Workspace, session: Session, needs_list: NeedsList,
                     after: str | None = None) -> str:
    """The code to enter next in ``session``: its first participant (by code) without a
    ranking of ``needs_list`` yet; else the code after ``after`` ("E-1" gives "E-2") not yet
    ranked here; else the next free code."""
    ranked = {r.participant_id for r in session_rankings(ws, needs_list, session)}
    ids = [i for i in queries.session_participant_ids(ws, session.id) if i not in ranked]
    waiting = sorted((p.code for p in repository.find_by(ws, Participant, id=ids)),
                     key=_natural) if ids else []
    if waiting:
        return waiting[0]
    match = _TRAILING_NUMBER.match((after or "").strip())
    if match is None:
        return next_code(ws)
    done = {p.code.casefold() for p in repository.find_by(ws, Participant, id=sorted(ranked))} \
        if ranked else set()
    prefix, digits = match.groups()
    number = int(digits)
    while True:
        number += 1
        code = f"{prefix}{number:0{len(digits)}d}"
        if code.casefold() not in done and len(code) <= MAX_CODE:
            return code
        if len(code) > MAX_CODE:
            return next_code(ws)
