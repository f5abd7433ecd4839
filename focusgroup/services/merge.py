"""Merge another workspace into this one, e.g. two facilitators' laptops after a round."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.storage.backups import BackupInfo
from focusgroup.storage.merge import merge_into
from focusgroup.storage.workspace import Workspace, open_workspace

# What the summary mentions, in reading order: (table, one, many).
_SHOWN = (
    ("departments", Message("department"), Message("departments")),
    ("participants", Message("participant"), Message("participants")),
    ("sessions", Message("session"), Message("sessions")),
    ("notes", Message("note"), Message("notes")),
    ("themes", Message("theme"), Message("themes")),
    ("rankings", Message("ranking"), Message("rankings")),
    ("actions", Message("action"), Message("actions")),
    ("initiatives", Message("initiative"), Message("initiatives")),
    ("needs_lists", Message("needs list"), Message("needs lists")),
    ("guide_templates", Message("guide template"), Message("guide templates")),
)


def _listed(parts: list[Message]) -> Message:
    """"a, b and c", keeping every part translatable."""
    listed = parts[0]
    for part in parts[1:-1]:
        listed = Message("{items}, {item}", items=listed, item=part)
    if len(parts) > 1:
        listed = Message("{items} and {last}", items=listed, last=parts[-1])
    return listed


@dataclass(frozen=True)
class MergeResult:
    source: Path
    destination: Path
    counts: dict[str, int]
    conflicts: list[str] = field(default_factory=list)  # Messages from storage.merge
    backup: BackupInfo | None = None

    @property
    def added(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> Message:
        source, destination = self.source.name, self.destination.name
        parts = [Message("{count} {things}", count=self.counts[t],
                         things=one if self.counts[t] == 1 else many)
                 for t, one, many in _SHOWN if self.counts.get(t)]
        if parts:
            text = Message("Merged {source} into {destination}: {what} added.",
                           source=source, destination=destination, what=_listed(parts))
        elif self.added:
            text = Message("Merged {source} into {destination}: links added.",
                           source=source, destination=destination)
        else:
            text = Message("Nothing new in {source}: {destination} already has it all.",
                           source=source, destination=destination)
        if self.conflicts:
            n = len(self.conflicts)
            found = (Message("1 difference found; the values in the destination were kept.")
                     if n == 1 else
                     Message("{count} differences found; the values in the destination were "
                             "kept.", count=n))
            text = Message("{summary} {differences}", summary=text, differences=found)
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
        raise InvalidInput(Message("{name} cannot be merged into itself.", name=source.name))
    if dest_ws.read_only:
        raise InvalidInput(Message(
            "{name} is open read-only; close it elsewhere before merging into it.",
            name=dest_ws.path.name))
    src = open_workspace(source, create=False, read_only=True)
    try:
        backup = dest_ws.backup("before-merge")
        merged = merge_into(src, dest_ws)
    finally:
        src.close()
    return MergeResult(source, dest_ws.path, merged.counts, merged.conflicts, backup)
