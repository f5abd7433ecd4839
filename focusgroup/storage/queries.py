"""Read models that join tables (sessions with counts, last listened per department, search…)
and the link tables that have no domain object of their own."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from focusgroup.domain import model
from focusgroup.messages import Message
from focusgroup.storage.records import TABLES
from focusgroup.storage.repository import find, writing
from focusgroup.storage.workspace import Workspace


@dataclass(frozen=True)
class SessionRow:
    id: str
    date: date | None
    kind: model.SessionKind
    status: model.SessionStatus
    department: str | None
    title: str
    notes: int
    participants: int


_SESSION_SQL = """
    SELECT s.id, s.date, s.kind, s.status, d.name AS department, s.title,
           (SELECT coalesce(sum(c.notes), 0) FROM board_counts c
            WHERE c.theme_id = '*' AND c.session_id = s.id) AS notes,
           (SELECT count(*) FROM session_participants p WHERE p.session_id = s.id) AS people
    FROM sessions s LEFT JOIN departments d ON d.id = s.department_id
"""  # a session's notes as counted by schema step 8's board_counts (kept by triggers)
# What the sessions list can be sorted by (a fixed set: never a name from elsewhere).
SESSION_ORDERS = {
    "date": "s.date IS NULL, s.date {way}, s.created_at {way}",
    "kind": "s.kind {way}, s.date {way}",
    "status": "s.status {way}, s.date {way}",
    "department": "d.name IS NULL, d.name COLLATE NOCASE {way}, s.date DESC",
    "title": "s.title COLLATE NOCASE {way}, s.date DESC",
    "notes": "notes {way}, s.date DESC",
}


def _session_row(r) -> SessionRow:
    return SessionRow(id=r[0], date=date.fromisoformat(r[1]) if r[1] else None,
                      kind=model.SessionKind(r[2]), status=model.SessionStatus(r[3]),
                      department=r[4], title=r[5], notes=r[6], participants=r[7])


def session_rows(ws: Workspace) -> list[SessionRow]:
    """All sessions, newest first, with their department name and counts."""
    sql = _SESSION_SQL + " ORDER BY " + SESSION_ORDERS["date"].format(way="DESC")
    return [_session_row(r) for r in ws.conn.execute(sql).fetchall()]


def session_page(ws: Workspace, order: str = "date", descending: bool = True, *,
                 offset: int = 0, limit: int = 200) -> list[SessionRow]:
    """One page of the sessions in ``order`` (a key of :data:`SESSION_ORDERS`)."""
    way = "DESC" if descending else "ASC"
    sql = (_SESSION_SQL + " ORDER BY " + SESSION_ORDERS[order].format(way=way)
           + ", s.rowid LIMIT ? OFFSET ?")
    return [_session_row(r) for r in ws.conn.execute(sql, [int(limit), int(offset)])]


def session_count(ws: Workspace) -> int:
    return int(ws.conn.execute("SELECT count(*) FROM sessions").fetchone()[0])


def last_session_dates(ws: Workspace, today: date | None = None) -> dict[str, date]:
    """Per department id, the date of its latest held (running or closed) session. With
    ``today``, a date after it is not a held date (a planned date kept by a session run early)
    and is left out."""
    sql = """
        SELECT department_id, max(date) FROM sessions
        WHERE department_id IS NOT NULL AND date IS NOT NULL AND status != 'planned'
          AND (? IS NULL OR date <= ?)
        GROUP BY department_id
    """
    day = today.isoformat() if today else None
    return {r[0]: date.fromisoformat(r[1]) for r in ws.conn.execute(sql, [day, day]).fetchall()}


def table_counts(ws: Workspace) -> dict[str, int]:
    names = sorted(set(TABLES.values()))
    return {name: ws.conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
            for name in names}


def integrity_problems(ws: Workspace, *, full: bool = False) -> list[str]:
    """Empty when the file is sound: SQLite's quick check (its full integrity check, which
    also compares every index with its table, when ``full``), foreign keys and the search
    index."""
    pragma = "integrity_check" if full else "quick_check"
    problems = [r[0] for r in ws.conn.execute(f"PRAGMA {pragma}").fetchall() if r[0] != "ok"]
    for row in ws.conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(Message("{table} row {row} points to a missing {parent}",
                                table=row[0], row=row[1], parent=row[2]))
    if not ws.read_only:
        try:
            ws.conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
        except Exception as error:  # noqa: BLE001 - reported, not raised
            problems.append(Message("search index: {error}", error=str(error)))
    return problems


def search_note_ids(ws: Workspace, query: str, limit: int = 100) -> list[str]:
    """Ids of notes matching an FTS5 query, best match first."""
    sql = """
        SELECT notes.id FROM notes_fts JOIN notes ON notes.rowid = notes_fts.rowid
        WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?
    """
    return [r[0] for r in ws.conn.execute(sql, [query, limit]).fetchall()]


def meta_values(ws: Workspace, keys: list[str]) -> dict[str, str]:
    """The stored ``meta`` values of ``keys`` (a key with no row is left out)."""
    marks = ", ".join("?" for _ in keys)
    rows = ws.conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys)
    return dict(rows.fetchall())


def set_meta(ws: Workspace, key: str, value: str) -> None:
    with writing(ws), ws.db.atomic():
        ws.db["meta"].upsert({"key": key, "value": value}, pk="key")


def add_session_participants(ws: Workspace, session_id: str, participant_ids: list[str]) -> None:
    with writing(ws), ws.db.atomic():
        ws.db["session_participants"].upsert_all(
            [{"session_id": session_id, "participant_id": p} for p in participant_ids],
            pk=("session_id", "participant_id"),
        )


def tag_note(ws: Workspace, note_id: str, theme_ids: list[str]) -> None:
    with writing(ws), ws.db.atomic():
        ws.db["note_themes"].upsert_all(
            [{"note_id": note_id, "theme_id": t} for t in theme_ids], pk=("note_id", "theme_id")
        )


def department_name_taken(ws: Workspace, name: str, except_id: str | None = None) -> bool:
    # SQLite's lower() folds ASCII only; compare in Python so "VÆRKSTED" == "værksted".
    wanted = name.strip().casefold()
    rows = ws.conn.execute("SELECT id, name FROM departments").fetchall()
    return any(row[1].casefold() == wanted and row[0] != except_id for row in rows)


@dataclass(frozen=True)
class RankingRecord:
    """One person's ranking with what analyses group by: role, perspective, when, where."""

    ranking_id: str
    participant_id: str
    role: model.Role
    perspective: model.Perspective
    session_id: str | None
    day: date | None
    department_id: str | None
    entries: dict[str, int]  # item key -> rank
    session_kind: model.SessionKind | None = None


