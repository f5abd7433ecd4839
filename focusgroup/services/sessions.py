"""Planning sessions: title, kind, department, date, a discussion guide with planned minutes, and
participants known by code. Guides can come from the shipped templates or saved ones."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date as Date  # ``date`` is also a keyword argument below

from focusgroup.domain import guides
from focusgroup.domain.guides import GuideTemplate
from focusgroup.domain.model import (
    Department,
    GuideItem,
    Participant,
    Role,
    Session,
    SessionKind,
    SessionStatus,
    new_id,
    utc_now,
)
from focusgroup.messages import Message
from focusgroup.services.codes import new_code
from focusgroup.services.errors import InvalidInput
from focusgroup.services.rankings import MAX_CODE, next_code
from focusgroup.storage import queries, repository
from focusgroup.storage import templates as store
from focusgroup.storage.queries import SessionRow
from focusgroup.storage.workspace import Workspace

MAX_TITLE = 200
MAX_TEXT = 200  # facilitator, about
MAX_NAME = 120  # a participant's real name, a template's name

Guide = list[tuple[str, int]] | tuple[tuple[str, int], ...]


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _clean_guide(guide: Guide) -> list[tuple[str, int]]:
    items = [(_one_line(text), minutes) for text, minutes in guide]
    problems = guides.guide_problems(items)
    if problems:
        raise InvalidInput(problems[0])
    return items


def _check_department(ws: Workspace, department_id: str | None) -> None:
    if department_id is not None and repository.get(ws, Department, department_id) is None:
        raise InvalidInput(Message("That department no longer exists."))


def _participants(ws: Workspace, ids: Iterable[str]) -> list[str]:
    ids = list(dict.fromkeys(ids))
    found = {p.id for p in repository.find_by(ws, Participant, id=ids)} if ids else set()
    if len(found) != len(ids):
        raise InvalidInput(Message("A chosen participant no longer exists."))
    return ids


def plan_session(
    ws: Workspace,
    *,
    title: str,
    kind: SessionKind | str = SessionKind.FOCUS_GROUP,
    department_id: str | None = None,
    date: Date | None = None,
    facilitator: str = "",
    about: str = "",
    guide: Guide = (),
    participant_ids: Iterable[str] = (),
) -> Session:
    """Create a planned session with its guide items and participants, in one transaction."""
    title = _one_line(title)
    if not title:
        raise InvalidInput(Message("A session needs a title, e.g. \"Warehouse round 2\"."))
    if len(title) > MAX_TITLE:
        raise InvalidInput(Message("A session title can be at most {max} characters.",
                                   max=MAX_TITLE))
    try:
        kind = SessionKind(kind)
    except ValueError as error:
        choices = ", ".join(k.value for k in SessionKind)
        raise InvalidInput(Message('Unknown session kind "{kind}"; use one of {choices}.',
                                   kind=kind, choices=choices)) from error
    facilitator, about = _one_line(facilitator), _one_line(about)
    if len(facilitator) > MAX_TEXT or len(about) > MAX_TEXT:
        raise InvalidInput(Message(
            "Facilitator and topic can be at most {max} characters each.", max=MAX_TEXT))
    items = _clean_guide(guide)
    _check_department(ws, department_id)
    people = _participants(ws, participant_ids)
    session = Session(title, kind, SessionStatus.PLANNED, date, department_id, facilitator, about)
    guide_items = [GuideItem(session.id, text, position, minutes)
                   for position, (text, minutes) in enumerate(items, start=1)]
    with repository.atomic(ws):
        repository.save_all(ws, [session, *guide_items])
        if people:
            queries.add_session_participants(ws, session.id, people)
    return session


def guide_of(ws: Workspace, session_id: str) -> list[GuideItem]:
    return sorted(repository.find_by(ws, GuideItem, session_id=session_id),
                  key=lambda g: g.position)


# -- templates ---------------------------------------------------------------------------------
def templates(ws: Workspace, lang: str | None = None) -> list[GuideTemplate]:
    """The shipped templates in ``lang`` (all when ``None``), then the saved ones of that
    language or of none."""
    saved = [t for t in store.list_templates(ws) if lang is None or t.lang in ("", lang)]
    return [*guides.built_in(lang), *saved]


def save_template(
    ws: Workspace, name: str, guide: Guide, *, lang: str = "", replace: bool = False
) -> GuideTemplate:
    """Save a guide for reuse. A saved template of the same name is replaced only when asked."""
    name = _one_line(name)
    if not name:
        raise InvalidInput(Message("A template needs a name."))
    if len(name) > MAX_NAME:
        raise InvalidInput(Message("A template name can be at most {max} characters.",
                                   max=MAX_NAME))
    if lang not in ("", *guides.LANGUAGES):
        raise InvalidInput(Message('Unknown language "{lang}".', lang=lang))
    if any(t.name.casefold() == name.casefold() for t in guides.BUILT_IN):
        raise InvalidInput(Message('"{name}" is the name of a built-in template; choose another.',
                                   name=name))
    items = _clean_guide(guide)
    if not items:
        raise InvalidInput(Message("The guide is empty: add at least one question first."))
    existing = store.find_by_name(ws, name)
    if existing is not None and not replace:
        raise InvalidInput(Message('There is already a template called "{name}".',
                                   name=existing.name))
    template = GuideTemplate(existing.id if existing else new_id(), name, lang, tuple(items),
                             created_at=utc_now())
    store.save_template(ws, template)
    return template


def save_guide_as_template(
    ws: Workspace, session_id: str, name: str, *, lang: str = "", replace: bool = False
) -> GuideTemplate:
    """Save a session's discussion guide as a reusable template."""
    if repository.get(ws, Session, session_id) is None:
        raise InvalidInput(Message("That session no longer exists."))
    guide = [(g.text, g.planned_minutes) for g in guide_of(ws, session_id)]
    return save_template(ws, name, guide, lang=lang, replace=replace)


