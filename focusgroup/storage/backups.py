"""Verified copies of a workspace through the SQLite backup API: make, verify, rotate, list.

A copy is written with ``Connection.backup`` (SQLite's online backup API) into a private
``.partial`` file, checked with ``PRAGMA quick_check`` and only then given its final name.
How many are kept is bounded twice: by count (the workspace's ``backups_kept``) and by space
(all of them together at most ``backups_size_factor`` times the workspace's own size; the
newest is always kept). When a routine backup is due is decided by :func:`due`.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from focusgroup.messages import Message
from focusgroup.options import BACKUP_INTERVAL, BACKUP_SPACE, BACKUPS_KEPT, Option
from focusgroup.storage.errors import BackupFailed
from focusgroup.storage.private import create_exclusive, private_dir

SUFFIX = ".fgbackup"
STEM_CHARS = 40  # of the workspace's name in a backup's name (a file name has 255 bytes at most)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    reason: str
    notes: int | None  # None when the copy cannot be read

    @property
    def ok(self) -> bool:
        return self.notes is not None


def _readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def utc_now() -> datetime:
    """The time backups are named and judged by (one place, so a test can move it)."""
    return datetime.now(UTC)


def verify(path: Path, *, full: bool = False) -> bool:
    """True when the copy opens and ``PRAGMA quick_check`` (``integrity_check`` when ``full``)
    says ok. The quick check reads every page and row but does not compare indexes with
    their tables: several times faster on a large workspace."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        with contextlib.closing(_readonly(path)) as conn:
            return conn.execute(f"PRAGMA {pragma}").fetchone()[0] == "ok"
    except sqlite3.Error:
        return False


def note_count(path: Path) -> int | None:
    try:
        with contextlib.closing(_readonly(path)) as conn:
            return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])
    except sqlite3.Error:
        return None


def make_backup(conn: sqlite3.Connection, folder: Path, stem: str, reason: str) -> BackupInfo:
    """Copy the open database into ``folder`` and check the copy before keeping it."""
    now = utc_now()
    name = f"{stem[:STEM_CHARS]}-{now:%Y%m%dT%H%M%S%f}Z-{reason[:40]}{SUFFIX}"
    final = folder / name
    partial = folder / (name + ".partial")
    try:
        private_dir(folder)
        os.close(create_exclusive(partial))  # 0600, and never a link someone left there
    except OSError as error:
        raise BackupFailed(Message("Could not write a backup to {folder}: {error}.",
                                  folder=folder, error=str(error.strerror or error))) from error
    try:
        with contextlib.closing(sqlite3.connect(partial)) as target:
            conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        why = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise BackupFailed(Message("Could not write a backup to {folder}: {error}.",
                                  folder=folder, error=why)) from error
    if not verify(partial):
        partial.unlink(missing_ok=True)
        raise BackupFailed(Message(
            "The backup written to {folder} did not pass the integrity check.", folder=folder))
    try:
        partial.replace(final)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupFailed(Message("Could not write a backup to {folder}: {error}.",
                                  folder=folder, error=str(error))) from error
    return BackupInfo(final, now, reason, note_count(final))


_NAME = re.compile(r"^(?P<stem>.*)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[^/]+)$")


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name[: -len(SUFFIX)])
    if not match:
        return None
    created = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    return created, match["reason"]


def _backup_files(folder: Path) -> list[tuple[datetime, str, Path]]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        parsed = _parse_name(path)
        if parsed:
            found.append((parsed[0], parsed[1], path))
    return sorted(found, reverse=True)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first, each with its note count (None when unreadable)."""
    return [
        BackupInfo(path, created, reason, note_count(path))
        for created, reason, path in _backup_files(folder)
    ]


def _setting(conn: sqlite3.Connection, option: Option, default: int | None = None) -> int:
    """The workspace's stored value of ``option`` (see ``focusgroup config``), else
    ``default`` (the declared default when None)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [option.key]).fetchone()
    except sqlite3.Error:  # a workspace still being created
        row = None
    if row:
        return option.clean(row[0])
    return option.default if default is None else default


def number_kept(conn: sqlite3.Connection, default: int) -> int:
    """How many backups the workspace on ``conn`` keeps: its stored ``backups_kept``, else
    ``default``."""
    return _setting(conn, BACKUPS_KEPT, default)


def interval(conn: sqlite3.Connection) -> timedelta:
    """At most one routine backup per this long (the workspace's ``backup_interval_minutes``)."""
    return timedelta(minutes=_setting(conn, BACKUP_INTERVAL))


def space_factor(conn: sqlite3.Connection) -> int:
    """All backups together take at most this many times the workspace's size."""
    return _setting(conn, BACKUP_SPACE)


def due(folder: Path, every: timedelta) -> bool:
    """True when a routine backup may be made: none yet, or the newest is ``every`` old (or
    carries a time ahead of the clock, which was set back since)."""
    found = _backup_files(folder)
    if not found:
        return True
    age = utc_now() - found[0][0]
    return age >= every or age < timedelta(0)


def rotate(folder: Path, keep: int, max_bytes: int | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups, then the oldest of those left while they
    take more than ``max_bytes`` together (the newest is always kept); return what was
    deleted."""
    found = [p for _, _, p in _backup_files(folder)]
    kept, doomed = found[:max(keep, 1)], found[max(keep, 1):]
    if max_bytes is not None:
        sizes = [_size(p) for p in kept]
        while len(kept) > 1 and sum(sizes) > max_bytes:
            doomed.insert(0, kept.pop())
            sizes.pop()
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
