"""Recover a damaged workspace: keep the damaged file aside, restore the newest good backup."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from focusgroup.messages import Message, text_of
from focusgroup.storage import backups, private
from focusgroup.storage.backups import BackupInfo
from focusgroup.storage.errors import WorkspaceDamaged


@dataclass(frozen=True)
class Recovery:
    damaged_copy: Path  # where the damaged file now is (never deleted)
    backup: BackupInfo  # what was restored

    def message(self) -> Message:
        when = self.backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        return Message("The workspace was damaged. It was restored from the backup of {when} "
                       "({notes} notes); anything written after that may be missing. "
                       "The damaged file is kept at {copy}.",
                       when=when, notes=self.backup.notes, copy=self.damaged_copy)


def newest_good_backup(folder: Path | None) -> BackupInfo | None:
    for info in backups.list_backups(folder) if folder else []:
        if info.ok and backups.verify(info.path):
            return info
    return None


def restore_newest_backup(path: Path, backup_dir: Path | None) -> Recovery:
    """Move ``path`` (and its -wal/-shm) aside and put the newest verified backup in its place."""
    good = newest_good_backup(backup_dir)
    if good is None:
        raise WorkspaceDamaged(Message("{path} is damaged and there is no usable backup; the "
                                       "file was not changed.", path=path))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    short = path.name if len(path.name.encode("utf-8", "surrogateescape")) < 200 else \
        path.name[:40]  # a file name has 255 bytes at most
    aside = path.with_name(f"{short}.damaged-{stamp}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{aside}{suffix}"))
    partial = path.with_name(f"{short}.restoring-{stamp}")
    try:
        os.close(private.create_exclusive(partial))  # 0600; never a link left there
        with contextlib.closing(sqlite3.connect(f"{good.path.resolve().as_uri()}?mode=ro",
                                                uri=True)) as source, \
                contextlib.closing(sqlite3.connect(partial)) as target:
            source.backup(target)
        if not backups.verify(partial):
            raise sqlite3.DatabaseError(Message("the restored copy failed its integrity check"))
        partial.replace(path)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        if not path.exists():  # put the damaged file back rather than leave nothing
            shutil.copy2(aside, path)
        raise WorkspaceDamaged(Message("Restoring {path} from its backup failed: {error}.",
                                       path=path, error=text_of(error))) from error
    return Recovery(aside, good)
