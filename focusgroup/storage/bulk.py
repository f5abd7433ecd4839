"""Writing many rows at once: imports and generated notes go in batches inside one transaction.

Rows are written with ``executemany`` a batch at a time (a generator of notes is never held in
memory whole); the search index (``notes_fts``) is kept in step by the notes table's own
triggers, so a note written here is found by search at once. Everything runs inside one
:func:`~focusgroup.storage.repository.atomic` block: a failure half-way leaves nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from focusgroup.domain import model
from focusgroup.storage.records import TABLES, to_cell
from focusgroup.storage.repository import atomic
from focusgroup.storage.workspace import Workspace

BATCH_SIZE = 2000  # rows per executemany
CACHE_KIB = 64 * 1024


def _insert(ws: Workspace, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
            *, ignore: bool = False) -> None:
    """``rows`` into ``table`` (our own table and column names, never a file's)."""
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    ws.conn.executemany(f'{verb} INTO "{table}" ({names}) VALUES ({marks})', rows)


def _columns(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _cells(obj: Any, columns: Sequence[str]) -> tuple[Any, ...]:
    return tuple(to_cell(getattr(obj, name)) for name in columns)


def insert_objects(ws: Workspace, objs: Iterable[Any]) -> int:
    """Insert new domain objects of any kinds in one transaction; tables are written in the
    order their first object comes (parents first). Returns how many were written."""
    by_type: dict[type, list[Any]] = {}
    for obj in objs:
        by_type.setdefault(type(obj), []).append(obj)
    with atomic(ws):
        for cls, found in by_type.items():
            columns = _columns(cls)
            _insert(ws, TABLES[cls], columns, (_cells(o, columns) for o in found))
    return sum(map(len, by_type.values()))


def link_rows(ws: Workspace, table: str, columns: Sequence[str],
              rows: Iterable[Sequence[str]]) -> None:
    """Insert link rows (``note_themes``, ``session_participants``), skipping ones that exist."""
    with atomic(ws):
        _insert(ws, table, columns, rows, ignore=True)


@contextlib.contextmanager
def _roomy_cache(ws: Workspace) -> Iterator[None]:
    """A larger page cache while many rows go in: with SQLite's default 2 MB, a long
    transaction keeps spilling pages to the WAL, and writes the same pages many times."""
    before = ws.conn.execute("PRAGMA cache_size").fetchone()[0]
    ws.conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    try:
        yield
    finally:
        ws.conn.execute(f"PRAGMA cache_size = {int(before)}")


def add_notes(ws: Workspace, notes: Iterable[tuple[model.Note, Sequence[str]]], *,
              batch_size: int = BATCH_SIZE) -> int:
    """Insert many new notes with their theme names in one transaction, ``batch_size`` at a
    time; themes not yet known are created once each (as a captured ``#tag`` would be).
    Returns the number of notes written."""
    from focusgroup.storage.capture import theme_ids

    ids: dict[str, str] = {}
    columns = _columns(model.Note)
    written = 0
    it = iter(notes)
    with _roomy_cache(ws), atomic(ws):
        while batch := list(islice(it, batch_size)):
            new = list(dict.fromkeys(n for _, names in batch for n in names if n not in ids))
            if new:
                ids.update(zip(new, theme_ids(ws, new), strict=True))
            _insert(ws, "notes", columns, (_cells(note, columns) for note, _ in batch))
            link_rows(ws, "note_themes", ("note_id", "theme_id"),
                      ((note.id, ids[name]) for note, names in batch for name in names))
            written += len(batch)
    return written
