"""The lunch-interview quick log: one call stores the whole conversation, or nothing.

A manager had lunch with one employee. The log becomes a closed *lunch interview* session with
its notes (each line of the likes, dislikes and "on their mind" boxes is one note), the person's
top needs as a partial ranking (perspective *own*) and the follow-ups as actions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from focusgroup.domain.capture_line import MAX_NOTE, clean_text
from focusgroup.domain.model import (
    Action,
    Department,
    NeedsItem,
    Note,
    NoteKind,
    Participant,
    Perspective,
    Ranking,
    RankingEntry,
    Role,
    Session,
    SessionKind,
    SessionStatus,
    utc_now,
)
from focusgroup.domain.words import role_word
from focusgroup.messages import Message
from focusgroup.services.actions import MAX_TITLE as MAX_ACTION_TITLE
from focusgroup.services.codes import find_by_code, new_code
from focusgroup.services.errors import InvalidInput
from focusgroup.services.rankings import MAX_CODE, next_code
from focusgroup.storage import queries, repository
from focusgroup.storage.workspace import Workspace

ANONYMOUS_PREFIX = "ANON-"
MAX_NEEDS = 3
MAX_FOLLOW_UPS = 10
MAX_FACILITATOR = 200
_BULLET = re.compile(r"^\s*(?:[-*•–·]|\d+[.)])\s+")

FollowUp = tuple[str, str, date | None]  # title, owner, due date


@dataclass(frozen=True)
class LunchDefaults:
    """What the dialog pre-fills: the last lunch's facilitator and department."""

    facilitator: str = ""
    department_id: str | None = None


def defaults(ws: Workspace) -> LunchDefaults:
    lunches = repository.find_by(ws, Session, kind=SessionKind.LUNCH_INTERVIEW)
    if not lunches:
        return LunchDefaults()
    last = max(lunches, key=lambda s: s.created_at)
    return LunchDefaults(last.facilitator, last.department_id)


def lines(text: str) -> list[str]:
    """Each non-empty line of a box, without list bullets ("- ", "• ", "1. ")."""
    found = []
    for line in clean_text(text or "").splitlines():
        line = _BULLET.sub("", line).strip()
        if line:
            found.append(line)
    return found


def _person(
    ws: Workspace, participant: str | None, role: Role, department_id: str | None
) -> tuple[Participant, bool]:
    """The participant (and whether they are new): an existing id or code, a new code, or an
    anonymous person with a generated ``ANON-`` code."""
    if participant is None:
        return Participant(next_code(ws, ANONYMOUS_PREFIX), role,
                           department_id=department_id), True
    key = participant.strip()
    found = repository.get(ws, Participant, key) if key else None
    if found is None and key:
        found = find_by_code(ws, key)
    if found is not None:
        if found.role is not role:
            raise InvalidInput(Message("{code} is registered as {registered}, not {role}.",
                                       code=found.code, registered=role_word(found.role),
                                       role=role_word(role)))
        return found, False
    if not key or any(ch.isspace() for ch in key):
        raise InvalidInput(Message("Type the person's code (e.g. P-012), or tick anonymous."))
    if len(key) > MAX_CODE:
        raise InvalidInput(Message("A participant code can be at most {max} characters.",
                                   max=MAX_CODE))
    return Participant(new_code(key), role, department_id=department_id), True


def _needs(ws: Workspace, top_needs: Sequence[str]) -> list[NeedsItem]:
    ids = [i for i in top_needs if i]
    if len(ids) > MAX_NEEDS:
        raise InvalidInput(Message("Pick at most {max} top needs.", max=MAX_NEEDS))
    if len(set(ids)) != len(ids):
        raise InvalidInput(Message("The same need is picked twice; pick three different ones."))
    items = {i.id: i for i in repository.find_by(ws, NeedsItem, id=ids)} if ids else {}
    if len(items) != len(ids) or any(i.archived for i in items.values()):
        raise InvalidInput(Message("A picked need is no longer on the needs list."))
    chosen = [items[i] for i in ids]
    if len({i.list_id for i in chosen}) > 1:
        raise InvalidInput(Message("The top needs must come from one needs list."))
    return chosen


