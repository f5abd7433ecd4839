"""Live capture of a session: notes typed during a focus group, field visit or interview.

Every note is committed on its own before the UI shows it, so a note the facilitator saw in
the list survives a dead laptop; the half-typed line is kept as a draft.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from focusgroup.domain.capture_line import NoteTooLong, clean_text, parse_line
from focusgroup.domain.model import (
    GuideItem,
    Note,
    NoteKind,
    Participant,
    Role,
    Session,
    SessionStatus,
    utc_now,
)
from focusgroup.messages import Message, text_of
from focusgroup.services.codes import find_by_code, new_code
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import capture as store
from focusgroup.storage import queries, repository
from focusgroup.storage.capture import NoteSnapshot
from focusgroup.storage.workspace import Workspace

Clock = Callable[[], datetime]


class UnknownParticipant(InvalidInput):
    """``@code`` names nobody yet; the UI offers to create the participant."""

    def __init__(self, code: str):
        super().__init__(Message("There is no participant {code} yet.", code=code))
        self.code = code


@dataclass(frozen=True)
class SessionSummary:
    notes_by_kind: dict[NoteKind, int]
    participants: int
    duration: timedelta | None

    @property
    def notes(self) -> int:
        return sum(self.notes_by_kind.values())


class Capture:
    """One session being captured. ``clock`` is injectable so timers can be tested."""

    def __init__(self, ws: Workspace, session_id: str, clock: Clock = utc_now):
        self.ws = ws
        self.clock = clock
        session = repository.get(ws, Session, session_id)
        if session is None:
            raise InvalidInput(Message("That session no longer exists."))
        self.session = session
        self.guide: list[GuideItem] = sorted(
            repository.find_by(ws, GuideItem, session_id=session_id), key=lambda g: g.position)
        self.current = self._resume_index()
        self._item_started = clock()
        position = store.load_guide_position(ws, session_id)
        ids = [g.id for g in self.guide]
        if position is not None and position[0] in ids:
            self.current = ids.index(position[0])
            self._item_started = position[1]
        self.redated_from: date | None = None  # the planned date, when started on another day

    # -- session life ------------------------------------------------------------------
    def start(self) -> Session:
        """Mark the session running (once); the clock counts from the first start.

        A planned session is dated the day it is actually run: run early (or late), its
        planned date would put "last listened" in the future or the past. The planned date it
        had is kept in ``redated_from`` so the UI can say so.
        """
        if self.session.status is not SessionStatus.RUNNING:
            now = self.clock()
            day = self.session.date or now.astimezone().date()
            if self.session.status is SessionStatus.PLANNED:
                day = now.astimezone().date()
                if self.session.date is not None and self.session.date != day:
                    self.redated_from = self.session.date
            self.session = repository.save(self.ws, replace(
                self.session, status=SessionStatus.RUNNING,
                started_at=self.session.started_at or now, ended_at=None, date=day))
            self._item_started = now
            self._save_position()
        return self.session

    def close(self) -> SessionSummary:
        now = self.clock()
        self.session = repository.save(self.ws, replace(
            self.session, status=SessionStatus.CLOSED, ended_at=now))
        return self.summary()

    def summary(self) -> SessionSummary:
        notes = [n for n, _ in store.session_notes(self.ws, self.session.id)]
        people = {n.participant_id for n in notes if n.participant_id}
        people |= set(queries.session_participant_ids(self.ws, self.session.id))
        duration = None
        if self.session.started_at:
            end = self.session.ended_at or self.clock()
            duration = end - self.session.started_at
        return SessionSummary(dict(Counter(n.kind for n in notes)), len(people), duration)

    # -- the guide ---------------------------------------------------------------------
    def _resume_index(self) -> int:
        notes = store.session_notes(self.ws, self.session.id)
        ids = [g.id for g in self.guide]
        for note, _ in reversed(notes):
            if note.guide_item_id in ids:
                return ids.index(note.guide_item_id)
        return 0

    @property
    def current_item(self) -> GuideItem | None:
        return self.guide[self.current] if self.guide else None

    def go_to(self, index: int) -> GuideItem | None:
        if self.guide:
            self.current = min(max(index, 0), len(self.guide) - 1)
            self._item_started = self.clock()
            self._save_position()
        return self.current_item

    def _save_position(self) -> None:
        """Keep the current question and its clock, so a reopened session carries on."""
        item = self.current_item
        if item is not None and not self.ws.read_only:
            store.save_guide_position(self.ws, self.session.id, item.id, self._item_started)

    def next_item(self) -> GuideItem | None:
        return self.go_to(self.current + 1)

    def previous_item(self) -> GuideItem | None:
        return self.go_to(self.current - 1)

    def item_elapsed(self) -> timedelta:
        return self.clock() - self._item_started

    def session_elapsed(self) -> timedelta | None:
        """How long the session has run; for a closed one, how long it ran (None if unknown)."""
        if self.session.started_at is None:
            return None
        if self.session.status is SessionStatus.CLOSED:
            if self.session.ended_at is None:
                return None
            return self.session.ended_at - self.session.started_at
        return self.clock() - self.session.started_at

    @property
    def planned(self) -> timedelta:
        return timedelta(minutes=sum(g.planned_minutes for g in self.guide))

    # -- notes -------------------------------------------------------------------------
    def participant_codes(self) -> list[str]:
        return sorted(p.code for p in repository.find(self.ws, Participant))

    def theme_names(self) -> list[str]:
        return store.theme_names(self.ws)

    def add(self, line: str, kind: NoteKind | None = None) -> tuple[Note, list[str]] | None:
        """Parse and store one line; ``None`` when there is nothing to save.

        Raises :class:`UnknownParticipant`, :class:`InvalidInput` (too long) or a
        ``StorageWriteError`` — in every case nothing was stored and the line should stay.
        """
        try:
            parsed = parse_line(line, kind)
        except NoteTooLong as error:
            raise InvalidInput(text_of(error)) from error
        if parsed is None:
            return None
        participant_id = None
        if parsed.participant_code:
            found = find_by_code(self.ws, parsed.participant_code)
            if found is None:
                raise UnknownParticipant(parsed.participant_code)
            participant_id = found.id
        now = self.clock()
        offset = None
        if self.session.started_at is not None:
            offset = max(0, int((now - self.session.started_at).total_seconds()))
        item = self.current_item
        note = Note(self.session.id, parsed.text, parsed.kind, participant_id,
                    item.id if item else None, offset, created_at=now, updated_at=now)
        store.add_note(self.ws, note, parsed.themes)
        if participant_id:
            queries.add_session_participants(self.ws, self.session.id, [participant_id])
        return note, sorted(parsed.themes, key=str.casefold)

    def create_participant(self, code: str, role: Role = Role.EMPLOYEE) -> Participant:
        code = code.strip()
        if not code or len(code) > 32:
            raise InvalidInput(Message("A participant code needs 1 to 32 characters."))
        if existing := queries.participants_with_code(self.ws, code):
            raise InvalidInput(Message("{code} already exists.", code=existing[0].code))
        participant = repository.save(self.ws, Participant(
            new_code(code), role, department_id=self.session.department_id))
        queries.add_session_participants(self.ws, self.session.id, [participant.id])
        return participant

    def edit_text(self, note: Note, text: str) -> Note:
        text = clean_text(text).strip()
        if not text:
            raise InvalidInput(Message("A note cannot be empty; delete it instead."))
        if len(text) > 20_000:
            raise InvalidInput(Message("A note can be at most 20,000 characters."))
        changed = replace(note, text=text, updated_at=self.clock())
        store.update_note(self.ws, changed)
        return changed

    def set_kind(self, note: Note, kind: NoteKind) -> Note:
        changed = replace(note, kind=kind, updated_at=self.clock())
        store.update_note(self.ws, changed)
        return changed

    def put(self, note: Note) -> None:
        """Store a version of a note exactly as given (undo and redo of edits)."""
        store.update_note(self.ws, note)

    def set_themes(self, note: Note, themes: list[str]) -> None:
        store.set_note_themes(self.ws, note.id, themes)

    def delete(self, note: Note) -> NoteSnapshot:
        return store.delete_note(self.ws, note.id)

    def restore(self, snapshot: NoteSnapshot) -> None:
        store.restore_note(self.ws, snapshot)

    def notes(self) -> list[tuple[Note, list[str]]]:
        return store.session_notes(self.ws, self.session.id)

    # -- the draft ---------------------------------------------------------------------
    def save_draft(self, text: str) -> None:
        store.save_draft(self.ws, self.session.id, text, self.clock())

    def draft(self) -> str | None:
        return store.load_draft(self.ws, self.session.id)
