"""Send work to a colleague and receive theirs: encrypted packages of a workspace's rows.

A package is a copy of the workspace holding only what may be shared (everything, only the
lunch interviews, or everything but them: :mod:`focusgroup.storage.exchange_copy`), sealed with
a passphrase (:mod:`focusgroup.services.package_seal`), so that a file sent by e-mail or left on
a shared drive cannot be read without it.

Receiving opens every package first (a wrong passphrase, a changed or cut-short file, a package
from a newer focusgroup, one made from this very workspace: nothing is written), each into a
private temporary file that is removed afterwards whatever happens, then merges them one by one
through :func:`focusgroup.services.merge.merge_workspaces`, with all its checks of a file from
elsewhere. Merging adds only what is new, so receiving a package twice changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from focusgroup.messages import Message, text_of
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.merge import MergeResult, merge_workspaces
from focusgroup.services.output_files import output_target, write_output
from focusgroup.services.package_seal import seal, unseal
from focusgroup.storage.exchange_copy import (
    LUNCH,
    SESSIONS,
    SOURCE_KEY,
    meta_value,
    write_shared_copy,
)
from focusgroup.storage.private import create_exclusive, open_regular
from focusgroup.storage.schema import CURRENT_VERSION
from focusgroup.storage.workspace import Workspace, open_workspace

__all__ = ["LUNCH", "ONLY", "SESSIONS", "ExportResult", "ImportResult", "export_package",
           "import_packages", "passphrase_from_file", "passphrase_from_text"]

ONLY = (LUNCH, SESSIONS)
SUFFIX = ".fgpackage"
MAX_PACKAGE_BYTES = 1 << 30  # a workspace of many years is far smaller
MAX_PASSPHRASE_BYTES = 4096

Progress = Callable[[int, int, Message], None]


def passphrase_from_text(text: str) -> bytes:
    """The passphrase as typed (or read from a file, without its line ending), as bytes: the
    same letters give the same key however the keyboard composed them."""
    text = unicodedata.normalize("NFC", text.rstrip("\r\n"))
    if not text:
        raise InvalidInput(Message("The passphrase is empty."))
    return text.encode("utf-8")


def passphrase_from_file(path: str | Path) -> bytes:
    """The passphrase stored in ``path`` (a trailing line ending is not part of it)."""
    path = Path(path).expanduser()
    try:
        with os.fdopen(open_regular(path), "rb") as handle:
            data = handle.read(MAX_PASSPHRASE_BYTES + 1)
    except OSError as error:
        raise InvalidInput(Message("Cannot read the passphrase file {path}: {reason}.",
                                   path=path, reason=error.strerror or error)) from None
    if len(data) > MAX_PASSPHRASE_BYTES:
        raise InvalidInput(Message("The passphrase file {path} is too long for a passphrase.",
                                   path=path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(Message("The passphrase file {path} is not UTF-8 text.",
                                   path=path)) from None
    if not text.strip("\r\n"):
        raise InvalidInput(Message("The passphrase file {path} is empty.", path=path))
    return passphrase_from_text(text)


def _fingerprint(ws: Workspace) -> str:
    """Who made a package: this workspace file on this computer. A copy of the workspace on a
    colleague's laptop has another path or computer, and may receive it."""
    identity = "\0".join((meta_value(ws, "workspace_id") or "", socket.gethostname(),
                          str(ws.path.resolve())))
    return hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()


@contextlib.contextmanager
def _private_folder():
    """A new private (0700) temporary folder, removed with everything in it afterwards."""
    with tempfile.TemporaryDirectory(prefix="focusgroup-") as folder:
        yield Path(folder)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]
    only: str | None = None

    def summary(self) -> Message:
        c = self.counts
        what = {LUNCH: Message("lunch interviews only"),
                SESSIONS: Message("everything but lunch interviews")}.get(
                    self.only, Message("everything"))
        return Message("Wrote {name} ({what}; sessions: {sessions}, notes: {notes}, "
                       "rankings: {rankings}, actions: {actions}), encrypted with the passphrase.",
                       name=self.path.name, what=what, sessions=c["sessions"], notes=c["notes"],
                       rankings=c["rankings"], actions=c["actions"])


