"""Read models for reports and exports: who took part in which session, notes with their themes,
the names and codes to redact, and flat rows for the export tables."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from focusgroup.domain import model
from focusgroup.storage.records import objects
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
    return objects(model.Session, ws.conn.execute(sql, params))


def _every_session(ws: Workspace, wanted: set[str]) -> bool:
    """Whether ``wanted`` holds every session of the workspace."""
    if ws.conn.execute("SELECT count(*) FROM sessions").fetchone()[0] > len(wanted):
        return False
    return all(s in wanted for (s,) in ws.conn.execute("SELECT id FROM sessions").fetchall())


def _of_sessions(ws: Workspace, session_ids: Sequence[str]) -> Iterator[tuple[str, list[str]]]:
    """A condition on ``session_id`` and its parameters, chunk by chunk, for the rows of the
    given sessions and maybe others: the caller keeps the rows of the sessions it wants.

    For every session of the workspace (a summary of everything) that is one scan without a
    list of ids to look up, which costs less."""
    if _every_session(ws, set(session_ids)):
        yield "session_id IS NOT NULL", []
        return
    for chunk in _chunks(list(session_ids)):
        yield f"session_id IN ({', '.join('?' for _ in chunk)})", chunk


def session_people(ws: Workspace, session_ids: Sequence[str]) -> dict[str, frozenset[str]]:
    """Per session, the distinct participants: listed as present, quoted in a note, or ranking."""
    found: dict[str, set[str]] = {s: set() for s in session_ids}
    commas: bool | None = None
    for where, params in _of_sessions(ws, session_ids):
        listed = ws.conn.execute(
            f"SELECT session_id, participant_id FROM session_participants WHERE {where}",
            params).fetchall()
        ranking = ws.conn.execute(
            f"SELECT session_id, participant_id FROM rankings WHERE {where}", params).fetchall()
        # The people who spoke: the notes' index holds who spoke, and one row per session
        # with its speakers in a list costs less than a row per session and speaker. A note's
        # participant is a participant (a foreign key), so the list splits at its commas
        # unless a participant's id has one: then the rows are read one by one.
        if commas is None:
            commas = ws.conn.execute(
                "SELECT 1 FROM participants WHERE instr(id, ',') LIMIT 1").fetchone() is not None
        if commas:
            listed += ws.conn.execute(
                f"SELECT session_id, participant_id FROM notes WHERE {where} "
                "AND participant_id IS NOT NULL", params).fetchall()
        else:
            for session_id, people in ws.conn.execute(
                    "SELECT session_id, group_concat(DISTINCT participant_id) FROM notes "
                    f"WHERE {where} GROUP BY session_id", params).fetchall():
                if people is not None and session_id in found:
                    found[session_id].update(people.split(","))
        for session_id, participant_id in listed + ranking:
            if session_id in found:
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
        notes = objects(model.Note, cursor)
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
def _add_counts(found: KindCounts, rows) -> None:
    """Add rows of (key, kind, count), sorted by key and kind, to ``found``."""
    for key, kind, number in rows:
        counted = found.setdefault(key, {})
        member = model.NoteKind(kind)
        counted[member] = counted.get(member, 0) + number


def note_counts(ws: Workspace, session_ids: Sequence[str]) -> KindCounts:
    """Per session id, how many notes of each kind (counted by SQLite, not loaded)."""
    found: KindCounts = {}
    wanted = set(session_ids)
    for where, params in _of_sessions(ws, session_ids):
        _add_counts(found, [row for row in ws.conn.execute(
            f"SELECT session_id, kind, count(*) FROM notes WHERE {where} "
            "GROUP BY session_id, kind", params).fetchall() if row[0] in wanted])
    return found


def theme_counts(ws: Workspace, session_ids: Sequence[str]) -> KindCounts:
    """Per theme name, how many notes of each kind carry it in the given sessions; themes in
    the order of their names, kinds in the order of their stored values."""
    # Counted per theme id, without a look-up of the theme for each note; the few themes are
    # named here and sorted as grouping by name in SQLite would have.
    names = dict(ws.conn.execute("SELECT id, name FROM themes").fetchall())
    found: KindCounts = {}
    for chunk in _chunks(list(session_ids)):
        marks = ", ".join("?" for _ in chunk)
        rows = ws.conn.execute(
            "SELECT nt.theme_id, n.kind, count(*) FROM notes n "
            "JOIN note_themes nt ON nt.note_id = n.id "
            f"WHERE n.session_id IN ({marks}) GROUP BY nt.theme_id, n.kind", chunk).fetchall()
        _add_counts(found, sorted((names[theme], kind, number) for theme, kind, number in rows
                                  if theme in names))
    return found


def quote_batches(ws: Workspace, session_ids: Sequence[str],
                  themes: Sequence[str]) -> Iterator[list[tuple[str, str]]]:
    """The quotes carrying any of ``themes`` in the given sessions, as (theme name, note id),
    in the order the sessions were held and then as they were said; a note with two of the
    themes comes once for each.

    Read a few sessions at a time (twice as many each time), so that a caller who has found
    what it needs stops reading: the first quotes of a theme are usually in the first few
    sessions."""
    if not themes:
        return
    marks = ", ".join("?" for _ in themes)
    names = dict(ws.conn.execute(f"SELECT id, name FROM themes WHERE name IN ({marks})",
                                 list(themes)).fetchall())
    wanted = set(session_ids)
    order = [s for (s,) in ws.conn.execute(
        "SELECT id FROM sessions ORDER BY date IS NULL, date, created_at, id").fetchall()
        if s in wanted]
    theme_marks = ", ".join("?" for _ in names)
    start, size = 0, 2
    while start < len(order) and names:
        batch = order[start:start + size]
        start, size = start + len(batch), min(2 * size, 500)
        sql = f"""
            SELECT nt.theme_id, n.id FROM notes n CROSS JOIN note_themes nt ON nt.note_id = n.id
              JOIN sessions s ON s.id = n.session_id
             WHERE n.kind = 'quote' AND n.session_id IN ({", ".join("?" for _ in batch)})
               AND nt.theme_id IN ({theme_marks})
             ORDER BY s.date IS NULL, s.date, s.created_at, s.id,
                      n.offset_seconds IS NULL, n.offset_seconds, n.created_at, n.rowid"""
        yield [(names[theme], note) for theme, note in ws.conn.execute(
            sql, [*batch, *names]).fetchall()]


def note_texts(ws: Workspace, note_ids: Sequence[str]) -> dict[str, str]:
    """The text of each of these notes (those that exist), by id."""
    found: dict[str, str] = {}
    for chunk in _chunks(list(note_ids)):
        marks = ", ".join("?" for _ in chunk)
        found.update(ws.conn.execute(f"SELECT id, text FROM notes WHERE id IN ({marks})",
                                     chunk).fetchall())
    return found


def known_names_and_codes(ws: Workspace) -> tuple[list[str], list[str]]:
    """Every participant's real name (where given) and code: what redaction looks for."""
    names, codes, _by_id = redaction_lists(ws)
    return names, codes


