"""Bring a workspace up to the current schema, one numbered step at a time.

Every step runs in its own transaction together with the ``user_version`` bump, so a step that
fails leaves the file at the previous version, unchanged. A verified backup is taken before the
first step of an existing workspace (the caller passes ``before_first``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from focusgroup.messages import Message
from focusgroup.storage.errors import MigrationFailed
from focusgroup.storage.schema import APPLICATION_ID, STEPS, Executes


def schema_version(db: Database | sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    db: Database,
    *,
    steps: Sequence[Callable[[Executes], None]] = STEPS,
    before_first: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Run the missing steps; return ``(old_version, new_version)``."""
    old = schema_version(db)
    target = len(steps)
    if old >= target:
        return old, old
    if before_first is not None:
        before_first(old)
    for number in range(old + 1, target + 1):
        step = steps[number - 1]
        try:
            with db.atomic():
                step(db)
                if number == 1:
                    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {number}")
        except Exception as error:  # any failure: the transaction has been rolled back
            raise MigrationFailed(Message(
                "Could not upgrade the workspace to version {number}: {error}. "
                "The file is unchanged at version {previous}.",
                number=number, error=str(error), previous=number - 1,
            )) from error
    return old, target
