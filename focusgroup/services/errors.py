"""Errors the services raise for bad input; ``str(error)`` is the one-line message to show.

The workspace errors are re-exported here so that the interface catches them without reaching
into storage/.
"""

from __future__ import annotations

from focusgroup.storage.errors import (
    NotAWorkspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceReadOnly,
)

__all__ = [
    "InvalidInput",
    "NotAWorkspace",
    "WorkspaceDamaged",
    "WorkspaceError",
    "WorkspaceLocked",
    "WorkspaceReadOnly",
]


class InvalidInput(ValueError):
    """A typed value, flag or file the user supplied cannot be used as given."""
