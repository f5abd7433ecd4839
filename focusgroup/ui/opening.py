"""Opening a workspace in the window: what went wrong said in a dialog, a damaged file offered
for restoring (and its still readable rows for recovery), and what happened on open told."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from focusgroup.services.errors import (
    InvalidInput,
    NotAWorkspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceReadOnly,
)
from focusgroup.services.salvage import recover, summary
from focusgroup.services.workspaces import Workspace, has_backups, open_ws, restore_from_backup
from focusgroup.ui import labels


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def open_with_dialogs(parent: QWidget, path: Path, *, create: bool) -> Workspace | None:
    """The workspace at ``path``, or None after a dialog saying why not. How many backups are
    kept is the workspace's own setting (see focusgroup config)."""
    try:
        return open_ws(path, create=create)
    except (WorkspaceLocked, WorkspaceReadOnly) as error:
        if not path.is_file():
            QMessageBox.critical(parent, _t("Cannot open workspace"), labels.message(error))
            return None
        title = (_t("Workspace in use") if isinstance(error, WorkspaceLocked)
                 else _t("Workspace is read-only"))
        answer = QMessageBox.question(parent, title, labels.message(error) + "\n\n"
                                      + _t("Open it read-only to look around?"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return open_ws(path, create=False, read_only=True)
        except WorkspaceError as again:
            QMessageBox.critical(parent, _t("Cannot open workspace"), labels.message(again))
            return None
    except (WorkspaceDamaged, NotAWorkspace) as error:
        return offer_restore(parent, path, error)
    except (WorkspaceError, InvalidInput) as error:
        QMessageBox.critical(parent, _t("Cannot open workspace"), labels.message(error))
        return None


def show_notices(parent: QWidget, ws: Workspace) -> None:
    """What opening did or could not do: a restore finished, no backup, an erasure pending."""
    if ws.restore_notice:
        QMessageBox.information(parent, _t("Workspace restored"),
                                labels.message(ws.restore_notice))
    if ws.backup_warning:
        advice = _t("Your workspace is fine and open; check the disk space of your "
                    "data folder.")
        QMessageBox.warning(parent, _t("No backup made"),
                            labels.message(ws.backup_warning) + "\n\n" + advice)
    if ws.erasure_warning:
        QMessageBox.warning(parent, _t("Erasure not finished"),
                            labels.message(ws.erasure_warning))


def offer_restore(parent: QWidget, path: Path, error: Exception) -> Workspace | None:
    """A damaged file with a good backup: offer to restore it (the damaged file is kept)."""
    if not path.exists() or not has_backups(path):
        QMessageBox.critical(parent, _t("Cannot open workspace"), labels.message(error))
        return None
    offer = _t("Restore it from the newest good backup? The damaged file is kept "
               "beside it.")
    answer = QMessageBox.question(parent, _t("Workspace damaged"),
                                  labels.message(error) + "\n\n" + offer)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        ws, recovery = restore_from_backup(path)
    except WorkspaceError as again:
        QMessageBox.critical(parent, _t("Cannot open workspace"), labels.message(again))
        return None
    QMessageBox.information(parent, _t("Workspace restored"),
                            labels.message(recovery.message()))
    offer_salvage(parent, ws, recovery.damaged_copy)
    return ws


def offer_salvage(parent: QWidget, ws: Workspace, damaged: Path) -> None:
    """Rows the damaged file still holds that the backup lacks: offer to add them."""
    try:
        found = recover(ws, damaged, dry_run=True)
        if not found.added:
            return
        offer = _t("Add them to the restored workspace?")
        told = "\n".join(labels.message(line) for line in summary(found, added=False))
        answer = QMessageBox.question(parent, _t("Recover rows"), told + "\n\n" + offer)
        if answer != QMessageBox.StandardButton.Yes:
            return
        found = recover(ws, damaged, dry_run=False)
    except WorkspaceError as error:
        QMessageBox.critical(parent, _t("Recover rows"), labels.message(error))
        return
    QMessageBox.information(parent, _t("Recover rows"), "\n".join(
        labels.message(line) for line in summary(found, added=True)))
