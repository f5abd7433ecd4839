"""Merge another workspace into this one, e.g. two facilitators' laptops after a round."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from focusgroup.services.errors import InvalidInput
from focusgroup.storage.backups import BackupInfo
from focusgroup.storage.merge import merge_into
from focusgroup.storage.workspace import Workspace, open_workspace

# What the summary mentions, in reading order: (table, one, many).
_SHOWN = (
    ("departments", "department", "departments"),
    ("participants", "participant", "participants"),
    ("sessions", "session", "sessions"),
    ("notes", "note", "notes"),
    ("themes", "theme", "themes"),
    ("rankings", "ranking", "rankings"),
    ("actions", "action", "actions"),
    ("initiatives", "initiative", "initiatives"),
    ("needs_lists", "needs list", "needs lists"),
    ("guide_templates", "guide template", "guide templates"),
)


@dataclass(frozen=True)
class MergeResult:
    source: Path
    destination: Path
    counts: dict[str, int]
    conflicts: list[str] = field(default_factory=list)
    backup: BackupInfo | None = None

    @property
    def added(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        parts = [f"{self.counts[t]} {one if self.counts[t] == 1 else many}"
                 for t, one, many in _SHOWN if self.counts.get(t)]
        if parts:
            what = (", ".join(parts[:-1]) + " and " + parts[-1]) if len(parts) > 1 else parts[0]
            text = f"Merged {self.source.name} into {self.destination.name}: {what} added."
        elif self.added:
            text = f"Merged {self.source.name} into {self.destination.name}: links added."
        else:
            text = f"Nothing new in {self.source.name}: {self.destination.name} already has it all."
        if self.conflicts:
            n = len(self.conflicts)
            text += (f" {n} {'difference' if n == 1 else 'differences'} found; "
                     "the values in the destination were kept.")
        return text


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def merge_workspaces(src_path: str | Path, dest_ws: Workspace) -> MergeResult:
    """Copy what ``src_path`` has and ``dest_ws`` lacks into ``dest_ws``: one transaction, after
    a verified backup of ``dest_ws``. The source file is opened read-only and never changed."""
    source = Path(src_path).expanduser().absolute()
    if _same_file(source, dest_ws.path):
        raise InvalidInput(f"{source.name} cannot be merged into itself.")
    if dest_ws.read_only:
        raise InvalidInput(
            f"{dest_ws.path.name} is open read-only; close it elsewhere before merging into it.")
    src = open_workspace(source, create=False, read_only=True)
    try:
        backup = dest_ws.backup("before-merge")
        merged = merge_into(src, dest_ws)
    finally:
        src.close()
    return MergeResult(source, dest_ws.path, merged.counts, merged.conflicts, backup)