def delete_template(ws: Workspace, template: GuideTemplate) -> None:
    if template.built_in:
        raise InvalidInput(Message("Built-in templates cannot be deleted."))
    store.delete_template(ws, template.id)


def session_rows(ws: Workspace) -> list[SessionRow]:
    """All sessions, newest first, with their department name and counts."""
    return queries.session_rows(ws)


def session_page(ws: Workspace, order: str = "date", descending: bool = True, *,
                 offset: int = 0, limit: int = 200) -> list[SessionRow]:
    """One page of the sessions list, sorted by ``order`` ("date", "kind", "status",
    "department", "title" or "notes")."""
    return queries.session_page(ws, order, descending, offset=offset, limit=limit)


def session_count(ws: Workspace) -> int:
    return queries.session_count(ws)


# -- participants ------------------------------------------------------------------------------
def suggest_code(ws: Workspace) -> str:
    """The next free participant code, e.g. ``P-007``."""
    return next_code(ws)


def list_participants(ws: Workspace) -> list[Participant]:
    return sorted(repository.find(ws, Participant), key=lambda p: p.code.casefold())


def add_participant(
    ws: Workspace,
    code: str,
    role: Role | str = Role.EMPLOYEE,
    department_id: str | None = None,
    name: str | None = None,
) -> Participant:
    """A new participant. The real name is optional and never printed in reports."""
    code = (code or "").strip()
    if not code or any(ch.isspace() for ch in code):
        raise InvalidInput(Message("A participant code needs at least one character and no "
                                   "spaces, e.g. P-007."))
    if len(code) > MAX_CODE:
        raise InvalidInput(Message("A participant code can be at most {max} characters.",
                                   max=MAX_CODE))
    taken = [p.code for p in queries.participants_with_code(ws, code)]
    if taken:
        raise InvalidInput(Message("{code} already exists; the next free code is {free}.",
                                   code=taken[0], free=next_code(ws)))
    try:
        role = Role(role)
    except ValueError as error:
        raise InvalidInput(Message('Unknown role "{role}".', role=role)) from error
    name = _one_line(name) or None
    if name and len(name) > MAX_NAME:
        raise InvalidInput(Message("A name can be at most {max} characters.", max=MAX_NAME))
    _check_department(ws, department_id)
    return repository.save(ws, Participant(new_code(code), role, name, department_id))


def add_to_session(ws: Workspace, session_id: str, participant_ids: Iterable[str]) -> None:
    if repository.get(ws, Session, session_id) is None:
        raise InvalidInput(Message("That session no longer exists."))
    people = _participants(ws, participant_ids)
    if people:
        queries.add_session_participants(ws, session_id, people)


# -- looking sessions up -----------------------------------------------------------------------
def get_session(ws: Workspace, session_id: str | None) -> Session | None:
    return repository.get(ws, Session, session_id) if session_id else None


def running_sessions(ws: Workspace) -> list[Session]:
    """Sessions being captured now, the most recently started first."""
    found = repository.find_by(ws, Session, status=SessionStatus.RUNNING)
    return sorted(found, key=lambda s: s.started_at or s.created_at, reverse=True)


def sessions_newest_first(ws: Workspace) -> list[Session]:
    """Every session, the latest date first; sessions without a date last."""
    return sorted(repository.find(ws, Session),
                  key=lambda s: (s.date is not None, s.date or Date.min, s.created_at),
                  reverse=True)


def held_sessions(ws: Workspace) -> list[Session]:
    """Sessions that have been held (running or closed), the latest first."""
    return [s for s in sessions_newest_first(ws) if s.status is not SessionStatus.PLANNED]


def participant_codes(ws: Workspace) -> dict[str, str]:
    """Every participant's code by their id."""
    return {p.id: p.code for p in repository.find(ws, Participant)}
