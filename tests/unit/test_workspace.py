"""Workspace files: create, reopen, migrate, refuse what is not ours, back up, search."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from focusgroup.domain import model
from focusgroup.storage import backups, queries, repository
from focusgroup.storage.errors import (
    MigrationFailed,
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceDamaged,
    WorkspaceLocked,
)
from focusgroup.storage.migrations import migrate
from focusgroup.storage.schema import APPLICATION_ID, CURRENT_VERSION, STEPS
from focusgroup.storage.workspace import open_workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_create_then_reopen_keeps_data_and_sets_durable_pragmas(tmp_path):
    path = tmp_path / "w.focusgroup"
    with open_workspace(path, backup_dir=tmp_path / "b") as ws:
        dept = repository.save(ws, model.Department("Warehouse", model.DepartmentKind.TEAM, 3))
        assert ws.created
    with open_workspace(path, backup_dir=tmp_path / "b") as ws:
        assert not ws.created
        assert repository.get(ws, model.Department, dept.id) == dept
        pragma = {
            name: ws.conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "foreign_keys", "synchronous", "secure_delete",
                         "user_version", "application_id", "busy_timeout")
        }
    assert pragma == {
        "journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "secure_delete": 1,
        "user_version": CURRENT_VERSION, "application_id": APPLICATION_ID, "busy_timeout": 5000,
    }


def test_foreign_keys_are_enforced(workspace):
    with pytest.raises(Exception):  # noqa: B017 - sqlite3.IntegrityError wrapped or not
        repository.save(workspace, model.Note("no-such-session", "text"))
    assert queries.table_counts(workspace)["notes"] == 0


def _file_at_version(path: Path, version: int = 1) -> None:
    """A workspace written by the focusgroup of schema ``version``, with one note."""
    db = Database(sqlite3.connect(path, isolation_level=None))
    migrate(db, steps=STEPS[:version])
    db.execute("INSERT INTO sessions (id, kind, status, title, created_at) "
               "VALUES ('s1', 'focus_group', 'closed', 'Round 1', '2026-01-01T00:00:00Z')")
    db.execute("INSERT INTO notes (id, session_id, kind, text, created_at, updated_at) VALUES "
               "('n1', 's1', 'like', 'The canteen coffee is great', '2026-01-01T00:00:00Z', "
               "'2026-01-01T00:00:00Z')")
    db.conn.close()


def test_version_1_upgrades_with_a_verified_backup_first(tmp_path):
    path = tmp_path / "old.focusgroup"
    _file_at_version(path)
    with open_workspace(path, backup_dir=tmp_path / "b") as ws:
        assert ws.version == CURRENT_VERSION
        assert queries.search_note_ids(ws, "canteen") == ["n1"]
    made = backups.list_backups(tmp_path / "b")
    before = [b for b in made if b.reason == f"before-v{CURRENT_VERSION}"]
    assert len(before) == 1 and before[0].notes == 1
    with sqlite3.connect(before[0].path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION + 1))
def test_every_version_opens_at_the_current_one_keeping_its_notes(tmp_path, version):
    """Every released version upgrades; the speed indexes, outside the versions, are added to
    any file that lacks them, the current version included."""
    path = tmp_path / f"v{version}.focusgroup"
    _file_at_version(path, version)
    with open_workspace(path, backup_dir=tmp_path / "b") as ws:
        assert ws.version == CURRENT_VERSION
        assert queries.search_note_ids(ws, "canteen") == ["n1"]
        assert "idx_notes_session_kind" in {i.name for i in ws.db["notes"].indexes}
        assert "idx_ranking_entries_ranks" in {
            i.name for i in ws.db["ranking_entries"].indexes}
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "w.focusgroup"
    open_workspace(path).close()

    def broken_step(db):
        db["half_done"].create({"id": int}, pk="id")
        raise RuntimeError("disk on fire")

    db = Database(sqlite3.connect(path, isolation_level=None))
    with pytest.raises(MigrationFailed, match=f"unchanged at version {CURRENT_VERSION}"):
        migrate(db, steps=(*STEPS, broken_step))
    assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    assert "half_done" not in db.table_names()
    db.conn.close()


def test_newer_workspace_is_refused_and_not_modified(tmp_path):
    path = tmp_path / "future.focusgroup"
    open_workspace(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 5}")
    conn.close()
    before, names = digest(path), siblings(path)
    with pytest.raises(NewerWorkspace, match="newer focusgroup"):
        open_workspace(path)
    assert digest(path) == before and siblings(path) == names


@pytest.mark.parametrize(
    "content",
    [b"hello, this is a text file\n" * 20, os.urandom(4096), b"SQLite format 3\x00" + b"\xff" * 90],
)
def test_garbage_is_refused_untouched(tmp_path, content):
    path = tmp_path / "garbage.focusgroup"
    path.write_bytes(content)
    names = siblings(path)
    with pytest.raises((NotAWorkspace, WorkspaceDamaged)) as raised:
        open_workspace(path)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == content and siblings(path) == names


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "contacts.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
        conn.execute("INSERT INTO people VALUES ('Mette')")
    conn.close()
    before = digest(path)
    with pytest.raises(NotAWorkspace, match="not a focusgroup workspace"):
        open_workspace(path)
    assert digest(path) == before


def test_second_instance_gets_a_clear_message_and_can_read(tmp_path):
    path = tmp_path / "w.focusgroup"
    first = open_workspace(path)
    try:
        repository.save(first, model.Department("IT support"))
        with pytest.raises(WorkspaceLocked, match="already open"):
            open_workspace(path)
        reader = open_workspace(path, read_only=True)
        assert [d.name for d in repository.find(reader, model.Department)] == ["IT support"]
        reader.close()
    finally:
        first.close()
    open_workspace(path).close()  # the lock is gone once the first one closed


def test_backups_are_verified_rotated_and_listed_with_note_counts(tmp_path):
    folder = tmp_path / "b"
    ws = open_workspace(tmp_path / "w.focusgroup", backup_dir=folder, keep_backups=3)
    session = repository.save(ws, model.Session("Round 1"))
    for i in range(5):
        repository.save(ws, model.Note(session.id, f"note {i}"))
        ws.backup("manual")
    listed = backups.list_backups(folder)
    assert len(listed) == 3
    assert [b.notes for b in listed] == [5, 4, 3]  # newest first
    assert all(backups.verify(b.path) for b in listed)
    ws.close()


def test_reopening_an_unchanged_workspace_makes_no_new_backup(tmp_path, monkeypatch):
    path, folder = tmp_path / "w.focusgroup", tmp_path / "b"
    with open_workspace(path, backup_dir=folder) as ws:
        repository.save(ws, model.Department("Warehouse"))
    assert len(backups.list_backups(folder)) == 1
    for _ in range(3):
        open_workspace(path, backup_dir=folder).close()
    assert len(backups.list_backups(folder)) == 1
    with open_workspace(path, backup_dir=folder) as ws:
        repository.save(ws, model.Department("Canteen"))
    assert len(backups.list_backups(folder)) == 1  # a routine backup at most once an hour
    later = datetime.now(UTC) + timedelta(minutes=61)
    monkeypatch.setattr(backups, "utc_now", lambda: later)
    open_workspace(path, backup_dir=folder).close()  # the change not yet backed up
    assert [b.reason for b in backups.list_backups(folder)] == ["open", "close"]
    open_workspace(path, backup_dir=folder).close()
    assert len(backups.list_backups(folder)) == 2


def test_a_damaged_backup_fails_verification(tmp_path):
    bad = tmp_path / "x.fgbackup"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(2000))
    assert not backups.verify(bad)


def test_search_index_follows_insert_update_and_delete(workspace):
    session = repository.save(workspace, model.Session("Lunch"))
    note = repository.save(workspace, model.Note(session.id, "Vi savner anerkendelse fra ledelsen"))
    assert queries.search_note_ids(workspace, "anerkendelse") == [note.id]
    assert queries.search_note_ids(workspace, "anerk*") == [note.id]
    from dataclasses import replace

    repository.save(workspace, replace(note, text="Kantinen er blevet bedre"))
    assert queries.search_note_ids(workspace, "anerkendelse") == []
    assert queries.search_note_ids(workspace, "kantinen") == [note.id]
    repository.delete(workspace, replace(note, text="x"))
    assert queries.search_note_ids(workspace, "kantinen") == []
    assert queries.integrity_problems(workspace) == []


def test_danish_letters_are_not_folded_in_search(workspace):
    session = repository.save(workspace, model.Session("Runde 2"))
    note = repository.save(workspace, model.Note(session.id, "Vi får for lidt at vide"))
    assert queries.search_note_ids(workspace, "får") == [note.id]
    assert queries.search_note_ids(workspace, "far") == []
