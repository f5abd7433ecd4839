"""Where workspaces and their backups live by default (the user's data folder).

The folders are created by :mod:`focusgroup.storage` with mode 0700 (files 0600)."""

from __future__ import annotations

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


def backups_dir(workspace: Path) -> Path:
    """One folder per workspace file, beside the default workspace location."""
    absolute = Path(workspace).expanduser().absolute()
    digest = hashlib.sha1(str(absolute).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{absolute.stem[:STEM_CHARS]}-{digest}"


def own_folders(workspace: Path) -> list[Path]:
    """The folders that belong to the app alone (kept 0700): its data folder when it is the
    platform's default, the backups folder and the workspace's own backup folder."""
    folders = [] if os.environ.get("FOCUSGROUP_DATA_DIR") else [data_dir()]
    return [*folders, data_dir() / "backups", backups_dir(workspace)]
