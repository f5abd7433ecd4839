"""Initiatives put to sessions: the guide item, the quick count of hands, the stance of notes,
and the evidence read back per session, per department and as quotes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from focusgroup.domain import model
from focusgroup.storage.records import iso, parse_iso, to_row
from focusgroup.storage.repository import atomic
from focusgroup.storage.workspace import Workspace


@dataclass(frozen=True)
class Counts:
    """Notes or hands for, against and neutral (hands: ``None`` where nobody counted)."""

    for_count: int | None = 0
    against_count: int | None = 0
    neutral_count: int | None = 0


@dataclass(frozen=True)
class AskedRow:
    """One session an initiative was put to, with its count of hands and its marked notes."""

    session_id: str
    title: str
    date: date | None
    status: str
    department: str | None
    guide_item_id: str | None
    hands: Counts
    counted_at: datetime | None
    notes: Counts
    asked_at: datetime


@dataclass(frozen=True)
class SummaryRow:
    initiative_id: str
    sessions: int
    counted_sessions: int
    notes: Counts
    hands: Counts


@dataclass(frozen=True)
class DepartmentRow:
    department_id: str | None
    department: str | None
    sessions: int
    counted_sessions: int
    notes: Counts
    hands: Counts


@dataclass(frozen=True)
class QuoteRow:
    stance: str
    text: str
    kind: str
    session_title: str
    session_date: date | None
    department: str | None
    created_at: datetime


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _stance_counts(pairs) -> Counts:
    found = dict(pairs)
    return Counts(found.get("for", 0), found.get("against", 0), found.get("neutral", 0))


# -- writing ---------------------------------------------------------------------------------
def put_to_session(ws: Workspace, initiative_id: str, session_id: str, guide_text: str,
                   minutes: int, now: datetime) -> model.GuideItem:
    """Link the initiative to the session and add its guide item at the end: one commit."""
    with atomic(ws):
        last = ws.conn.execute("SELECT max(position) FROM guide_items WHERE session_id = ?",
                             [session_id]).fetchone()[0]
        item = model.GuideItem(session_id, guide_text, (last or 0) + 1, minutes)
        ws.db["guide_items"].insert(to_row(item))
        ws.conn.execute(
            "INSERT INTO initiative_sessions (initiative_id, session_id, guide_item_id, "
            "created_at) VALUES (?, ?, ?, ?)", [initiative_id, session_id, item.id, iso(now)])
    return item


def record_hands(ws: Workspace, initiative_id: str, session_id: str, for_count: int | None,
                 against_count: int | None, neutral_count: int | None,
                 counted_at: datetime | None) -> None:
    """Store (or, with all counts ``None``, clear) the count of hands in one session."""
    with atomic(ws):
        ws.conn.execute(
            "UPDATE initiative_sessions SET for_count = ?, against_count = ?, neutral_count = ?, "
            "counted_at = ? WHERE initiative_id = ? AND session_id = ?",
            [for_count, against_count, neutral_count, iso(counted_at) if counted_at else None,
             initiative_id, session_id])


def set_stance(ws: Workspace, note_id: str, initiative_id: str, stance: str | None) -> None:
    """Mark a note for, against or neutral on an initiative; ``None`` removes the mark."""
    with atomic(ws):
        if stance is None:
            ws.conn.execute("DELETE FROM note_stances WHERE note_id = ? AND initiative_id = ?",
                          [note_id, initiative_id])
        else:
            ws.conn.execute(
                "INSERT INTO note_stances (note_id, initiative_id, stance) VALUES (?, ?, ?) "
                "ON CONFLICT (note_id, initiative_id) DO UPDATE SET stance = excluded.stance",
                [note_id, initiative_id, stance])


# -- reading ---------------------------------------------------------------------------------
def is_asked(ws: Workspace, initiative_id: str, session_id: str) -> bool:
    return ws.conn.execute(
        "SELECT 1 FROM initiative_sessions WHERE initiative_id = ? AND session_id = ?",
        [initiative_id, session_id]).fetchone() is not None


def asked_session_ids(ws: Workspace, initiative_id: str) -> list[str]:
    return [r[0] for r in ws.conn.execute(
        "SELECT session_id FROM initiative_sessions WHERE initiative_id = ?", [initiative_id])]


def session_initiative_ids(ws: Workspace, session_id: str) -> list[str]:
    """The initiatives put to a session, in the order they were put to it."""
    return [r[0] for r in ws.conn.execute(
        "SELECT initiative_id FROM initiative_sessions WHERE session_id = ? "
        "ORDER BY created_at, rowid", [session_id])]


def stance_of(ws: Workspace, note_id: str, initiative_id: str) -> str | None:
    row = ws.conn.execute("SELECT stance FROM note_stances WHERE note_id = ? AND initiative_id = ?",
                        [note_id, initiative_id]).fetchone()
    return row[0] if row else None


def session_stances(ws: Workspace, session_id: str, initiative_id: str) -> dict[str, str]:
    """Note id → stance for the marked notes of one session."""
    return dict(ws.conn.execute(
        "SELECT ns.note_id, ns.stance FROM note_stances ns JOIN notes n ON n.id = ns.note_id "
        "WHERE n.session_id = ? AND ns.initiative_id = ?", [session_id, initiative_id]).fetchall())


def latest_note_id(ws: Workspace, session_id: str) -> str | None:
    row = ws.conn.execute("SELECT id FROM notes WHERE session_id = ? "
                        "ORDER BY created_at DESC, rowid DESC LIMIT 1", [session_id]).fetchone()
    return row[0] if row else None


def asked_sessions(ws: Workspace, initiative_id: str) -> list[AskedRow]:
    """The sessions an initiative was put to, newest first."""
    marked: dict[str, list[tuple[str, int]]] = {}
    for session_id, stance, n in ws.conn.execute("""
        SELECT n.session_id, ns.stance, count(*)
        FROM note_stances ns JOIN notes n ON n.id = ns.note_id
        WHERE ns.initiative_id = ? GROUP BY n.session_id, ns.stance
    """, [initiative_id]).fetchall():
        marked.setdefault(session_id, []).append((stance, n))
    sql = """
        SELECT s.id, s.title, s.date, s.status, d.name, i.guide_item_id, i.for_count,
               i.against_count, i.neutral_count, i.counted_at, i.created_at
        FROM initiative_sessions i JOIN sessions s ON s.id = i.session_id
        LEFT JOIN departments d ON d.id = s.department_id
        WHERE i.initiative_id = ?
        ORDER BY s.date IS NULL, s.date DESC, i.created_at DESC
    """
    return [AskedRow(r[0], r[1], _day(r[2]), r[3], r[4], r[5], Counts(r[6], r[7], r[8]),
                     parse_iso(r[9]) if r[9] else None, _stance_counts(marked.get(r[0], ())),
                     parse_iso(r[10]))
            for r in ws.conn.execute(sql, [initiative_id]).fetchall()]


def summaries(ws: Workspace) -> dict[str, SummaryRow]:
    """Per initiative: sessions asked and counted, marked notes and hands in total."""
    hands = ws.conn.execute("""
        SELECT initiative_id, count(*), count(counted_at), coalesce(sum(for_count), 0),
               coalesce(sum(against_count), 0), coalesce(sum(neutral_count), 0)
        FROM initiative_sessions GROUP BY initiative_id
    """).fetchall()
    notes: dict[str, list[tuple[str, int]]] = {}
    for initiative_id, stance, n in ws.conn.execute(
            "SELECT initiative_id, stance, count(*) FROM note_stances "
            "GROUP BY initiative_id, stance").fetchall():
        notes.setdefault(initiative_id, []).append((stance, n))
    result = {r[0]: SummaryRow(r[0], r[1], r[2], _stance_counts(notes.get(r[0], ())),
                               Counts(r[3], r[4], r[5])) for r in hands}
    for initiative_id, pairs in notes.items():  # marked notes without a link (should not be)
        result.setdefault(initiative_id, SummaryRow(initiative_id, 0, 0, _stance_counts(pairs),
                                                    Counts()))
    return result


def department_rows(ws: Workspace, initiative_id: str) -> list[DepartmentRow]:
    """Per department of the sessions asked (``None`` = sessions without a department)."""
    asked = ws.conn.execute("""
        SELECT s.department_id, d.name, count(*), count(i.counted_at),
               coalesce(sum(i.for_count), 0), coalesce(sum(i.against_count), 0),
               coalesce(sum(i.neutral_count), 0)
        FROM initiative_sessions i JOIN sessions s ON s.id = i.session_id
        LEFT JOIN departments d ON d.id = s.department_id
        WHERE i.initiative_id = ? GROUP BY s.department_id
    """, [initiative_id]).fetchall()
    marked: dict[str | None, list[tuple[str, int]]] = {}
    for department_id, stance, n in ws.conn.execute("""
        SELECT s.department_id, ns.stance, count(*)
        FROM note_stances ns JOIN notes n ON n.id = ns.note_id
        JOIN sessions s ON s.id = n.session_id
        WHERE ns.initiative_id = ? GROUP BY s.department_id, ns.stance
    """, [initiative_id]).fetchall():
        marked.setdefault(department_id, []).append((stance, n))
    return [DepartmentRow(r[0], r[1], r[2], r[3], _stance_counts(marked.get(r[0], ())),
                          Counts(r[4], r[5], r[6])) for r in asked]


def quotes(ws: Workspace, initiative_id: str, stances: tuple[str, ...] = ("for", "against"),
           limit: int | None = None) -> list[QuoteRow]:
    """The marked notes' text with where and when they were said, oldest first; with
    ``limit``, at most that many of each stance."""
    sql = """
        SELECT ns.stance, n.text, n.kind, s.title, s.date, d.name, n.created_at
        FROM note_stances ns JOIN notes n ON n.id = ns.note_id
        JOIN sessions s ON s.id = n.session_id
        LEFT JOIN departments d ON d.id = s.department_id
        WHERE ns.initiative_id = ? AND ns.stance = ?
        ORDER BY s.date IS NULL, s.date, n.created_at, n.rowid
        LIMIT ?
    """
    rows = [row for stance in stances
            for row in ws.conn.execute(sql, [initiative_id, stance, -1 if limit is None
                                             else int(limit)]).fetchall()]
    return [QuoteRow(r[0], r[1], r[2], r[3], _day(r[4]), r[5], parse_iso(r[6])) for r in rows]


def quote_counts(ws: Workspace, initiative_id: str) -> dict[str, int]:
    """How many notes are marked with each stance."""
    return dict(ws.conn.execute(
        "SELECT stance, count(*) FROM note_stances WHERE initiative_id = ? GROUP BY stance",
        [initiative_id]).fetchall())


def participant_names_and_codes(ws: Workspace) -> tuple[list[str], list[str]]:
    """Every known real name and code, for redacting quoted text."""
    rows = ws.conn.execute("SELECT name, code FROM participants").fetchall()
    return [r[0] for r in rows if r[0]], [r[1] for r in rows if r[1]]
