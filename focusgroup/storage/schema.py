"""The workspace schema as numbered steps of literal SQL (FTS5 over notes).

Each step takes a workspace from version ``n - 1`` to ``n`` and runs inside one transaction
(see :mod:`focusgroup.storage.migrations`). Never edit a released step: add a new one. A step
only executes SQL, so it runs the same over a sqlite3 connection or a sqlite-utils Database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class Executes(Protocol):
    """What a step needs: ``execute`` of a sqlite3 connection or a sqlite-utils Database."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

APPLICATION_ID = 0x46475250  # "FGRP" in the SQLite header marks a focusgroup workspace


# Steps 1 to 3 were first written with sqlite-utils' table helpers; they are kept here as the
# exact statements those helpers ran (sqlite-utils 4), quoting and spacing included. SQLite
# stores this text in sqlite_master, and the schema check compares a workspace's text with what
# the steps build: the text must never change, whatever version of any library is installed.

_CORE_TABLES = (
    """CREATE TABLE "meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
)""",
    """CREATE TABLE "departments" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT NOT NULL,
   "kind" TEXT NOT NULL DEFAULT 'department',
   "cadence_months" INTEGER NOT NULL DEFAULT 6,
   "archived" INTEGER NOT NULL DEFAULT 0,
   "created_at" TEXT NOT NULL
)""",
    """CREATE TABLE "participants" (
   "id" TEXT PRIMARY KEY,
   "code" TEXT NOT NULL,
   "role" TEXT NOT NULL,
   "name" TEXT,
   "department_id" TEXT REFERENCES "departments"("id"),
   "created_at" TEXT NOT NULL
)""",
    """CREATE UNIQUE INDEX "idx_participants_code"
    ON "participants" ("code")""",
    """CREATE TABLE "sessions" (
   "id" TEXT PRIMARY KEY,
   "kind" TEXT NOT NULL,
   "status" TEXT NOT NULL,
   "title" TEXT NOT NULL,
   "date" TEXT,
   "department_id" TEXT REFERENCES "departments"("id"),
   "facilitator" TEXT,
   "about" TEXT,
   "started_at" TEXT,
   "ended_at" TEXT,
   "created_at" TEXT NOT NULL
)""",
    """CREATE INDEX "idx_sessions_department_id_date"
    ON "sessions" ("department_id", "date")""",
    """CREATE TABLE "session_participants" (
   "session_id" TEXT REFERENCES "sessions"("id"),
   "participant_id" TEXT REFERENCES "participants"("id"),
   PRIMARY KEY ("session_id", "participant_id")
)""",
    """CREATE TABLE "guide_items" (
   "id" TEXT PRIMARY KEY,
   "session_id" TEXT NOT NULL REFERENCES "sessions"("id"),
   "position" INTEGER NOT NULL,
   "text" TEXT NOT NULL,
   "planned_minutes" INTEGER NOT NULL
)""",
    """CREATE INDEX "idx_guide_items_session_id_position"
    ON "guide_items" ("session_id", "position")""",
    """CREATE TABLE "notes" (
   "id" TEXT PRIMARY KEY,
   "session_id" TEXT NOT NULL REFERENCES "sessions"("id"),
   "kind" TEXT NOT NULL,
   "text" TEXT NOT NULL,
   "participant_id" TEXT REFERENCES "participants"("id"),
   "guide_item_id" TEXT REFERENCES "guide_items"("id"),
   "offset_seconds" INTEGER,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
)""",
    """CREATE INDEX "idx_notes_session_id_created_at"
    ON "notes" ("session_id", "created_at")""",
    """CREATE INDEX "idx_notes_participant_id"
    ON "notes" ("participant_id")""",
    """CREATE TABLE "themes" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT NOT NULL,
   "created_at" TEXT
)""",
    """CREATE UNIQUE INDEX "idx_themes_name"
    ON "themes" ("name")""",
    """CREATE TABLE "note_themes" (
   "note_id" TEXT REFERENCES "notes"("id"),
   "theme_id" TEXT REFERENCES "themes"("id"),
   PRIMARY KEY ("note_id", "theme_id")
)""",
    """CREATE INDEX "idx_note_themes_theme_id"
    ON "note_themes" ("theme_id")""",
    """CREATE TABLE "needs_lists" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT NOT NULL,
   "archived" INTEGER NOT NULL DEFAULT 0,
   "created_at" TEXT
)""",
    """CREATE TABLE "needs_items" (
   "id" TEXT PRIMARY KEY,
   "list_id" TEXT NOT NULL REFERENCES "needs_lists"("id"),
   "key" TEXT NOT NULL,
   "label_en" TEXT NOT NULL,
   "label_da" TEXT,
   "position" INTEGER NOT NULL,
   "archived" INTEGER NOT NULL DEFAULT 0
)""",
    """CREATE UNIQUE INDEX "idx_needs_items_list_id_key"
    ON "needs_items" ("list_id", "key")""",
    """CREATE TABLE "rankings" (
   "id" TEXT PRIMARY KEY,
   "needs_list_id" TEXT NOT NULL REFERENCES "needs_lists"("id"),
   "participant_id" TEXT NOT NULL REFERENCES "participants"("id"),
   "perspective" TEXT NOT NULL,
   "session_id" TEXT REFERENCES "sessions"("id"),
   "created_at" TEXT NOT NULL
)""",
    """CREATE INDEX "idx_rankings_session_id"
    ON "rankings" ("session_id")""",
    """CREATE TABLE "ranking_entries" (
   "ranking_id" TEXT REFERENCES "rankings"("id"),
   "item_id" TEXT REFERENCES "needs_items"("id"),
   "rank" INTEGER NOT NULL,
   PRIMARY KEY ("ranking_id", "item_id")
)""",
    """CREATE TABLE "actions" (
   "id" TEXT PRIMARY KEY,
   "title" TEXT NOT NULL,
   "owner" TEXT,
   "due" TEXT,
   "status" TEXT NOT NULL,
   "note_id" TEXT REFERENCES "notes"("id"),
   "session_id" TEXT REFERENCES "sessions"("id"),
   "department_id" TEXT REFERENCES "departments"("id"),
   "comment" TEXT,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
)""",
    """CREATE TABLE "initiatives" (
   "id" TEXT PRIMARY KEY,
   "title" TEXT NOT NULL,
   "description" TEXT,
   "estimated_cost" REAL,
   "status" TEXT NOT NULL,
   "created_at" TEXT NOT NULL
)""",
)


