"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", "-w", metavar="FILE", dest="sub_workspace",
                        help="workspace file (default: your default workspace)")


def workspace_arg(args: argparse.Namespace) -> str | None:
    return getattr(args, "sub_workspace", None) or getattr(args, "workspace", None)


def open_existing(args: argparse.Namespace, *, read_only_ok: bool = True):
    """Open the workspace named on the command line; never create one by accident. A command
    that only reads (``read_only_ok``) still works on a file that is open in the app or that
    cannot be written to."""
    from focusgroup.services.workspaces import open_ws
    from focusgroup.storage.errors import WorkspaceLocked, WorkspaceReadOnly

    path = workspace_arg(args)
    try:
        return open_ws(path, create=False)
    except (WorkspaceLocked, WorkspaceReadOnly):
        if not read_only_ok:
            raise
        return open_ws(path, create=False, read_only=True)