FIELD, PAIR = "\x1f", "\x1e"  # ASCII unit and record separators, never in our ids


def _unfold(folded: str | None, keys: dict[str, str]) -> dict[str, int]:
    """A ranking's entries folded by SQLite ("item_id FIELD rank PAIR ...") as key -> rank,
    leaving out items not in ``keys``; ValueError for a rank that is not a whole number."""
    entries: dict[str, int] = {}
    for pair in folded.split(PAIR) if folded else ():
        item_id, _field, rank = pair.partition(FIELD)
        key = keys.get(item_id)
        if key is not None:
            entries[key] = int(rank)
    return entries


def _entries_one_by_one(ws: Workspace, needs_list_id: str,
                        keys: dict[str, str]) -> dict[str, dict[str, int]]:
    """Ranking id -> its entries as stored (a rank that is not a whole number stays as it is,
    for the analysis to reject), read a row per entry."""
    found: dict[str, dict[str, int]] = {}
    for ranking_id, item_id, rank in ws.conn.execute(
            "SELECT e.ranking_id, e.item_id, e.rank FROM ranking_entries e "
            "JOIN rankings r ON r.id = e.ranking_id WHERE r.needs_list_id = ?",
            [needs_list_id]).fetchall():
        key = keys.get(item_id)
        if key is not None:
            found.setdefault(ranking_id, {})[key] = rank
    return found


def ranking_records(
    ws: Workspace,
    needs_list_id: str,
    *,
    since: date | None = None,
    until: date | None = None,
    department_id: str | None = None,
    session_id: str | None = None,
) -> list[RankingRecord]:
    """Rankings of one needs list in a scope, oldest first. The department of a ranking is its
    session's department, else the participant's; its day is the session's date, else the day
    it was entered."""
    # One row per ranking with its entries folded into one text (fetching a row per entry
    # costs several times as much); item ids become keys in Python.
    sql = """
        SELECT r.id, r.participant_id, p.role, r.perspective, r.session_id,
               COALESCE(s.date, substr(r.created_at, 1, 10)) AS day,
               COALESCE(s.department_id, p.department_id) AS department_id, s.kind,
               (SELECT group_concat(e.item_id || char(31) || e.rank, char(30))
                  FROM ranking_entries e WHERE e.ranking_id = r.id) AS entries
        FROM rankings r
        JOIN participants p ON p.id = r.participant_id
        LEFT JOIN sessions s ON s.id = r.session_id
        WHERE r.needs_list_id = :list
          AND (:since IS NULL OR day >= :since)
          AND (:until IS NULL OR day <= :until)
          AND (:department IS NULL OR COALESCE(s.department_id, p.department_id) = :department)
          AND (:session IS NULL OR r.session_id = :session)
        ORDER BY day, r.created_at, r.rowid
    """
    params = {
        "list": needs_list_id,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "department": department_id,
        "session": session_id,
    }
    keys = dict(ws.conn.execute("SELECT id, key FROM needs_items").fetchall())
    rows = ws.conn.execute(sql, params).fetchall()
    try:
        if any(FIELD in item_id or PAIR in item_id for item_id in keys):
            raise ValueError("an item id holds a separator")
        folded = [_unfold(row[8], keys) for row in rows]
    except ValueError:  # a foreign id or a damaged rank: read the entries one by one
        by_ranking = _entries_one_by_one(ws, needs_list_id, keys)
        folded = [by_ranking.get(row[0], {}) for row in rows]
    records: list[RankingRecord] = []
    for row, entries in zip(rows, folded, strict=True):
        if not entries:  # a ranking without entries places nothing: as if it were not there
            continue
        records.append(RankingRecord(
            ranking_id=row[0],
            participant_id=row[1],
            role=model.Role(row[2]),
            perspective=model.Perspective(row[3]),
            session_id=row[4],
            day=date.fromisoformat(row[5]) if row[5] else None,
            department_id=row[6],
            entries=entries,
            session_kind=model.SessionKind(row[7]) if row[7] else None,
        ))
    return records