def _step_1_core_tables(db: Executes) -> None:
    for statement in _CORE_TABLES:
        db.execute(statement)


# Search over notes: an FTS5 index kept up to date by triggers, filled with the notes already
# written. Danish letters matter: keep diacritics (å is not a).
_SEARCH_AND_DRAFTS = (
    """CREATE VIRTUAL TABLE "notes_fts" USING FTS5 (
    "text",
    tokenize='unicode61 remove_diacritics 0',
    content="notes"
)""",
    'INSERT INTO "notes_fts" (rowid, "text") SELECT rowid, "text" FROM "notes"',  # notes so far
    """CREATE TRIGGER "notes_ai" AFTER INSERT ON "notes" BEGIN
  INSERT INTO "notes_fts" (rowid, "text") VALUES (new.rowid, new."text");
END""",
    """CREATE TRIGGER "notes_ad" AFTER DELETE ON "notes" BEGIN
  INSERT INTO "notes_fts" ("notes_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
END""",
    """CREATE TRIGGER "notes_au" AFTER UPDATE ON "notes" BEGIN
  INSERT INTO "notes_fts" ("notes_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
  INSERT INTO "notes_fts" (rowid, "text") VALUES (new.rowid, new."text");
END""",
    """CREATE TABLE "drafts" (
   "session_id" TEXT PRIMARY KEY REFERENCES "sessions"("id"),
   "text" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
)""",
)


