"""Copy one workspace's rows into another (two facilitators' laptops combined).

Rows are copied table by table in dependency order, in one transaction on the destination.
A row whose id already exists there is the same object and is skipped. Departments (by name),
participants (by code), themes (by name), needs lists (by name), needs items (by list and key)
and guide templates (by name) that exist under another id are matched instead, case folded in
Python (SQLite's lower() folds ASCII only); the source ids are then replaced by the destination
ids in every row that refers to them. Differences in matched rows are reported, never fatal:
the destination's values are kept. Drafts and meta stay behind. The notes triggers keep the
search index up to date as notes are inserted.

The source is hostile input. Its schema has been compared with ours when it was opened (no
extra trigger or view, no changed table), the columns read and written are taken from our own
schema, never from the file, and every row is checked against the domain types and for
references to nothing before the first row is written; any problem refuses the whole file with
the rows named. Participant codes are compared in their canonical form: one code given to two
people with different names is refused, never linked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from focusgroup.domain.model import canonical_code
from focusgroup.messages import Message
from focusgroup.storage.errors import UnusableSource
from focusgroup.storage.merge_rows import listed, orphans, row_problems
from focusgroup.storage.repository import atomic
from focusgroup.storage.schema_check import columns
from focusgroup.storage.workspace import Workspace

Row = dict[str, Any]

# Dependency order: every table comes after the tables it refers to.
TABLES = (
    "departments", "participants", "sessions", "session_participants", "guide_items",
    "themes", "notes", "note_themes", "needs_lists", "needs_items", "rankings",
    "ranking_entries", "initiatives", "actions", "initiative_sessions", "note_stances",
    "guide_templates",
)

# Columns that refer to a table whose rows may be matched under another id.
REFERENCES: dict[str, dict[str, str]] = {
    "participants": {"department_id": "departments"},
    "sessions": {"department_id": "departments"},
    "session_participants": {"participant_id": "participants"},
    "notes": {"participant_id": "participants"},
    "note_themes": {"theme_id": "themes"},
    "needs_items": {"list_id": "needs_lists"},
    "rankings": {"needs_list_id": "needs_lists", "participant_id": "participants"},
    "ranking_entries": {"item_id": "needs_items"},
    "actions": {"department_id": "departments"},
}


def _fold(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def _name_key(row: Row, _ids: dict[str, dict[str, str]]) -> str:
    return _fold(row["name"])


def _participant_key(row: Row, _ids: dict[str, dict[str, str]]) -> str:
    return canonical_code(row["code"])


def _item_key(row: Row, _ids: dict[str, dict[str, str]]) -> tuple[str, str]:
    # ``row`` is a destination row, or a source row whose list_id is already remapped.
    return row["list_id"], _fold(row["key"])


def _department_conflict(src: Row, dest: Row) -> Message | None:
    differences = []
    if src["kind"] != dest["kind"]:
        differences.append(Message('kind "{there}" there, "{here}" here',
                                   there=src["kind"], here=dest["kind"]))
    if src["cadence_months"] != dest["cadence_months"]:
        differences.append(Message("a cadence of {there} months there, {here} here",
                                   there=src["cadence_months"], here=dest["cadence_months"]))
    if not differences:
        return None
    found = differences[0] if len(differences) == 1 else Message(
        "{first} and {second}", first=differences[0], second=differences[1])
    return Message('Department "{name}" has {differences}; the values here were kept.',
                   name=dest["name"], differences=found)


def _participant_conflict(src: Row, dest: Row) -> Message | None:
    if src["role"] == dest["role"]:
        return None
    return Message("Participant {code} is a {there} there but a {here} here; kept {here}.",
                   code=dest["code"], there=src["role"], here=dest["role"])


# table -> (natural key of a row, conflict between a source row and its destination match)
Matcher = tuple[Callable[[Row, dict[str, dict[str, str]]], Any],
                Callable[[Row, Row], Message | None] | None]
MATCHERS: dict[str, Matcher] = {
    "departments": (_name_key, _department_conflict),
    "participants": (_participant_key, _participant_conflict),
    "themes": (_name_key, None),
    "needs_lists": (_name_key, None),
    "needs_items": (_item_key, None),
    "guide_templates": (_name_key, None),
}


@dataclass
class Merged:
    """Rows added per table, and the differences found in matched rows."""

    counts: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)


def _rows(conn: sqlite3.Connection, table: str) -> list[Row]:
    """The rows of ``table``, our columns only: names are never taken from the file."""
    names = columns(table)
    listed_names = ", ".join(f"[{name}]" for name in names)
    cursor = conn.execute(f"SELECT {listed_names} FROM [{table}] ORDER BY rowid")
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _insert(conn: sqlite3.Connection, table: str, row: Row, *, ignore: bool = False) -> int:
    names = [name for name in columns(table) if name in row]
    listed_names = ", ".join(f"[{name}]" for name in names)
    marks = ", ".join("?" for _ in names)
    sql = f"INTO [{table}] ({listed_names}) VALUES ({marks})"
    sql = f"INSERT OR IGNORE {sql}" if ignore else f"INSERT {sql}"
    cursor = conn.execute(sql, [row[name] for name in names])
    return cursor.rowcount


def _exists(conn: sqlite3.Connection, table: str, row_id: str) -> bool:
    return conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone() is not None


def _remap(table: str, row: Row, ids: dict[str, dict[str, str]]) -> Row:
    for column, target in REFERENCES.get(table, {}).items():
        if row.get(column) is not None:
            row[column] = ids[target].get(row[column], row[column])
    return row


def _copy_table(src: sqlite3.Connection, dest: sqlite3.Connection, table: str,
                ids: dict[str, dict[str, str]], merged: Merged) -> None:
    rows = _rows(src, table)
    if not rows or "id" not in rows[0]:
        # Link tables: their primary key is the pair of ids; an existing pair is left alone.
        merged.counts[table] = sum(_insert(dest, table, _remap(table, row, ids), ignore=True)
                                   for row in rows)
        return
    key_of, conflict_of = MATCHERS.get(table, (None, None))
    existing: dict[Any, Row] = {}
    if key_of is not None:
        for row in _rows(dest, table):
            existing.setdefault(key_of(row, ids), row)
    added = 0
    for row in rows:
        if _exists(dest, table, row["id"]):
            continue  # the same object: nothing to copy
        row = _remap(table, row, ids)
        if table == "participants":
            row["code"] = canonical_code(row["code"])
            row["code_clash"] = ""  # one person per code from now on
        if key_of is not None:
            match = existing.get(key_of(row, ids))
            if match is not None:
                ids[table][row["id"]] = match["id"]
                problem = conflict_of(row, match) if conflict_of else None
                if problem:
                    merged.conflicts.append(problem)
                continue
        _insert(dest, table, row)
        if key_of is not None:
            existing[key_of(row, ids)] = row
        added += 1
    merged.counts[table] = added


def _same_name(a: Any, b: Any) -> bool:
    return not a or not b or _fold(a) == _fold(b)


def _people_problems(src: sqlite3.Connection, dest: sqlite3.Connection) -> list[Message]:
    """Two people of the source under one code, or one code naming different people here and
    there: never linked silently."""
    found: list[Message] = []
    seen: dict[str, Row] = {}
    for row in _rows(src, "participants"):
        code = canonical_code(row["code"])
        first = seen.setdefault(code, row)
        if first is not row:
            found.append(Message('participants "{first}" and "{second}" have one code (codes '
                                 "are the same in any case)", first=first["code"],
                                 second=row["code"]))
    here: dict[str, Row] = {}
    clashes: dict[str, list[str]] = {}  # an older workspace's codes that differ only in case
    for row in _rows(dest, "participants"):
        key = canonical_code(row["code"])
        if key in here:
            clashes.setdefault(key, [here[key]["code"]]).append(row["code"])
        here[key] = row
    for code, row in seen.items():
        if code in clashes:
            found.append(Message('{code} could be {codes} here (different people): give the '
                                 "person the code of one of them there", code=row["code"],
                                 codes=", ".join(clashes[code])))
            continue
        match = here.get(code)
        if match is not None and match["id"] != row["id"] and not _same_name(
                row["name"], match["name"]):
            found.append(Message('{code} is "{there}" there but "{here}" here: two people '
                                 "under one code", code=match["code"], there=row["name"],
                                 here=match["name"]))
    return found


def problems_of(src: sqlite3.Connection, dest: sqlite3.Connection) -> list[Message]:
    """Everything in ``src`` that must not be written: bad values, references to nothing,
    codes that name two people."""
    found: list[Message] = []
    for table in TABLES:
        for row in _rows(src, table):
            found.extend(row_problems(table, row))
    found.extend(orphans(src, TABLES))
    if not found:
        found.extend(_people_problems(src, dest))
        found.extend(_erased_here(src, dest))
    return found


def _erased_here(src: sqlite3.Connection, dest: sqlite3.Connection) -> list[Message]:
    """People of the source who were erased here: merging would bring them back."""
    erased = {r[0] for r in dest.execute("SELECT participant_id FROM erasures")}
    return [Message("{code} was erased here; erase them in the other file too before merging",
                    code=row["code"])
            for row in _rows(src, "participants") if row["id"] in erased]


def _refused(src: Workspace, problems: Message | str) -> UnusableSource:
    return UnusableSource(Message("{name} was not merged, and nothing was changed: {problems}.",
                                  name=src.path.name, problems=problems))


def merge_into(src: Workspace, dest: Workspace) -> Merged:
    """Copy everything new in ``src`` into ``dest`` in one transaction (all or nothing).
    Raises :class:`UnusableSource` (nothing written) when a row of ``src`` is not valid."""
    try:
        problems = problems_of(src.conn, dest.conn)
    except sqlite3.DatabaseError as error:  # damaged pages: the file cannot be read whole
        raise _refused(src, str(error)) from error
    if problems:
        raise _refused(src, listed(problems))
    merged = Merged()
    ids: dict[str, dict[str, str]] = {table: {} for table in TABLES}
    try:
        with atomic(dest):
            for table in TABLES:
                _copy_table(src.conn, dest.conn, table, ids, merged)
    except sqlite3.DatabaseError as error:  # rolled back: the destination is as it was
        raise _refused(src, str(error)) from error
    return merged