def _follow_ups(follow_ups: Sequence[FollowUp]) -> list[tuple[str, str, date | None]]:
    cleaned = []
    for number, (title, owner, due) in enumerate(follow_ups, start=1):
        title, owner = " ".join((title or "").split()), " ".join((owner or "").split())
        if not title:
            if owner:
                raise InvalidInput(Message("Follow-up {number} has an owner but no title: "
                                           "what will be done?", number=number))
            continue  # an empty row
        if len(title) > MAX_ACTION_TITLE or len(owner) > MAX_FACILITATOR:
            raise InvalidInput(Message("Follow-up {number} is too long.", number=number))
        cleaned.append((title, owner, due))
    if len(cleaned) > MAX_FOLLOW_UPS:
        raise InvalidInput(Message("A lunch log can have at most {max} follow-ups.",
                                   max=MAX_FOLLOW_UPS))
    return cleaned


def log_lunch(
    ws: Workspace,
    *,
    department_id: str | None,
    participant: str | None,
    role: Role | str = Role.EMPLOYEE,
    likes: str = "",
    dislikes: str = "",
    on_mind: str = "",
    top_needs: Sequence[str] = (),
    follow_ups: Sequence[FollowUp] = (),
    facilitator: str = "",
    day: date | None = None,
    title: str | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> Session:
    """Store one lunch conversation in one transaction; raise :class:`InvalidInput` (and store
    nothing) when any part is unusable.

    ``participant`` is an existing participant's id or code, a new code, or ``None`` for an
    anonymous person (who gets a code like ``ANON-003``: a ranking needs a participant).
    """
    try:
        role = Role(role)
    except ValueError as error:
        raise InvalidInput(Message('Unknown role "{role}".', role=role)) from error
    if department_id is not None and repository.get(ws, Department, department_id) is None:
        raise InvalidInput(Message("That department no longer exists."))
    boxes = [(NoteKind.LIKE, lines(likes)), (NoteKind.DISLIKE, lines(dislikes)),
             (NoteKind.OBSERVATION, lines(on_mind))]
    for _, texts in boxes:
        if any(len(t) > MAX_NOTE for t in texts):
            raise InvalidInput(Message("A line can be at most {max:,} characters.", max=MAX_NOTE))
    needs = _needs(ws, top_needs)
    actions = _follow_ups(follow_ups)
    if not needs and not actions and not any(texts for _, texts in boxes):
        raise InvalidInput(Message("Nothing to save yet: write what they like, dislike or have "
                                   "on their mind, pick a need, or add a follow-up."))
    facilitator = " ".join((facilitator or "").split())
    if len(facilitator) > MAX_FACILITATOR:
        raise InvalidInput(Message("The facilitator can be at most {max} characters.",
                                   max=MAX_FACILITATOR))
    person, new_person = _person(ws, participant, role, department_id)

    now = clock()
    if title is None:  # never the person's code: titles are printed and exported as they are
        title = "Lunch interview" if participant is not None else "Lunch interview (anonymous)"
    session = Session(title, SessionKind.LUNCH_INTERVIEW, SessionStatus.CLOSED,
                      day or now.date(), department_id, facilitator, created_at=now)
    objects: list[object] = [person] if new_person else []
    objects.append(session)
    for kind, texts in boxes:
        objects.extend(Note(session.id, text, kind, person.id, created_at=now, updated_at=now)
                       for text in texts)
    if needs:
        ranking = Ranking(needs[0].list_id, person.id, Perspective.OWN, session.id,
                          created_at=now)
        objects.append(ranking)
        objects.extend(RankingEntry(ranking.id, item.id, rank)
                       for rank, item in enumerate(needs, start=1))
    objects.extend(Action(t, owner, due, session_id=session.id, department_id=department_id,
                          created_at=now, updated_at=now) for t, owner, due in actions)
    with repository.atomic(ws):
        repository.save_all(ws, objects)
        queries.add_session_participants(ws, session.id, [person.id])
    return session
