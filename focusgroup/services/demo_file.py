"""Write the demo workspace to a file, safely: built beside the target, then moved into place."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from focusgroup.services.output_files import build_output, output_target
from focusgroup.services.workspaces import open_ws
from focusgroup.storage.workspace import probe


def write_demo_file(target: Path, *, force: bool = False) -> dict[str, int]:
    """Create a demo workspace at ``target``; refuse to replace an existing file unless ``force``.

    Even with ``force`` only a focusgroup workspace is replaced, and a backup of it is kept first.
    A symbolic link or any other non-regular file at ``target`` is refused.
    """
    from focusgroup.services.demo import build_demo

    target = output_target(target, force=force)
    if target.exists():
        probe(target)  # raises for anything that is not a focusgroup workspace
        old = open_ws(target, create=False)
        old.backup("before-demo")
        old.close(backup=False)
    summary: dict[str, int] = {}

    def build(partial: Path) -> None:
        ws = open_ws(partial)
        try:
            summary.update(build_demo(ws))
        finally:
            ws.close(backup=False)
        for suffix in ("-wal", "-shm"):  # the replaced workspace's, never to be applied to this
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{target}{suffix}")

    build_output(target, build, force=force)
    return summary
