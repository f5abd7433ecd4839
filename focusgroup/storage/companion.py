"""A further connection to a workspace this process already has open, for one piece of work
in a background thread (the interface's operations): it never shares the window's connection.

The window's :class:`~focusgroup.storage.workspace.Workspace` holds the lock and has checked,
migrated and backed up the file; a companion connection does none of that again, and it never
creates a file: a workspace that is gone or cannot be opened is a one-line
:class:`~focusgroup.storage.errors.WorkspaceError`, never a silent fall-back to another
connection.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from focusgroup.messages import Message
from focusgroup.storage.errors import WorkspaceError, WorkspaceMissing
from focusgroup.storage.migrations import schema_version
from focusgroup.storage.schema import CURRENT_VERSION
from focusgroup.storage.workspace import (
    BUSY_TIMEOUT_MS,
    Workspace,
    _configure,
    _open_read_only,
    probe,
)


def open_companion(path: Path, *, read_only: bool, backup_dir: Path | None = None,
                   keep_backups: int = 10) -> Workspace:
    """Open one more connection to ``path``; close it with ``close(backup=False)``."""
    path = Path(path).absolute()
    if read_only:
        return _open_read_only(path, probe(path), backup_dir, keep_backups)
    if not path.is_file():
        raise WorkspaceMissing(Message("There is no workspace at {path}.", path=path))
    conn = None
    try:  # mode=rw: SQLite must not create a file that has gone
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, isolation_level=None,
                               check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        _configure(conn, read_only=False)
        version = schema_version(conn)
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        raise WorkspaceError(Message("{path} could not be opened: {error}.", path=path,
                                     error=str(error))) from error
    if version != CURRENT_VERSION:
        conn.close()
        raise WorkspaceError(Message("{path} was changed by another program while it was open "
                                     "(workspace version {version}).", path=path,
                                     version=version))
    return Workspace(path, conn, read_only=False, backup_dir=backup_dir,
                     keep_backups=keep_backups, lock=None, created=False)
