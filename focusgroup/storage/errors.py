"""Problems opening or writing a workspace, each with a one-line message meant for a person."""

from __future__ import annotations


class WorkspaceError(Exception):
    """Base class: ``str(error)`` is a complete sentence a user can act on."""


class WorkspaceMissing(WorkspaceError):
    pass


class NotAWorkspace(WorkspaceError):
    pass


class NewerWorkspace(WorkspaceError):
    pass


class WorkspaceLocked(WorkspaceError):
    pass


class WorkspaceReadOnly(WorkspaceError):
    pass


class WorkspaceDamaged(WorkspaceError):
    pass


class BackupFailed(WorkspaceError):
    pass


class MigrationFailed(WorkspaceError):
    pass


class StorageWriteError(WorkspaceError):
    """A write could not be stored (disk full, file became read-only, locked)."""


class ForeignSchema(WorkspaceError):
    """The file holds triggers, views, tables or indexes that are not ours (or ours changed);
    ``difference`` names them. Nothing in the file was run or changed."""

    def __init__(self, message, difference=None):
        super().__init__(message)
        self.difference = difference


class UnusableSource(WorkspaceError):
    """A workspace to merge holds values or people that cannot be merged as they are."""
