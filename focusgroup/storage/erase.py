"""Erasing a person completely, as a journaled job.

One transaction deletes the person (notes, rankings, name, code, their lunch drafts, themes
only their notes carried), redacts their name and code wherever else the workspace mentions
them, rebuilds the search index, and records the erasure in the ``erasures`` journal, which
holds no personal text: the participant's id, a keyed hash of their code and the purges still
to run. The purges then run one by one — free pages and write-ahead log, a fresh backup, every
older backup of this workspace wherever it lives, damaged copies kept by a restore — and each
is struck from the journal once done. Backups and copies are deleted, never rewritten, so no
name is needed to purge them; a purge that fails stays in the journal and runs again on the
next open (:func:`finish_pending`) or the next ``erase`` of the same code.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from focusgroup.domain.model import SessionKind, canonical_code, new_id
from focusgroup.messages import text_of
from focusgroup.storage import erase_files, templates
from focusgroup.storage.errors import BackupFailed
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
person who facilitated a session or owns an action is named there. Theme names and saved guide
templates are redacted separately (names must stay unique; a template's questions are stored
as JSON, whose keys and numbers are not text)."""

STEPS = ("traces", "fresh", "backups", "copies")
"""The purges after the committing transaction, in the order they run: free pages and WAL;
a fresh backup; older backups; damaged copies."""


@dataclass(frozen=True)
class Person:
    """Who is (or was) erased, without their name: what a person confirming needs to see."""

    code: str
    role: str
    department: str | None
    has_name: bool
    notes: int
    rankings: int


@dataclass(frozen=True)
class Purge:
    erasure_id: str
    files_deleted: int
    remaining: tuple[str, ...]  # of :data:`STEPS`
    problem: str | None  # why the first unfinished step failed
    fresh_backup: bool = False  # a fresh backup was made by this run

    @property
    def finished(self) -> bool:
        return not self.remaining


@dataclass(frozen=True)
class Erasure:
    code: str
    person: Person | None  # None when the person had already been erased
    notes_deleted: int
    notes_unattributed: int
    rankings_deleted: int
    mentions_redacted: int
    purge: Purge

    @property
    def already_erased(self) -> bool:
        return self.person is None

    @property
    def backups_purged(self) -> int:
        return self.purge.files_deleted


@dataclass(frozen=True)
class PendingErasure:
    id: str
    erased_at: str
    remaining: tuple[str, ...]


def person_summary(ws: Workspace, participant_id: str) -> Person:
    row = ws.conn.execute(
        "SELECT p.code, p.role, d.name, coalesce(p.name, '') != '', "
        "(SELECT count(*) FROM notes WHERE participant_id = p.id), "
        "(SELECT count(*) FROM rankings WHERE participant_id = p.id) "
        "FROM participants p LEFT JOIN departments d ON d.id = p.department_id WHERE p.id = ?",
        [participant_id]).fetchone()
    return Person(row[0], row[1], row[2], bool(row[3]), row[4], row[5])


def _meta(ws: Workspace, key: str) -> str:
    row = ws.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else ""


def _code_hash(ws: Workspace, code: str, *, folded: bool = False) -> str:
    """The keyed hash of ``code`` in its one spelling (``model.canonical_code``). ``folded``:
    the hash of that spelling case-folded, as erasures were first recorded."""
    key = _meta(ws, "erasure_key").encode()
    spelled = canonical_code(code)
    if folded:
        spelled = spelled.casefold()
    return hmac.new(key, spelled.encode(), hashlib.sha256).hexdigest()


def _patterns(code: str, name: str) -> list[re.Pattern]:
    """What to blank out: the code and the whole name in any case; name parts of three or more
    letters in any case; two-letter parts ("Bo", "Li") only capitalised or in capitals, as a
    name is written, so that the Danish words "bo" and "li" stay; single-letter initials are
    left alone."""
    found: list[re.Pattern] = []
    loose = {code, name.strip()} | {p for p in re.findall(r"\w+", name) if len(p) >= 3}
    loose |= {p.strip(".,;:!?'\"()") for p in name.split()}
    loose = {n for n in loose if n and (len(n) >= 3 or n in (code, name.strip()))}
    for needle in sorted(loose, key=len, reverse=True):
        found.append(re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)", re.IGNORECASE))
    # A lowercase part between capitalised ones ("de", "la") is a particle, not a name; a name
    # typed all in lowercase has no such hint, so each of its parts counts.
    lowercase_name = name == name.lower()
    short = {p for p in re.findall(r"\w+", name)
             if len(p) == 2 and (p[0].isupper() or lowercase_name)}
    for part in sorted(short - loose):
        forms = "|".join(re.escape(f) for f in sorted({part, part.capitalize(), part.upper()}
                                                      - {part.lower()}))
        found.append(re.compile(rf"(?<!\w)(?:{forms})(?!\w)"))
    return found


