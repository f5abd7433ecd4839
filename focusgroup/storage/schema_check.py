"""Does a file hold exactly our schema? A workspace from anyone else is hostile input.

The expected schema is not written down a second time: a fresh in-memory database is built
with our own numbered steps (:mod:`focusgroup.storage.schema`) and its ``sqlite_master`` is
compared with the file's, object by object (type, name, table, SQL with quoting and spacing
normalised). Reading ``sqlite_master`` runs nothing: a foreign trigger or view is found before
anything could fire or select it. An extra object (a trigger that copies erased notes away, a
view that never ends, a table of someone else's) or one of ours changed (a column added with a
crafted name) makes the file unusable until the extras are removed with the user's consent.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from focusgroup.messages import Message
from focusgroup.storage import sqlite_utils_database
from focusgroup.storage.schema import SPEED_INDEXES, STEPS, ensure_speed_indexes

# SQLite's own bookkeeping (ANALYZE statistics, AUTOINCREMENT counters) may appear in any file.
_SQLITE_INTERNAL = {("table", "sqlite_stat1"), ("table", "sqlite_stat4"),
                    ("table", "sqlite_sequence")}
# Speed indexes are made whenever a workspace is opened for writing: an older file may lack them.
_OPTIONAL = {("index", re.search(r"EXISTS (\w+)", s).group(1)) for s in SPEED_INDEXES}
# How many names a one-line message lists before "and N more".
SHOWN = 6

Key = tuple[str, str]  # (type, name)


@dataclass(frozen=True)
class SchemaObject:
    type: str
    name: str
    table: str
    sql: str | None

    @property
    def normal(self) -> tuple[str, str | None]:
        return self.table.casefold(), normalise(self.sql)

    def label(self) -> Message:
        return Message("{kind} {name}", kind=self.type, name=self.name)


def normalise(sql: str | None) -> str | None:
    """SQL as written by any sqlite-utils/SQLite version: ``[id]``, ``"id"`` and ``id`` alike,
    spacing ignored. Only quotes around plain words are dropped, so ``"new.text"`` stays
    distinct from ``new.text``."""
    if sql is None:
        return None
    text = re.sub(r"""[\["`](\w+)[\]"`]""", r"\1", sql)
    text = re.sub(r"\s*([(),;=])\s*", r"\1", text)
    return " ".join(text.split()).casefold()


def objects_of(conn: sqlite3.Connection, schema: str = "main") -> dict[Key, SchemaObject]:
    rows = conn.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master")
    return {(kind, name): SchemaObject(kind, name, table or "", sql)
            for kind, name, table, sql in rows.fetchall()
            if (kind, name) not in _SQLITE_INTERNAL}


@dataclass(frozen=True)
class Expected:
    objects: dict[Key, SchemaObject]
    columns: dict[str, tuple[str, ...]]  # table -> our columns, in order


@cache
def expected(version: int) -> Expected:
    """Our schema at ``version`` (with the speed indexes), built in memory by our own steps."""
    from focusgroup.storage.migrations import migrate  # migrations imports the schema only

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(sqlite_utils_database()(conn, execute_plugins=False), steps=STEPS[:version])
        ensure_speed_indexes(conn)
        found = objects_of(conn)
        columns = {name: tuple(row[1] for row in conn.execute(f"PRAGMA table_info([{name}])"))
                   for kind, name in found if kind == "table"}
    finally:
        conn.close()
    return Expected(found, columns)


def columns(table: str, version: int | None = None) -> tuple[str, ...]:
    """Our own column names of ``table`` (never names read from a file)."""
    from focusgroup.storage.schema import CURRENT_VERSION

    return expected(CURRENT_VERSION if version is None else version).columns[table]


@dataclass(frozen=True)
class Difference:
    """What a file has that our schema lacks, lacks that it has, or has in another shape."""

    extra: tuple[SchemaObject, ...] = ()
    missing: tuple[SchemaObject, ...] = ()
    changed: tuple[SchemaObject, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.extra or self.missing or self.changed)

    def lines(self) -> list[Message]:
        """One sentence per kind of difference, every object named."""
        found = []
        if self.extra:
            found.append(Message("not part of a focusgroup workspace: {objects}",
                                 objects=_names(self.extra, len(self.extra))))
        if self.changed:
            found.append(Message("changed from what focusgroup made: {objects}",
                                 objects=_names(self.changed, len(self.changed))))
        if self.missing:
            found.append(Message("missing: {objects}",
                                 objects=_names(self.missing, len(self.missing))))
        return found

    def summary(self) -> Message:
        """All differences in one line, a few names each."""
        parts = []
        if self.extra:
            parts.append(Message("not part of a focusgroup workspace: {objects}",
                                 objects=_names(self.extra)))
        if self.changed:
            parts.append(Message("changed from what focusgroup made: {objects}",
                                 objects=_names(self.changed)))
        if self.missing:
            parts.append(Message("missing: {objects}", objects=_names(self.missing)))
        text = parts[0]
        for part in parts[1:]:
            text = Message("{first}; {second}", first=text, second=part)
        return text


def _names(found: tuple[SchemaObject, ...], most: int = SHOWN) -> Message:
    text = ", ".join(str(o.label()) for o in found[:most])
    if len(found) > most:
        return Message("{names} and {count} more", names=text, count=len(found) - most)
    return Message("{names}", names=text)


def compare(conn: sqlite3.Connection, version: int, schema: str = "main") -> Difference:
    """How the schema of ``conn`` differs from ours at ``version``; reads only sqlite_master."""
    if version <= 0:
        return Difference()
    want = expected(version).objects
    have = objects_of(conn, schema)
    extra = tuple(o for k, o in sorted(have.items()) if k not in want)
    missing = tuple(o for k, o in sorted(want.items()) if k not in have and k not in _OPTIONAL)
    changed = tuple(o for k, o in sorted(have.items())
                    if k in want and o.normal != want[k].normal)
    return Difference(extra, missing, changed)


_DROP = {"trigger": "DROP TRIGGER", "view": "DROP VIEW", "index": "DROP INDEX",
         "table": "DROP TABLE"}


def repair(conn: sqlite3.Connection, found: Difference, version: int) -> Difference:
    """Drop the extra triggers, views, indexes and tables and remake our own changed or missing
    triggers, views and indexes from our schema, in one transaction (the caller has made a
    backup). Tables of ours that were changed or are missing cannot be remade: they are
    returned, still a problem."""
    want = expected(version).objects
    left = []
    order = ("trigger", "view", "index", "table")  # dependants first
    conn.execute("BEGIN IMMEDIATE")
    try:
        for kind in order:
            for obj in found.extra + found.changed:
                if obj.type != kind:
                    continue
                if obj.type == "table" and obj in found.changed:
                    left.append(obj)
                    continue
                if obj.type == "index" and obj.sql is None:
                    left.append(obj)  # an index SQLite made for a constraint goes with it
                    continue
                conn.execute(f'{_DROP[obj.type]} IF EXISTS "{_quoted(obj.name)}"')
        for obj in reversed([*found.changed, *found.missing]):
            ours = want[(obj.type, obj.name)]
            if obj.type == "table" or ours.sql is None:
                left.append(obj)
            else:
                conn.execute(ours.sql)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return Difference(changed=tuple(o for o in left if o in found.changed),
                      missing=tuple(o for o in left if o in found.missing),
                      extra=tuple(o for o in left if o in found.extra))


def _quoted(name: str) -> str:
    return name.replace('"', '""')
