"""Actions: follow-ups with an owner and a due date, linked to what people said."""

from __future__ import annotations

from datetime import date

from focusgroup.domain.model import Action, Session
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import repository
from focusgroup.storage.workspace import Workspace

MAX_TITLE = 300


def add_action(ws: Workspace, title: str, owner: str = "", due: date | None = None, *,
               session_id: str | None = None, note_id: str | None = None,
               department_id: str | None = None) -> Action:
    title = " ".join((title or "").split())
    if not title:
        raise InvalidInput("An action needs a title: what will be done?")
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"An action's title can be at most {MAX_TITLE} characters.")
    if department_id is None and session_id is not None:
        session = repository.get(ws, Session, session_id)
        department_id = session.department_id if session else None
    return repository.save(ws, Action(title, " ".join(owner.split()), due,
                                      session_id=session_id, note_id=note_id,
                                      department_id=department_id))


def session_actions(ws: Workspace, session_id: str) -> list[Action]:
    return sorted(repository.find_by(ws, Action, session_id=session_id),
                  key=lambda a: (a.due or date.max, a.title))
