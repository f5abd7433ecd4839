"""Verified copies of a workspace through the SQLite backup API: make, verify, rotate, list."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from focusgroup.messages import Message
from focusgroup.options import BACKUPS_KEPT
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


def verify(path: Path) -> bool:
    """True when the copy opens and ``PRAGMA integrity_check`` says ok."""
    try:
        with contextlib.closing(_readonly(path)) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
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
    now = datetime.now(UTC)
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


def number_kept(conn: sqlite3.Connection, default: int) -> int:
    """How many backups the workspace on ``conn`` keeps: its stored ``backups_kept`` (see
    ``focusgroup config``), else ``default``."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?",
                           [BACKUPS_KEPT.key]).fetchone()
    except sqlite3.Error:  # a workspace still being created
        row = None
    return BACKUPS_KEPT.clean(row[0]) if row else default


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; return what was deleted."""
    doomed = [p for _, _, p in _backup_files(folder)[max(keep, 1):]]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
