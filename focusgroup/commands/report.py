"""``focusgroup report``: a PDF summary that protects anonymity (session, summary or gap brief).

The PDF is built beside the target and renamed into place, so a failure leaves no partial file;
it is private (0600), a symbolic link is refused and an existing file is replaced only with --force.
Bad scope (unknown session or department, --from after --to, an unwritable path, a threshold
below 3) exits 2 with one line on stderr.
"""

from __future__ import annotations

import argparse

from focusgroup.commands.common import EXIT_OK, add_workspace_option, open_existing


def register(commands) -> None:
    parser = commands.add_parser(
        "report", help="write a PDF summary (session, period summary or perception-gap brief)",
        description="Write a PDF report. Groups smaller than the anonymity threshold are "
        "replaced by a sentence saying so; names never appear; codes only with --show-codes.")
    add_workspace_option(parser)
    parser.add_argument("--out", "-o", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    parser.add_argument("--kind", choices=["session", "summary", "gap"], default="summary",
                        help="session summary, period/department summary (default) or the "
                        "perception-gap brief")
    scope = parser.add_argument_group("scope (default: everything)")
    scope.add_argument("--session", metavar="ID", help="one session (id or title)")
    scope.add_argument("--department", metavar="NAME", help="one department")
    scope.add_argument("--from", dest="since", metavar="YYYY-MM-DD", help="first day")
    scope.add_argument("--to", dest="until", metavar="YYYY-MM-DD", help="last day")
    parser.add_argument("--lang", choices=["en", "da"], default="en",
                        help="language of the report (default: en)")
    parser.add_argument("--threshold", metavar="N",
                        help="anonymity threshold: smaller groups are suppressed (3 to 50; "
                        "default: the workspace's, see focusgroup config)")
    parser.add_argument("--show-codes", action="store_true",
                        help="print participant codes next to notes (names are never printed)")
    parser.add_argument("--needs-list", metavar="NAME", help="default: the classic ten")


def run(args: argparse.Namespace) -> int:
    from focusgroup.services import reports
    from focusgroup.services.analysis import check_threshold
    from focusgroup.services.output_files import output_target
    from focusgroup.services.workspace_settings import threshold

    args.threshold = check_threshold(args.threshold)
    output_target(args.out, force=args.force)  # fail before opening anything
    ws = open_existing(args)
    try:
        request = reports.ReportRequest(
            kind=args.kind, session=args.session, department=args.department,
            since=args.since, until=args.until, lang=args.lang,
            threshold=threshold(ws, args.threshold), show_codes=args.show_codes,
            needs_list=args.needs_list)
        written = reports.write_report(ws, request, args.out, force=args.force)
    finally:
        ws.close(backup=False)
    print(f"Wrote {written}")
    return EXIT_OK
