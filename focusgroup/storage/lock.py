"""The advisory lock on ``<workspace>.lock`` that keeps a second writer (app or command) away
while a workspace is open for writing."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from focusgroup.messages import Message
from focusgroup.storage import private
from focusgroup.storage.errors import WorkspaceLocked, WorkspaceReadOnly


class Lock:
    """An advisory lock on ``<workspace>.lock`` held while the workspace is open for writing."""

    def __init__(self, path: Path):
        name = path.name + ".lock"
        if len(name.encode("utf-8", "surrogateescape")) > 255:  # longer than a name may be
            digest = hashlib.sha1(path.name.encode("utf-8", "surrogateescape")).hexdigest()
            name = f"{path.name[:40]}-{digest[:8]}.lock"
        self.path = path.with_name(name)
        self._handle = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0),
                         private.FILE_MODE)
            handle = os.fdopen(fd, "a+")
        except OSError as error:
            raise WorkspaceReadOnly(Message("Cannot write beside {folder}: {reason}.",
                                            folder=self.path.parent,
                                            reason=error.strerror or error)) from error
        try:
            _lock_file(handle)
        except OSError as error:
            handle.close()
            raise WorkspaceLocked(Message(
                "{name} is already open in another focusgroup window. "
                "Close it there first, or open the workspace read-only.",
                name=self.path.with_suffix("").name,
            )) from error
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock_file(self._handle)
            self._handle.close()
            self._handle = None
            with contextlib.suppress(OSError):
                self.path.unlink()


def lock_for(path: Path) -> Lock:
    """The lock that keeps a second writer (app or command) away from ``path``."""
    return Lock(path)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle) -> None:
        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock_file(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
