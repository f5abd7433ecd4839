"""The words of the product as plain data: departments, participants, sessions, notes, rankings…

Pure Python (no Qt, no SQL). Objects are frozen; change them with :func:`dataclasses.replace`.
Identifiers are UUID strings so that workspaces can be merged; times are timezone-aware UTC.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum


def new_id() -> str:
    """A fresh UUID4 key."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Now, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


class DepartmentKind(StrEnum):
    TEAM = "team"
    DEPARTMENT = "department"
    SUPPLIER = "supplier"
    CONTRACTOR = "contractor"
    OTHER = "other"


class Role(StrEnum):
    EMPLOYEE = "employee"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    OTHER = "other"


class SessionKind(StrEnum):
    FOCUS_GROUP = "focus_group"
    LUNCH_INTERVIEW = "lunch_interview"
    FIELD_VISIT = "field_visit"
    SURVEY = "survey"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class NoteKind(StrEnum):
    LIKE = "like"
    DISLIKE = "dislike"
    IDEA = "idea"
    NEED = "need"
    QUOTE = "quote"
    QUESTION = "question"
    OBSERVATION = "observation"


class Perspective(StrEnum):
    OWN = "own"  # what I want
    PREDICTED = "predicted"  # what I believe my employees want


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


DEFAULT_CADENCE_MONTHS = 6


@dataclass(frozen=True)
class Department:
    name: str
    kind: DepartmentKind = DepartmentKind.DEPARTMENT
    cadence_months: int = DEFAULT_CADENCE_MONTHS
    archived: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class Participant:
    code: str
    role: Role = Role.EMPLOYEE
    name: str | None = None  # stays in the workspace; never printed unless explicitly allowed
    department_id: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class Session:
    title: str
    kind: SessionKind = SessionKind.FOCUS_GROUP
    status: SessionStatus = SessionStatus.PLANNED
    date: date | None = None
    department_id: str | None = None
    facilitator: str = ""
    about: str = ""  # e.g. an internal service: "HR benefits desk"
    started_at: datetime | None = None
    ended_at: datetime | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class GuideItem:
    session_id: str
    text: str
    position: int = 0
    planned_minutes: int = 10
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Note:
    session_id: str
    text: str
    kind: NoteKind = NoteKind.OBSERVATION
    participant_id: str | None = None
    guide_item_id: str | None = None
    offset_seconds: int | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class Theme:
    name: str
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class NeedsList:
    name: str
    archived: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class NeedsItem:
    list_id: str
    key: str
    label_en: str
    label_da: str = ""
    position: int = 0
    archived: bool = False
    id: str = field(default_factory=new_id)

    def label(self, lang: str = "en") -> str:
        return (self.label_da if lang == "da" else "") or self.label_en


@dataclass(frozen=True)
class Ranking:
    needs_list_id: str
    participant_id: str
    perspective: Perspective = Perspective.OWN
    session_id: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class RankingEntry:
    ranking_id: str
    item_id: str
    rank: int  # 1 = most important; equal ranks are ties; unranked items have no entry


@dataclass(frozen=True)
class Action:
    title: str
    owner: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    note_id: str | None = None
    session_id: str | None = None
    department_id: str | None = None
    comment: str = ""  # what was done: "you said, we did"
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class Initiative:
    title: str
    description: str = ""
    estimated_cost: float | None = None
    status: str = "proposed"
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)


def canonical_code(text: str | None) -> str:
    """A participant code as it is stored and compared everywhere: spaces trimmed (and runs of
    them made one), upper case. ``p-001`` and `` P-001 `` are one person, ``P-001``."""
    return " ".join((text or "").split()).upper()
