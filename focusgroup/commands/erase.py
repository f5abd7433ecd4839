"""``focusgroup erase --participant CODE --yes``: remove a person completely."""

from __future__ import annotations

import argparse

from focusgroup.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_workspace_option,
    open_existing,
)
from focusgroup.messages import Message
from focusgroup.services.erase import describe, erase, preview
from focusgroup.services.errors import InvalidInput


def register(commands) -> None:
    parser = commands.add_parser(
        "erase", help="erase a participant: notes, rankings, name and code, backups too")
    add_workspace_option(parser)
    parser.add_argument("--participant", metavar="CODE", required=True)
    parser.add_argument("--keep-notes", action="store_true",
                        help="keep what they said, without their name or code")
    parser.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


def run(args: argparse.Namespace) -> int:
    """Without ``--yes``: say exactly whom it would erase, and change nothing. With it: erase,
    say whom, and exit 1 while a purge is unfinished (running it again finishes it)."""

    if not args.yes:
        ws = open_existing(args)
        try:
            print(preview(ws, args.participant))
        finally:
            ws.close(backup=False)
        raise InvalidInput(Message("Erasing cannot be undone; add --yes to confirm."))
    ws = open_existing(args, read_only_ok=False)
    try:
        erasure = erase(ws, args.participant, keep_notes=args.keep_notes)
        print(describe(erasure))
    finally:
        ws.close(backup=False)
    return EXIT_OK if erasure.purge.finished else EXIT_PROBLEMS
