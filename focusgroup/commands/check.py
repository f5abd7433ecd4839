"""``focusgroup check --workspace FILE [--full]``: integrity (SQLite's quick check, or its full
integrity check with ``--full``), schema version, counts, backups."""

from __future__ import annotations

import argparse

from focusgroup.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_workspace_option,
    warn,
    workspace_arg,
)
from focusgroup.services.checks import check_workspace


def register(commands) -> None:
    parser = commands.add_parser("check", help="integrity, schema version, counts and backups")
    add_workspace_option(parser)
    parser.add_argument("--restore", action="store_true",
                        help="if the workspace is damaged, restore the newest good backup "
                             "(the damaged file is kept beside it) and count the rows it "
                             "still holds that the backup lacks")
    parser.add_argument("--salvage", action="store_true",
                        help="add those rows to the workspace (restoring first if needed), "
                             "from the newest damaged file kept beside it")
    parser.add_argument("--full", action="store_true",
                        help="SQLite's full integrity check, which also compares every index "
                             "with its table (slower); without it, the quick check")
    parser.add_argument("--remove-extras", action="store_true",
                        help="remove triggers, views, tables and indexes that focusgroup did "
                             "not make (after a backup)")


def run(args: argparse.Namespace) -> int:
    report = check_workspace(workspace_arg(args), restore=args.restore,
                             salvage=args.salvage, remove_extras=args.remove_extras,
                            full=args.full)
    for line in report.lines:
        print(line)
    for text in report.warnings:
        warn(text)
    return EXIT_OK if report.ok else EXIT_PROBLEMS
