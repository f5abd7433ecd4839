"""Every file the app writes for the user (export, report, demo workspace) goes through here.

* :func:`output_target` checks a path before any work is done: the folder must exist and be
  writable; a symbolic link, a folder, a FIFO or any other non-regular file at the path is
  refused; an existing file is only replaced with ``force`` (``--force``, or a save dialog's
  "replace?" confirmation). :func:`prepare_output` does that once and gives an
  :class:`Output` that :func:`write_outputs` writes without checking it again.
* :func:`write_output` (one file) and :func:`write_outputs` (several, moved into place only
  when all are written) write through a temporary file created beside the target with
  ``O_CREAT | O_EXCL | O_NOFOLLOW`` and mode 0600, flushes it to disk and renames it into
  place. Without ``force`` the rename cannot replace a file that appeared meanwhile. A failure
  (disk full, cancelled) leaves no partial file and nothing replaced.

Every problem is an :class:`InvalidInput` with one line for the user.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.storage.leftovers import clean_stale_parts
from focusgroup.storage.private import (
    create_exclusive,
    fsync_dir,
    private_dir,
    regular_or_missing,
)


def _reason(error: OSError) -> str:
    return str(error.strerror or error)


def cannot_write(path: Path, error: OSError) -> InvalidInput:
    """The one-line message for an :class:`OSError` met while writing ``path``."""
    return InvalidInput(Message("Cannot write {path}: {reason}.", path=path,
                                reason=_reason(error)))


def _existing(target: Path) -> os.stat_result | None:
    try:
        return regular_or_missing(target)
    except IsADirectoryError:
        raise InvalidInput(Message("Cannot write {path}: it is a folder.", path=target)) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InvalidInput(Message("Cannot write {path}: it is a symbolic link; give the "
                                       "file it points to instead.", path=target)) from None
        if error.errno == errno.EINVAL:
            raise InvalidInput(Message("Cannot write {path}: it is not a regular file.",
                                       path=target)) from None
        raise cannot_write(target, error) from None


def _refuse_existing(target: Path) -> InvalidInput:
    return InvalidInput(Message("{target} already exists; add --force to replace it.",
                                target=target))


def _writable_folder(target: Path, folder: Path) -> None:
    try:
        if not folder.is_dir():
            if folder.exists() or folder.is_symlink():
                raise InvalidInput(Message(
                    "Cannot write into {path}: {parent} is a file, not a folder.",
                    path=target, parent=folder))
            raise InvalidInput(Message("Cannot write {path}: the folder {folder} does not exist.",
                                       path=target, folder=folder))
    except OSError as error:
        raise cannot_write(target, error) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(Message("Cannot write {path}: the folder {folder} is not writable.",
                                   path=target, folder=folder))


def output_target(path: str | Path, *, force: bool = False, folder: bool = False) -> Path:
    """``path`` made absolute, after checking it may be written (see the module docstring).

    With ``folder`` the path is a directory that will receive files (created by
    :func:`output_folder` if missing); a symbolic link is refused there too."""
    try:
        target = Path(path).expanduser().absolute()
    except (OSError, RuntimeError) as error:
        raise InvalidInput(Message("Cannot write {path}: {reason}.", path=path,
                                   reason=str(error))) from None
    if folder:
        try:
            link, directory = target.is_symlink(), target.is_dir()
            present = target.exists()
        except OSError as error:
            raise cannot_write(target, error) from None
        if link:
            raise InvalidInput(Message("Cannot write into {path}: it is a symbolic link; give "
                                       "the folder it points to instead.", path=target))
        if present and not directory:
            raise InvalidInput(Message("Cannot write into {path}: it is a file, not a folder.",
                                       path=target))
        _writable_folder(target, target if directory else target.parent)
        return target
    _writable_folder(target, target.parent)
    found = _existing(target)
    if found is not None:
        if not force:
            raise _refuse_existing(target)
        if not os.access(target, os.W_OK):
            raise InvalidInput(Message("Cannot write {path}: the file is read-only.",
                                       path=target))
    return target


def output_folder(target: Path) -> Path:
    """Create the folder ``target`` (mode 0700) if it is missing."""
    try:
        if target.is_symlink():
            raise InvalidInput(Message("Cannot write into {path}: it is a symbolic link; give "
                                       "the folder it points to instead.", path=target))
        private_dir(target)
    except OSError as error:
        raise InvalidInput(Message("Cannot create the folder {folder}: {reason}.",
                                   folder=target, reason=_reason(error))) from None
    return target


def _temp_name(target: Path) -> Path:
    stem = target.name[:40]
    return target.with_name(f".{stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part")


def _move_into_place(temp: Path, target: Path, force: bool) -> None:
    if force:
        _existing(target)  # still a regular file (or gone)?
        os.replace(temp, target)  # replaces a link itself, never what it points to
        return
    try:
        os.link(temp, target)  # fails if anything appeared at the name meanwhile
    except FileExistsError:
        raise _refuse_existing(target) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if _existing(target) is not None:  # a file system without hard links
            raise _refuse_existing(target) from None
        os.replace(temp, target)
        return
    os.unlink(temp)


@dataclass(frozen=True)
class Output:
    """A file to write whose path :func:`prepare_output` has checked: write it with
    :func:`write_outputs`, which does not check it again (the move into place still never
    replaces a file without ``force``)."""

    path: Path
    force: bool = False


def prepare_output(path: str | Path, *, force: bool = False) -> Output:
    """Check ``path`` once (see :func:`output_target`) before any work is done."""
    return Output(output_target(path, force=force), force)


def write_outputs(outputs: Sequence[tuple[Output, Callable[[BinaryIO], Any]]]) -> list[Path]:
    """Call each ``write(handle)`` with a binary file open on a new private temporary file
    beside its target; only when every one is written are they moved into place. A failure
    (or an exception raised by a writer, e.g. a cancellation) leaves none of them."""

    def fill(write: Callable[[BinaryIO], Any]) -> Callable[[Path, int], None]:
        def into(_temp: Path, fd: int) -> None:
            with os.fdopen(fd, "wb") as handle:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
        return into

    return _produce([(output, fill(write)) for output, write in outputs])


def write_output(target: Path, write: Callable[[BinaryIO], Any], *, force: bool = False) -> Path:
    """Check ``target`` and call ``write(handle)`` with a binary file open on a new private
    temporary file beside it; then move it to ``target``. Returns ``target``."""
    return write_outputs([(prepare_output(target, force=force), write)])[0]


def build_output(target: Path, build: Callable[[Path], Any], *, force: bool = False) -> Path:
    """Like :func:`write_output` for a writer that needs a file name (SQLite): ``build(temp)``
    gets the name of a new, empty, private file beside ``target`` to fill."""

    def fill(temp: Path, fd: int) -> None:
        os.close(fd)
        build(temp)
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{temp}{suffix}")

    return _produce([(prepare_output(target, force=force), fill)])[0]


def _produce(jobs: Sequence[tuple[Output, Callable[[Path, int], Any]]]) -> list[Path]:
    temps: list[Path] = []
    placed = 0
    try:
        for output, fill in jobs:
            try:
                clean_stale_parts(output.path)  # what a killed writer left beside the target
                temp = _temp_name(output.path)
                fd = create_exclusive(temp)
                temps.append(temp)
                fill(temp, fd)
            except OSError as error:
                raise cannot_write(output.path, error) from error
        for (output, _fill), temp in zip(jobs, temps, strict=True):
            try:
                _move_into_place(temp, output.path, output.force)
                placed += 1
                fsync_dir(output.path.parent)
            except OSError as error:
                raise cannot_write(output.path, error) from error
    finally:
        for temp in temps[placed:]:
            with contextlib.suppress(OSError):
                temp.unlink()
    return [output.path for output, _fill in jobs]
