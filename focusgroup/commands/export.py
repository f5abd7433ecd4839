"""``focusgroup export``: notes, rankings and actions as CSV or XLSX, anonymised.

The anonymity rules of the reports apply: lunch-interview notes only pooled, groups below the
anonymity threshold (--threshold, min 3) left out with a row saying why, dates cut to the month
near the threshold. Names never leave the workspace (known names in text become "[name]").
--show-codes is the explicit opt-in to the detail (codes, exact dates, each lunch interview,
small groups) and says so on stderr. CSV cells that could start a formula are prefixed with
"'"; XLSX cells hold such text as text.
CSV with ``--what all`` writes notes.csv, rankings.csv and actions.csv into the folder PATH
(created if needed); XLSX puts each table on its own sheet. Files are written atomically and
privately (0600); a symbolic link is refused, an existing file is replaced only with --force.
"""

from __future__ import annotations

import argparse
import sys

from focusgroup.commands.common import EXIT_OK, add_workspace_option, open_existing


def register(commands) -> None:
    parser = commands.add_parser(
        "export", help="export notes, rankings and actions as CSV or XLSX (anonymised)",
        description="Export tables for a spreadsheet, with the anonymity rules of the reports: "
        "lunch-interview notes only pooled, groups below the threshold left out with a row "
        "saying why. With --format csv and --what all, PATH is a folder that receives "
        "notes.csv, rankings.csv and actions.csv.")
    add_workspace_option(parser)
    parser.add_argument("--format", "-f", choices=["csv", "xlsx"], required=True,
                        help="csv (UTF-8) or xlsx (one sheet per table)")
    parser.add_argument("--out", "-o", required=True, metavar="PATH",
                        help="file to write (a folder for csv with --what all)")
    parser.add_argument("--what", choices=["notes", "rankings", "actions", "all"], default="all",
                        help="which table(s) (default: all)")
    parser.add_argument("--threshold", metavar="N",
                        help="anonymity threshold: smaller groups are left out (3 to 50; "
                        "default: the workspace's, see focusgroup config)")
    parser.add_argument("--show-codes", action="store_true",
                        help="export the detail: participant codes, exact dates, each lunch "
                        "interview and groups below the threshold (names are never exported)")
    parser.add_argument("--force", action="store_true",
                        help="replace files that already exist")
    parser.add_argument("--bom", action="store_true",
                        help="start CSV files with a byte-order mark (for Excel)")


def run(args: argparse.Namespace) -> int:
    from focusgroup.domain.privacy import show_codes_warning
    from focusgroup.services.analysis import check_threshold
    from focusgroup.services.exports import export
    from focusgroup.services.workspace_settings import threshold

    args.threshold = check_threshold(args.threshold)
    ws = open_existing(args)
    try:
        written = export(ws, args.format, args.out, args.what, show_codes=args.show_codes,
                         bom=args.bom, threshold=threshold(ws, args.threshold), force=args.force)
    finally:
        ws.close(backup=False)
    if args.show_codes:  # said once the export exists, so that a failure stays one line
        print(show_codes_warning(), file=sys.stderr)
    for path in written:
        print(f"Wrote {path}")
    return EXIT_OK