def redaction_lists(ws: Workspace) -> tuple[list[str], list[str], dict[str, str]]:
    """What a report redacts and shows, read at once: the participants' real names (where
    given), their codes, and participant id -> code."""
    rows = ws.conn.execute("SELECT id, name, code FROM participants").fetchall()
    return [r[1] for r in rows if r[1]], [r[2] for r in rows if r[2]], {r[0]: r[2] for r in rows}


# --------------------------------------------------------------------------- export rows

PAGE = 2000

_RANKING_ROWS = """
        FROM rankings r
        JOIN participants p ON p.id = r.participant_id
        JOIN needs_lists l ON l.id = r.needs_list_id
        JOIN ranking_entries e ON e.ranking_id = r.id
        JOIN needs_items i ON i.id = e.item_id
        LEFT JOIN sessions s ON s.id = r.session_id
        LEFT JOIN departments d ON d.id = COALESCE(s.department_id, p.department_id)
        WHERE (:session IS NULL OR r.session_id = :session)
"""


def _rows(ws: Workspace, sql: str, params: dict) -> Iterator[dict]:
    """The rows of ``sql`` as dicts, fetched a page at a time: memory does not grow with them."""
    cursor = ws.conn.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    while page := cursor.fetchmany(PAGE):
        for row in page:
            yield dict(zip(columns, row, strict=True))


