"""The numbered schema steps are literal SQL: no library upgrade can change a released step, and
every workspace an older focusgroup made still has exactly the schema the steps build today."""

from __future__ import annotations

import sqlite3

import pytest

from focusgroup.storage import schema_snapshot
from focusgroup.storage.schema import APPLICATION_ID, CURRENT_VERSION, STEPS, ensure_speed_indexes


def _by_plain_sqlite(version: int, before=None) -> sqlite3.Connection:
    """A database taken to ``version`` by the steps over a bare sqlite3 connection (no
    sqlite-utils at all), each step in its own transaction as migrations run it."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for number, step in enumerate(STEPS[:version], start=1):
        conn.execute("BEGIN")
        step(conn)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
        if before is not None and number == 1:
            before(conn)
    return conn


def test_the_steps_build_the_released_schema_byte_for_byte_without_sqlite_utils():
    conn = _by_plain_sqlite(CURRENT_VERSION)
    ensure_speed_indexes(conn)
    found = tuple(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    assert found == schema_snapshot.OBJECTS


def test_step_1_makes_the_tables_an_older_focusgroup_made_text_for_text():
    conn = _by_plain_sqlite(1)
    meta = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
    assert meta == 'CREATE TABLE "meta" (\n   "key" TEXT PRIMARY KEY,\n   "value" TEXT\n)'
    participants = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'participants'").fetchone()[0]
    assert participants == (
        'CREATE TABLE "participants" (\n   "id" TEXT PRIMARY KEY,\n   "code" TEXT NOT NULL,\n'
        '   "role" TEXT NOT NULL,\n   "name" TEXT,\n'
        '   "department_id" TEXT REFERENCES "departments"("id"),\n'
        '   "created_at" TEXT NOT NULL\n)')
    index = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'idx_participants_code'").fetchone()[0]
    assert index == 'CREATE UNIQUE INDEX "idx_participants_code"\n    ON "participants" ("code")'


def test_notes_written_before_search_existed_are_found_after_the_upgrade():
    def a_note(conn):
        conn.execute("INSERT INTO sessions (id, kind, status, title, created_at) "
                     "VALUES ('s1', 'focus_group', 'ended', 'Lunch', '2026-01-01T00:00:00Z')")
        conn.execute("INSERT INTO notes (id, session_id, kind, text, created_at, updated_at) "
                     "VALUES ('n1', 's1', 'quote', 'Kantinen lukker for tidligt', "
                     "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")

    conn = _by_plain_sqlite(CURRENT_VERSION, before=a_note)
    found = conn.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'kantinen'")
    assert [row[0] for row in found] == [1]


def test_notes_and_themes_written_before_step_8_are_counted_after_it():
    conn = _by_plain_sqlite(7)
    conn.execute("INSERT INTO sessions (id, kind, status, title, created_at) "
                 "VALUES ('s1', 'focus_group', 'ended', 'Lunch', '2026-01-01T00:00:00Z')")
    conn.execute("INSERT INTO themes (id, name) VALUES ('t1', 'Canteen')")
    for number, kind in enumerate(("like", "dislike", "like")):
        conn.execute("INSERT INTO notes (id, session_id, kind, text, created_at, updated_at) "
                     f"VALUES ('n{number}', 's1', '{kind}', 'x', '2026-01-0{number + 1}T10:00Z', "
                     "'2026-01-01T00:00:00Z')")
    conn.execute("INSERT INTO note_themes (note_id, theme_id) VALUES ('n0', 't1'), ('n1', 't1')")
    conn.execute("BEGIN")
    STEPS[7](conn)
    conn.execute("COMMIT")

    def counted():
        return dict(conn.execute("SELECT theme_id, sum(notes) FROM board_counts "
                                 "GROUP BY theme_id").fetchall())

    assert counted() == {"*": 3, "": 1, "t1": 2}
    conn.execute("DELETE FROM note_themes WHERE note_id = 'n0'")  # the triggers go on from there
    conn.execute("UPDATE notes SET kind = 'idea' WHERE id = 'n2'")
    assert counted() == {"*": 3, "": 2, "t1": 1}


def test_a_failing_step_leaves_the_file_at_the_previous_version(tmp_path):
    from sqlite_utils import Database

    from focusgroup.storage.errors import MigrationFailed
    from focusgroup.storage.migrations import migrate

    def broken(db):
        STEPS[1](db)  # the search index and drafts table, then a failure
        raise RuntimeError("disk went away")

    conn = sqlite3.connect(tmp_path / "w.db", isolation_level=None)
    db = Database(conn, execute_plugins=False)
    migrate(db, steps=STEPS[:1])
    with pytest.raises(MigrationFailed):
        migrate(db, steps=(STEPS[0], broken))
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "notes_fts" not in names and "drafts" not in names
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
