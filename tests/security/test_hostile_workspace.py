"""A workspace file from someone else is hostile: crafted column names, extra triggers and
views, invalid values, orphaned references and participant codes that differ only in case must
never change the destination; each is refused with one line (exit 2), or reported by ``check``."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from focusgroup.domain import model
from focusgroup.domain.model import Note, Participant, Role
from focusgroup.services.erase import find_participant
from focusgroup.services.errors import InvalidInput
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import repository
from focusgroup.storage.capture import add_note
from focusgroup.storage.errors import ForeignSchema
from focusgroup.storage.migrations import migrate
from focusgroup.storage.schema import APPLICATION_ID, STEPS
from focusgroup.storage.workspace import _database


def _workspace(path: Path, title: str, people: dict[str, str | None], notes: int) -> None:
    ws = open_ws(path)
    session = repository.save(ws, model.Session(title, date=date(2026, 3, 1)))
    persons = [repository.save(ws, Participant(code, Role.EMPLOYEE, name))
               for code, name in people.items()]
    for n in range(notes):
        person = persons[n % len(persons)] if persons else None
        add_note(ws, Note(session.id, f"{title} note {n}",
                          participant_id=person.id if person else None))
    ws.close()


@pytest.fixture
def dest(tmp_path) -> Path:
    path = tmp_path / "dest.focusgroup"
    _workspace(path, "Dest round", {"P-001": "Anna Jensen", "P-002": None}, notes=12)
    return path


@pytest.fixture
def src(tmp_path) -> Path:
    path = tmp_path / "src.focusgroup"
    _workspace(path, "Src round", {"P-003": None}, notes=3)
    return path


def _tamper(path: Path, *statements: str) -> None:
    """Change a closed workspace behind the app's back, as a hostile sender would."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _state(path: Path) -> tuple:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return (conn.execute("SELECT id, text, participant_id FROM notes ORDER BY id").fetchall(),
                conn.execute("SELECT id, code, name FROM participants ORDER BY id").fetchall(),
                conn.execute("SELECT id, kind, created_at FROM sessions ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM rankings ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM actions ORDER BY id").fetchall(),
                conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall())
    finally:
        conn.close()


def _refused(cli, src: Path, dest: Path, *expected: str) -> str:
    before = _state(dest)
    code, out, err = cli("merge", str(src), "--into", str(dest))
    assert code == 2, out + err
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    for word in expected:
        assert word in err
    assert _state(dest) == before
    return err


# An INSERT that closes the column list itself and rewrites every note of the destination.
INJECTION = ("rowid]) SELECT id, session_id, kind, 'PWNED', participant_id, guide_item_id, "
             "offset_seconds, created_at, updated_at, NULL FROM notes "
             "WHERE 1 OR ? OR ? OR ? OR ? OR ? OR ? OR ? OR ? OR ? OR ? "
             "ON CONFLICT(id) DO UPDATE SET text = 'PWNED' --")


def test_a_crafted_column_name_cannot_rewrite_the_destination(src, dest, cli):
    _tamper(src, f'ALTER TABLE notes ADD COLUMN "{INJECTION}"')
    before = _state(dest)
    code, _, err = cli("merge", str(src), "--into", str(dest))
    texts = [text for _, text, _ in _state(dest)[0]]
    assert len(texts) == 12 and "PWNED" not in texts
    assert _state(dest) == before
    assert code == 2 and err.count("\n") == 1 and "table notes" in err


def test_a_source_with_an_extra_trigger_is_refused_by_name(src, dest, cli):
    _tamper(src, "CREATE TABLE shadow (text TEXT)",
            "CREATE TRIGGER keep_erased AFTER DELETE ON notes "
            "BEGIN INSERT INTO shadow VALUES (old.text); END")
    _refused(cli, src, dest, "keep_erased", "shadow")


