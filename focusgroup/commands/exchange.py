"""``focusgroup exchange export|import``: send work to a colleague and receive theirs as
encrypted packages."""

from __future__ import annotations

import argparse

from focusgroup.commands.common import EXIT_OK, add_workspace_option, open_existing
from focusgroup.services.exchange import (
    ONLY,
    export_package,
    import_packages,
    passphrase_from_file,
)


def register(commands) -> None:
    parser = commands.add_parser(
        "exchange", help="send work to a colleague, or receive theirs (encrypted packages)")
    actions = parser.add_subparsers(dest="exchange_action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="write a package of this workspace's work, encrypted with a passphrase")
    add_workspace_option(export)
    export.add_argument("--out", metavar="FILE", required=True, help="the package to write")
    export.add_argument("--only", choices=ONLY,
                        help="lunch: only lunch interviews; sessions: everything but them "
                        "(default: everything)")
    export.add_argument("--passphrase-file", metavar="FILE", required=True,
                        help="a file holding the passphrase (its line ending is ignored)")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    receive = actions.add_parser(
        "import", help="receive packages into this workspace (after a backup of it)")
    receive.add_argument("packages", metavar="FILE", nargs="+", help="packages to receive")
    add_workspace_option(receive)
    receive.add_argument("--passphrase-file", metavar="FILE", required=True,
                         help="a file holding the passphrase (its line ending is ignored)")


def run(args: argparse.Namespace) -> int:
    passphrase = passphrase_from_file(args.passphrase_file)
    if args.exchange_action == "export":
        ws = open_existing(args)
        try:
            result = export_package(ws, args.out, passphrase, only=args.only, force=args.force)
        finally:
            ws.close()
        print(result.summary())
        return EXIT_OK
    ws = open_existing(args, read_only_ok=False)
    try:
        result = import_packages(ws, args.packages, passphrase)
    finally:
        ws.close()
    for line in result.lines():
        print(line)
    return EXIT_OK
