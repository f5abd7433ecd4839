"""The workspace schema as numbered steps (sqlite-utils table definitions, FTS5 over notes).

Each step takes a workspace from version ``n - 1`` to ``n`` and runs inside one transaction
(see :mod:`focusgroup.storage.migrations`). Never edit a released step: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x46475250  # "FGRP" in the SQLite header marks a focusgroup workspace


def _step_1_core_tables(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["departments"].create(
        {
            "id": str,
            "name": str,
            "kind": str,
            "cadence_months": int,
            "archived": int,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "kind", "cadence_months", "archived", "created_at"},
        defaults={"kind": "department", "cadence_months": 6, "archived": 0},
    )
    db["participants"].create(
        {
            "id": str,
            "code": str,
            "role": str,
            "name": str,
            "department_id": str,
            "created_at": str,
        },
        pk="id",
        not_null={"code", "role", "created_at"},
        foreign_keys=[("department_id", "departments", "id")],
    )
    db["participants"].create_index(["code"], unique=True)
    db["sessions"].create(
        {
            "id": str,
            "kind": str,
            "status": str,
            "title": str,
            "date": str,
            "department_id": str,
            "facilitator": str,
            "about": str,
            "started_at": str,
            "ended_at": str,
            "created_at": str,
        },
        pk="id",
        not_null={"kind", "status", "title", "created_at"},
        foreign_keys=[("department_id", "departments", "id")],
    )
    db["sessions"].create_index(["department_id", "date"])
    db["session_participants"].create(
        {"session_id": str, "participant_id": str},
        pk=("session_id", "participant_id"),
        foreign_keys=[("session_id", "sessions", "id"), ("participant_id", "participants", "id")],
    )
    db["guide_items"].create(
        {"id": str, "session_id": str, "position": int, "text": str, "planned_minutes": int},
        pk="id",
        not_null={"session_id", "position", "text", "planned_minutes"},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["guide_items"].create_index(["session_id", "position"])
    db["notes"].create(
        {
            "id": str,
            "session_id": str,
            "kind": str,
            "text": str,
            "participant_id": str,
            "guide_item_id": str,
            "offset_seconds": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"session_id", "kind", "text", "created_at", "updated_at"},
        foreign_keys=[
            ("session_id", "sessions", "id"),
            ("participant_id", "participants", "id"),
            ("guide_item_id", "guide_items", "id"),
        ],
    )
    db["notes"].create_index(["session_id", "created_at"])
    db["notes"].create_index(["participant_id"])
    db["themes"].create({"id": str, "name": str, "created_at": str}, pk="id", not_null={"name"})
    db["themes"].create_index(["name"], unique=True)
    db["note_themes"].create(
        {"note_id": str, "theme_id": str},
        pk=("note_id", "theme_id"),
        foreign_keys=[("note_id", "notes", "id"), ("theme_id", "themes", "id")],
    )
    db["note_themes"].create_index(["theme_id"])
    db["needs_lists"].create(
        {"id": str, "name": str, "archived": int, "created_at": str},
        pk="id",
        not_null={"name", "archived"},
        defaults={"archived": 0},
    )
    db["needs_items"].create(
        {
            "id": str,
            "list_id": str,
            "key": str,
            "label_en": str,
            "label_da": str,
            "position": int,
            "archived": int,
        },
        pk="id",
        not_null={"list_id", "key", "label_en", "position", "archived"},
        defaults={"archived": 0},
        foreign_keys=[("list_id", "needs_lists", "id")],
    )
    db["needs_items"].create_index(["list_id", "key"], unique=True)
    db["rankings"].create(
        {
            "id": str,
            "needs_list_id": str,
            "participant_id": str,
            "perspective": str,
            "session_id": str,
            "created_at": str,
        },
        pk="id",
        not_null={"needs_list_id", "participant_id", "perspective", "created_at"},
        foreign_keys=[
            ("needs_list_id", "needs_lists", "id"),
            ("participant_id", "participants", "id"),
            ("session_id", "sessions", "id"),
        ],
    )
    db["rankings"].create_index(["session_id"])
    db["ranking_entries"].create(
        {"ranking_id": str, "item_id": str, "rank": int},
        pk=("ranking_id", "item_id"),
        not_null={"rank"},
        foreign_keys=[("ranking_id", "rankings", "id"), ("item_id", "needs_items", "id")],
    )
    db["actions"].create(
        {
            "id": str,
            "title": str,
            "owner": str,
            "due": str,
            "status": str,
            "note_id": str,
            "session_id": str,
            "department_id": str,
            "comment": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"title", "status", "created_at", "updated_at"},
        foreign_keys=[
            ("note_id", "notes", "id"),
            ("session_id", "sessions", "id"),
            ("department_id", "departments", "id"),
        ],
    )
    db["initiatives"].create(
        {
            "id": str,
            "title": str,
            "description": str,
            "estimated_cost": float,
            "status": str,
            "created_at": str,
        },
        pk="id",
        not_null={"title", "status", "created_at"},
    )


def _step_2_search_and_drafts(db: Database) -> None:
    # Danish letters matter: keep diacritics (å is not a).
    db["notes"].enable_fts(
        ["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 0"
    )
    # The half-typed capture line of a session, saved while the facilitator types.
    db["drafts"].create(
        {"session_id": str, "text": str, "updated_at": str},
        pk="session_id",
        not_null={"text", "updated_at"},
        foreign_keys=[("session_id", "sessions", "id")],
    )


def _step_3_guide_templates(db: Database) -> None:
    # Discussion guides saved for reuse; ``items`` is JSON: [{"text": ..., "minutes": ...}, ...].
    db["guide_templates"].create(
        {"id": str, "name": str, "lang": str, "items": str, "created_at": str},
        pk="id",
        not_null={"name", "lang", "items", "created_at"},
        defaults={"lang": ""},
    )
    # Names are unique regardless of (ASCII) case.
    db.execute(
        "CREATE UNIQUE INDEX idx_guide_templates_name ON guide_templates(name COLLATE NOCASE)"
    )


def _step_4_initiatives_asked(db: Database) -> None:
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


def _step_5_codes_without_case(db: Database) -> None:
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


def _step_6_erasure_journal(db: Database) -> None:
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


def _step_7_guide_position(db: Database) -> None:
    # Where a running session stands in its guide: the current question and when the
    # facilitator moved to it, so reopening the session (after Back, or a crash) carries on
    # with the same question and its clock instead of starting again at question 1.
    db.execute("""
        CREATE TABLE guide_positions (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            guide_item_id TEXT REFERENCES guide_items(id) ON DELETE SET NULL,
            item_started_at TEXT NOT NULL
        )""")


STEPS: tuple[Callable[[Database], None], ...] = (
    _step_1_core_tables,
    _step_2_search_and_drafts,
    _step_3_guide_templates,
    _step_4_initiatives_asked,
    _step_5_codes_without_case,
    _step_6_erasure_journal,
    _step_7_guide_position,
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
