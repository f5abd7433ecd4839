"""Turn domain dataclasses into table rows and back (enums, dates and times as ISO-8601 text)."""

from __future__ import annotations

import dataclasses
import enum
import sqlite3
import types
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

from focusgroup.domain import model

T = TypeVar("T")

TABLES: dict[type, str] = {
    model.Department: "departments",
    model.Participant: "participants",
    model.Session: "sessions",
    model.GuideItem: "guide_items",
    model.Note: "notes",
    model.Theme: "themes",
    model.NeedsList: "needs_lists",
    model.NeedsItem: "needs_items",
    model.Ranking: "rankings",
    model.RankingEntry: "ranking_entries",
    model.Action: "actions",
    model.Initiative: "initiatives",
}


def iso(moment: datetime) -> str:
    """UTC ISO-8601 with a ``Z``: ``2026-11-23T09:30:00Z``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def to_cell(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def to_row(obj: Any) -> dict[str, Any]:
    return {f.name: to_cell(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


@cache
def field_types(cls: type) -> dict[str, type]:
    # The module namespace as locals too: a field named like a type (``Session.date``) would
    # otherwise shadow the type with the field's default.
    hints = typing.get_type_hints(cls, globalns=vars(model), localns=vars(model))
    resolved: dict[str, type] = {}
    for name, hint in hints.items():
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        resolved[name] = hint
    return resolved


def _cell_reader(kind: type) -> Callable[[Any], Any]:
    """How a stored (not NULL) cell of a field of type ``kind`` becomes the field's value."""
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind
    return {datetime: parse_iso, date: date.fromisoformat, bool: bool}.get(kind, _same)


def _same(value: Any) -> Any:
    return value


@cache
def _readers(cls: type) -> dict[str, Callable[[Any], Any]]:
    return {name: _cell_reader(kind) for name, kind in field_types(cls).items()}


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    return cls(**{name: None if row[name] is None else read(row[name])
                  for name, read in _readers(cls).items() if name in row})


def objects(cls: type[T], cursor: sqlite3.Cursor) -> list[T]:
    """The rows of ``cursor`` as ``cls`` objects, as :func:`from_row` makes them, with the
    columns looked up once instead of once per row."""
    at = {c[0]: i for i, c in enumerate(cursor.description)}  # the last of a repeated name
    readers = [(name, at[name], read) for name, read in _readers(cls).items() if name in at]
    return [cls(**{name: None if row[i] is None else read(row[i]) for name, i, read in readers})
            for row in cursor.fetchall()]