def test_a_recursive_view_in_place_of_a_table_does_not_hang_merge(src, dest):
    _tamper(src, "DROP TABLE guide_templates",
            "CREATE VIEW guide_templates AS WITH RECURSIVE r(n) AS "
            "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id FROM r")
    before = _state(dest)
    done = subprocess.run([sys.executable, "-m", "focusgroup", "merge", str(src), "--into",
                           str(dest)], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "guide_templates" in done.stderr and done.stderr.count("\n") == 1
    assert _state(dest) == before


def test_check_lists_extra_objects_and_they_never_run(dest, cli):
    _tamper(dest, "CREATE TABLE shadow (text TEXT)",
            "CREATE TRIGGER keep_erased AFTER DELETE ON notes "
            "BEGIN INSERT INTO shadow VALUES (old.text); END",
            "CREATE TRIGGER rewrite AFTER INSERT ON notes "
            "BEGIN UPDATE notes SET text = 'rewritten' WHERE id = new.id; END")
    code, out, _ = cli("check", "-w", str(dest))
    assert code == 1
    assert "keep_erased" in out and "rewrite" in out and "shadow" in out
    # Writing through the app is refused, so neither trigger can run.
    code, out, err = cli("erase", "-w", str(dest), "--participant", "P-001", "--yes")
    assert code == 2 and err.count("\n") == 1 and "keep_erased" in err
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("SELECT count(*) FROM shadow").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 12
    finally:
        conn.close()


def test_check_removes_extra_objects_after_a_backup_when_asked(dest, cli):
    _tamper(dest, "CREATE TABLE shadow (text TEXT)",
            "CREATE TRIGGER keep_erased AFTER DELETE ON notes "
            "BEGIN INSERT INTO shadow VALUES (old.text); END")
    code, out, _ = cli("check", "-w", str(dest), "--remove-extras")
    assert code == 0, out
    assert "keep_erased" in out
    code, out, _ = cli("check", "-w", str(dest))
    assert code == 0, out
    conn = sqlite3.connect(dest)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "keep_erased" not in names and "shadow" not in names
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 12
    finally:
        conn.close()


@pytest.mark.parametrize(("statement", "words"), [
    ("UPDATE sessions SET kind = 'EVILKIND'", ("sessions", "kind", "EVILKIND")),
    ("UPDATE sessions SET created_at = '2026'", ("sessions", "created_at", "2026")),
    ("UPDATE notes SET kind = 42", ("notes", "kind", "42")),
    ("UPDATE notes SET participant_id = 'nobody'", ("notes", "participant_id", "nobody")),
    ("UPDATE notes SET session_id = 'gone'", ("notes", "session_id", "gone")),
])
def test_invalid_values_in_a_source_are_refused_with_reasons(cli, src, dest, statement,
                                                            words):
    _tamper(src, statement)
    _refused(cli, src, dest, *words)
    code, _, err = cli("sessions", "-w", str(dest))
    assert code == 0 and "Traceback" not in err


def test_same_code_with_different_names_is_a_conflict_not_a_link(src, dest, cli):
    _tamper(src, "UPDATE participants SET code = 'p-001', name = 'Bo Nielsen'")
    _refused(cli, src, dest, "P-001", "Bo Nielsen")


def test_same_code_and_same_name_in_another_case_is_one_person(src, dest, cli):
    _tamper(src, "UPDATE participants SET code = 'p-001', name = 'anna  jensen'")
    code, out, err = cli("merge", str(src), "--into", str(dest))
    assert code == 0, err
    people = _state(dest)[1]
    assert sorted(c for _, c, _ in people) == ["P-001", "P-002"]
    p001 = next(i for i, c, _ in people if c == "P-001")
    assert sum(1 for _, _, pid in _state(dest)[0] if pid == p001) == 6 + 3


RANKINGS = "participant,role,perspective,item,rank\n"


def test_a_code_in_another_case_is_the_same_person_in_imports(dest, tmp_path, cli):
    rankings = tmp_path / "rankings.csv"
    rankings.write_text(RANKINGS + "p-001,employee,own,Good wages,1\n")
    code, _, err = cli("import", "rankings", str(rankings), "-w", str(dest))
    assert code == 0, err
    assert sorted(c for _, c, _ in _state(dest)[1]) == ["P-001", "P-002"]


@pytest.mark.parametrize("kind", ["rankings", "notes"])
def test_a_file_writing_one_code_in_two_cases_is_refused(dest, tmp_path, cli, kind):
    source = tmp_path / f"{kind}.csv"
    with source.open("w", newline="") as handle:
        rows = ([["participant", "role", "perspective", "item", "rank"],
                 ["P-009", "employee", "own", "Good wages", "1"],
                 ["p-009", "employee", "own", "Interesting work", "1"]] if kind == "rankings"
                else [["kind", "text", "participant"], ["like", "Good rota", "P-009"],
                      ["idea", "More light", "p-009"]])
        csv.writer(handle).writerows(rows)
    before = _state(dest)
    code, _, err = cli("import", kind, str(source), "-w", str(dest))
    assert code == 2 and "p-009" in err and "Traceback" not in err
    assert _state(dest) == before


def _legacy_workspace(path: Path) -> None:
    """A version-4 workspace from before codes were case-insensitive: P-001 and p-001 are two
    people, and p-002 was stored in lower case."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(_database(conn), steps=STEPS[:4])
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    for pid, code, name in (("a", "P-001", "Anna Jensen"), ("b", "p-001", "Bo Nielsen"),
                            ("c", "p-002", None), ("d", "X-ab", None), ("e", "x-AB", None)):
        conn.execute("INSERT INTO participants (id, code, role, name, created_at) "
                     "VALUES (?, ?, 'employee', ?, '2026-01-01T00:00:00Z')", [pid, code, name])
    conn.close()


def test_an_old_workspace_with_codes_differing_in_case_keeps_everyone(tmp_path):
    path = tmp_path / "legacy.focusgroup"
    _legacy_workspace(path)
    ws = open_ws(path, create=False)
    try:
        people = {p.id: p.code for p in repository.find(ws, Participant)}
        assert people == {"a": "P-001", "b": "p-001", "c": "P-002", "d": "X-ab", "e": "x-AB"}
        assert find_participant(ws, "P-001").id == "a"
        assert find_participant(ws, "p-001").id == "b"
        assert find_participant(ws, " p-002 ").id == "c"
        with pytest.raises(InvalidInput, match="X-ab.*x-AB|x-AB.*X-ab"):
            find_participant(ws, "X-AB")  # matches two people, neither exactly
    finally:
        ws.close()


def test_merge_never_guesses_which_of_two_older_codes_is_meant(tmp_path, cli):
    dest = tmp_path / "legacy.focusgroup"
    _legacy_workspace(dest)
    open_ws(dest, create=False).close()  # upgraded: P-001 and p-001 stay two people
    src = tmp_path / "src.focusgroup"
    _workspace(src, "Src round", {"P-001": None}, notes=2)
    _refused(cli, src, dest, "P-001, p-001")


def test_an_empty_file_with_a_planted_view_does_not_become_a_workspace(tmp_path):
    path = tmp_path / "planted.focusgroup"
    _tamper(path, f"PRAGMA application_id = {APPLICATION_ID}",
            "CREATE VIEW everything AS SELECT 1")
    with pytest.raises(ForeignSchema, match="view everything"):
        open_ws(path)


def test_a_person_erased_here_is_not_brought_back_by_a_merge(cli, demo_file, tmp_path):
    here, there = tmp_path / "hr.focusgroup", tmp_path / "laptop.focusgroup"
    shutil.copy(demo_file, here)
    shutil.copy(demo_file, there)  # a colleague's copy from before the erasure
    code, _, err = cli("erase", "-w", str(here), "--participant", "P-003", "--yes")
    assert code == 0, err
    before = _state(here)
    message = _refused(cli, there, here, "P-003 was erased here")
    assert "Traceback" not in message
    assert _state(here) == before
    assert not any(row[1] == "P-003" for row in before[1])