def _redact(text: str, patterns: list[re.Pattern]) -> str:
    for pattern in patterns:
        text = pattern.sub(REDACTED, text)
    return text


def erase_participant(ws: Workspace, participant_id: str, *, keep_notes: bool = False,
                      other_backup_folders: Iterable[Path] = ()) -> Erasure:
    """Erase the person in one transaction, then run the purges (see the module)."""
    db = ws.db
    person = person_summary(ws, participant_id)
    erasure_id = new_id()
    with atomic(ws):
        code, name = db.execute("SELECT code, coalesce(name, '') FROM participants WHERE id = ?",
                                [participant_id]).fetchone()
        note_ids = [r[0] for r in db.execute(
            "SELECT id FROM notes WHERE participant_id = ?", [participant_id]).fetchall()]
        touched_themes = {r[0] for r in db.execute(
            "SELECT DISTINCT nt.theme_id FROM note_themes nt JOIN notes n ON n.id = nt.note_id "
            "WHERE n.participant_id = ?", [participant_id]).fetchall()}
        # A lunch interview is one person's: its half-typed line is theirs.
        db.execute(
            "DELETE FROM drafts WHERE session_id IN (SELECT s.id FROM sessions s JOIN "
            "session_participants sp ON sp.session_id = s.id WHERE sp.participant_id = ? "
            "AND s.kind = ?)", [participant_id, SessionKind.LUNCH_INTERVIEW.value])
        if keep_notes:
            db.execute("UPDATE notes SET participant_id = NULL WHERE participant_id = ?",
                       [participant_id])
        else:
            for note_id in note_ids:
                db.execute("UPDATE actions SET note_id = NULL WHERE note_id = ?", [note_id])
                db.execute("DELETE FROM note_themes WHERE note_id = ?", [note_id])
                db.execute("DELETE FROM notes WHERE id = ?", [note_id])
            # A theme that carried only their notes was made from their words.
            for theme_id in touched_themes:
                db.execute("DELETE FROM themes WHERE id = ? AND NOT EXISTS "
                           "(SELECT 1 FROM note_themes WHERE theme_id = ?)", [theme_id, theme_id])
        ranking_ids = [r[0] for r in db.execute(
            "SELECT id FROM rankings WHERE participant_id = ?", [participant_id]).fetchall()]
        for ranking_id in ranking_ids:
            db.execute("DELETE FROM ranking_entries WHERE ranking_id = ?", [ranking_id])
            db.execute("DELETE FROM rankings WHERE id = ?", [ranking_id])
        db.execute("DELETE FROM session_participants WHERE participant_id = ?",
                   [participant_id])
        db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
        patterns = _patterns(code, name)
        redacted = (_redact_mentions(db, patterns) + _redact_themes(db, patterns)
                    + _redact_templates(db, patterns))
        db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
        db.execute(
            "INSERT INTO erasures (id, participant_id, code_hash, erased_at, state, remaining) "
            "VALUES (?, ?, ?, ?, 'pending', ?)",
            [erasure_id, participant_id, _code_hash(ws, code),
             datetime.now(UTC).isoformat(), " ".join(STEPS)])
    purge = finish(ws, erasure_id, other_backup_folders)
    return Erasure(code, person, 0 if keep_notes else len(note_ids),
                   len(note_ids) if keep_notes else 0, len(ranking_ids), redacted, purge)


def _redact_mentions(db, patterns: list[re.Pattern]) -> int:
    """Blank out the person's name, its parts and their code in every free text
    (:data:`MENTIONS`); return how many rows changed."""
    changed = 0
    for table, key, columns in MENTIONS:
        listed = ", ".join(columns)
        for row in db.execute(f"SELECT {key}, {listed} FROM {table}").fetchall():
            texts = row[1:]
            cleaned = [_redact(t, patterns) if t else t for t in texts]
            if cleaned != list(texts):
                assignments = ", ".join(f"{column} = ?" for column in columns)
                db.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?",
                           [*cleaned, row[0]])
                changed += 1
    return changed


def _unique(db, table: str, name: str) -> str:
    """``name``, or ``name (2)``, ``(3)``… where another row of ``table`` already has it."""
    taken = {r[0].casefold() for r in db.execute(f"SELECT name FROM {table}").fetchall()}
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def _redact_themes(db, patterns: list[re.Pattern]) -> int:
    """A theme named after the person: deleted when empty, else renamed (kept unique)."""
    changed = 0
    for theme_id, name in db.execute("SELECT id, name FROM themes").fetchall():
        cleaned = _redact(name, patterns)
        if cleaned == name:
            continue
        changed += 1
        if not db.execute("SELECT 1 FROM note_themes WHERE theme_id = ?", [theme_id]).fetchone():
            db.execute("DELETE FROM themes WHERE id = ?", [theme_id])
            continue
        db.execute("UPDATE themes SET name = ? WHERE id = ?",
                   [_unique(db, "themes", cleaned), theme_id])
    return changed


