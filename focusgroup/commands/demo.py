"""``focusgroup demo FILE [--force]``: write a realistic demo workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

from focusgroup.commands.common import EXIT_OK
from focusgroup.services.demo_file import write_demo_file


def register(commands) -> None:
    parser = commands.add_parser("demo", help="write a realistic demo workspace to FILE")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace) -> int:
    target = Path(args.file).expanduser()
    summary = write_demo_file(target, force=args.force)
    print(
        f"Demo workspace written to {target}: {summary['departments']} departments, "
        f"{summary['sessions']} sessions, {summary['notes']} notes, "
        f"{summary['rankings']} rankings."
    )
    return EXIT_OK
