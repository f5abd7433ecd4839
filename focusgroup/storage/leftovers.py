"""Temporary files a run killed half-way leaves behind, removed by the next run.

Every temporary file the app writes ends in one of :data:`SUFFIXES`:

- ``<backup>.fgbackup.partial`` — a backup being written (``backups.make_backup``);
- ``<workspace>.restoring`` — a restored copy being built (``restore_journal``);
- ``<workspace>.building`` — a demo workspace being built (``services.demo_file``);
- ``.<file>.<pid>.<random>.part`` — an export or report being written
  (``services.exports.write_atomically``); ``.<file>.part`` — a report saved from the window.

Each may come with SQLite's ``-journal``/``-wal``/``-shm``. The workspace's own leftovers are
removed when it is opened for writing (its lock is held, so no other run is writing them); an
export's when the next export is written to the same file name, once the process that wrote
it is gone.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

SUFFIXES = (".partial", ".restoring", ".building", ".part")
SQLITE_COMPANIONS = ("", "-journal", "-wal", "-shm")


def _unlink_all(path: Path) -> list[Path]:
    removed = []
    for suffix in SQLITE_COMPANIONS:
        candidate = Path(f"{path}{suffix}")
        if os.path.lexists(candidate):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _in_use(path: Path) -> bool:
    """True while another run builds ``path`` as a workspace (it holds ``<path>.lock``)."""
    from focusgroup.storage.errors import WorkspaceError
    from focusgroup.storage.lock import lock_for

    if not os.path.lexists(f"{path}.lock"):
        return False
    lock = lock_for(path)
    try:
        lock.acquire()
    except WorkspaceError:
        return True
    lock.release()
    return False


def clean_workspace_leftovers(path: Path, backup_dir: Path | None) -> list[Path]:
    """Remove what a killed run left beside the workspace ``path`` and in its backup folder.
    The caller holds the workspace's lock. An unfinished restore's files are left to its
    journal."""
    from focusgroup.storage.restore_journal import journal_path, restoring_path

    removed: list[Path] = []
    if not os.path.lexists(journal_path(path)):
        removed += _unlink_all(restoring_path(path))
    building = path.with_name(path.name + ".building")
    if os.path.lexists(building) and not _in_use(building):
        removed += _unlink_all(building)
    if backup_dir is not None and backup_dir.is_dir():
        for partial in backup_dir.glob("*.partial"):
            removed += _unlink_all(partial)
        for journal in backup_dir.glob("*.partial-journal"):
            removed += _unlink_all(journal)
    return removed


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else (or cannot be asked on this system)
        return True
    return True


def clean_stale_parts(target: Path) -> list[Path]:
    """Remove ``.<target name>.<pid>.<random>.part`` files whose writer is no longer running,
    and the window's ``.<target name>.part``."""
    removed = []
    prefix = f".{target.name[:40]}."  # output_files shortens long names to 40
    with contextlib.suppress(OSError):
        for candidate in target.parent.iterdir():
            name = candidate.name
            if not (name.startswith(prefix) and name.endswith(".part")):
                continue
            pid = name[len(prefix):-len(".part")].split(".")[0]
            if not (pid.isdigit() and _pid_alive(int(pid))):
                with contextlib.suppress(OSError):
                    candidate.unlink()
                    removed.append(candidate)
    return removed
