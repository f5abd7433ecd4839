"""Load and save domain objects. Every write is its own committed transaction unless the caller
groups several in :func:`atomic` (one note = one commit: nothing acknowledged is ever lost).

Transactions are sqlite-utils' ``Database.atomic()``: the outermost block is one transaction,
a block inside another is a savepoint, and any exception takes back the block's writes."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from focusgroup.domain import model
from focusgroup.messages import Message
from focusgroup.storage.errors import StorageWriteError
from focusgroup.storage.records import TABLES, from_row, to_cell, to_row
from focusgroup.storage.workspace import Workspace

T = TypeVar("T")

_PKS: dict[type, tuple[str, ...]] = {model.RankingEntry: ("ranking_id", "item_id")}


def _pk(cls: type) -> str | tuple[str, ...]:
    keys = _PKS.get(cls, ("id",))
    return keys[0] if len(keys) == 1 else keys


@contextlib.contextmanager
def writing(ws: Workspace) -> Iterator[None]:
    """Turn low-level write failures into a :class:`StorageWriteError` a person can read."""
    if ws.read_only:
        raise StorageWriteError(Message("{name} is open read-only; nothing can be saved.",
                                        name=ws.path.name))
    try:
        yield
    except sqlite3.OperationalError as error:
        text = str(error)
        if "full" in text:
            reason = Message("the disk is full")
        elif "readonly" in text or "read-only" in text:
            reason = Message("the file has become read-only")
        elif "locked" in text or "busy" in text:
            reason = Message("another program is writing to the workspace")
        else:
            reason = text
        raise StorageWriteError(Message("Could not save: {reason}.", reason=reason)) from error


@contextlib.contextmanager
def atomic(ws: Workspace) -> Iterator[None]:
    """Group several writes into one transaction (a savepoint when already inside one); any
    exception rolls the group back and is raised again."""
    with writing(ws), ws.db.atomic():
        yield


def save(ws: Workspace, obj: Any) -> Any:
    """Insert or replace one object; committed when this returns (outside :func:`atomic`)."""
    cls = type(obj)
    with atomic(ws):
        ws.db[TABLES[cls]].upsert(to_row(obj), pk=_pk(cls))
    return obj


def save_all(ws: Workspace, objs: Iterable[Any]) -> None:
    """Insert or replace many objects of possibly different kinds in one transaction."""
    with atomic(ws):
        for obj in objs:
            ws.db[TABLES[type(obj)]].upsert(to_row(obj), pk=_pk(type(obj)))


def _rows(ws: Workspace, table: str, where: str | None, params: Iterable[Any],
          order_by: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows as dicts, read through the plain connection (no sqlite-utils needed to read)."""
    sql = f"SELECT * FROM [{table}]"
    if where:
        sql += f" WHERE {where}"
    if order_by:
        sql += f" ORDER BY {order_by}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cursor = ws.conn.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def get(ws: Workspace, cls: type[T], key: str) -> T | None:
    rows = _rows(ws, TABLES[cls], "id = ?", [key], limit=1)
    return from_row(cls, rows[0]) if rows else None


def find(
    ws: Workspace,
    cls: type[T],
    where: str | None = None,
    params: Iterable[Any] = (),
    order_by: str | None = None,
) -> list[T]:
    """Objects of ``cls`` matching an SQL ``where`` clause (callers live in storage/)."""
    return [from_row(cls, row) for row in _rows(ws, TABLES[cls], where, params, order_by)]


def find_by(ws: Workspace, cls: type[T], order_by: str | None = None, **equals: Any) -> list[T]:
    """Objects whose fields equal the given values (a list or tuple value means "any of")."""
    clauses, params = [], []
    for name, value in equals.items():
        if name not in {f.name for f in dataclasses.fields(cls)}:
            raise AttributeError(f"{cls.__name__} has no field {name!r}")
        if isinstance(value, (list, tuple, set, frozenset)):
            values = [to_cell(v) for v in value]
            clauses.append(f"[{name}] IN ({', '.join('?' for _ in values)})")
            params.extend(values)
        elif value is None:
            clauses.append(f"[{name}] IS NULL")
        else:
            clauses.append(f"[{name}] = ?")
            params.append(to_cell(value))
    return find(ws, cls, " AND ".join(clauses) or None, params, order_by)


def delete(ws: Workspace, obj: Any) -> None:
    cls = type(obj)
    pk = _pk(cls)
    key = tuple(getattr(obj, k) for k in pk) if isinstance(pk, tuple) else getattr(obj, pk)
    with atomic(ws):
        ws.db[TABLES[cls]].delete(key)


def count(ws: Workspace, table: str) -> int:
    return ws.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
