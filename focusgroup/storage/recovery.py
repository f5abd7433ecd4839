"""Recover a damaged workspace: keep the damaged file aside, restore the newest good backup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from focusgroup.messages import Message, text_of
from focusgroup.storage import backups
from focusgroup.storage import restore_journal as journal
from focusgroup.storage.backups import BackupInfo
from focusgroup.storage.errors import WorkspaceDamaged, WorkspaceMissing


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
    """Keep ``path`` (and its -wal) aside under a new name and put the newest verified backup
    in its place, as a journaled sequence (:mod:`focusgroup.storage.restore_journal`)."""
    from focusgroup.storage.lock import lock_for

    lock = lock_for(path)
    lock.acquire()
    try:
        journal.finish(path)  # an earlier restore that was cut short comes first
        good = newest_good_backup(backup_dir)
        if good is None:
            raise WorkspaceDamaged(Message("{path} is damaged and there is no usable backup; the "
                                           "file was not changed.", path=path))
        if not path.is_file():
            raise WorkspaceMissing(Message("There is no workspace at {path}.", path=path))
        plan = journal.Plan(str(path), str(journal.unique_aside(path)), str(good.path),
                            str(journal.restoring_path(path)), journal.identity(path),
                            good.created.isoformat())
        try:
            journal.write_journal(plan)
        except OSError as error:
            raise WorkspaceDamaged(Message("Restoring {path} from its backup failed: {error}.",
                                           path=path, error=text_of(error))) from error
        try:
            journal.complete(plan)
        except journal.RolledBack as error:
            raise WorkspaceDamaged(text_of(error)) from error
    finally:
        lock.release()
    return Recovery(Path(plan.aside), good)
