"""Departments: teams, departments and external partner groups (suppliers, contractors)."""

from __future__ import annotations

from dataclasses import replace

from focusgroup.domain.model import Department, DepartmentKind
from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.services.workspace_settings import default_cadence
from focusgroup.storage import queries, repository
from focusgroup.storage.workspace import Workspace

MAX_NAME = 120


def list_departments(ws: Workspace, *, include_archived: bool = False) -> list[Department]:
    found = (repository.find(ws, Department) if include_archived
             else repository.find_by(ws, Department, archived=False))
    return sorted(found, key=lambda d: (d.archived, d.name.lower()))


def _clean_name(ws: Workspace, name: str, except_id: str | None = None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput(Message("A department needs a name."))
    if len(name) > MAX_NAME:
        raise InvalidInput(Message("A department name can be at most {most} characters.",
                                   most=MAX_NAME))
    if queries.department_name_taken(ws, name, except_id):
        raise InvalidInput(Message('There is already a department called "{name}".', name=name))
    return name


def _clean_cadence(months: int) -> int:
    if not isinstance(months, int) or not 1 <= months <= 36:
        raise InvalidInput(Message("The listening cadence must be between 1 and 36 months."))
    return months


def add_department(
    ws: Workspace,
    name: str,
    kind: DepartmentKind | str = DepartmentKind.DEPARTMENT,
    cadence_months: int | None = None,
) -> Department:
    """A new department; without ``cadence_months`` it gets the workspace's default cadence."""
    try:
        kind = DepartmentKind(kind)
    except ValueError as error:
        choices = ", ".join(k.value for k in DepartmentKind)
        raise InvalidInput(Message('Unknown kind "{kind}"; use one of {choices}.',
                                   kind=kind, choices=choices)) from error
    if cadence_months is None:
        cadence_months = default_cadence(ws)
    department = Department(_clean_name(ws, name), kind, _clean_cadence(cadence_months))
    return repository.save(ws, department)


def update_department(
    ws: Workspace,
    department: Department,
    *,
    name: str | None = None,
    kind: DepartmentKind | None = None,
    cadence_months: int | None = None,
) -> Department:
    changed = replace(
        department,
        name=_clean_name(ws, name, department.id) if name is not None else department.name,
        kind=DepartmentKind(kind) if kind is not None else department.kind,
        cadence_months=(
            _clean_cadence(cadence_months) if cadence_months is not None
            else department.cadence_months
        ),
    )
    return repository.save(ws, changed)


def set_archived(ws: Workspace, department: Department, archived: bool) -> Department:
    """Archived departments keep their sessions but leave lists and cadence warnings."""
    return repository.save(ws, replace(department, archived=archived))


def get_department(ws: Workspace, department_id: str | None) -> Department | None:
    return repository.get(ws, Department, department_id) if department_id else None
