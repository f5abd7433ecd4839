"""``focusgroup import rankings FILE``: (work in progress)."""

from __future__ import annotations

import argparse

from focusgroup.services.errors import InvalidInput


def register(commands) -> None:
    parser = commands.add_parser("import", help="import rankings from a CSV or forms export")
    parser.add_argument("what", choices=["rankings"])
    parser.add_argument("file", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    raise InvalidInput("Importing rankings is not available yet.")
