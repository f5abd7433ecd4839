"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys

from focusgroup.services.workspaces import open_ws
from focusgroup.storage.errors import WorkspaceLocked, WorkspaceReadOnly

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
    path = workspace_arg(args)
    try:
        ws = open_ws(path, create=False)
    except (WorkspaceLocked, WorkspaceReadOnly):
        if not read_only_ok:
            raise
        ws = open_ws(path, create=False, read_only=True)
    tell_about_opening(ws)
    return ws


def tell_about_opening(ws) -> None:
    """What opening the workspace did besides opening it, one line each on stderr: an
    interrupted restore finished, a backup that could not be made (the command goes on)."""
    if ws.restore_notice:
        print(f"focusgroup: {ws.restore_notice}", file=sys.stderr)
    if ws.backup_warning:
        warn(ws.backup_warning)


def warn(text: str) -> None:
    print(f"focusgroup: warning: {text}", file=sys.stderr)
