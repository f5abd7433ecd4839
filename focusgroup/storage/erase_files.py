"""The files an erasure deletes: copies of the workspace made before it.

A copy is recognised by bytes, not by its name, so that renamed workspaces, half-written
(``.partial``) backups and damaged copies that no longer open are found too:

* a copy that holds the erasure's id (its journal row) was made after the erasure: kept;
* every other backup in the workspace's own backup folder is older: deleted;
* elsewhere (other backup folders, damaged copies beside the file) a copy is deleted when it
  holds the erased participant's id and this workspace's id, or no workspace id at all (a
  copy from before workspaces had one); a copy that never held the person is kept.

Nothing is rewritten and no name is needed. Symbolic links are neither followed nor read.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from focusgroup.storage.backups import SUFFIX

_COMPANION = re.compile(r"-(wal|shm|journal)$")


def _regular(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def holds(path: Path, needles: Iterable[bytes]) -> bool:
    """True when any of ``needles`` occurs in the file's bytes."""
    with path.open("rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file
            return False
        with data:
            return any(data.find(needle) != -1 for needle in needles)


def _groups(paths: Iterable[Path]) -> dict[str, list[Path]]:
    """Files by the copy they belong to: ``x``, ``x-wal``, ``x-shm`` and ``x-journal``
    together."""
    found: dict[str, list[Path]] = {}
    for path in paths:
        if _regular(path):
            found.setdefault(_COMPANION.sub("", path.name), []).append(path)
    return found


@dataclass(frozen=True)
class Owner:
    """How to recognise a copy of this workspace holding the erased person."""

    workspace_id: bytes
    participant_id: bytes

    def owns(self, files: list[Path]) -> bool:
        if not any(holds(p, [self.participant_id]) for p in files):
            return False  # the person was never in it: nothing of theirs to purge
        if self.workspace_id and any(holds(p, [self.workspace_id]) for p in files):
            return True
        return not any(holds(p, [WORKSPACE_ID_KEY]) for p in files)


WORKSPACE_ID_KEY = b"workspace_id"


def _delete_older(groups: dict[str, list[Path]], marker: bytes, owner: Owner | None) -> int:
    """Delete each group without ``marker``; with ``owner``, only the groups it owns.
    Every group is tried; the first failure is raised at the end."""
    deleted, failure = 0, None
    for files in groups.values():
        try:
            if any(holds(p, [marker]) for p in files):
                continue
            if owner is not None and not owner.owns(files):
                continue
            for path in files:
                path.unlink(missing_ok=True)
                deleted += 1
        except OSError as error:
            failure = failure or error
    if failure is not None:
        raise failure
    return deleted


def _backup_files(folder: Path) -> list[Path]:
    if not folder.is_dir() or folder.is_symlink():
        return []
    return [p for p in folder.iterdir() if SUFFIX in p.name]


def purge_backups(own: Path | None, others: Iterable[Path], marker: bytes,
                  owner: Owner) -> int:
    """Delete the backups made before the erasure: all of them in ``own`` (the workspace's
    backup folder), and those of this workspace in the ``others`` folders."""
    deleted = 0
    if own is not None:
        deleted += _delete_older(_groups(_backup_files(own)), marker, None)
    for folder in others:
        if own is not None and folder.resolve() == own.resolve():
            continue
        deleted += _delete_older(_groups(_backup_files(folder)), marker, owner)
    return deleted


def purge_copies(workspace: Path, marker: bytes, owner: Owner) -> int:
    """Delete the damaged copies a restore kept beside the workspace (also those of its
    earlier names) and a restore cut short, unless made after the erasure."""
    folder = workspace.parent
    mine = _groups([*folder.glob(f"{glob_escape(workspace.name)}.damaged-*"),
                    *folder.glob(f"{glob_escape(workspace.name)}.restoring*")])
    deleted = _delete_older(mine, marker, None)
    others = _groups(p for p in folder.glob("*.damaged-*")
                     if not p.name.startswith(workspace.name + "."))
    return deleted + _delete_older(others, marker, owner)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)
