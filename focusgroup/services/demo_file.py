"""Write the demo workspace to a file, safely: built beside the target, then moved into place."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from focusgroup.services.output_files import build_output, output_target
from focusgroup.services.workspaces import open_ws
from focusgroup.storage.queries import table_counts
from focusgroup.storage.workspace import probe


def write_demo_file(target: Path, *, force: bool = False, notes: int = 0) -> dict[str, int]:
    """Create a demo workspace at ``target``; refuse to replace an existing file unless ``force``.
    ``notes``: that many generated notes are added (years of rounds in many departments).

    Even with ``force`` only a focusgroup workspace is replaced, and a backup of it is kept first.
    A symbolic link or any other non-regular file at ``target`` is refused.
    """
    from focusgroup.services.demo import build_demo

    if notes:
        generated_count(notes)  # a bad number is refused before anything is touched
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
            if notes:
                from focusgroup.services.demo_scale import add_generated_notes

                add_generated_notes(ws, notes)
                summary.update(table_counts(ws))
        finally:
            ws.close(backup=False)
        for suffix in ("-wal", "-shm"):  # the replaced workspace's, never to be applied to this
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{target}{suffix}")

    build_output(target, build, force=force)
    return summary


def generated_count(text: object) -> int:
    """How many notes ``--notes`` asks for: a whole number from 1 to the most generated."""
    from focusgroup.domain.ranking_input import whole_number
    from focusgroup.messages import Message
    from focusgroup.services.demo_scale import MAX_NOTES
    from focusgroup.services.errors import InvalidInput

    value = whole_number(str(text))
    if value is None or not 1 <= value <= MAX_NOTES:
        raise InvalidInput(Message("{key} must be a whole number from {least} to {most}.",
                                   key="--notes", least=1, most=f"{MAX_NOTES:,}"))
    return value
