"""Open, create and describe workspaces (the composition of storage + default locations).

The ``Workspace`` handle and ``BackupInfo`` are re-exported here: the interface holds and shows
them without importing storage/.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from focusgroup import options, paths
from focusgroup.domain import model
from focusgroup.domain.needs import BUILT_IN
from focusgroup.storage import queries, repository
from focusgroup.storage.backups import BackupInfo
from focusgroup.storage.companion import open_companion
from focusgroup.storage.private import narrow_dir, private_dir
from focusgroup.storage.recovery import Recovery, newest_good_backup, restore_newest_backup
from focusgroup.storage.workspace import Workspace, open_workspace

__all__ = ["BackupInfo", "Workspace", "has_backups", "make_private_folder", "open_for_work",
           "open_ws", "restore_from_backup", "seed_needs_lists", "transaction"]


def make_private_folder(path: Path) -> Path:
    """Make ``path``, one of the app's own data folders, exist private (0700), not a symlink."""
    return private_dir(path)


def open_ws(
    path: str | Path | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
    repair: bool = False,
) -> Workspace:
    """Open ``path`` (default: the user's workspace) with backups beside the default location;
    how many are kept is the workspace's own ``backups_kept`` (the declared default when it
    stores none), the same for the app and every command.

    A new workspace gets the built-in needs lists so that rankings can start at once.
    """
    target = Path(path).expanduser() if path else paths.default_workspace()
    for folder in paths.own_folders(target):
        narrow_dir(folder)
    ws = open_workspace(
        target,
        create=create,
        read_only=read_only,
        backup_dir=paths.backups_dir(target),
        keep_backups=options.BACKUPS_KEPT.default,
        repair=repair,
    )
    if ws.created:
        seed_needs_lists(ws)
    else:
        from focusgroup.services.erase import finish_on_open

        finish_on_open(ws)
    return ws


def open_for_work(path: str | Path, *, read_only: bool) -> Workspace:
    """One more connection to a workspace that is open in this process (under its lock), for
    one piece of background work; close it with ``close(backup=False)``. Raises a
    WorkspaceError when it cannot be opened: there is no fall-back to another connection."""
    target = Path(path).expanduser().absolute()
    return open_companion(target, read_only=read_only, backup_dir=paths.backups_dir(target),
                          keep_backups=options.BACKUPS_KEPT.default)


@contextlib.contextmanager
def transaction(ws: Workspace) -> Iterator[None]:
    """Everything written inside is one transaction: an exception (a cancel too) takes it all
    back."""
    with repository.atomic(ws):
        yield


def restore_from_backup(path: str | Path) -> tuple[Workspace, Recovery]:
    """Keep the damaged file aside, restore the newest verified backup, and open it."""
    target = Path(path).expanduser().absolute()
    recovery = restore_newest_backup(target, paths.backups_dir(target))
    return open_ws(target, create=False), recovery


def has_backups(path: str | Path) -> bool:
    return newest_good_backup(paths.backups_dir(Path(path).expanduser().absolute())) is not None


def seed_needs_lists(ws: Workspace) -> None:
    """Add the shipped needs lists (classic ten, short four) if the workspace has none."""
    if repository.find(ws, model.NeedsList):
        return
    objs: list[object] = []
    for name, items in BUILT_IN.items():
        needs_list = model.NeedsList(name)
        objs.append(needs_list)
        objs.extend(
            model.NeedsItem(needs_list.id, d.key, d.label_en, d.label_da, position)
            for position, d in enumerate(items, start=1)
        )
    repository.save_all(ws, objs)
    queries.set_meta(ws, "created_at", model.utc_now().isoformat())
