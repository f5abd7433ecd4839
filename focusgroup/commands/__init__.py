"""One module per ``focusgroup`` sub-command: each has ``register(subparsers)`` and ``run(args)``.

``run`` returns the exit code (0 ok, 1 problems found, 2 bad input) and raises
``WorkspaceError``/``InvalidInput`` for bad input; ``focusgroup.cli`` turns those into one line.
"""

from __future__ import annotations

from importlib import import_module

COMMANDS = (
    "demo", "sessions", "check", "analyze", "import_rankings", "report", "export", "erase",
    "merge", "config", "exchange",
)


def load(name: str):
    return import_module(f"focusgroup.commands.{name}")
