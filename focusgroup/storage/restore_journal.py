"""Restoring a workspace as a journaled sequence that the next run completes or rolls back.

A restore writes ``<name>.restore-journal`` (0600, fsync'd) before it changes anything, then
takes idempotent steps ordered so that a file is always at the workspace path:

1. build ``<name>.restoring`` from the backup and check it with ``integrity_check``;
2. keep the damaged file (and its ``-wal``) under a unique ``<name>.damaged-<stamp>`` name, as a
   hard link (a copy where links are not possible): never overwriting anything;
3. remove the damaged file's ``-wal``/``-shm`` (kept in step 2), so they cannot be replayed onto
   the restored file, and ``os.replace`` the restored copy over the path (atomic);
4. delete the journal.

Whoever next opens the workspace finds an unfinished journal first and completes it, or, when
the backup it names is gone and no verified copy was built, rolls it back (the damaged file
stays where it was).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from focusgroup.messages import Message, text_of
from focusgroup.storage import backups
from focusgroup.storage.errors import WorkspaceDamaged, WorkspaceError
from focusgroup.storage.private import fsync_dir

JOURNAL = ".restore-journal"
RESTORING = ".restoring"
COMPANIONS = ("-wal", "-shm")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL)


def restoring_path(path: Path) -> Path:
    return path.with_name(path.name + RESTORING)


@dataclass(frozen=True)
class Plan:
    """Everything a later run needs to finish (or undo) one restore."""

    path: str  # the workspace
    aside: str  # where the damaged file is kept
    backup: str  # the verified backup restored
    partial: str  # the restored copy being built
    damaged: tuple[int, int] | None  # (device, inode) of the damaged file: replaced once different
    backup_created: str = ""  # ISO time of the backup, for the message

    @classmethod
    def load(cls, text: str) -> Plan:
        data = json.loads(text)
        damaged = data.get("damaged")
        return cls(str(data["path"]), str(data["aside"]), str(data["backup"]),
                   str(data["partial"]), (int(damaged[0]), int(damaged[1])) if damaged else None,
                   str(data.get("backup_created", "")))


class RolledBack(WorkspaceError):
    """The restore could not be completed; the workspace was left as it was."""


def identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_new_file(path: Path) -> None:
    """Create ``path`` empty, owner-only, refusing to follow a symlink or reuse a file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(path, flags, 0o600))


