"""Merging one facilitator's workspace into another's: matched by UUID, name or code, never
duplicated, foreign keys remapped, differences reported, and the source left untouched."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from focusgroup.cli import main
from focusgroup.domain import model
from focusgroup.domain.model import Action, Department, DepartmentKind, Note, Participant, Role
from focusgroup.services.analysis import Scope, analyse, default_needs_list
from focusgroup.services.errors import InvalidInput
from focusgroup.services.merge import merge_workspaces
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import queries, repository
from focusgroup.storage.capture import add_note
from focusgroup.storage.errors import NotAWorkspace, WorkspaceMissing


def _items(ws, needs_list):
    return sorted(repository.find_by(ws, model.NeedsItem, list_id=needs_list.id),
                  key=lambda i: i.position)


def _rank(ws, person, session):
    """An own ranking of all ten classic needs, in list order."""
    ranking = model.Ranking(default_needs_list(ws).id, person.id, session_id=session.id)
    entries = [model.RankingEntry(ranking.id, item.id, position)
               for position, item in enumerate(_items(ws, default_needs_list(ws)), start=1)]
    repository.save_all(ws, [ranking, *entries])


def _build_dest(path: Path) -> None:
    ws = open_ws(path)
    warehouse = repository.save(ws, Department("Warehouse"))
    repository.save(ws, Department("Økonomi", DepartmentKind.TEAM, 3))
    session = repository.save(ws, model.Session("Dest round", date=date(2026, 3, 1),
                                                department_id=warehouse.id))
    person = repository.save(ws, Participant("P-001", Role.EMPLOYEE, department_id=warehouse.id))
    repository.save(ws, Participant("M-001", Role.MANAGER))
    add_note(ws, Note(session.id, "The forklift brakes squeak", participant_id=person.id),
             themes=("Løn",))
    _rank(ws, person, session)
    ws.close()


def _build_src(path: Path) -> None:
    ws = open_ws(path)
    warehouse = repository.save(ws, Department("warehouse", DepartmentKind.SUPPLIER))  # conflict
    økonomi = repository.save(ws, Department("ØKONOMI", DepartmentKind.TEAM, 3))  # same
    kitchen = repository.save(ws, Department("Kitchen"))
    session = repository.save(ws, model.Session("Src round", date=date(2026, 3, 2),
                                                department_id=kitchen.id))
    other = repository.save(ws, model.Session("Src office", department_id=økonomi.id))
    shared = repository.save(ws, Participant("p-001", Role.EMPLOYEE, department_id=warehouse.id))
    repository.save(ws, Participant("M-001", Role.SUPERVISOR))  # conflict: a different role
    people = [shared] + [
        repository.save(ws, Participant(f"P-00{n}", Role.EMPLOYEE, department_id=kitchen.id))
        for n in (2, 3, 4)
    ]
    queries.add_session_participants(ws, session.id, [p.id for p in people])
    for n, person in enumerate(people):
        add_note(ws, Note(session.id, f"Canteen marmalade idea {n}", participant_id=person.id),
                 themes=("LØN", "Food"))
        _rank(ws, person, session)
    add_note(ws, Note(other.id, "Budgets arrive late"))
    note = repository.find_by(ws, Note, session_id=session.id)[0]
    repository.save(ws, Action("Buy marmalade", note_id=note.id, session_id=session.id,
                               department_id=warehouse.id))
    ws.close()


@pytest.fixture
def pair(tmp_path):
    src, dest = tmp_path / "src.focusgroup", tmp_path / "dest.focusgroup"
    _build_src(src)
    _build_dest(dest)
    return src, dest


def _count(ws, table: str) -> int:
    return ws.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def _merge(src, dest):
    ws = open_ws(dest, create=False)
    try:
        return merge_workspaces(src, ws)
    finally:
        ws.close()


def test_merge_matches_remaps_and_reports(pair):
    src, dest = pair
    src_before = src.read_bytes()
    result = _merge(src, dest)

    assert result.counts["departments"] == 1  # Kitchen; Warehouse and Økonomi matched by name
    assert result.counts["participants"] == 3  # P-002..P-004; P-001 and M-001 matched by code
    assert result.counts["needs_lists"] == 0 and result.counts["needs_items"] == 0
    assert result.counts["sessions"] == 2 and result.counts["notes"] == 5
    assert result.counts["rankings"] == 4 and result.counts["actions"] == 1
    assert result.counts["themes"] == 1  # Food; "LØN" is "Løn"
    assert "2 differences" in result.summary() and "1 department" in result.summary()
    assert len(result.conflicts) == 2
    assert any("Warehouse" in c and "supplier" in c for c in result.conflicts)
    assert any("M-001" in c and "supervisor" in c and "manager" in c for c in result.conflicts)
    assert result.backup is not None and result.backup.reason == "before-merge"
    assert src.read_bytes() == src_before  # the source is never changed

    ws = open_ws(dest, create=False)
    try:
        assert ws.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _count(ws, "departments") == 3
        assert _count(ws, "participants") == 5
        assert _count(ws, "needs_lists") == 2
        assert _count(ws, "needs_items") == 14
        assert _count(ws, "themes") == 2
        assert _count(ws, "notes") == 6
        assert _count(ws, "rankings") == 5
        assert _count(ws, "ranking_entries") == 50
        assert _count(ws, "session_participants") == 4
        # DEST's values won; every reference points at DEST's rows.
        departments = {d.name: d for d in repository.find(ws, Department)}
        assert departments["Warehouse"].kind is DepartmentKind.DEPARTMENT
        manager = repository.find_by(ws, Participant, code="M-001")[0]
        assert manager.role is Role.MANAGER
        p001 = repository.find_by(ws, Participant, code="P-001")[0]
        assert len(repository.find_by(ws, model.Ranking, participant_id=p001.id)) == 2
        assert len(repository.find_by(ws, Note, participant_id=p001.id)) == 2
        action = repository.find(ws, Action)[0]
        assert action.department_id == departments["Warehouse"].id
        needs_list = default_needs_list(ws)
        assert {r.needs_list_id for r in repository.find(ws, model.Ranking)} == {needs_list.id}
        # The search index found the merged notes; themes were merged by name.
        assert len(queries.search_note_ids(ws, "marmalade")) == 4
        assert len(queries.search_note_ids(ws, "forklift")) == 1
        assert _count(ws, "note_themes") == 9
        # The gap analysis sees everyone's rankings.
        result = analyse(ws, needs_list, Scope(), threshold=3)
        assert result.employees.people == 4 and result.employees.shown
    finally:
        ws.close()


def test_second_merge_adds_nothing(pair):
    src, dest = pair
    _merge(src, dest)
    again = _merge(src, dest)
    assert again.added == 0
    assert again.summary().startswith("Nothing new in src.focusgroup")
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 6


def test_merge_refuses_itself_and_non_workspaces(pair, tmp_path):
    src, dest = pair
    ws = open_ws(dest, create=False)
    try:
        with pytest.raises(InvalidInput, match="into itself"):
            merge_workspaces(dest, ws)
        with pytest.raises(InvalidInput, match="into itself"):
            merge_workspaces(tmp_path / "." / "dest.focusgroup", ws)
        text = tmp_path / "notes.txt"
        text.write_text("hello")
        with pytest.raises(NotAWorkspace):
            merge_workspaces(text, ws)
        with pytest.raises(WorkspaceMissing):
            merge_workspaces(tmp_path / "nope.focusgroup", ws)
    finally:
        ws.close()


def test_merge_from_the_command_line(pair, tmp_path, capsys):
    src, dest = pair
    assert main(["merge", str(src), "--into", str(dest)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Merged src.focusgroup into dest.focusgroup: 1 department, ")
    conflicts = [line for line in out if line.startswith("Conflict: ")]
    assert len(conflicts) == 2 and len(out) == 3

    assert main(["merge", str(dest), "--into", str(dest)]) == 2
    err = capsys.readouterr().err
    assert "into itself" in err and err.count("\n") == 1

    assert main(["merge", str(src), "--into", str(tmp_path / "missing.focusgroup")]) == 2
    err = capsys.readouterr().err
    assert "There is no workspace" in err and err.count("\n") == 1
    assert not (tmp_path / "missing.focusgroup").exists()

    with pytest.raises(SystemExit) as exit_info:
        main(["merge", str(src)])
    assert exit_info.value.code == 2
    assert "--into" in capsys.readouterr().err
