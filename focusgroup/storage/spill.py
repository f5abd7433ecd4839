"""Rows put aside and read back sorted, without holding them all in memory.

An export sorts its pooled rows (so that their order does not follow the sessions) by the text
a reader sees, which only exists after redaction: SQL over the workspace cannot sort by it.
:class:`SortedSpill` keeps such rows in a private temporary SQLite database (SQLite's own
temporary file, removed when it is closed; a small page cache, the rest on disk) and gives
them back in key order, rows with equal keys in the order they were added, as Python's stable
``sorted`` would.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

BATCH = 1000
_SEPARATOR, _ESCAPED_NUL = "\x00\x00", "\x00\x01"


def sort_key(parts: Sequence[str]) -> str:
    """One string that sorts among others as the tuple ``parts`` sorts among tuples (code
    point order, as SQLite's BINARY collation compares UTF-8): parts joined by a separator
    that sorts below every character, a NUL inside a part escaped above it."""
    return _SEPARATOR.join(p.replace("\x00", _ESCAPED_NUL) if "\x00" in p else p
                           for p in parts)


class SortedSpill:
    """Add ``(key, row)`` pairs; iterate to read the rows back in key order (once)."""

    def __init__(self) -> None:
        self._conn = sqlite3.connect("")  # private, on disk beyond the cache, deleted on close
        self._conn.execute("PRAGMA cache_size = -4096")  # 4 MiB
        self._conn.execute("CREATE TABLE rows (seq INTEGER PRIMARY KEY, key TEXT, row TEXT)")
        self._pending: list[tuple[str, str]] = []
        self.count = 0

    def add(self, key: str, row: Sequence[Any]) -> None:
        self._pending.append((key, json.dumps(list(row), ensure_ascii=False)))
        self.count += 1
        if len(self._pending) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._conn.executemany("INSERT INTO rows (key, row) VALUES (?, ?)", self._pending)
            self._pending = []

    def __iter__(self) -> Iterator[list[Any]]:
        self._flush()
        cursor = self._conn.execute("SELECT row FROM rows ORDER BY key, seq")
        while page := cursor.fetchmany(BATCH):
            for (row,) in page:
                yield json.loads(row)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SortedSpill:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