def _step_2_search_and_drafts(db: Executes) -> None:
    # The drafts table holds the half-typed capture line of a session, saved while the
    # facilitator types.
    for statement in _SEARCH_AND_DRAFTS:
        db.execute(statement)


# Discussion guides saved for reuse; ``items`` is JSON: [{"text": ..., "minutes": ...}, ...].
# Names are unique regardless of (ASCII) case.
_GUIDE_TEMPLATES = (
    """CREATE TABLE "guide_templates" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT NOT NULL,
   "lang" TEXT NOT NULL DEFAULT '',
   "items" TEXT NOT NULL,
   "created_at" TEXT NOT NULL
)""",
    """CREATE UNIQUE INDEX idx_guide_templates_name ON guide_templates(name COLLATE NOCASE)""",
)


def _step_3_guide_templates(db: Executes) -> None:
    for statement in _GUIDE_TEMPLATES:
        db.execute(statement)


def _step_4_initiatives_asked(db: Executes) -> None:
    # An initiative put to a session: the guide item added for it, and a quick count of hands
    # (NULL until counted). Deleting a session or initiative takes its links with it.
    db.execute("""
        CREATE TABLE initiative_sessions (
            initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            guide_item_id TEXT REFERENCES guide_items(id) ON DELETE SET NULL,
            for_count INTEGER CHECK (for_count >= 0),
            against_count INTEGER CHECK (against_count >= 0),
            neutral_count INTEGER CHECK (neutral_count >= 0),
            counted_at TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (initiative_id, session_id)
        )""")
    db.execute("CREATE INDEX idx_initiative_sessions_session ON initiative_sessions(session_id)")
    # A note marked for, against or neutral on an initiative; it goes when the note goes.
    db.execute("""
        CREATE TABLE note_stances (
            note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
            stance TEXT NOT NULL CHECK (stance IN ('for', 'against', 'neutral')),
            PRIMARY KEY (note_id, initiative_id)
        )""")
    db.execute("CREATE INDEX idx_note_stances_initiative ON note_stances(initiative_id)")


def _step_5_codes_without_case(db: Executes) -> None:
    # A participant code names one person whatever its case or spacing ("p-001" is P-001):
    # codes are stored canonical (trimmed, upper case; domain.model.canonical_code) and are
    # unique regardless of case. An older workspace may hold two codes that differ only in
    # case, given to two different people (P-001 and p-001): nobody is lost or merged. Both
    # keep their code as it was and are marked in ``code_clash`` (their own id; '' for every
    # other participant), which the unique index includes; a look-up that could mean either
    # asks for the code exactly as written (services.codes).
    from focusgroup.domain.model import canonical_code

    db.execute("ALTER TABLE participants ADD COLUMN code_clash TEXT NOT NULL DEFAULT ''")
    groups: dict[str, list[tuple[str, str]]] = {}
    for pid, code in db.execute("SELECT id, code FROM participants ORDER BY rowid").fetchall():
        groups.setdefault(canonical_code(code), []).append((pid, code))
    for canonical, people in groups.items():
        if len(people) == 1:
            db.execute("UPDATE participants SET code = ? WHERE id = ?", [canonical, people[0][0]])
        else:
            for pid, _code in people:
                db.execute("UPDATE participants SET code_clash = id WHERE id = ?", [pid])
    db.execute("DROP INDEX idx_participants_code")
    db.execute("CREATE UNIQUE INDEX idx_participants_code ON participants("
               "code COLLATE NOCASE, code_clash)")