def export_package(ws: Workspace, out: str | Path, passphrase: bytes, *,
                   only: str | None = None, force: bool = False) -> ExportResult:
    """Write to ``out`` what ``ws`` may share (``only``: ``"lunch"``, ``"sessions"`` or
    everything), sealed with ``passphrase``. ``ws`` itself is only read."""
    if only is not None and only not in ONLY:
        raise InvalidInput(Message('Unknown choice "{only}": lunch or sessions.', only=only))
    if not passphrase:
        raise InvalidInput(Message("The passphrase is empty."))
    target = output_target(out, force=force)  # before the work: a bad --out says so at once
    try:
        with _private_folder() as folder:
            plain = folder / "package.focusgroup"
            os.close(create_exclusive(plain))
            counts = write_shared_copy(ws, plain, only, _fingerprint(ws))
            data = plain.read_bytes()
    except OSError as error:
        raise InvalidInput(Message("Could not make the package in a temporary folder: "
                                   "{reason}.", reason=error.strerror or error)) from None
    sealed = seal(data, passphrase, CURRENT_VERSION)
    target = write_output(target, lambda handle: handle.write(sealed), force=force)
    return ExportResult(target, counts, only)


def _read_package(path: Path) -> bytes:
    try:
        with os.fdopen(open_regular(path), "rb") as handle:
            data = handle.read(MAX_PACKAGE_BYTES + 1)
    except OSError as error:
        raise InvalidInput(Message("Cannot read {path}: {reason}.", path=path,
                                   reason=error.strerror or error)) from None
    if len(data) > MAX_PACKAGE_BYTES:
        raise InvalidInput(Message("{name} is too large for a package.", name=path.name))
    return data


def _made_here(path: Path) -> InvalidInput:
    return InvalidInput(Message("{name} was made from this workspace; it has nothing to add "
                                "here.", name=path.name))


def _opened(path: Path, passphrase: bytes, folder: Path, own: str) -> tuple[Path, bool]:
    """Decrypt the package at ``path`` into a private file in ``folder``; returns that file
    and whether the package was made from this very workspace."""
    data = unseal(_read_package(path), passphrase, CURRENT_VERSION, path.name)
    target = folder / path.name  # merge messages name the package, not a temporary file
    try:
        with os.fdopen(create_exclusive(target), "wb") as handle:
            handle.write(data)
    except OSError as error:
        raise InvalidInput(Message("Could not open {name} in a temporary folder: {reason}.",
                                   name=path.name, reason=error.strerror or error)) from None
    del data
    try:
        copy = open_workspace(target, create=False, read_only=True)
    except WorkspaceError as error:
        reason = str(error).replace(f"{folder}{os.sep}", "")
        raise InvalidInput(Message("{name} holds no usable workspace: {reason}",
                                   name=path.name, reason=reason)) from None
    try:
        return target, meta_value(copy, SOURCE_KEY) == own
    finally:
        copy.close(backup=False)


@dataclass(frozen=True)
class ImportResult:
    merged: list[MergeResult] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # made from this very workspace

    def lines(self) -> list[Message]:
        """What happened, one sentence a line: each package merged, then those skipped."""
        found: list[Message] = []
        for result in self.merged:
            found.append(result.summary())
            found.extend(Message("Conflict: {conflict}", conflict=conflict)
                         for conflict in result.conflicts)
        found.extend(Message("Skipped {name}: it was made from this workspace.",
                             name=path.name) for path in self.skipped)
        return found


def import_packages(ws: Workspace, files: Sequence[str | Path], passphrase: bytes, *,
                    progress: Progress | None = None) -> ImportResult:
    """Receive every package in ``files`` into ``ws`` (see the module docstring). Raises
    :class:`InvalidInput` or a workspace error, one line, for the first unusable package;
    when every package opens, nothing has been written before that.

    A package made from ``ws`` itself is refused when it is all there is; among others (a
    shared folder where everyone leaves theirs) it is skipped, and the result says so."""
    paths = [Path(f).expanduser().absolute() for f in files]
    if not paths:
        raise InvalidInput(Message("Name at least one package to receive."))
    if ws.read_only:
        raise InvalidInput(Message(
            "{name} is open read-only; close it elsewhere before receiving work into it.",
            name=ws.path.name))
    tell = progress or (lambda _done, _total, _what: None)
    total = 2 * len(paths)
    own = _fingerprint(ws)
    result = ImportResult()
    with _private_folder() as folder:
        opened = []
        for number, path in enumerate(paths):
            tell(number, total, Message("Opening {name}…", name=path.name))
            place = folder / str(number)
            place.mkdir(mode=0o700)
            plain, made_here = _opened(path, passphrase, place, own)
            if made_here:
                result.skipped.append(path)
            else:
                opened.append((path, plain))
        if not opened:
            raise _made_here(result.skipped[0])
        for number, (path, plain) in enumerate(opened):
            tell(len(paths) + number, total, Message("Merging {name}…", name=path.name))
            try:
                merged = merge_workspaces(plain, ws)
            except (InvalidInput, WorkspaceError) as error:
                if not result.merged:
                    raise
                raise InvalidInput(Message("{problem} The {count} packages before it were "
                                           "received.", problem=text_of(error),
                                           count=len(result.merged))) from None
            result.merged.append(replace(merged, source=path))
    tell(total, total, Message("Done."))
    return result
