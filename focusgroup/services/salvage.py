"""Recover what a damaged workspace still holds into the restored one, and say what it was."""

from __future__ import annotations

from pathlib import Path

from focusgroup.messages import Message
from focusgroup.storage.salvage import Salvaged, salvage
from focusgroup.storage.workspace import Workspace

DAMAGED = ".damaged-"


def newest_damaged_copy(path: str | Path) -> Path | None:
    """The damaged copy most recently kept beside ``path`` by a restore, if any."""
    target = Path(path).expanduser().absolute()
    prefix = f"{target.name}{DAMAGED}"
    found = [p for p in target.parent.glob(f"{prefix}*")
             if not p.name.endswith(("-wal", "-shm", "-journal", ".copying")) and p.is_file()]
    return max(found, key=lambda p: p.name[len(prefix):]) if found else None


def recover(ws: Workspace, damaged: Path, *, dry_run: bool) -> Salvaged:
    """Rows of ``damaged`` that ``ws`` lacks: added in one transaction, or only counted."""
    return salvage(ws, damaged, dry_run=dry_run)


def summary(found: Salvaged, *, added: bool) -> list[Message]:
    """One line for what was (or could be) recovered, one for what could not be."""
    lines = []
    if not found.added:
        lines.append(Message("Nothing in the damaged file is missing from the workspace."))
    elif added:
        lines.append(Message("Recovered from the damaged file: {notes} notes and {others} "
                             "other rows.", notes=found.notes, others=found.others))
    else:
        lines.append(Message("The damaged file still holds {notes} notes and {others} other "
                             "rows that the restored workspace lacks.",
                             notes=found.notes, others=found.others))
    if found.skipped:
        lines.append(Message("{count} rows cannot be recovered: {orphans} belong to something "
                             "lost with the damage, {invalid} hold values that are not valid, "
                             "{clashes} clash with rows already in the workspace.",
                             count=found.skipped, orphans=found.orphans, invalid=found.invalid,
                             clashes=found.clashes))
    if found.unreadable:
        lines.append(Message("Damaged tables, read in part or not at all: {tables}.",
                             tables=", ".join(found.unreadable)))
    return lines