def _step_6_erasure_journal(db: Executes) -> None:
    # Who this workspace is, whatever its file is called now: backups and damaged copies carry
    # the same id, so an erasure finds every copy of the workspace, also from before a rename.
    # The key makes the erasure journal's code hashes unguessable from outside the file.
    import secrets
    import uuid

    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('workspace_id', ?)",
               [str(uuid.uuid4())])
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('erasure_key', ?)",
               [secrets.token_hex(32)])
    # One row per erased person, written in the same transaction as the erasure itself and
    # holding no personal text: the participant's id, a keyed hash of their code, and which
    # purges (free pages and WAL, older backups, damaged copies, a fresh backup) remain.
    db.execute("""
        CREATE TABLE erasures (
            id TEXT PRIMARY KEY,
            participant_id TEXT NOT NULL,
            code_hash TEXT NOT NULL,
            erased_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
            remaining TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX idx_erasures_code_hash ON erasures(code_hash)")


def _step_7_guide_position(db: Executes) -> None:
    # Where a running session stands in its guide: the current question and when the
    # facilitator moved to it, so reopening the session (after Back, or a crash) carries on
    # with the same question and its clock instead of starting again at question 1.
    db.execute("""
        CREATE TABLE guide_positions (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            guide_item_id TEXT REFERENCES guide_items(id) ON DELETE SET NULL,
            item_started_at TEXT NOT NULL
        )""")


# The Themes board counts notes per column for a scope (department, period) on every page
# switch and filter change. Counting 500,000 notes took seconds; these counts are kept instead,
# per session, day the note was taken, kind and column ('*' every note, '' the unthemed, else a
# theme id), by triggers on notes and note_themes, so a count reads a few thousand rows.
_BOARD_COUNTS = (
    """CREATE TABLE board_counts (
        session_id TEXT NOT NULL,
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        theme_id TEXT NOT NULL,
        notes INTEGER NOT NULL,
        PRIMARY KEY (theme_id, session_id, day, kind)
    ) WITHOUT ROWID""",
    """INSERT INTO board_counts (session_id, day, kind, theme_id, notes)
        SELECT session_id, substr(created_at, 1, 10), kind, '*', count(*) FROM notes
        GROUP BY 1, 2, 3""",
    """INSERT INTO board_counts (session_id, day, kind, theme_id, notes)
        SELECT n.session_id, substr(n.created_at, 1, 10), n.kind, '', count(*) FROM notes n
        WHERE NOT EXISTS (SELECT 1 FROM note_themes nt WHERE nt.note_id = n.id)
        GROUP BY 1, 2, 3""",
    """INSERT INTO board_counts (session_id, day, kind, theme_id, notes)
        SELECT n.session_id, substr(n.created_at, 1, 10), n.kind, nt.theme_id, count(*)
        FROM note_themes nt JOIN notes n ON n.id = nt.note_id
        GROUP BY 1, 2, 3, 4""",
    # A new note is counted in '*' and (having no theme yet) in ''.
    """CREATE TRIGGER board_note_in AFTER INSERT ON notes BEGIN
  INSERT INTO board_counts (session_id, day, kind, theme_id, notes)
    SELECT new.session_id, substr(new.created_at, 1, 10), new.kind, c.column_id, 1
    FROM (SELECT '*' AS column_id UNION ALL SELECT '' WHERE NOT EXISTS (
          SELECT 1 FROM note_themes WHERE note_id = new.id)) c WHERE true
    ON CONFLICT DO UPDATE SET notes = notes + 1;
END""",
    # A note leaves every column it was counted in (its themes' links go before it does).
    """CREATE TRIGGER board_note_out AFTER DELETE ON notes BEGIN
  UPDATE board_counts SET notes = notes - 1
  WHERE session_id = old.session_id AND day = substr(old.created_at, 1, 10)
    AND kind = old.kind AND (theme_id = '*' OR theme_id IN (
        SELECT theme_id FROM note_themes WHERE note_id = old.id) OR (theme_id = '' AND
        NOT EXISTS (SELECT 1 FROM note_themes WHERE note_id = old.id)));
END""",
    # A note whose kind, session or time changes moves between counts.
    """CREATE TRIGGER board_note_moved AFTER UPDATE OF session_id, created_at, kind ON notes
WHEN old.session_id IS NOT new.session_id OR old.created_at IS NOT new.created_at
  OR old.kind IS NOT new.kind BEGIN
  UPDATE board_counts SET notes = notes - 1
  WHERE session_id = old.session_id AND day = substr(old.created_at, 1, 10)
    AND kind = old.kind AND (theme_id = '*' OR theme_id IN (
        SELECT theme_id FROM note_themes WHERE note_id = old.id) OR (theme_id = '' AND
        NOT EXISTS (SELECT 1 FROM note_themes WHERE note_id = old.id)));
  INSERT INTO board_counts (session_id, day, kind, theme_id, notes)
    SELECT new.session_id, substr(new.created_at, 1, 10), new.kind, c.column_id, 1
    FROM (SELECT '*' AS column_id UNION ALL SELECT theme_id FROM note_themes
          WHERE note_id = new.id UNION ALL SELECT '' WHERE NOT EXISTS (
          SELECT 1 FROM note_themes WHERE note_id = new.id)) c WHERE true
    ON CONFLICT DO UPDATE SET notes = notes + 1;
END""",
    # A theme added to a note: counted in the theme; its first theme takes it out of ''.
    """CREATE TRIGGER board_link_in AFTER INSERT ON note_themes BEGIN
  INSERT INTO board_counts (session_id, day, kind, theme_id, notes)
    SELECT session_id, substr(created_at, 1, 10), kind, new.theme_id, 1 FROM notes
    WHERE id = new.note_id
    ON CONFLICT DO UPDATE SET notes = notes + 1;
  UPDATE board_counts SET notes = notes - 1
  WHERE theme_id = '' AND (session_id, day, kind) = (
      SELECT session_id, substr(created_at, 1, 10), kind FROM notes WHERE id = new.note_id)
    AND (SELECT count(*) FROM note_themes WHERE note_id = new.note_id) = 1;
END""",
    # A theme taken off a note: out of the theme; its last theme puts it back in ''.
    """CREATE TRIGGER board_link_out AFTER DELETE ON note_themes BEGIN
  UPDATE board_counts SET notes = notes - 1
  WHERE theme_id = old.theme_id AND (session_id, day, kind) = (
      SELECT session_id, substr(created_at, 1, 10), kind FROM notes WHERE id = old.note_id);
  INSERT INTO board_counts (session_id, day, kind, theme_id, notes)
    SELECT session_id, substr(created_at, 1, 10), kind, '', 1 FROM notes
    WHERE id = old.note_id AND NOT EXISTS (
        SELECT 1 FROM note_themes WHERE note_id = old.note_id)
    ON CONFLICT DO UPDATE SET notes = notes + 1;
END""",
)


def _step_8_board_counts(db: Executes) -> None:
    for statement in _BOARD_COUNTS:
        db.execute(statement)


STEPS: tuple[Callable[[Executes], None], ...] = (
    _step_1_core_tables,
    _step_2_search_and_drafts,
    _step_3_guide_templates,
    _step_4_initiatives_asked,
    _step_5_codes_without_case,
    _step_6_erasure_journal,
    _step_7_guide_position,
    _step_8_board_counts,
)

CURRENT_VERSION = len(STEPS)

# Indexes that only make things faster are kept outside the numbered steps: each is created,
# if missing, whenever a workspace is opened for writing, so adding one does not raise the
# version (a focusgroup that predates it still opens the file). Summaries count notes by
# session and kind, who spoke and which themes they carry; this index answers that without
# reading the notes (a 20,000-note summary reads in half the time). Analyses read each
# ranking's entries with their ranks; the second index holds the ranks, so the entries are
# read from it alone.
SPEED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS idx_notes_session_kind ON notes("
    "session_id, kind, participant_id, id)",
    "CREATE INDEX IF NOT EXISTS idx_ranking_entries_ranks ON ranking_entries("
    "ranking_id, item_id, rank)",
)


def ensure_speed_indexes(conn) -> None:
    for statement in SPEED_INDEXES:
        conn.execute(statement)
