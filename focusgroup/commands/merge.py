"""``focusgroup merge SRC --into DEST``: combine two facilitators' workspaces."""

from __future__ import annotations

import argparse

from focusgroup.commands.common import EXIT_OK, tell_about_opening
from focusgroup.services.merge import merge_workspaces
from focusgroup.services.workspaces import open_ws


def register(commands) -> None:
    parser = commands.add_parser(
        "merge", help="merge another workspace into yours (after a backup of yours)")
    parser.add_argument("source", metavar="SRC", help="the workspace to copy from (not changed)")
    parser.add_argument("--into", metavar="DEST", required=True,
                        help="the existing workspace to merge into")


def run(args: argparse.Namespace) -> int:
    ws = open_ws(args.into, create=False)
    tell_about_opening(ws)
    try:
        result = merge_workspaces(args.source, ws)
    finally:
        ws.close()
    print(result.summary())
    for conflict in result.conflicts:
        print(f"Conflict: {conflict}")
    return EXIT_OK
