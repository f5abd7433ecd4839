"""``focusgroup analyze``: group rankings, agreement and the perception gap for a scope.

The JSON shape is a stable contract (scripts depend on it); see ``as_json``.
"""

from __future__ import annotations

import argparse
import json

from focusgroup.commands.common import EXIT_OK, add_workspace_option, open_existing
from focusgroup.services.analysis import (
    GapResult,
    analyse,
    check_threshold,
    find_needs_list,
    resolve_scope,
)
from focusgroup.services.errors import InvalidInput


def register(commands) -> None:
    parser = commands.add_parser(
        "analyze", help="group rankings, agreement and the perception gap for a scope")
    add_workspace_option(parser)
    scope = parser.add_argument_group("scope (default: everything)")
    scope.add_argument("--session", metavar="ID", help="one session (id or title)")
    scope.add_argument("--department", metavar="NAME", help="one department")
    scope.add_argument("--from", dest="since", metavar="YYYY-MM-DD", help="first day")
    scope.add_argument("--to", dest="until", metavar="YYYY-MM-DD", help="last day")
    parser.add_argument("--needs-list", metavar="NAME", help="default: the classic ten")
    parser.add_argument("--threshold", metavar="N",
                        help="anonymity threshold: smaller groups are not shown (3 to 50; "
                        "default: the workspace's, see focusgroup config)")
    parser.add_argument("--lang", choices=["en", "da"], default="en",
                        help="language of item labels and sentences")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def as_json(result: GapResult, lang: str = "en") -> dict:
    labels = result.labels(lang)
    groups, suppressed = [], []
    for role_group, perspective, group in result.groups():
        if group.ranking is None:
            if group.people:
                suppressed.append({
                    "role_group": role_group, "perspective": perspective,
                    "participants": group.people,
                    "reason": f"fewer than {result.threshold} participants "
                              f"({group.missing} more needed)",
                })
            continue
        groups.append({
            "role_group": role_group, "perspective": perspective,
            "participants": group.people,
            "kendall_w": _round(group.ranking.kendalls_w),
            "items": [{"item": labels[s.key], "mean_rank": _round(s.mean_rank),
                       "borda": _round(s.borda), "rank": s.group_rank, "top3": s.top3}
                      for s in group.ranking.items],
        })
    gap = None
    if result.gap is not None:
        gap = {
            "spearman_rho": _round(result.gap.rho), "kendall_tau": _round(result.gap.tau),
            "items": [{"item": labels[i.key], "employees_rank": i.employee_rank,
                       "managers_rank": i.manager_rank, "difference": i.difference}
                      for i in result.gap.items],
            "sentences": result.headline(lang),
        }
    return {"needs_list": result.needs_list.name, "groups": groups, "gap": gap,
            "suppressed": suppressed}


def _print_table(data: dict) -> None:
    print(f"Needs list: {data['needs_list']}")
    for group in data["groups"]:
        w = group["kendall_w"]
        agreement = f", agreement W = {w:.2f}" if w is not None else ""
        print(f"\n{group['role_group'].capitalize()}, {group['perspective']} "
              f"({group['participants']} people{agreement})")
        print(f"  {'rank':>4}  {'mean':>5}  {'borda':>6}  item")
        for item in group["items"]:
            print(f"  {item['rank']:>4g}  {item['mean_rank']:5.2f}  {item['borda']:6.1f}  "
                  f"{item['item']}")
    for entry in data["suppressed"]:
        print(f"\n{entry['role_group'].capitalize()}, {entry['perspective']}: not shown, "
              f"{entry['reason']}.")
    gap = data["gap"]
    if gap is None:
        print("\nPerception gap: not enough people on both sides to compare.")
        return
    print("\nPerception gap (difference = managers' rank - employees' rank):")
    print(f"  {'empl.':>5}  {'mgrs.':>5}  {'diff':>5}  item")
    for item in gap["items"]:
        print(f"  {item['employees_rank']:>5g}  {item['managers_rank']:>5g}  "
              f"{item['difference']:>+5g}  {item['item']}")
    for sentence in gap["sentences"]:
        print(f"  {sentence}")


def run(args: argparse.Namespace) -> int:
    from focusgroup.services.workspace_settings import threshold

    args.threshold = check_threshold(args.threshold)
    if args.session and (args.department or args.since or args.until):
        raise InvalidInput("--session cannot be combined with --department, --from or --to.")
    ws = open_existing(args)
    try:
        needs_list = find_needs_list(ws, args.needs_list)
        scope = resolve_scope(ws, session=args.session, department=args.department,
                              since=args.since, until=args.until)
        data = as_json(analyse(ws, needs_list, scope, threshold(ws, args.threshold)),
                       args.lang)
    finally:
        ws.close(backup=False)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_table(data)
    return EXIT_OK
