"""Check every row of a workspace to merge against the domain types before anything is written.

A file from someone else may hold any value in any column (SQLite does not enforce types): a
session kind ``EVILKIND``, a ``created_at`` of ``2026``, a number where text belongs, a note of a
participant who does not exist. Any of these would make later screens and reports fail, so each
is found here and named: table, id, column and the value itself.
"""

from __future__ import annotations

import enum
import json
import re
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from focusgroup.messages import Message
from focusgroup.storage.records import TABLES, field_types, parse_iso
from focusgroup.storage.schema_check import columns

MAX_TEXT = 100_000  # characters in one cell; a note is at most 20,000
SHOWN = 3  # problems named in the one-line message
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

Check = Callable[[Any], Message | None]


def _text(value: Any) -> Message | None:
    if not isinstance(value, str):
        return Message("not text")
    if len(value) > MAX_TEXT:
        return Message("longer than {most:,} characters", most=MAX_TEXT)
    return None


def _whole(value: Any) -> Message | None:
    return None if isinstance(value, int) else Message("not a whole number")


def _count(value: Any) -> Message | None:
    return None if isinstance(value, int) and value >= 0 else Message("not a count")


def _number(value: Any) -> Message | None:
    return None if isinstance(value, int | float) else Message("not a number")


def _flag(value: Any) -> Message | None:
    return None if value in (0, 1) and isinstance(value, int) else Message("not 0 or 1")


def _moment(value: Any) -> Message | None:
    if isinstance(value, str) and _DAY.match(value) and len(value) <= 40:
        try:
            parse_iso(value)
            return None
        except ValueError:
            pass
    return Message("not a date and time")


def _day(value: Any) -> Message | None:
    if isinstance(value, str) and _DAY.fullmatch(value):
        try:
            date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return Message("not a date")


def _one_of(kind: type[enum.Enum]) -> Check:
    known = {member.value for member in kind}

    def check(value: Any) -> Message | None:
        return None if isinstance(value, str) and value in known else Message("not a known value")
    return check


def _items(value: Any) -> Message | None:
    if (problem := _text(value)) is not None:
        return problem
    try:
        items = json.loads(value)
    except ValueError:
        return Message("not a list of guide items")
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return Message("not a list of guide items")
    return None


def _stance(value: Any) -> Message | None:
    known = ("for", "against", "neutral")
    return None if value in known else Message("not a known value")


def _checks_for(kind: type) -> Check:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _one_of(kind)
    return {datetime: _moment, date: _day, bool: _flag, int: _whole, float: _number,
            str: _text}.get(kind, _text)


# Tables without a domain class: their columns, checked the same way.
_PLAIN: dict[str, dict[str, Check]] = {
    "session_participants": {"session_id": _text, "participant_id": _text},
    "note_themes": {"note_id": _text, "theme_id": _text},
    "guide_templates": {"id": _text, "name": _text, "lang": _text, "items": _items,
                        "created_at": _moment},
    "initiative_sessions": {"initiative_id": _text, "session_id": _text, "guide_item_id": _text,
                            "for_count": _count, "against_count": _count,
                            "neutral_count": _count, "counted_at": _moment,
                            "created_at": _moment},
    "note_stances": {"note_id": _text, "initiative_id": _text, "stance": _stance},
}
_BY_TABLE = {table: cls for cls, table in TABLES.items()}


def _checks(table: str) -> dict[str, Check]:
    if table in _PLAIN:
        return _PLAIN[table]
    return {name: _checks_for(kind) for name, kind in field_types(_BY_TABLE[table]).items()}


def _shown(value: Any) -> str:
    text = value.hex() if isinstance(value, bytes) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _where(table: str, row: dict[str, Any]) -> str:
    if "id" in row:
        return f"{table} {_shown(row['id'])}"
    return f"{table} ({', '.join(_shown(v) for v in list(row.values())[:2])})"


def row_problems(table: str, row: dict[str, Any]) -> list[Message]:
    """What is wrong with one row: one reason per bad cell (NULLs are left to NOT NULL)."""
    found = []
    for column, check in _checks(table).items():
        value = row.get(column)
        if value is None:
            continue
        problem = check(value)
        if problem is not None:
            found.append(Message('{where}: {column} "{value}" is {problem}',
                                 where=_where(table, row), column=column,
                                 value=_shown(value), problem=problem))
    return found


def orphans(conn: sqlite3.Connection, tables: tuple[str, ...]) -> list[Message]:
    """Rows of ``conn`` that refer to a row that is not there (the file's own references).
    ``conn``'s schema has been compared with ours, so the tables and columns named are ours."""
    found = []
    for table in tables:
        keys = {row[0]: row[3] for row in conn.execute(f"PRAGMA foreign_key_list([{table}])")}
        for _table, rowid, parent, key in conn.execute(f"PRAGMA foreign_key_check([{table}])"):
            column = keys.get(key)
            if column is None:
                continue
            names = columns(table)
            listed_names = ", ".join(f"[{name}]" for name in names)
            row = conn.execute(f"SELECT {listed_names} FROM [{table}] WHERE rowid = ?",
                               [rowid]).fetchone()
            cells = dict(zip(names, row, strict=True)) if row else {}
            found.append(Message('{where}: {column} "{value}" refers to no row of {parent}',
                                 where=_where(table, cells), column=column,
                                 value=_shown(cells.get(column)), parent=parent))
    return found


def listed(problems: list[Message]) -> Message:
    """The first few problems in one line, and how many more there are."""
    text = problems[0]
    for problem in problems[1:SHOWN]:
        text = Message("{first}; {second}", first=text, second=problem)
    if len(problems) > SHOWN:
        return Message("{problems}; and {count} more", problems=text,
                       count=len(problems) - SHOWN)
    return text