def _redact_templates(db, patterns: list[re.Pattern]) -> int:
    """Saved guide templates: the text of each question and the template's name (kept
    unique); the stored JSON's keys and minutes are left as they are."""
    changed = 0
    for key, name, stored in db.execute(
            "SELECT id, name, items FROM guide_templates").fetchall():
        try:
            items = templates.items_of(stored)
        except (ValueError, TypeError, KeyError):  # not as we store it: redact it as text
            cleaned_items = _redact(stored, patterns)
        else:
            redacted = tuple((_redact(text, patterns), minutes) for text, minutes in items)
            cleaned_items = stored if redacted == items else templates.stored_items(redacted)
        cleaned_name = _redact(name, patterns)
        if cleaned_name == name and cleaned_items == stored:
            continue
        changed += 1
        if cleaned_name != name:
            cleaned_name = _unique(db, "guide_templates", cleaned_name)
        db.execute("UPDATE guide_templates SET name = ?, items = ? WHERE id = ?",
                   [cleaned_name, cleaned_items, key])
    return changed


def purge_workspace_traces(ws: Workspace) -> None:
    """Checkpoint and vacuum so that no old page, in the file or its WAL, keeps the text."""
    conn = ws.conn
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _run_step(ws: Workspace, step: str, marker: bytes, owner: erase_files.Owner,
              others: list[Path]) -> int:
    """Run one purge; return how many files it deleted, or -1 for a fresh backup made."""
    if step == "traces":
        purge_workspace_traces(ws)
    elif step == "fresh":
        return 0 if ws.backup("after-erasure") is None else -1
    elif step == "backups":
        return erase_files.purge_backups(ws.backup_dir, others, marker, owner)
    elif step == "copies":
        return erase_files.purge_copies(ws.path, marker, owner)
    return 0


def finish(ws: Workspace, erasure_id: str, other_backup_folders: Iterable[Path] = ()) -> Purge:
    """Run the purges the journal still lists for ``erasure_id``; strike each one that
    succeeds. Never raises for a purge that fails: it stays listed, with the reason."""
    row = ws.conn.execute("SELECT participant_id, remaining FROM erasures WHERE id = ?",
                          [erasure_id]).fetchone()
    remaining = [s for s in STEPS if s in row[1].split()]
    marker = erasure_id.encode()
    owner = erase_files.Owner(_meta(ws, "workspace_id").encode(), row[0].encode())
    others = list(other_backup_folders)
    deleted, problem = 0, None
    fresh = False
    for step in list(remaining):
        try:
            count = _run_step(ws, step, marker, owner, others)
        except (BackupFailed, OSError, sqlite3.Error) as error:
            problem = problem or text_of(error)
            continue
        remaining.remove(step)
        if count < 0:  # the fresh backup
            fresh = True
        else:
            deleted += count
    try:
        with atomic(ws):
            ws.conn.execute("UPDATE erasures SET remaining = ?, state = ? WHERE id = ?",
                            [" ".join(remaining), "pending" if remaining else "done",
                             erasure_id])
    except Exception as error:  # noqa: BLE001 - the journal stays as it was: run again later
        problem = problem or text_of(error)
    else:
        if fresh:  # the fresh backup differs from the file only in this bookkeeping
            ws.mark_backed_up()
    return Purge(erasure_id, deleted, tuple(remaining), problem, fresh)


def pending_erasures(ws: Workspace) -> list[PendingErasure]:
    rows = ws.conn.execute("SELECT id, erased_at, remaining FROM erasures "
                           "WHERE state = 'pending' ORDER BY erased_at").fetchall()
    return [PendingErasure(r[0], r[1], tuple(s for s in STEPS if s in r[2].split()))
            for r in rows]


def finish_pending(ws: Workspace, other_backup_folders: Iterable[Path] = ()) -> list[Purge]:
    """Run every unfinished erasure's purges again (on open)."""
    others = list(other_backup_folders)
    try:
        pending = pending_erasures(ws)
    except sqlite3.Error:  # no journal to read: nothing can be pending
        return []
    return [finish(ws, erasure.id, others) for erasure in pending]


def erasure_of_code(ws: Workspace, code: str) -> str | None:
    """The id of the newest erasure of ``code`` in any spelling (compared as its keyed hash),
    if any."""
    row = ws.conn.execute("SELECT id FROM erasures WHERE code_hash IN (?, ?) "
                          "ORDER BY erased_at DESC LIMIT 1",
                          [_code_hash(ws, code), _code_hash(ws, code, folded=True)]).fetchone()
    return row[0] if row else None
