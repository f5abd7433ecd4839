"""Files and folders the app makes are private and never reached through a link it did not make.

* :func:`private_dir` creates a folder (and missing parents) with mode 0700;
* :func:`create_exclusive` creates a *new* file with mode 0600, refusing to follow a symlink or
  to reuse anything already at that name (``O_CREAT | O_EXCL | O_NOFOLLOW``);
* :func:`regular_or_missing` tells a regular file from a FIFO, device, socket or folder without
  opening it (opening a FIFO for reading blocks until a writer comes, i.e. for ever);
* :func:`open_regular` opens a file for reading without blocking on a FIFO, and checks on the
  open descriptor that it is a regular file.

Errors are plain :class:`OSError`; callers turn them into their own one-line messages.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its missing parents) with mode 0700; an existing folder is kept as it
    is, except that one the app made earlier with wider permissions is narrowed."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=DIR_MODE)
        with contextlib.suppress(OSError):
            os.chmod(folder, DIR_MODE)  # mkdir's mode is narrowed by the umask only
    return path


def narrow_dir(path: Path) -> None:
    """Make an existing folder of the app's own private (0700) if it is wider, e.g. one made by
    an older version; quietly leave what is not ours or cannot be changed."""
    with contextlib.suppress(OSError, AttributeError):
        info = os.lstat(path)
        if (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
                and stat.S_IMODE(info.st_mode) & 0o077):
            os.chmod(path, DIR_MODE)


def create_exclusive(path: Path) -> int:
    """Create the new file ``path`` (mode 0600) and return a descriptor open for writing."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, FILE_MODE)


def is_regular(mode: int) -> bool:
    return stat.S_ISREG(mode)


def regular_or_missing(path: Path) -> os.stat_result | None:
    """The ``lstat`` of ``path``; ``None`` when nothing is there. Raises :class:`OSError`
    (``errno.ELOOP`` for a link, ``errno.EINVAL`` for anything else that is not a regular
    file) without opening it."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise OSError(errno.ELOOP, "it is a symbolic link", str(path))
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "it is not a regular file", str(path))
    return info


def open_regular(path: Path) -> int:
    """A read-only descriptor of the regular file at ``path`` (links followed). A FIFO, device,
    socket or folder raises :class:`OSError` at once instead of blocking."""
    _refuse_irregular(os.stat(path), path)  # not even opened: opening a device may act
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    try:
        _refuse_irregular(os.fstat(fd), path)  # in case it was swapped meanwhile
        if _NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _refuse_irregular(info: os.stat_result, path: Path) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "it is not a regular file", str(path))


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every platform can)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_text(path: Path, text: str) -> None:
    """Write a small private file in one of the app's own folders (never through a link)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW | _BINARY, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
