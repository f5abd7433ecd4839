"""A copy of the open workspace holding only what may be sent to a colleague.

The copy is made with SQLite's backup into a new private file, then filtered in one
transaction with ``secure_delete`` on:

* ``lunch``: only lunch interviews and what hangs off them (their notes, themes on those notes,
  rankings, follow-up actions, initiatives asked) plus the departments, participants, themes,
  needs lists and initiatives those rows refer to. Focus groups, field visits, rankings made
  outside a session, actions of no lunch, guide templates are left out.
* ``sessions``: everything but lunch interviews and what hangs off them; a person known only
  from lunch interviews is left out too.
* ``None``: everything.

Half-typed drafts, the position in a running guide and the erasure key never leave. The search
index is rebuilt and the file vacuumed, so nothing left out survives in free pages or in the
index. The copy is marked with ``source`` (who made it), so that a package is never received
into the workspace it came from.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from focusgroup.messages import Message
from focusgroup.storage.errors import StorageWriteError
from focusgroup.storage.workspace import Workspace

LUNCH, SESSIONS = "lunch", "sessions"
SOURCE_KEY = "package_source"

_DROP_HANGING_OFF = (
    # Everything that hangs off the sessions in the temp table ``gone_sessions``.
    "CREATE TEMP TABLE gone_notes AS SELECT id FROM notes WHERE session_id IN gone_sessions",
    """CREATE TEMP TABLE gone_people AS
        SELECT participant_id AS id FROM session_participants WHERE session_id IN gone_sessions
        UNION SELECT participant_id FROM notes WHERE session_id IN gone_sessions
        UNION SELECT participant_id FROM rankings WHERE session_id IN gone_sessions""",
    "DELETE FROM actions WHERE session_id IN gone_sessions OR note_id IN gone_notes",
    "DELETE FROM note_stances WHERE note_id IN gone_notes",
    "DELETE FROM note_themes WHERE note_id IN gone_notes",
    """DELETE FROM ranking_entries WHERE ranking_id IN (
        SELECT id FROM rankings WHERE session_id IN gone_sessions)""",
    "DELETE FROM rankings WHERE session_id IN gone_sessions",
    "DELETE FROM initiative_sessions WHERE session_id IN gone_sessions",
    "DELETE FROM notes WHERE id IN gone_notes",
    "DELETE FROM guide_items WHERE session_id IN gone_sessions",
    "DELETE FROM session_participants WHERE session_id IN gone_sessions",
    "DELETE FROM sessions WHERE id IN gone_sessions",
)

_PEOPLE_IN_USE = """(SELECT participant_id FROM session_participants
        UNION SELECT participant_id FROM notes WHERE participant_id IS NOT NULL
        UNION SELECT participant_id FROM rankings)"""

_ONLY_LUNCH = (
    # Rows that hang off no session at all, then whatever nothing kept refers to any more.
    """DELETE FROM ranking_entries WHERE ranking_id IN (
        SELECT id FROM rankings WHERE session_id IS NULL)""",
    "DELETE FROM rankings WHERE session_id IS NULL",
    "DELETE FROM actions WHERE session_id IS NULL AND note_id IS NULL",
    "DELETE FROM guide_templates",
    """DELETE FROM initiatives WHERE id NOT IN (SELECT initiative_id FROM initiative_sessions
        UNION SELECT initiative_id FROM note_stances)""",
    "DELETE FROM themes WHERE id NOT IN (SELECT theme_id FROM note_themes)",
    f"DELETE FROM participants WHERE id NOT IN {_PEOPLE_IN_USE}",
    """DELETE FROM needs_items WHERE list_id NOT IN (SELECT needs_list_id FROM rankings)""",
    "DELETE FROM needs_lists WHERE id NOT IN (SELECT needs_list_id FROM rankings)",
    """DELETE FROM departments WHERE id NOT IN (
        SELECT department_id FROM sessions WHERE department_id IS NOT NULL
        UNION SELECT department_id FROM participants WHERE department_id IS NOT NULL
        UNION SELECT department_id FROM actions WHERE department_id IS NOT NULL)""",
)

_ONLY_SESSIONS = (
    f"DELETE FROM participants WHERE id IN gone_people AND id NOT IN {_PEOPLE_IN_USE}",
)


def write_shared_copy(ws: Workspace, target: Path, only: str | None, source: str) -> dict[str, int]:
    """Fill the new, empty private file ``target`` with what ``ws`` may share (see the module
    docstring); returns how many sessions, notes, rankings and actions it holds. Raises
    :class:`StorageWriteError` (one line) when the copy cannot be made (a full disk)."""
    try:
        return _write(ws, target, only, source)
    except sqlite3.Error as error:
        raise StorageWriteError(Message("Could not copy {name} for the package: {error}.",
                                        name=ws.path.name, error=str(error))) from error


def _write(ws: Workspace, target: Path, only: str | None, source: str) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as copy:
        ws.conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        copy.execute("PRAGMA secure_delete = ON")
        copy.execute("PRAGMA foreign_keys = ON")
        copy.execute("BEGIN IMMEDIATE")
        try:
            copy.execute("DELETE FROM drafts")
            copy.execute("DELETE FROM guide_positions")
            copy.execute("DELETE FROM meta WHERE key IN ('erasure_key', ?)", [SOURCE_KEY])
            copy.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [SOURCE_KEY, source])
            if only in (LUNCH, SESSIONS):
                kept = "=" if only == LUNCH else "!="
                copy.execute("CREATE TEMP TABLE gone_sessions AS SELECT id FROM sessions "
                             f"WHERE NOT (kind {kept} 'lunch_interview')")
                for statement in _DROP_HANGING_OFF + (
                        _ONLY_LUNCH if only == LUNCH else _ONLY_SESSIONS):
                    copy.execute(statement)
            if copy.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise sqlite3.IntegrityError("the shared copy refers to rows left out")
            copy.execute("INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')")
            copy.execute("COMMIT")
        except BaseException:
            copy.execute("ROLLBACK")
            raise
        copy.execute("VACUUM")
        return {table: copy.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
                for table in ("sessions", "notes", "rankings", "actions")}


def meta_value(ws: Workspace, key: str) -> str | None:
    row = ws.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else row[0]
