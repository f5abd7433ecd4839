"""``focusgroup demo FILE [--force] [--notes N]``: write a realistic demo workspace, with N
generated notes besides (years of rounds across departments: for trying the app at scale)."""

from __future__ import annotations

import argparse
from pathlib import Path

from focusgroup.commands.common import EXIT_OK
from focusgroup.services.demo_file import generated_count, write_demo_file


def register(commands) -> None:
    parser = commands.add_parser("demo", help="write a realistic demo workspace to FILE")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument("--notes", metavar="N",
                        help="add N generated notes across departments, rounds and themes")


def run(args: argparse.Namespace) -> int:
    target = Path(args.file).expanduser()
    notes = generated_count(args.notes) if args.notes is not None else 0
    summary = write_demo_file(target, force=args.force, notes=notes)
    print(
        f"Demo workspace written to {target}: {summary['departments']} departments, "
        f"{summary['sessions']} sessions, {summary['notes']} notes, "
        f"{summary['rankings']} rankings."
    )
    return EXIT_OK
