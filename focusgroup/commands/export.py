"""``focusgroup export``: (work in progress)."""

from __future__ import annotations

import argparse

from focusgroup.services.errors import InvalidInput


def register(commands) -> None:
    commands.add_parser("export", help="(coming)")


def run(args: argparse.Namespace) -> int:
    raise InvalidInput("export is not available yet.")
