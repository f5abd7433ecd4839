"""Actions: follow-ups with an owner and a due date, linked to what people said."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from focusgroup.domain.model import (
    Action,
    ActionStatus,
    Department,
    Note,
    Session,
    utc_now,
)
from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import repository
from focusgroup.storage.workspace import Workspace

MAX_TITLE = 300


def add_action(ws: Workspace, title: str, owner: str = "", due: date | None = None, *,
               session_id: str | None = None, note_id: str | None = None,
               department_id: str | None = None) -> Action:
    title = " ".join((title or "").split())
    if not title:
        raise InvalidInput(Message("An action needs a title: what will be done?"))
    if len(title) > MAX_TITLE:
        raise InvalidInput(Message("An action's title can be at most {most} characters.",
                                   most=MAX_TITLE))
    if department_id is None and session_id is not None:
        session = repository.get(ws, Session, session_id)
        department_id = session.department_id if session else None
    return repository.save(ws, Action(title, " ".join(owner.split()), due,
                                      session_id=session_id, note_id=note_id,
                                      department_id=department_id))


def session_actions(ws: Workspace, session_id: str) -> list[Action]:
    return sorted(repository.find_by(ws, Action, session_id=session_id),
                  key=lambda a: (a.due or date.max, a.title))


@dataclass(frozen=True)
class ActionRow:
    action: Action
    department: str | None
    session: str | None
    note: str | None

    def overdue(self, today: date) -> bool:
        return (self.action.status in OPEN_STATUSES and self.action.due is not None
                and self.action.due < today)


OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def list_actions(ws: Workspace, *, open_only: bool = False,
                 department_id: str | None = None) -> list[ActionRow]:
    """Actions with the names of what they answer; open first, then by due date."""
    actions = repository.find(ws, Action)
    if open_only:
        actions = [a for a in actions if a.status in OPEN_STATUSES]
    if department_id:
        actions = [a for a in actions if a.department_id == department_id]
    departments = {d.id: d.name for d in repository.find(ws, Department)}
    sessions = {s.id: s.title for s in repository.find(ws, Session)}
    rows = []
    for action in actions:
        note = repository.get(ws, Note, action.note_id) if action.note_id else None
        rows.append(ActionRow(action, departments.get(action.department_id),
                              sessions.get(action.session_id), note.text if note else None))
    rows.sort(key=lambda r: (r.action.status not in OPEN_STATUSES, r.action.due or date.max,
                             r.action.title.casefold()))
    return rows


def update_action(ws: Workspace, action: Action, *, title: str | None = None,
                  owner: str | None = None, due: date | None | bool = False,
                  status: ActionStatus | None = None, comment: str | None = None) -> Action:
    """Change what was given; ``due=None`` clears the date (``False`` leaves it)."""
    changed = action
    if title is not None:
        title = " ".join(title.split())
        if not title:
            raise InvalidInput(Message("An action needs a title: what will be done?"))
        changed = replace(changed, title=title[:MAX_TITLE])
    if owner is not None:
        changed = replace(changed, owner=" ".join(owner.split()))
    if due is not False:
        changed = replace(changed, due=due)
    if status is not None:
        changed = replace(changed, status=ActionStatus(status))
    if comment is not None:
        changed = replace(changed, comment=comment.strip())
    if changed.status is ActionStatus.DONE and not changed.comment:
        raise InvalidInput(Message(
            'Say what was done ("you said, we did") before marking it done.'))
    return repository.save(ws, replace(changed, updated_at=utc_now()))
