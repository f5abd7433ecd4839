"""Read models for reports and exports: who took part in which session, notes with their themes,
the names and codes to redact, and flat rows for the export tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from focusgroup.domain import model
from focusgroup.storage.records import from_row
from focusgroup.storage.workspace import Workspace


def _chunks(ids: Sequence[str], size: int = 500):
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def sessions_in_scope(
    ws: Workspace,
    *,
    since: date | None = None,
    until: date | None = None,
    department_id: str | None = None,
    session_id: str | None = None,
    held_only: bool = True,
) -> list[model.Session]:
    """Sessions in a scope, oldest first; ``held_only`` leaves planned sessions out. A session
    without a date counts only when no period is given."""
    sql = """
        SELECT * FROM sessions
        WHERE (:held = 0 OR status != 'planned')
          AND (:since IS NULL OR date >= :since)
          AND (:until IS NULL OR date <= :until)
          AND (:department IS NULL OR department_id = :department)
          AND (:session IS NULL OR id = :session)
        ORDER BY date IS NULL, date, created_at
    """
    params = {"held": int(held_only), "since": since.isoformat() if since else None,
              "until": until.isoformat() if until else None, "department": department_id,
              "session": session_id}
    cursor = ws.conn.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [from_row(model.Session, dict(zip(columns, row, strict=True)))
            for row in cursor.fetchall()]


def session_people(ws: Workspace, session_ids: Sequence[str]) -> dict[str, frozenset[str]]:
    """Per session, the distinct participants: listed as present, quoted in a note, or ranking."""
    found: dict[str, set[str]] = {s: set() for s in session_ids}
    for chunk in _chunks(list(session_ids)):
        marks = ", ".join("?" for _ in chunk)
        sql = f"""
            SELECT session_id, participant_id FROM session_participants
             WHERE session_id IN ({marks})
            UNION SELECT session_id, participant_id FROM notes
             WHERE participant_id IS NOT NULL AND session_id IN ({marks})
            UNION SELECT session_id, participant_id FROM rankings
             WHERE session_id IN ({marks})
        """
        for session_id, participant_id in ws.conn.execute(sql, chunk * 3).fetchall():
            found[session_id].add(participant_id)
    return {s: frozenset(people) for s, people in found.items()}


@dataclass(frozen=True)
class NoteRow:
    note: model.Note
    themes: tuple[str, ...]  # theme names, sorted


def notes_with_themes(ws: Workspace, session_ids: Sequence[str]) -> list[NoteRow]:
    """Notes of the given sessions in session order then time order, with their theme names."""
    rows: list[NoteRow] = []
    for chunk in _chunks(list(session_ids)):
        marks = ", ".join("?" for _ in chunk)
        cursor = ws.conn.execute(
            f"SELECT * FROM notes WHERE session_id IN ({marks}) "
            "ORDER BY session_id, offset_seconds IS NULL, offset_seconds, created_at, rowid",
            chunk)
        columns = [c[0] for c in cursor.description]
        notes = [from_row(model.Note, dict(zip(columns, r, strict=True)))
                 for r in cursor.fetchall()]
        themes: dict[str, list[str]] = {}
        cursor = ws.conn.execute(
            f"SELECT nt.note_id, t.name FROM note_themes nt JOIN themes t ON t.id = nt.theme_id "
            f"JOIN notes n ON n.id = nt.note_id WHERE n.session_id IN ({marks})", chunk)
        for note_id, name in cursor.fetchall():
            themes.setdefault(note_id, []).append(name)
        rows += [NoteRow(n, tuple(sorted(themes.get(n.id, []), key=str.casefold)))
                 for n in notes]
    order = {s: i for i, s in enumerate(session_ids)}
    rows.sort(key=lambda r: order.get(r.note.session_id, len(order)))
    return rows


KindCounts = dict[str, dict[model.NoteKind, int]]


def _kind_counts(ws: Workspace, session_ids: Sequence[str], sql: str) -> KindCounts:
    """Run ``sql`` (rows of key, kind, count; ``{marks}`` for the session ids) chunk by chunk
    and add the counts up per key and kind."""
    found: KindCounts = {}
    for chunk in _chunks(list(session_ids)):
        marks = ", ".join("?" for _ in chunk)
        for key, kind, number in ws.conn.execute(sql.format(marks=marks), chunk):
            counted = found.setdefault(key, {})
            counted[model.NoteKind(kind)] = counted.get(model.NoteKind(kind), 0) + number
    return found


def note_counts(ws: Workspace, session_ids: Sequence[str]) -> KindCounts:
    """Per session id, how many notes of each kind (counted by SQLite, not loaded)."""
    return _kind_counts(ws, session_ids, "SELECT session_id, kind, count(*) FROM notes "
                        "WHERE session_id IN ({marks}) GROUP BY session_id, kind")


def theme_counts(ws: Workspace, session_ids: Sequence[str]) -> KindCounts:
    """Per theme name, how many notes of each kind carry it in the given sessions."""
    return _kind_counts(ws, session_ids, "SELECT t.name, n.kind, count(*) FROM note_themes nt "
                        "JOIN notes n ON n.id = nt.note_id JOIN themes t ON t.id = nt.theme_id "
                        "WHERE n.session_id IN ({marks}) GROUP BY t.name, n.kind")


def theme_quotes(ws: Workspace, session_ids: Sequence[str], theme: str,
                 limit: int) -> list[model.Note]:
    """The first ``limit`` quotes carrying ``theme`` in the given sessions, in the order the
    sessions were held and then as they were said."""
    found: list[tuple[tuple, model.Note]] = []
    for chunk in _chunks(list(session_ids)):
        marks = ", ".join("?" for _ in chunk)
        cursor = ws.conn.execute(
            f"""SELECT n.*, s.date IS NULL, s.date, s.created_at, s.id, n.rowid
                  FROM notes n JOIN note_themes nt ON nt.note_id = n.id
                  JOIN themes t ON t.id = nt.theme_id JOIN sessions s ON s.id = n.session_id
                 WHERE t.name = ? AND n.kind = 'quote' AND n.session_id IN ({marks})
                 ORDER BY s.date IS NULL, s.date, s.created_at, s.id,
                          n.offset_seconds IS NULL, n.offset_seconds, n.created_at, n.rowid
                 LIMIT ?""", [theme, *chunk, limit])
        columns = [c[0] for c in cursor.description][:-5]
        for row in cursor.fetchall():
            note = from_row(model.Note, dict(zip(columns, row[:-5], strict=True)))
            key = (*row[-5:-1], note.offset_seconds is None, note.offset_seconds or 0,
                   row[columns.index("created_at")], row[-1])
            found.append((key, note))
    found.sort(key=lambda pair: pair[0])
    return [note for _key, note in found[:limit]]


def known_names_and_codes(ws: Workspace) -> tuple[list[str], list[str]]:
    """Every participant's real name (where given) and code: what redaction looks for."""
    rows = ws.conn.execute("SELECT name, code FROM participants").fetchall()
    return [r[0] for r in rows if r[0]], [r[1] for r in rows if r[1]]


