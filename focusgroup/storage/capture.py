"""Notes as they are captured: one committed transaction per note, themes created on the fly,
the half-typed draft kept beside them, and snapshots so a delete can be undone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from focusgroup.domain import model
from focusgroup.domain.capture_line import same_theme
from focusgroup.storage.records import from_row, iso, parse_iso, to_row
from focusgroup.storage.repository import atomic
from focusgroup.storage.workspace import Workspace


@dataclass(frozen=True)
class NoteSnapshot:
    """Everything needed to put a deleted note back exactly as it was."""

    note: model.Note
    theme_ids: tuple[str, ...]
    action_ids: tuple[str, ...]
    stances: tuple[tuple[str, str], ...] = ()  # (initiative id, stance)


def theme_ids(ws: Workspace, names: tuple[str, ...] | list[str]) -> list[str]:
    """The themes named (a new one for an unknown name); "#Tools-equipment" is the theme
    "Tools & equipment" (a tag cannot hold spaces or "&")."""
    ids = []
    for name in names:
        row = ws.conn.execute("SELECT id FROM themes WHERE lower(name) = lower(?)",
                            [name]).fetchone()
        if row is None:
            row = next((r for r in ws.conn.execute("SELECT id, name FROM themes")
                        if same_theme(name, r[1])), None)
        if row is None:
            theme = model.Theme(name)
            ws.db["themes"].insert(to_row(theme))
            ids.append(theme.id)
        else:
            ids.append(row[0])
    return ids


def add_note(ws: Workspace, note: model.Note, themes: tuple[str, ...] = ()) -> None:
    """Insert the note, its themes and clear the session's draft: one commit."""
    with atomic(ws):
        ws.db["notes"].insert(to_row(note))
        for theme_id in theme_ids(ws, themes):
            ws.db["note_themes"].insert({"note_id": note.id, "theme_id": theme_id},
                                        ignore=True)
        ws.conn.execute("DELETE FROM drafts WHERE session_id = ?", [note.session_id])


def update_note(ws: Workspace, note: model.Note) -> None:
    with atomic(ws):
        ws.db["notes"].update(note.id, to_row(note))


def set_note_themes(ws: Workspace, note_id: str, themes: list[str]) -> None:
    with atomic(ws):
        ws.conn.execute("DELETE FROM note_themes WHERE note_id = ?", [note_id])
        for theme_id in theme_ids(ws, themes):
            ws.db["note_themes"].insert({"note_id": note_id, "theme_id": theme_id},
                                        ignore=True)


def delete_note(ws: Workspace, note_id: str) -> NoteSnapshot:
    with atomic(ws):
        row = ws.conn.execute("SELECT * FROM notes WHERE id = ?", [note_id]).fetchone()
        columns = [c[0] for c in ws.conn.execute("SELECT * FROM notes LIMIT 0").description]
        note = from_row(model.Note, dict(zip(columns, row, strict=True)))
        theme_ids = tuple(r[0] for r in ws.conn.execute(
            "SELECT theme_id FROM note_themes WHERE note_id = ?", [note_id]).fetchall())
        action_ids = tuple(r[0] for r in ws.conn.execute(
            "SELECT id FROM actions WHERE note_id = ?", [note_id]).fetchall())
        stances = tuple((r[0], r[1]) for r in ws.conn.execute(
            "SELECT initiative_id, stance FROM note_stances WHERE note_id = ?", [note_id]))
        ws.conn.execute("UPDATE actions SET note_id = NULL WHERE note_id = ?", [note_id])
        ws.conn.execute("DELETE FROM note_themes WHERE note_id = ?", [note_id])
        ws.conn.execute("DELETE FROM notes WHERE id = ?", [note_id])
    return NoteSnapshot(note, theme_ids, action_ids, stances)  # stances go with the note


def restore_note(ws: Workspace, snapshot: NoteSnapshot) -> None:
    with atomic(ws):
        ws.db["notes"].insert(to_row(snapshot.note))
        for theme_id in snapshot.theme_ids:
            ws.db["note_themes"].insert({"note_id": snapshot.note.id, "theme_id": theme_id},
                                        ignore=True)
        for action_id in snapshot.action_ids:
            ws.conn.execute("UPDATE actions SET note_id = ? WHERE id = ?",
                          [snapshot.note.id, action_id])
        for initiative_id, stance in snapshot.stances:  # unless the initiative is gone since
            ws.conn.execute("INSERT OR IGNORE INTO note_stances (note_id, initiative_id, stance) "
                            "SELECT ?, id, ? FROM initiatives WHERE id = ?",
                            [snapshot.note.id, stance, initiative_id])


def session_notes(ws: Workspace, session_id: str) -> list[tuple[model.Note, list[str]]]:
    """The session's notes in the order they were taken, each with its theme names."""
    rows = ws.conn.execute(
        "SELECT n.*, (SELECT group_concat(t.name, char(31)) FROM note_themes nt "
        "JOIN themes t ON t.id = nt.theme_id WHERE nt.note_id = n.id) AS theme_names "
        "FROM notes n WHERE n.session_id = ? ORDER BY n.created_at, n.rowid",
        [session_id],
    )
    columns = [c[0] for c in rows.description]
    result = []
    for row in rows.fetchall():
        data = dict(zip(columns, row, strict=True))
        names = data.pop("theme_names")
        result.append((from_row(model.Note, data), sorted(names.split("\x1f")) if names else []))
    return result


def theme_names(ws: Workspace) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT name FROM themes ORDER BY lower(name)")]


def save_draft(ws: Workspace, session_id: str, text: str, when: datetime) -> None:
    """Keep the half-typed line; an empty line removes the draft. Called on every keystroke,
    so it is one small statement and one commit."""
    with atomic(ws):
        if text:
            ws.conn.execute(
                "INSERT INTO drafts (session_id, text, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (session_id) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at", [session_id, text, iso(when)])
        else:
            ws.conn.execute("DELETE FROM drafts WHERE session_id = ?", [session_id])


def load_draft(ws: Workspace, session_id: str) -> str | None:
    row = ws.conn.execute("SELECT text FROM drafts WHERE session_id = ?", [session_id]).fetchone()
    return row[0] if row else None


def save_guide_position(ws: Workspace, session_id: str, guide_item_id: str | None,
                        started: datetime) -> None:
    """Remember the session's current guide question and when it was reached."""
    with atomic(ws):
        ws.conn.execute(
            "INSERT INTO guide_positions (session_id, guide_item_id, item_started_at) "
            "VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET "
            "guide_item_id = excluded.guide_item_id, item_started_at = excluded.item_started_at",
            [session_id, guide_item_id, iso(started)])


def load_guide_position(ws: Workspace, session_id: str) -> tuple[str | None, datetime] | None:
    row = ws.conn.execute("SELECT guide_item_id, item_started_at FROM guide_positions "
                          "WHERE session_id = ?", [session_id]).fetchone()
    return (row[0], parse_iso(row[1])) if row else None
