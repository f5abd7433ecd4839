"""The ``focusgroup`` command: the GUI by default, sub-commands for batch work.

Exit codes: 0 ok, 1 problems found (``check``), 2 bad input (a flag, a file, a damaged workspace
given where a good one is needed). Messages are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from focusgroup import __version__
from focusgroup.services.errors import InvalidInput
from focusgroup.storage.errors import WorkspaceError

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_BAD_INPUT, f"focusgroup: {message} (see focusgroup --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="focusgroup",
        description="Ask your own people what they want: focus groups, lunch interviews, "
        "needs rankings and the perception gap. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"focusgroup {__version__}")
    parser.add_argument("--workspace", "-w", metavar="FILE", help="workspace file to open")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="write a realistic demo workspace to FILE")
    demo.add_argument("file", metavar="FILE")
    demo.add_argument("--force", action="store_true", help="replace FILE if it exists")

    sessions = commands.add_parser("sessions", help="list the sessions of a workspace")
    sessions.add_argument("--workspace", "-w", metavar="FILE", dest="sub_workspace")
    sessions.add_argument("--json", action="store_true", help="print JSON instead of a table")

    check = commands.add_parser("check", help="integrity, schema version, counts and backups")
    check.add_argument("--workspace", "-w", metavar="FILE", dest="sub_workspace")
    return parser


def _workspace_arg(args: argparse.Namespace) -> str | None:
    return getattr(args, "sub_workspace", None) or args.workspace


def _err(message: str) -> None:
    print(f"focusgroup: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from focusgroup.app import run_gui

            return run_gui(args.workspace)
        handler = {"demo": _demo, "sessions": _sessions, "check": _check}[args.command]
        return handler(args)
    except (WorkspaceError, InvalidInput) as error:
        _err(str(error))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from focusgroup.services.demo_file import write_demo_file

    target = Path(args.file).expanduser()
    summary = write_demo_file(target, force=args.force)
    print(
        f"Demo workspace written to {target}: {summary['departments']} departments, "
        f"{summary['sessions']} sessions, {summary['notes']} notes, "
        f"{summary['rankings']} rankings."
    )
    return EXIT_OK


def _open_existing(args: argparse.Namespace, *, read_only_if_locked: bool = True):
    from focusgroup.services.workspaces import open_ws
    from focusgroup.storage.errors import WorkspaceLocked

    path = _workspace_arg(args)
    try:
        return open_ws(path, create=False)
    except WorkspaceLocked:
        if not read_only_if_locked:
            raise
        return open_ws(path, create=False, read_only=True)


def _sessions(args: argparse.Namespace) -> int:
    from focusgroup.storage.queries import session_rows

    ws = _open_existing(args)
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


def _check(args: argparse.Namespace) -> int:
    from focusgroup.services.checks import check_workspace

    report = check_workspace(_workspace_arg(args))
    for line in report.lines:
        print(line)
    return EXIT_OK if report.ok else EXIT_PROBLEMS