def unique_aside(path: Path) -> Path:
    """``<name>.damaged-<UTC time to the microsecond>``, plus ``-2``, ``-3``… if that is taken."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    base = f"{path.name}.damaged-{stamp}"
    candidate, counter = base, 1
    while any(os.path.lexists(path.with_name(candidate + s)) for s in ("", *COMPANIONS)):
        counter += 1
        candidate = f"{base}-{counter}"
    return path.with_name(candidate)


def write_journal(plan: Plan) -> None:
    journal = journal_path(Path(plan.path))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(journal, flags, 0o600)
    try:
        os.write(fd, json.dumps(asdict(plan)).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(journal.parent)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)


def _remove_partial(partial: Path) -> None:
    for suffix in ("", "-journal", *COMPANIONS):
        _remove(Path(f"{partial}{suffix}"))


def _build(backup: Path, partial: Path) -> bool:
    """Copy ``backup`` into ``partial`` through the SQLite backup API; True once verified."""
    _remove_partial(partial)
    _private_new_file(partial)
    with contextlib.closing(sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro",
                                            uri=True)) as source, \
            contextlib.closing(sqlite3.connect(partial)) as target:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    _fsync_file(partial)
    return backups.verify(partial)


def _usable(partial: Path) -> bool:
    """A restored copy left complete by an earlier run (no hot journal, integrity ok)."""
    return (partial.is_file() and not os.path.lexists(f"{partial}-journal")
            and backups.verify(partial))


def _keep(source: Path, dest: Path) -> None:
    """Give ``source`` the extra name ``dest`` (a hard link; a copy where links fail)."""
    if os.path.lexists(dest) or not source.exists():
        return
    try:
        os.link(source, dest)
    except FileExistsError:
        return
    except OSError:  # a file system without hard links: copy under a temporary name first
        temp = Path(f"{dest}.copying")
        _remove(temp)
        _private_new_file(temp)
        shutil.copyfile(source, temp)
        _fsync_file(temp)
        if not os.path.lexists(dest):
            os.rename(temp, dest)
    fsync_dir(dest.parent)


def _replaced(plan: Plan) -> bool:
    now = identity(Path(plan.path))
    return now is not None and now != plan.damaged


def complete(plan: Plan) -> None:
    """Take every step not yet taken; raise :class:`RolledBack` after undoing what was done
    when the restored copy cannot be had."""
    path, aside, partial = Path(plan.path), Path(plan.aside), Path(plan.partial)
    if not _replaced(plan):
        backup = Path(plan.backup)
        try:
            if backup.is_file() and backups.verify(backup):
                ready = _build(backup, partial)
            else:
                ready = _usable(partial)
            if ready and identity(path) == plan.damaged:
                _keep(path, aside)
                wal = Path(f"{path}-wal")
                if wal.exists():
                    _keep(wal, Path(f"{aside}-wal"))
        except (sqlite3.Error, OSError) as error:
            rollback(plan)
            raise RolledBack(Message("Restoring {path} from its backup failed: {error}.",
                                     path=path, error=text_of(error))) from error
        if not ready:
            rollback(plan)
            raise RolledBack(Message("The backup {backup} could not be used, so {path} was "
                                     "not restored; the file was not changed.",
                                     backup=backup.name, path=path))
        for suffix in COMPANIONS:  # never replay the damaged file's log onto the restored one
            _remove(Path(f"{path}{suffix}"))
        os.replace(partial, path)
        fsync_dir(path.parent)
    _remove_partial(partial)
    _remove(journal_path(path))
    fsync_dir(path.parent)


def rollback(plan: Plan) -> None:
    """Undo a restore that was not completed: the damaged file stays at the workspace path."""
    path, aside, partial = Path(plan.path), Path(plan.aside), Path(plan.partial)
    _remove_partial(partial)
    if plan.damaged is not None and identity(path) == plan.damaged:
        wal, kept_wal = Path(f"{path}-wal"), Path(f"{aside}-wal")
        if not wal.exists() and kept_wal.exists():
            _keep(kept_wal, wal)
        for name in (aside, kept_wal):  # only extra names of what is still at the path
            if identity(name) is not None and identity(name) in (identity(path),
                                                                    identity(wal)):
                _remove(name)
    elif not path.exists() and aside.exists():
        _keep(aside, path)
    _remove(journal_path(path))
    fsync_dir(path.parent)


def read_journal(path: Path) -> Plan | None:
    """The unfinished plan beside ``path``; a journal cut short (the run died while writing it,
    before any step) is removed with the restored copy it may have started."""
    journal = journal_path(path)
    if not os.path.lexists(journal):
        return None
    try:
        return Plan.load(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        _remove_partial(restoring_path(path))
        _remove(journal)
        return None


def _belongs_to(plan: Plan, path: Path) -> bool:
    """The plan names ``path`` (maybe through another spelling of its folder), and every file
    it would create or remove lies beside it under the names a restore gives them."""
    named, aside, partial = Path(plan.path), Path(plan.aside), Path(plan.partial)
    try:
        same_folder = all(p.parent == named.parent for p in (aside, partial)) and (
            named.parent == path.parent or os.path.samefile(named.parent, path.parent))
    except OSError:
        return False
    return (same_folder and named.name == path.name and partial.name == restoring_path(path).name
            and aside.name.startswith(f"{path.name}.damaged-") and "/" not in aside.name)


def finish(path: Path) -> Message | None:
    """Complete (or roll back) an unfinished restore of ``path``; the caller holds its lock.
    Returns what happened, in words, or None when there was nothing to do."""
    plan = read_journal(path)
    if plan is None:
        return None
    if not _belongs_to(plan, path):  # copied from elsewhere, or edited: not ours to act on
        raise WorkspaceDamaged(Message("{journal} belongs to another workspace; move it away "
                                       "and try again.", journal=journal_path(path)))
    try:
        complete(plan)
    except RolledBack as error:
        return Message("An interrupted restore of {name} was undone: {reason}",
                       name=path.name, reason=text_of(error))
    except OSError as error:  # the journal stays: the next run tries again
        raise WorkspaceDamaged(Message("Restoring {path} from its backup failed: {error}.",
                                       path=path, error=text_of(error))) from error
    when = plan.backup_created
    with contextlib.suppress(ValueError):
        when = datetime.fromisoformat(plan.backup_created).astimezone().strftime(
            "%Y-%m-%d %H:%M")
    return Message("An interrupted restore of {name} was completed from the backup of {when}. "
                   "The damaged file is kept at {copy}.", name=path.name, when=when,
                   copy=plan.aside)
