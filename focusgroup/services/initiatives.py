"""Initiatives: ask before you invest.

An initiative (a gym, a new shift plan, a benefit) is put to sessions; there its guide item is
discussed, notes are marked for, against or neutral, and a quick count of hands is taken. The
evidence — counts, per department, and quotes — is what the decision should rest on.

Privacy: the evidence never carries participant codes or names; known names and code-shaped
words in quoted text and session titles are redacted.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from focusgroup.domain.model import (
    GuideItem,
    Initiative,
    Note,
    NoteKind,
    Session,
    SessionStatus,
    utc_now,
)
from focusgroup.domain.privacy import Redactor
from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import initiatives as store
from focusgroup.storage import queries, repository
from focusgroup.storage.workspace import Workspace

MAX_TITLE = 200
MAX_DESCRIPTION = 10_000
MAX_COST = 1e13
MAX_MINUTES = 240
MAX_HANDS = 100_000


class Stance(StrEnum):
    FOR = "for"
    AGAINST = "against"
    NEUTRAL = "neutral"


class InitiativeStatus(StrEnum):
    PROPOSED = "proposed"
    DECIDED_YES = "decided-yes"
    DECIDED_NO = "decided-no"
    PARKED = "parked"


@dataclass(frozen=True)
class Tally:
    """How many for, against and neutral (notes, or hands)."""

    in_favour: int = 0
    against: int = 0
    neutral: int = 0

    @property
    def total(self) -> int:
        return self.in_favour + self.against + self.neutral

    @classmethod
    def of(cls, counts: store.Counts) -> Tally:
        return cls(counts.for_count or 0, counts.against_count or 0, counts.neutral_count or 0)


@dataclass(frozen=True)
class InitiativeRow:
    """One line of the initiatives list."""

    initiative: Initiative
    sessions_asked: int
    counted_sessions: int
    notes: Tally
    hands: Tally


@dataclass(frozen=True)
class AskedSession:
    session_id: str
    title: str  # redacted: a lunch interview's title may name its participant
    date: date | None
    status: SessionStatus
    department: str | None
    hands: Tally | None  # None until hands were counted
    counted_at: datetime | None
    notes: Tally


@dataclass(frozen=True)
class DepartmentEvidence:
    department: str | None  # None: sessions without a department
    sessions: int
    counted_sessions: int
    notes: Tally
    hands: Tally


@dataclass(frozen=True)
class Quote:
    stance: Stance
    text: str  # redacted
    kind: NoteKind
    session_title: str  # redacted
    session_date: date | None
    department: str | None


@dataclass(frozen=True)
class Evidence:
    """Everything said and counted about one initiative, free of codes and names."""

    initiative: Initiative
    sessions: tuple[AskedSession, ...]
    notes: Tally
    hands: Tally
    counted_sessions: int
    departments: tuple[DepartmentEvidence, ...]
    quotes_for: tuple[Quote, ...]
    quotes_against: tuple[Quote, ...]
    quotes_for_total: int = 0  # all marked for, when only the first few are in quotes_for
    quotes_against_total: int = 0

    @property
    def sessions_asked(self) -> int:
        return len(self.sessions)


@dataclass(frozen=True)
class SessionChoice:
    """A session an initiative could be put to."""

    id: str
    title: str
    date: date | None
    status: SessionStatus
    department: str | None
    asked: bool


@dataclass(frozen=True)
class SessionInitiative:
    """An initiative as the stance bar of a running session shows it."""

    initiative: Initiative
    notes: Tally  # marked notes in this session
    hands: Tally | None  # this session's count, None until counted


# -- create and edit -------------------------------------------------------------------------
def _clean(title: str, description: str, estimated_cost: float | None,
           status: str) -> tuple[str, str, float | None, str]:
    title = " ".join((title or "").split())
    if not title:
        raise InvalidInput(Message(
            'An initiative needs a title, e.g. "Fitness room in building B".'))
    if len(title) > MAX_TITLE:
        raise InvalidInput(Message("An initiative's title can be at most {max} characters.",
                                   max=MAX_TITLE))
    description = (description or "").strip()
    if len(description) > MAX_DESCRIPTION:
        raise InvalidInput(Message("A description can be at most {max:,} characters.",
                                   max=MAX_DESCRIPTION))
    if estimated_cost is not None:
        if isinstance(estimated_cost, bool) or not isinstance(estimated_cost, (int, float)):
            raise InvalidInput(Message("The estimated cost must be a number, or left empty."))
        if math.isnan(estimated_cost) or estimated_cost < 0 or estimated_cost > MAX_COST:
            raise InvalidInput(Message("The estimated cost must be zero or more (or left empty)."))
        estimated_cost = float(estimated_cost)
    try:
        status = InitiativeStatus(status).value
    except ValueError as error:
        choices = ", ".join(s.value for s in InitiativeStatus)
        raise InvalidInput(Message('Unknown status "{status}"; use one of {choices}.',
                                   status=status, choices=choices)) from error
    return title, description, estimated_cost, status


def create_initiative(ws: Workspace, title: str, description: str = "",
                      estimated_cost: float | None = None,
                      status: InitiativeStatus | str = InitiativeStatus.PROPOSED) -> Initiative:
    title, description, cost, status = _clean(title, description, estimated_cost, status)
    return repository.save(ws, Initiative(title, description, cost, status))


def edit_initiative(ws: Workspace, initiative: Initiative, title: str, description: str = "",
                    estimated_cost: float | None = None,
                    status: InitiativeStatus | str = InitiativeStatus.PROPOSED) -> Initiative:
    """Replace the editable fields (all of them: what the dialog shows is what is saved)."""
    title, description, cost, status = _clean(title, description, estimated_cost, status)
    return repository.save(ws, replace(initiative, title=title, description=description,
                                       estimated_cost=cost, status=status))


def get_initiative(ws: Workspace, initiative_id: str) -> Initiative:
    initiative = repository.get(ws, Initiative, initiative_id)
    if initiative is None:
        raise InvalidInput(Message("That initiative no longer exists."))
    return initiative


def list_initiatives(ws: Workspace) -> list[InitiativeRow]:
    """All initiatives, open questions (proposed) first, then newest first."""
    summaries = store.summaries(ws)
    rows = []
    for initiative in repository.find(ws, Initiative):
        s = summaries.get(initiative.id)
        rows.append(InitiativeRow(initiative, s.sessions if s else 0,
                                  s.counted_sessions if s else 0,
                                  Tally.of(s.notes) if s else Tally(),
                                  Tally.of(s.hands) if s else Tally()))
    rows.sort(key=lambda r: r.initiative.created_at, reverse=True)
    rows.sort(key=lambda r: r.initiative.status != InitiativeStatus.PROPOSED)
    return rows


# -- putting it to sessions ------------------------------------------------------------------
def candidate_sessions(ws: Workspace, initiative_id: str) -> list[SessionChoice]:
    """Sessions to choose from: planned and running ones first, then the rest, newest first."""
    asked = set(store.asked_session_ids(ws, initiative_id))
    rows = [SessionChoice(r.id, r.title, r.date, r.status, r.department, r.id in asked)
            for r in queries.session_rows(ws)]
    rows.sort(key=lambda r: r.status is SessionStatus.CLOSED)  # stable: keeps newest first
    return rows


def put_to_session(ws: Workspace, initiative_id: str, session_id: str, minutes: int = 10,
                   guide_text: str | None = None, clock: Callable[[], datetime] = utc_now,
                   ) -> GuideItem:
    """Put an initiative to a session: its guide gets "Initiative: <title>" at the end.

    ``guide_text`` lets the UI pass a translated text; it defaults to the English one.
    """
    initiative = get_initiative(ws, initiative_id)
    if repository.get(ws, Session, session_id) is None:
        raise InvalidInput(Message("That session no longer exists."))
    if store.is_asked(ws, initiative_id, session_id):
        raise InvalidInput(Message('"{title}" has already been put to that session.',
                                   title=initiative.title))
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
            1 <= minutes <= MAX_MINUTES):
        raise InvalidInput(Message("Planned minutes must be a whole number from 1 to {max}.",
                                   max=MAX_MINUTES))
    text = " ".join((guide_text or f"Initiative: {initiative.title}").split())
    return store.put_to_session(ws, initiative_id, session_id, text, minutes, clock())


def _check_asked(ws: Workspace, initiative_id: str, session_id: str) -> Initiative:
    initiative = get_initiative(ws, initiative_id)
    if not store.is_asked(ws, initiative_id, session_id):
        raise InvalidInput(Message('"{title}" has not been put to that session; put it to '
                                   "the session first.", title=initiative.title))
    return initiative


def _hands(value: int | None, what: Message) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > MAX_HANDS:
        raise InvalidInput(Message("The number of hands {what} must be a whole number, 0 or more.",
                                   what=what))
    return value


def record_hands(ws: Workspace, initiative_id: str, session_id: str, for_count: int | None,
                 against_count: int | None, neutral_count: int | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
    """Store a quick count of hands in one session; all ``None`` clears the count.

    For and against are counted together (one without the other is not a count); neutral
    (abstaining) hands are optional.
    """
    _check_asked(ws, initiative_id, session_id)
    counts = (_hands(for_count, Message("for")), _hands(against_count, Message("against")),
              _hands(neutral_count, Message("neutral")))
    if counts == (None, None, None):
        store.record_hands(ws, initiative_id, session_id, None, None, None, None)
        return
    if counts[0] is None or counts[1] is None:
        raise InvalidInput(Message("Count the hands for and against (0 is a count)."))
    store.record_hands(ws, initiative_id, session_id, *counts, clock())


def set_stance(ws: Workspace, note: Note | str, initiative: Initiative | str,
               stance: Stance | str | None) -> Stance | None:
    """Mark a note for, against or neutral on an initiative put to the note's session;
    ``None`` removes the mark. Returns the stance now stored."""
    note_id = note if isinstance(note, str) else note.id
    initiative_id = initiative if isinstance(initiative, str) else initiative.id
    stored = repository.get(ws, Note, note_id)
    if stored is None:
        raise InvalidInput(Message("That note no longer exists."))
    _check_asked(ws, initiative_id, stored.session_id)
    if stance is not None:
        try:
            stance = Stance(stance)
        except ValueError as error:
            raise InvalidInput(Message('A stance is "for", "against" or "neutral", not '
                                       '"{stance}".', stance=stance)) from error
    store.set_stance(ws, note_id, initiative_id, stance.value if stance else None)
    return stance


def stance_of(ws: Workspace, note: Note | str, initiative: Initiative | str) -> Stance | None:
    note_id = note if isinstance(note, str) else note.id
    initiative_id = initiative if isinstance(initiative, str) else initiative.id
    found = store.stance_of(ws, note_id, initiative_id)
    return Stance(found) if found else None


# -- during a session ------------------------------------------------------------------------
def session_initiatives(ws: Workspace, session_id: str) -> list[SessionInitiative]:
    """The initiatives put to a session, in the order they were put, with this session's
    marked notes and count of hands."""
    result = []
    for initiative_id in store.session_initiative_ids(ws, session_id):
        initiative = repository.get(ws, Initiative, initiative_id)
        if initiative is None:
            continue
        asked = next(r for r in store.asked_sessions(ws, initiative_id)
                     if r.session_id == session_id)
        hands = Tally.of(asked.hands) if asked.counted_at else None
        result.append(SessionInitiative(initiative, Tally.of(asked.notes), hands))
    return result


def session_stances(ws: Workspace, session_id: str, initiative_id: str) -> dict[str, Stance]:
    """Note id → stance, for one initiative in one session."""
    return {k: Stance(v) for k, v in store.session_stances(ws, session_id, initiative_id).items()}


def latest_note(ws: Workspace, session_id: str) -> Note | None:
    """The note taken last in a session (what "mark" means when nothing is selected)."""
    note_id = store.latest_note_id(ws, session_id)
    return repository.get(ws, Note, note_id) if note_id else None


# -- the evidence ----------------------------------------------------------------------------
def _redactor(ws: Workspace) -> Redactor:
    names, codes = store.participant_names_and_codes(ws)
    return Redactor(names, codes)


def evidence(ws: Workspace, initiative: Initiative | str,
             quote_limit: int | None = None) -> Evidence:
    """Counts, per department, and the quotes for and against one initiative (with
    ``quote_limit``, the first that many of each; the totals say how many there are)."""
    initiative = get_initiative(ws, initiative if isinstance(initiative, str) else initiative.id)
    redact = _redactor(ws)
    sessions = tuple(
        AskedSession(r.session_id, redact(r.title), r.date, SessionStatus(r.status),
                     r.department, Tally.of(r.hands) if r.counted_at else None, r.counted_at,
                     Tally.of(r.notes))
        for r in store.asked_sessions(ws, initiative.id))
    notes = Tally(sum(s.notes.in_favour for s in sessions), sum(s.notes.against for s in sessions),
                  sum(s.notes.neutral for s in sessions))
    counted = [s.hands for s in sessions if s.hands is not None]
    hands = Tally(sum(h.in_favour for h in counted), sum(h.against for h in counted),
                  sum(h.neutral for h in counted))
    departments = sorted(
        (DepartmentEvidence(r.department, r.sessions, r.counted_sessions, Tally.of(r.notes),
                            Tally.of(r.hands))
         for r in store.department_rows(ws, initiative.id)),
        key=lambda d: (d.department is None, (d.department or "").casefold()))
    quotes = [Quote(Stance(q.stance), redact(q.text), NoteKind(q.kind), redact(q.session_title),
                    q.session_date, q.department)
              for q in store.quotes(ws, initiative.id, limit=quote_limit)]
    totals = store.quote_counts(ws, initiative.id)
    return Evidence(initiative, sessions, notes, hands, len(counted), tuple(departments),
                    tuple(q for q in quotes if q.stance is Stance.FOR),
                    tuple(q for q in quotes if q.stance is Stance.AGAINST),
                    totals.get(Stance.FOR.value, 0), totals.get(Stance.AGAINST.value, 0))
