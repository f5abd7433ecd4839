"""Erasing a person completely: their notes, rankings, name and code, also from the search
index, the write-ahead log, freed pages and the backups."""

from __future__ import annotations

import re
from dataclasses import dataclass

from focusgroup.storage import backups
from focusgroup.storage.repository import atomic
from focusgroup.storage.workspace import Workspace

REDACTED = "[name]"
MENTIONS = (
    ("notes", "id", ("text",)),
    ("drafts", "session_id", ("text",)),
    ("sessions", "id", ("title", "facilitator", "about")),
    ("guide_items", "id", ("text",)),
    ("actions", "id", ("title", "owner", "comment")),
    ("initiatives", "id", ("title", "description")),
)
"""The free text that may name a person besides their own notes: (table, key, columns). A
person who facilitated a session or owns an action is named there."""


@dataclass(frozen=True)
class Erasure:
    code: str
    notes_deleted: int
    notes_unattributed: int
    rankings_deleted: int
    mentions_redacted: int
    backups_purged: int


def _redact(text: str, needles: list[str]) -> str:
    for needle in needles:
        text = re.sub(rf"(?<!\w){re.escape(needle)}(?!\w)", REDACTED, text, flags=re.IGNORECASE)
    return text


def erase_participant(ws: Workspace, participant_id: str, *, keep_notes: bool = False
                      ) -> Erasure:
    db = ws.db
    with atomic(ws):
        row = db.execute("SELECT code, name FROM participants WHERE id = ?",
                         [participant_id]).fetchone()
        code, name = row[0], row[1]
        note_ids = [r[0] for r in db.execute(
            "SELECT id FROM notes WHERE participant_id = ?", [participant_id]).fetchall()]
        if keep_notes:
            db.execute("UPDATE notes SET participant_id = NULL WHERE participant_id = ?",
                       [participant_id])
        else:
            for note_id in note_ids:
                db.execute("UPDATE actions SET note_id = NULL WHERE note_id = ?", [note_id])
                db.execute("DELETE FROM note_themes WHERE note_id = ?", [note_id])
                db.execute("DELETE FROM notes WHERE id = ?", [note_id])
        ranking_ids = [r[0] for r in db.execute(
            "SELECT id FROM rankings WHERE participant_id = ?", [participant_id]).fetchall()]
        for ranking_id in ranking_ids:
            db.execute("DELETE FROM ranking_entries WHERE ranking_id = ?", [ranking_id])
            db.execute("DELETE FROM rankings WHERE id = ?", [ranking_id])
        db.execute("DELETE FROM session_participants WHERE participant_id = ?",
                   [participant_id])
        db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
        needles = sorted((n for n in {code, name or "", *(name or "").split()} if len(n) >= 3),
                         key=len, reverse=True)
        redacted = _redact_mentions(db, needles) if needles else 0
    _purge_traces(ws)
    purged = _replace_backups(ws)
    return Erasure(code, 0 if keep_notes else len(note_ids), len(note_ids) if keep_notes else 0,
                   len(ranking_ids), redacted, purged)


def _redact_mentions(db, needles: list[str]) -> int:
    """Replace the person's name, its parts and their code in every free text
    (:data:`MENTIONS`); return how many rows changed."""
    changed = 0
    for table, key, columns in MENTIONS:
        listed = ", ".join(columns)
        for row in db.execute(f"SELECT {key}, {listed} FROM {table}").fetchall():
            texts = row[1:]
            cleaned = [_redact(t, needles) if t else t for t in texts]
            if cleaned != list(texts):
                assignments = ", ".join(f"{column} = ?" for column in columns)
                db.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?",
                           [*cleaned, row[0]])
                changed += 1
    return changed


def _purge_traces(ws: Workspace) -> None:
    """Rebuild the search index, then checkpoint and vacuum so no old page keeps the text."""
    conn = ws.conn
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _replace_backups(ws: Workspace) -> int:
    """Older backups still hold the person: delete them and keep one fresh verified copy."""
    if ws.backup_dir is None:
        return 0
    old = backups.list_backups(ws.backup_dir)
    fresh = ws.backup("after-erasure")
    for info in old:
        if fresh is None or info.path != fresh.path:
            info.path.unlink(missing_ok=True)
    return len(old)
