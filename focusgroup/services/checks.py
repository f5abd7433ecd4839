"""``focusgroup check``: is the workspace sound, which version, what is in it, which backups."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from focusgroup import paths
from focusgroup.messages import Message, text_of
from focusgroup.services.erase import describe_pending, pending
from focusgroup.services.salvage import newest_damaged_copy, recover, summary
from focusgroup.services.workspaces import has_backups, open_ws, restore_from_backup
from focusgroup.storage import backups, queries
from focusgroup.storage.errors import (
    ForeignSchema,
    NotAWorkspace,
    WorkspaceDamaged,
    WorkspaceLocked,
    WorkspaceReadOnly,
)
from focusgroup.storage.schema import CURRENT_VERSION


@dataclass
class CheckReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # not problems of the file itself

    def problem(self, text: str) -> None:
        self.ok = False
        self.lines.append(Message("PROBLEM: {problem}", problem=text))


def check_workspace(path: str | Path | None, *, restore: bool = False,
                    salvage: bool = False, remove_extras: bool = False,
                    full: bool = False) -> CheckReport:
    """Check the workspace; ``restore`` replaces a damaged one by its newest good backup and
    counts what the damaged file still holds; ``salvage`` (which implies ``restore``) also adds
    those rows, from the damaged file just kept or else from the newest one beside it.
    ``remove_extras``: triggers, views, tables and indexes that are not ours are removed
    (and our own remade) after a backup; without it they are listed as problems. The file is
    read with SQLite's quick check, or with its full integrity check when ``full``."""
    restore = restore or salvage
    target = Path(path).expanduser() if path else paths.default_workspace()
    report = CheckReport()
    report.lines.append(Message("Workspace: {path}", path=target))
    try:
        try:
            ws = open_ws(target, create=False, repair=remove_extras)
        except WorkspaceLocked:
            ws = open_ws(target, create=False, read_only=True)
            report.lines.append(Message("Opened read-only: the workspace is open in the app."))
        except WorkspaceReadOnly:
            ws = open_ws(target, create=False, read_only=True)
            report.lines.append(Message("Opened read-only: the file cannot be written to."))
    except ForeignSchema as error:
        _foreign(report, error, asked=remove_extras)
        return report
    except (WorkspaceDamaged, NotAWorkspace) as error:
        if isinstance(error, NotAWorkspace) and not has_backups(target):
            raise  # not ours and never was: bad input, not damage
        if getattr(error, "restore_notice", None):
            report.lines.append(error.restore_notice)  # type: ignore[attr-defined]
        report.problem(text_of(error))
        _list_backups(report, paths.backups_dir(target))
        if restore:
            ws, recovery = restore_from_backup(target)
            report.lines.append(recovery.message())
            try:
                _salvage(report, ws, recovery.damaged_copy, apply=salvage)
            finally:
                ws.close(backup=salvage)
        elif has_backups(target):
            report.lines.append(Message("Run again with --restore to restore the newest good "
                                        "backup (the damaged file is kept)."))
        return report
    if ws.repaired:
        for line in ws.repaired.lines():
            report.lines.append(Message("Removed after a backup: {what}", what=line))
    if ws.restore_notice:
        report.lines.append(ws.restore_notice)
    if ws.backup_warning:
        report.warnings.append(ws.backup_warning)
    if salvage:
        damaged = newest_damaged_copy(target)
        if damaged is None:
            report.lines.append(Message("There is no damaged copy of {name} to recover rows "
                                        "from.", name=target.name))
        elif ws.read_only:
            report.problem(Message("Nothing was recovered: the workspace is open read-only."))
        else:
            _salvage(report, ws, damaged, apply=True)
    try:
        report.lines.append(Message("Schema version: {version} (this app: {current})",
                                    version=ws.version, current=CURRENT_VERSION))
        problems = queries.integrity_problems(ws, full=full)
        for text in problems:
            report.problem(text)
        if not problems:
            report.lines.append(Message("Integrity: ok"))
        unfinished = pending(ws)
        if unfinished:
            report.problem(describe_pending(unfinished))
        counts = queries.table_counts(ws)
        report.lines.append(Message("Contents: {counts}", counts=", ".join(
            f"{n} {name.replace('_', ' ')}" for name, n in counts.items())))
        _list_backups(report, ws.backup_dir)
    finally:
        ws.close(backup=False)
    return report


def _salvage(report: CheckReport, ws, damaged: Path, *, apply: bool) -> None:
    found = recover(ws, damaged, dry_run=not apply)
    report.lines.extend(summary(found, added=apply))
    if found.added and not apply:
        report.lines.append(Message("Run focusgroup check --salvage to add them."))


def _foreign(report: CheckReport, error: ForeignSchema, *, asked: bool) -> None:
    """A schema that is not ours: name every object; nothing in it was run."""
    for line in error.difference.lines():
        report.problem(Message("The workspace holds objects {what}.", what=line))
    if asked:
        report.lines.append(Message("Tables of focusgroup that were changed or are missing "
                                    "cannot be remade; restore a backup with --restore."))
    else:
        report.lines.append(Message("Nothing in them was run. Run again with --remove-extras "
                                    "to remove them after a backup."))


def _list_backups(report: CheckReport, folder: Path | None) -> None:
    found = backups.list_backups(folder) if folder else []
    if not found:
        report.lines.append(Message("Backups: none yet"))
        return
    report.lines.append(Message("Backups: {count} in {folder}", count=len(found), folder=folder))
    for info in found:
        notes = f"{info.notes} notes" if info.ok else "UNREADABLE"
        report.lines.append(f"  {info.created:%Y-%m-%d %H:%M} UTC  {info.reason:12} {notes}")
