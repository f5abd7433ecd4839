"""The perception-gap brief (one or two pages for a management meeting), and the ranking
section the session and summary reports share."""

from __future__ import annotations

from focusgroup.domain.gap import MINUS
from focusgroup.reports.builder import (
    Tr,
    bullets,
    content_width,
    heading,
    paragraph,
    spacer,
    stats,
    suppressed,
    table,
    together,
)
from focusgroup.reports.charts import gap_dumbbell

GROUP_KEYS = {"employees_own": "group_employees_own",
              "managers_predicted": "group_managers_predicted",
              "managers_own": "group_managers_own"}


def _signed(value: float, tr: Tr) -> str:
    if abs(value) < 1e-9:
        return "0"
    text = tr.rank(abs(value))
    return f"+{text}" if value > 0 else f"{MINUS}{text}"


def _agreement(w: float | None, tr: Tr) -> str:
    return tr("agreement_w", w=tr.number(w)) if w is not None else tr("agreement_none")


def group_tables(ranking, tr: Tr, level: int = 1, lead: list | tuple = ()) -> list:
    """Each ranking group as a table, or the sentence that replaces it; ``lead`` (a section
    heading, say) is kept on the page of the first one."""
    width = content_width()
    parts: list = []
    for index, group in enumerate(ranking.groups):
        title = tr(GROUP_KEYS[group.group])
        first = list(lead) if index == 0 else []
        if not group.shown:
            parts += together([*first, heading(title, level), suppressed(group.suppressed)])
            continue
        rows = [[tr("col_rank"), tr("col_need"), tr("col_mean_rank"), tr("col_top3")]]
        rows += [[tr.rank(r.rank), r.label, tr.number(r.mean_rank), str(r.top3)]
                 for r in group.rows]
        parts += together([
            *first, heading(title, level),
            paragraph(f"{tr.people(group.people)} · {_agreement(group.kendalls_w, tr)}",
                      "muted"),
            table(rows, [0.1 * width, 0.6 * width, 0.15 * width, 0.15 * width],
                  right=(0, 2, 3))])
    return parts


def gap_chart(ranking, tr: Tr) -> list:
    rows = [(f"{tr.rank(r.employee_rank)}. {r.label}", r.employee_rank, r.manager_rank)
            for r in ranking.gap_rows]
    texts = {key: tr(f"chart_{key}") for key in ("employees", "managers", "under", "over",
                                                 "axis_left", "axis_right")}
    return gap_dumbbell(rows, texts, width=content_width())


def gap_table(ranking, tr: Tr):
    width = content_width()
    rows = [[tr("col_need"), tr("col_employees"), tr("col_managers_think"), tr("col_gap"),
             tr("col_top3")]]
    rows += [[r.label, tr.rank(r.employee_rank), tr.rank(r.manager_rank),
              _signed(r.difference, tr), str(r.top3)] for r in ranking.gap_rows]
    return table(rows, [0.42 * width, 0.16 * width, 0.16 * width, 0.12 * width, 0.14 * width],
                 right=(1, 2, 3, 4))


def ranking_section(ranking, tr: Tr, level: int = 1, lead: list | tuple = ()) -> list:
    """Group tables, then the gap in words, as a chart and need by need. Without anyone on
    one of the two sides there is no gap to speak of, and the section is left out."""
    parts = group_tables(ranking, tr, level, lead) if ranking.groups else list(lead)
    if not ranking.employees or not ranking.managers:
        return parts
    if not ranking.has_gap:
        return parts + together([heading(tr("h_gap"), level),
                                 suppressed(ranking.gap_suppressed)])
    parts += together([heading(tr("h_gap"), level),
                       *[paragraph(s, "lead") for s in ranking.sentences[:-1]],
                       paragraph(ranking.sentences[-1]), spacer(4), *gap_chart(ranking, tr)])
    parts += together([spacer(8), gap_table(ranking, tr),
                       paragraph(tr("gap_how_to_read"), "muted")])
    return parts


def titles(data, tr: Tr) -> tuple[str, str, str]:
    meta = data.meta
    scope = []
    if meta.session_title:
        scope.append(meta.session_title)
    else:
        scope.append(meta.department or tr("all_departments"))
        scope.append(tr.span(meta.since, meta.until))
    return tr("kicker_gap"), tr("title_gap"), " · ".join(scope)


def story(data, tr: Tr) -> list:
    ranking = data.ranking
    if data.suppressed:
        return [heading(tr("h_in_brief")), suppressed(data.suppressed)]
    if ranking is None:
        return [heading(tr("h_in_brief")), paragraph(tr("no_rankings"))]
    width = content_width()
    parts: list = [heading(tr("h_in_brief"))]
    if not ranking.has_gap:
        parts.append(suppressed(ranking.gap_suppressed))
        return parts + group_tables(ranking, tr)
    parts += [paragraph(s, "headline") for s in ranking.sentences[:-1]]
    parts.append(paragraph(ranking.sentences[-1]))
    employees, managers = ranking.group("employees_own"), ranking.group("managers_predicted")
    parts += [spacer(6), stats([
        (str(ranking.employees), tr("stat_employees")),
        (str(ranking.managers), tr("stat_managers")),
        (tr.number(employees.kendalls_w) if employees else "—", tr("stat_w_employees")),
        (tr.number(managers.kendalls_w) if managers else "—", tr("stat_w_managers")),
    ], width), spacer(4)]
    parts += [heading(tr("h_side_by_side")), *gap_chart(ranking, tr), spacer(6),
              heading(tr("h_need_by_need")), gap_table(ranking, tr),
              paragraph(tr("gap_how_to_read"), "muted"),
              paragraph(tr("rho_tau", rho=tr.number(ranking.rho), tau=tr.number(ranking.tau)),
                        "muted")]
    own = ranking.group("managers_own")
    if own is not None:
        parts.append(heading(tr("group_managers_own"), 1))
        if own.shown:
            top = [r.label for r in own.rows[:3]]
            parts.append(paragraph(tr("managers_own_top", n=tr.people(own.people))))
            parts += bullets(top)
        else:
            parts.append(suppressed(own.suppressed))
    return parts
