"""``focusgroup sessions --workspace FILE [--json]``: list the sessions."""

from __future__ import annotations

import argparse
import json

from focusgroup.commands.common import EXIT_OK, add_workspace_option, open_existing
from focusgroup.storage.queries import session_rows


def register(commands) -> None:
    parser = commands.add_parser("sessions", help="list the sessions of a workspace")
    add_workspace_option(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    ws = open_existing(args)
    try:
        rows = session_rows(ws)
    finally:
        ws.close()
    if args.json:
        data = [
            {
                "id": r.id,
                "date": r.date.isoformat() if r.date else None,
                "kind": r.kind.value,
                "status": r.status.value,
                "department": r.department,
                "title": r.title,
                "notes": r.notes,
            }
            for r in rows
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No sessions yet.")
        return EXIT_OK
    print(f"{'date':10}  {'kind':15}  {'department':20}  {'notes':>5}  title")
    for r in rows:
        day = r.date.isoformat() if r.date else "-"
        department = (r.department or "-")[:20]
        print(f"{day:10}  {r.kind.value:15}  {department:20}  {r.notes:5}  {r.title}")
    return EXIT_OK