def participant_codes(ws: Workspace) -> dict[str, tuple[str, model.Role]]:
    """Participant id -> (code, role)."""
    rows = ws.conn.execute("SELECT id, code, role FROM participants").fetchall()
    return {r[0]: (r[1], model.Role(r[2])) for r in rows}


# --------------------------------------------------------------------------- export rows

def export_notes(ws: Workspace, session_id: str | None = None) -> list[dict]:
    """One row per note with its session, department, guide item, participant and themes."""
    sql = """
        SELECT s.date AS session_date, s.title AS session_title, s.kind AS session_kind,
               d.name AS department, g.text AS guide_item, n.kind, n.text,
               p.code AS participant_code, p.role AS participant_role, n.offset_seconds,
               n.created_at,
               (SELECT group_concat(name, '; ') FROM (
                    SELECT t.name FROM note_themes nt JOIN themes t ON t.id = nt.theme_id
                    WHERE nt.note_id = n.id ORDER BY t.name)) AS themes
        FROM notes n
        JOIN sessions s ON s.id = n.session_id
        LEFT JOIN departments d ON d.id = s.department_id
        LEFT JOIN guide_items g ON g.id = n.guide_item_id
        LEFT JOIN participants p ON p.id = n.participant_id
        WHERE (:session IS NULL OR n.session_id = :session)
        ORDER BY s.date IS NULL, s.date, s.created_at, n.offset_seconds IS NULL,
                 n.offset_seconds, n.created_at, n.rowid
    """
    cursor = ws.conn.execute(sql, {"session": session_id})
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def export_rankings(ws: Workspace, session_id: str | None = None) -> list[dict]:
    """One row per ranked item: who (code, role), perspective, list, item, position."""
    sql = """
        SELECT r.id AS ranking_id, p.code AS participant_code, p.role AS participant_role,
               r.perspective, l.name AS needs_list, i.key AS item_key, i.label_en, i.label_da,
               e.rank, s.date AS session_date, s.title AS session_title,
               d.name AS department, r.created_at
        FROM rankings r
        JOIN participants p ON p.id = r.participant_id
        JOIN needs_lists l ON l.id = r.needs_list_id
        JOIN ranking_entries e ON e.ranking_id = r.id
        JOIN needs_items i ON i.id = e.item_id
        LEFT JOIN sessions s ON s.id = r.session_id
        LEFT JOIN departments d ON d.id = COALESCE(s.department_id, p.department_id)
        WHERE (:session IS NULL OR r.session_id = :session)
        ORDER BY r.created_at, r.rowid, e.rank, i.position
    """
    cursor = ws.conn.execute(sql, {"session": session_id})
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def export_actions(ws: Workspace, session_id: str | None = None) -> list[dict]:
    """One row per action with the note it answers ("you said") and what was done."""
    sql = """
        SELECT a.title, a.owner, a.due, a.status, d.name AS department,
               s.title AS session_title, s.date AS session_date, n.text AS you_said,
               a.comment AS we_did, a.created_at, a.updated_at
        FROM actions a
        LEFT JOIN departments d ON d.id = a.department_id
        LEFT JOIN sessions s ON s.id = a.session_id
        LEFT JOIN notes n ON n.id = a.note_id
        WHERE (:session IS NULL OR a.session_id = :session)
        ORDER BY a.due IS NULL, a.due, a.created_at, a.rowid
    """
    cursor = ws.conn.execute(sql, {"session": session_id})
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
