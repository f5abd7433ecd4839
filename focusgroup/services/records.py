"""Look domain records up by type: a record by its id, all of a kind, or those whose fields
equal given values. The interface reads through these rather than through storage/."""

from __future__ import annotations

from typing import Any, TypeVar

from focusgroup.storage import repository
from focusgroup.storage.workspace import Workspace

T = TypeVar("T")


def get(ws: Workspace, cls: type[T], key: str) -> T | None:
    return repository.get(ws, cls, key)


def find(ws: Workspace, cls: type[T]) -> list[T]:
    """Every stored record of ``cls``."""
    return repository.find(ws, cls)


def find_by(ws: Workspace, cls: type[T], **equals: Any) -> list[T]:
    """Records whose fields equal the given values (a list or tuple value means "any of")."""
    return repository.find_by(ws, cls, **equals)
