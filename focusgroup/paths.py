"""Where workspaces and their backups live by default (the user's data folder).

The folders are created by :mod:`focusgroup.storage` with mode 0700 (files 0600)."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from platformdirs import user_data_dir

from focusgroup import APP_NAME

WORKSPACE_SUFFIX = ".focusgroup"
STEM_CHARS = 40  # of a workspace's name in a backup folder's name: a name has 255 bytes at most


def data_dir() -> Path:
    """``$FOCUSGROUP_DATA_DIR`` if set, else the platform's user data folder."""
    override = os.environ.get("FOCUSGROUP_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_workspace() -> Path:
    return data_dir() / f"workspace{WORKSPACE_SUFFIX}"


def demo_workspace() -> Path:
    return data_dir() / f"demo{WORKSPACE_SUFFIX}"


def backups_root() -> Path:
    """The folder holding every workspace's backup folder."""
    return data_dir() / "backups"


def backups_dir(workspace: Path) -> Path:
    """One folder per workspace file, beside the default workspace location. The file is
    keyed by its real path, so a path through a symlink or with ``..`` in it finds the same
    folder; a long file name is shortened so the folder name stays within what file systems
    allow."""
    real = Path(workspace).expanduser().resolve()
    digest = hashlib.sha1(str(real).encode("utf-8")).hexdigest()[:8]
    folder = backups_root() / f"{real.stem[:STEM_CHARS]}-{digest}"
    if not folder.exists():  # backups made before folders were keyed by the real path
        absolute = Path(workspace).expanduser().absolute()
        digest = hashlib.sha1(str(absolute).encode("utf-8")).hexdigest()[:8]
        earlier = backups_root() / f"{absolute.stem}-{digest}"
        with contextlib.suppress(OSError):
            if earlier != folder and earlier.is_dir():
                return earlier
    return folder


def own_folders(workspace: Path) -> list[Path]:
    """The folders that belong to the app alone (kept 0700): its data folder when it is the
    platform's default, the backups folder and the workspace's own backup folder."""
    folders = [] if os.environ.get("FOCUSGROUP_DATA_DIR") else [data_dir()]
    return [*folders, backups_root(), backups_dir(workspace)]
