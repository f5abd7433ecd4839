"""``focusgroup analyze``: (work in progress)."""

from __future__ import annotations

import argparse

from focusgroup.services.errors import InvalidInput


def register(commands) -> None:
    commands.add_parser("analyze", help="group rankings and the perception gap")


def run(args: argparse.Namespace) -> int:
    raise InvalidInput("analyze is not available yet.")
