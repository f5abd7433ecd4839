"""``focusgroup import rankings|notes FILE --workspace W [--needs-list NAME] [--session TITLE]
[--department NAME] [--date YYYY-MM-DD] [--dry-run]``: import needs rankings or notes.

FILE is a long CSV (``participant,role,perspective,item,rank``), a Microsoft Forms export or a
Google Forms ranking grid. All or nothing: a file with bad rows imports nothing and the problems
are listed by line (exit 2).
"""

from __future__ import annotations

import argparse

from focusgroup.commands.common import EXIT_OK, add_workspace_option, open_existing
from focusgroup.services.errors import InvalidInput
from focusgroup.services.import_notes import apply_notes_plan, read_notes_file
from focusgroup.services.import_rankings import ImportOptions, apply_plan, read_rankings_file


def register(commands) -> None:
    parser = commands.add_parser(
        "import", help="import rankings (CSV or forms export) or notes (CSV)",
        description="Import needs rankings from a long CSV (participant,role,perspective,item,"
        "rank; optional department,session,date), a Microsoft Forms export (the ranking in one "
        "cell, 'A;B;C;') or a Google Forms ranking grid ('Question [Item]' columns). Nothing is "
        "imported if any row is wrong. 'import notes' reads a CSV with kind,text (optional "
        "participant,role,theme,guide_item) into --session.")
    parser.add_argument("what", choices=["rankings", "notes"])
    parser.add_argument("file", metavar="FILE")
    add_workspace_option(parser)
    parser.add_argument("--needs-list", metavar="NAME",
                        help="the list ranked (default: the classic ten); a new name creates "
                        "the list from the file's items")
    parser.add_argument("--session", metavar="TITLE",
                        help="session for rows without one (created as a closed survey unless "
                        "it exists; default 'Imported rankings FILE')")
    parser.add_argument("--department", metavar="NAME",
                        help="existing department of new sessions and participants")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="date of new sessions (default today)")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the file and say what would be imported; write nothing")


def _notes(args: argparse.Namespace) -> int:
    ws = open_existing(args, read_only_ok=args.dry_run)
    try:
        plan = read_notes_file(ws, args.file, session=args.session,
                               department=args.department, day=args.date)
        if plan.problems:
            raise InvalidInput(plan.problem_message())
        summary = plan.summary("Would import") + " Nothing was written (--dry-run)." \
            if args.dry_run else apply_notes_plan(ws, plan)
    finally:
        ws.close()
    print(summary)
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.what == "notes":
        return _notes(args)
    options = ImportOptions(needs_list=args.needs_list, session=args.session,
                            department=args.department, date=args.date)
    ws = open_existing(args, read_only_ok=args.dry_run)
    try:
        plan = read_rankings_file(ws, args.file, options)
        if not plan.ok:
            raise InvalidInput(plan.problem_message())
        summary = plan.summary() + " Nothing was written (--dry-run)." if args.dry_run else (
            apply_plan(ws, plan).summary())
    finally:
        ws.close()
    print(summary)
    for note in plan.notes:
        print(f"Note: {note}")
    return EXIT_OK
