"""Departments service: names, kinds, cadence, archive."""

from __future__ import annotations

import pytest

from focusgroup.domain.model import DepartmentKind
from focusgroup.services import departments as service
from focusgroup.services.errors import InvalidInput


def test_add_rename_archive(workspace):
    dept = service.add_department(workspace, "  Lager   og værksted ", "team", 3)
    assert (dept.name, dept.kind, dept.cadence_months) == ("Lager og værksted",
                                                           DepartmentKind.TEAM, 3)
    renamed = service.update_department(workspace, dept, name="Lager")
    service.set_archived(workspace, renamed, True)
    assert service.list_departments(workspace) == []
    assert service.list_departments(workspace, include_archived=True)[0].archived


@pytest.mark.parametrize(("name", "kind", "months", "message"), [
    ("", "team", 6, "needs a name"),
    ("LAGER OG VÆRKSTED", "team", 6, "already a department"),
    ("IT", "galaxy", 6, 'Unknown kind "galaxy"'),
    ("IT", "team", 0, "between 1 and 36"),
    ("x" * 121, "team", 6, "at most 120"),
])
def test_bad_input_is_refused(workspace, name, kind, months, message):
    service.add_department(workspace, "Lager og værksted")
    with pytest.raises(InvalidInput, match=message):
        service.add_department(workspace, name, kind, months)
