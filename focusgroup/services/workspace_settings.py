"""The settings that protect data, stored in the workspace so the app and every command obey
the same values: anonymity threshold, backups kept, default listening cadence.

They are declared in ``focusgroup.options`` (``place=WORKSPACE``) and kept as rows of the
workspace's ``meta`` table under the option's key. A workspace that stores none (made before
they moved there) gets the declared defaults; no schema step is needed. ``meta`` also holds the
workspace's id and erasure key: only the declared options are ever read or written here.
"""

from __future__ import annotations

from typing import Any

from focusgroup import options
from focusgroup.messages import Message
from focusgroup.options import Option
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import queries
from focusgroup.storage.workspace import Workspace


def find_option(key: str) -> Option:
    """The workspace option called ``key``; InvalidInput naming the known keys otherwise."""
    for option in options.IN_WORKSPACE:
        if option.key == key:
            return option
    raise InvalidInput(Message('Unknown setting "{key}"; use one of {keys}.', key=key,
                               keys=", ".join(o.key for o in options.IN_WORKSPACE)))


def all_values(ws: Workspace) -> list[tuple[Option, Any]]:
    """Every workspace option with its value in ``ws`` (the default where none is stored)."""
    stored = queries.meta_values(ws, [o.key for o in options.IN_WORKSPACE])
    return [(o, o.clean(stored[o.key]) if o.key in stored else o.default)
            for o in options.IN_WORKSPACE]


def value(ws: Workspace, option: Option) -> Any:
    return dict((o.key, v) for o, v in all_values(ws))[option.key]


def checked(option: Option, text: Any) -> Any:
    """``text`` as a value of ``option``; InvalidInput (one line) when out of range."""
    try:
        return option.parse(text)
    except ValueError as error:
        raise InvalidInput(error.args[0]) from None


def set_value(ws: Workspace, option: Option | str, text: Any) -> Any:
    """Store ``text`` as the value of ``option`` in ``ws`` after checking it against the
    declared limits (InvalidInput, nothing stored, when it is out of range)."""
    option = find_option(option if isinstance(option, str) else option.key)
    cleaned = checked(option, text)
    queries.set_meta(ws, option.key, str(cleaned))
    return cleaned


def threshold(ws: Workspace, given: int | None = None) -> int:
    """The anonymity threshold for one command: ``given`` (a --threshold flag) when set, else
    the workspace's own."""
    return given if given is not None else value(ws, options.ANONYMITY_THRESHOLD)


def default_cadence(ws: Workspace) -> int:
    return value(ws, options.DEFAULT_CADENCE_MONTHS)