def export_counts(ws: Workspace, session_id: str | None = None) -> dict[str, int]:
    """How many rows :func:`export_notes`, :func:`export_rankings` and :func:`export_actions`
    will give (for progress)."""
    params = {"session": session_id}
    notes = ws.conn.execute(
        "SELECT count(*) FROM notes n JOIN sessions s ON s.id = n.session_id "
        "WHERE (:session IS NULL OR n.session_id = :session)", params).fetchone()[0]
    rankings = ws.conn.execute(
        f"SELECT count(*) {_RANKING_ROWS}", params).fetchone()[0]
    actions = ws.conn.execute(
        "SELECT count(*) FROM actions a WHERE (:session IS NULL OR a.session_id = :session)",
        params).fetchone()[0]
    return {"notes": notes, "rankings": rankings, "actions": actions}


def ranking_groups(ws: Workspace, session_id: str | None = None
                   ) -> dict[tuple, tuple[int, int]]:
    """Per ranking group of the export (department name, participant role, perspective,
    session, needs list name): its distinct participants and its rankings, counted over the
    rows :func:`export_rankings` gives."""
    sql = f"""
        SELECT d.name, p.role, r.perspective, r.session_id, l.name,
               count(DISTINCT r.participant_id), count(DISTINCT r.id)
        {_RANKING_ROWS}
        GROUP BY d.name, p.role, r.perspective, r.session_id, l.name
    """
    return {tuple(row[:5]): (row[5], row[6])
            for row in ws.conn.execute(sql, {"session": session_id})}


def export_notes(ws: Workspace, session_id: str | None = None) -> Iterator[dict]:
    """One row per note with its session, department, guide item, participant and themes,
    read page by page."""
    sql = """
        SELECT n.session_id, s.date AS session_date, s.title AS session_title,
               s.kind AS session_kind, d.name AS department, g.text AS guide_item, n.kind, n.text,
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
    return _rows(ws, sql, {"session": session_id})


def export_rankings(ws: Workspace, session_id: str | None = None) -> Iterator[dict]:
    """One row per ranked item: who (code, role), perspective, list, item, position, read page
    by page."""
    sql = f"""
        SELECT r.id AS ranking_id, r.session_id, r.participant_id, p.code AS participant_code,
               p.role AS participant_role, r.perspective, l.name AS needs_list,
               i.key AS item_key, i.label_en, i.label_da,
               e.rank, s.date AS session_date, s.title AS session_title,
               d.name AS department, r.created_at
        {_RANKING_ROWS}
        ORDER BY r.created_at, r.rowid, e.rank, i.position
    """
    return _rows(ws, sql, {"session": session_id})


def export_actions(ws: Workspace, session_id: str | None = None) -> Iterator[dict]:
    """One row per action with the note it answers ("you said") and what was done, read page
    by page."""
    sql = """
        SELECT a.title, a.owner, a.due, a.status, d.name AS department, a.session_id,
               n.session_id AS note_session_id, s.title AS session_title,
               s.date AS session_date, n.text AS you_said,
               a.comment AS we_did, a.created_at, a.updated_at
        FROM actions a
        LEFT JOIN departments d ON d.id = a.department_id
        LEFT JOIN sessions s ON s.id = a.session_id
        LEFT JOIN notes n ON n.id = a.note_id
        WHERE (:session IS NULL OR a.session_id = :session)
        ORDER BY a.due IS NULL, a.due, a.created_at, a.rowid
    """
    return _rows(ws, sql, {"session": session_id})