def item_usage(ws: Workspace, item_id: str) -> int:
    """How many rankings place this needs item."""
    row = ws.conn.execute("SELECT count(*) FROM ranking_entries WHERE item_id = ?", [item_id])
    return int(row.fetchone()[0])


def session_participant_ids(ws: Workspace, session_id: str) -> list[str]:
    rows = ws.conn.execute(
        "SELECT participant_id FROM session_participants WHERE session_id = ?", [session_id])
    return [r[0] for r in rows.fetchall()]


@dataclass(frozen=True)
class SearchHit:
    note_id: str
    session_id: str
    session_title: str
    day: date | None
    kind: model.NoteKind
    snippet: str  # with \x02 … \x03 around matches; the caller escapes and styles them


_SEARCH_WHERE = """
        FROM notes_fts
        JOIN notes n ON n.rowid = notes_fts.rowid
        JOIN sessions s ON s.id = n.session_id
        LEFT JOIN participants p ON p.id = n.participant_id
        WHERE notes_fts MATCH :match
          AND (:kind IS NULL OR n.kind = :kind)
          AND (:department IS NULL OR s.department_id = :department)
          AND (:role IS NULL OR p.role = :role)
          AND (:since IS NULL OR s.date >= :since)
          AND (:until IS NULL OR s.date <= :until)
          AND (:theme IS NULL OR EXISTS (
                SELECT 1 FROM note_themes nt JOIN themes t ON t.id = nt.theme_id
                WHERE nt.note_id = n.id AND t.name = :theme COLLATE NOCASE))
"""


def _search_params(match: str, kind, department_id, theme, role, since, until) -> dict:
    return {"match": match, "kind": kind, "department": department_id, "role": role,
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None, "theme": theme}


def search_notes(
    ws: Workspace,
    match: str,
    *,
    kind: str | None = None,
    department_id: str | None = None,
    theme: str | None = None,
    role: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[SearchHit]:
    """Notes matching an FTS5 ``match`` expression, best first, with filters; one page of
    ``limit`` from ``offset``."""
    sql = """
        SELECT n.id, n.session_id, s.title, s.date, n.kind,
               snippet(notes_fts, 0, char(2), char(3), '…', 16)
    """ + _SEARCH_WHERE + " ORDER BY rank LIMIT :limit OFFSET :offset"
    params = _search_params(match, kind, department_id, theme, role, since, until) | {
        "limit": int(limit), "offset": int(offset)}
    try:
        rows = ws.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:  # a query FTS5 cannot parse finds nothing
        return []
    return [
        SearchHit(r[0], r[1], r[2], date.fromisoformat(r[3]) if r[3] else None,
                  model.NoteKind(r[4]), r[5])
        for r in rows
    ]


def count_search_hits(ws: Workspace, match: str, *, kind: str | None = None,
                      department_id: str | None = None, theme: str | None = None,
                      role: str | None = None, since: date | None = None,
                      until: date | None = None, at_most: int | None = None) -> int:
    """How many notes :func:`search_notes` would find in all (counting stops at
    ``at_most``: a common word's count would cost as much as the search itself)."""
    params = _search_params(match, kind, department_id, theme, role, since, until) | {
        "most": -1 if at_most is None else int(at_most)}
    sql = "SELECT count(*) FROM (SELECT 1 " + _SEARCH_WHERE + " LIMIT :most)"
    try:
        return int(ws.conn.execute(sql, params).fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def participants_with_code(ws: Workspace, code: str) -> list[model.Participant]:
    """Participants whose code is ``code`` in its canonical form (any case, any spacing: "p-001"
    finds P-001), an exact match first: codes are typed quickly during a session."""
    wanted = model.canonical_code(code)
    found = find(ws, model.Participant, "code = ? COLLATE NOCASE", [wanted])
    if not found:  # NOCASE folds ASCII letters only ("Æble"); stray spaces in older codes
        found = [p for p in find(ws, model.Participant)
                 if model.canonical_code(p.code) == wanted]
    return sorted(found, key=lambda p: p.code != code)
