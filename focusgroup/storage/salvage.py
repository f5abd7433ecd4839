"""Rows still readable in a damaged workspace, recovered into the restored one.

A damaged file often has most of its pages intact (a zeroed index page leaves every note
readable). Each table is read on its own through a read-only connection, scanning the table
itself by rowid (``NOT INDEXED``, so a broken index does not matter), forwards and, after an
unreadable page, backwards from the end; what errors is skipped. The damaged file is treated as
untrusted: only known tables and columns are read, and every row is checked against the domain
types before it is written.

Only rows whose key the restored workspace lacks are added (what was written after the
backup), in dependency order and in one transaction; a row whose parent (session, participant,
…) is in neither file is skipped, as is one that clashes with a row already there (the same
participant code under another id).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import sqlite3
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from focusgroup.domain import model
from focusgroup.storage.records import field_types, from_row, to_row
from focusgroup.storage.repository import atomic
from focusgroup.storage.workspace import Workspace

# Dependency order: every table after the tables it refers to. Link tables have no domain type.
TABLES: tuple[tuple[str, type | None], ...] = (
    ("departments", model.Department),
    ("participants", model.Participant),
    ("sessions", model.Session),
    ("session_participants", None),
    ("guide_items", model.GuideItem),
    ("themes", model.Theme),
    ("notes", model.Note),
    ("note_themes", None),
    ("needs_lists", model.NeedsList),
    ("needs_items", model.NeedsItem),
    ("rankings", model.Ranking),
    ("ranking_entries", model.RankingEntry),
    ("initiatives", model.Initiative),
    ("actions", model.Action),
)
LINKS = {"session_participants": ("session_id", "participant_id"),
         "note_themes": ("note_id", "theme_id"),
         "ranking_entries": ("ranking_id", "item_id")}
MAX_TEXT = 1_000_000  # characters in one cell; anything longer is not something we wrote


@dataclass
class Salvaged:
    """What the damaged file still holds that the workspace lacks (or, once added, what was)."""

    added: dict[str, int] = field(default_factory=dict)  # table -> rows new to the workspace
    orphans: int = 0  # skipped: what they belong to is in neither file
    invalid: int = 0  # skipped: not valid values for their columns
    clashes: int = 0  # skipped: conflicts with a row already there (e.g. the same code)
    unreadable: list[str] = field(default_factory=list)  # tables read in part or not at all

    @property
    def notes(self) -> int:
        return self.added.get("notes", 0)

    @property
    def others(self) -> int:
        return sum(n for table, n in self.added.items() if table != "notes")

    @property
    def skipped(self) -> int:
        return self.orphans + self.invalid + self.clashes


def _connect(damaged: Path) -> sqlite3.Connection:
    uri = damaged.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        with contextlib.suppress(NameError):
            conn.close()
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    found = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", [table]).fetchone()
    if not found or found[0] != "table":
        return []
    return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])").fetchall()]


def _scan(conn: sqlite3.Connection, sql: str, rows: dict[int, tuple]) -> bool:
    """Add ``rowid -> row`` from ``sql`` until it ends (True) or hits damage (False)."""
    try:
        for row in conn.execute(sql):
            rows.setdefault(row[0], row[1:])
    except sqlite3.DatabaseError:
        return False
    return True


def read_table(conn: sqlite3.Connection, table: str, wanted: list[str]
               ) -> tuple[list[dict[str, Any]], bool] | None:
    """The readable rows of ``table`` (only the ``wanted`` columns it has) and whether all of
    it could be read; None when it cannot be found."""
    try:
        present = _columns(conn, table)
    except sqlite3.DatabaseError:
        return None
    columns = [c for c in wanted if c in present]
    if not columns:
        return None
    listed = ", ".join(f"[{c}]" for c in columns)
    base = f"SELECT rowid, {listed} FROM [{table}] NOT INDEXED ORDER BY rowid"
    rows: dict[int, tuple] = {}
    whole = _scan(conn, base, rows)
    if not whole:
        _scan(conn, base + " DESC", rows)
    return [dict(zip(columns, values, strict=True)) for _, values in sorted(rows.items())], whole


def _fits(kind: type, value: Any) -> bool:
    if isinstance(value, str):
        return len(value) <= MAX_TEXT and (kind is str or not issubclass(kind, int | float))
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int or kind is bool:
        return isinstance(value, int) and not isinstance(value, bool)
    return False


@functools.cache
def _required(cls: type) -> frozenset[str]:
    """The fields of ``cls`` that cannot be None."""
    hints = typing.get_type_hints(cls, globalns=vars(model), localns=vars(model))
    return frozenset(name for name, hint in hints.items()
                     if type(None) not in typing.get_args(hint))


def valid_row(cls: type | None, table: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """``row`` as the workspace stores it, or None when it does not fit the domain type."""
    if cls is None:  # a link table: two ids
        keys = LINKS[table]
        ok = all(isinstance(row.get(k), str) and 0 < len(row[k]) <= 100 for k in keys)
        return {k: row[k] for k in keys} if ok else None
    kinds = field_types(cls)
    required = _required(cls)
    for name, value in row.items():
        if value is None:
            if name in required:
                return None
        elif not _fits(kinds[name], value):
            return None
    try:
        return to_row(from_row(cls, row))
    except (ValueError, TypeError, KeyError):
        return None


def _key(table: str) -> tuple[str, ...]:
    return LINKS.get(table, ("id",))


def _exists(conn: sqlite3.Connection, table: str, keys: tuple[str, ...],
            row: dict[str, Any]) -> bool:
    where = " AND ".join(f"[{k}] = ?" for k in keys)
    found = conn.execute(f"SELECT 1 FROM [{table}] WHERE {where}", [row[k] for k in keys])
    return found.fetchone() is not None


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(f"[{name}]" for name in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))


class _DryRun(Exception):
    """Raised inside the transaction to undo it after counting."""


def salvage(ws: Workspace, damaged: Path, *, dry_run: bool = False) -> Salvaged:
    """Add the rows of ``damaged`` that ``ws`` lacks (or, with ``dry_run``, count them)."""
    found = Salvaged()
    try:
        source = _connect(damaged)
    except sqlite3.Error:
        found.unreadable = [table for table, _ in TABLES]
        return found
    try:
        with contextlib.suppress(_DryRun), atomic(ws):
            for table, cls in TABLES:
                _salvage_table(source, ws.conn, table, cls, found)
            if dry_run:
                raise _DryRun
    finally:
        source.close()
    return found


def _salvage_table(source: sqlite3.Connection, dest: sqlite3.Connection, table: str,
                   cls: type | None, found: Salvaged) -> None:
    wanted = list(LINKS[table]) if cls is None else [f.name for f in dataclasses.fields(cls)]
    read = read_table(source, table, wanted)
    if read is None or not read[1]:
        found.unreadable.append(table)
    if read is None:
        return
    rows = read[0]
    keys = _key(table)
    added = 0
    for raw in rows:
        row = valid_row(cls, table, raw)
        if row is None:
            found.invalid += 1
            continue
        if _exists(dest, table, keys, row):
            continue
        try:
            _insert(dest, table, row)
        except sqlite3.IntegrityError as error:
            if "FOREIGN KEY" in str(error):
                found.orphans += 1
            elif "NOT NULL" in str(error) or "CHECK" in str(error):
                found.invalid += 1
            else:
                found.clashes += 1
            continue
        added += 1
    if added:
        found.added[table] = added
