"""``focusgroup config``: the settings stored in a workspace (anonymity threshold, backups kept,
default cadence), which the app and every command obey.

Without KEY: every setting as ``key = value`` lines. With KEY: its value. With KEY VALUE: the
value is stored. An unknown key or an out-of-range value exits 2 with one line, nothing changed.
"""

from __future__ import annotations

import argparse

from focusgroup.commands.common import EXIT_OK, add_workspace_option, open_existing


def register(commands) -> None:
    parser = commands.add_parser(
        "config", help="list, show or set the settings stored in a workspace",
        description="The settings that protect data live in the workspace, so the app and "
        "every command use the same values: anonymity_threshold (min 3), backups_kept, "
        "cadence_months (default for new departments).")
    add_workspace_option(parser)
    parser.add_argument("key", nargs="?", metavar="KEY", help="one setting")
    parser.add_argument("value", nargs="?", metavar="VALUE", help="its new value")


def run(args: argparse.Namespace) -> int:
    from focusgroup.services import workspace_settings

    option = workspace_settings.find_option(args.key) if args.key else None  # before opening
    if option is not None and args.value is not None:
        workspace_settings.checked(option, args.value)
    ws = open_existing(args, read_only_ok=args.value is None)
    try:
        if option is None:
            for each, value in workspace_settings.all_values(ws):
                print(f"{each.key} = {value}")
        elif args.value is None:
            print(workspace_settings.value(ws, option))
        else:
            workspace_settings.set_value(ws, option, args.value)
    finally:
        ws.close()
    return EXIT_OK
