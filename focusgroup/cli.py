"""The ``focusgroup`` command: the GUI by default, sub-commands for batch work.

Exit codes: 0 ok, 1 problems found (``check``), 2 bad input (a flag, a file, a damaged workspace
given where a good one is needed). Messages are one line on stderr, never a traceback.
Each sub-command lives in ``focusgroup.commands``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from focusgroup import __version__, commands
from focusgroup.commands.common import EXIT_BAD_INPUT, EXIT_OK
from focusgroup.services.errors import InvalidInput
from focusgroup.storage.errors import WorkspaceError


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
    parser.add_argument("--session", metavar="ID",
                        help="open the app on this session's capture line (starting it if it "
                        "was planned)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in commands.COMMANDS:
        commands.load(name).register(subparsers)
    return parser


def _module_for(command: str) -> str:
    return {"import": "import_rankings"}.get(command, command)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from focusgroup.app import run_gui

            return run_gui(args.workspace, args.session)
        return commands.load(_module_for(args.command)).run(args)
    except (WorkspaceError, InvalidInput) as error:
        print(f"focusgroup: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("focusgroup: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
