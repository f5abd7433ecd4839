"""Write the demo workspace to a file, safely: built beside the target, then moved into place."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.services.workspaces import open_ws
from focusgroup.storage.workspace import probe


def write_demo_file(target: Path, *, force: bool = False) -> dict[str, int]:
    """Create a demo workspace at ``target``; refuse to replace an existing file unless ``force``.

    Even with ``force`` only a focusgroup workspace is replaced, and a backup of it is kept first.
    """
    from focusgroup.services.demo import build_demo

    target = target.expanduser().absolute()
    if not target.parent.is_dir():
        raise InvalidInput(Message("Cannot write {target}: the folder {folder} does not exist.",
                                   target=target, folder=target.parent))
    if target.exists() and not target.is_file():
        raise InvalidInput(Message("Cannot write {target}: it is not a regular file.",
                                   target=target))
    if target.exists():
        if not force:
            raise InvalidInput(Message("{target} already exists; add --force to replace it.",
                                       target=target))
        probe(target)  # raises for anything that is not a focusgroup workspace
        old = open_ws(target, create=False)
        old.backup("before-demo")
        old.close(backup=False)
    partial = target.with_name(target.name + ".building")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        ws = open_ws(partial)
        try:
            summary = build_demo(ws)
        finally:
            ws.close(backup=False)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return summary
