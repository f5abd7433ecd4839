"""The perception-gap brief (one or two pages for a management meeting), and the ranking
section the session and summary reports share."""

from __future__ import annotations

from focusgroup.i18n import N_
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

MINUS = "\N{MINUS SIGN}"
GROUP_TITLES = {
    "employees_own": N_("Employees' own ranking"),
    "managers_predicted": N_("What managers and supervisors think employees want"),
    "managers_own": N_("Managers' own ranking"),
}
HOW_TO_READ = N_("Gap = the rank managers predicted minus the employees' own group rank; a "
                 "positive gap means managers underestimate how much employees value the need. "
                 "Top 3 = employees who put the need in their top three.")
CHART_TEXTS = {
    "employees": N_("What employees want (their group rank)"),
    "managers": N_("What managers think they want"),
    "under": N_("Managers underestimate"), "over": N_("Managers overestimate"),
    "axis_left": N_("← most important"), "axis_right": N_("least important →"),
}


def _signed(value: float, tr: Tr) -> str:
    if abs(value) < 1e-9:
        return "0"
    text = tr.rank(abs(value))
    return f"+{text}" if value > 0 else f"{MINUS}{text}"


def _agreement(w: float | None, tr: Tr) -> str:
    if w is None:
        return tr("agreement cannot be computed")
    return tr("agreement within the group (Kendall's W) {w}", w=tr.number(w))


def group_tables(ranking, tr: Tr, level: int = 1, lead: list | tuple = ()) -> list:
    """Each ranking group as a table, or the sentence that replaces it; ``lead`` (a section
    heading, say) is kept on the page of the first one."""
    width = content_width()
    parts: list = []
    for index, group in enumerate(ranking.groups):
        title = tr(GROUP_TITLES[group.group])
        first = list(lead) if index == 0 else []
        if not group.shown:
            parts += together([*first, heading(title, level), suppressed(tr(group.suppressed))])
            continue
        rows = [[tr("Rank"), tr("Need"), tr("Mean rank"), tr("Top 3")]]
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
    texts = {key: tr(text) for key, text in CHART_TEXTS.items()}
    return gap_dumbbell(rows, texts, width=content_width())


def gap_table(ranking, tr: Tr):
    width = content_width()
    rows = [[tr("Need"), tr("Employees"), tr("Managers think"), tr("Gap"),
             tr("Top 3")]]
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
        return parts + together([heading(tr("Perception gap"), level),
                                 suppressed(tr(ranking.gap_suppressed))])
    parts += together([heading(tr("Perception gap"), level),
                       *[paragraph(s, "lead") for s in ranking.sentences[:-1]],
                       paragraph(ranking.sentences[-1]), spacer(4), *gap_chart(ranking, tr)])
    parts += together([spacer(8), gap_table(ranking, tr),
                       paragraph(tr(HOW_TO_READ), "muted")])
    return parts


def titles(data, tr: Tr) -> tuple[str, str, str]:
    meta = data.meta
    scope = []
    if meta.session_title:
        scope.append(meta.session_title)
    else:
        scope.append(meta.department or tr("All departments"))
        scope.append(tr.span(meta.since, meta.until))
    return (tr("Perception-gap brief"),
            tr("What employees want – and what managers think they want"), " · ".join(scope))


def story(data, tr: Tr) -> list:
    ranking = data.ranking
    if data.suppressed:
        return [heading(tr("In brief")), suppressed(tr(data.suppressed))]
    if ranking is None:
        return [heading(tr("In brief")),
                paragraph(tr("No needs rankings were entered in this selection."))]
    width = content_width()
    parts: list = [heading(tr("In brief"))]
    if not ranking.has_gap:
        parts.append(suppressed(tr(ranking.gap_suppressed)))
        return parts + group_tables(ranking, tr)
    parts += [paragraph(s, "headline") for s in ranking.sentences[:-1]]
    parts.append(paragraph(ranking.sentences[-1]))
    employees, managers = ranking.group("employees_own"), ranking.group("managers_predicted")
    parts += [spacer(6), stats([
        (str(ranking.employees), tr("employees ranked their own needs")),
        (str(ranking.managers), tr("managers and supervisors predicted their order")),
        (tr.number(employees.kendalls_w) if employees else "—",
         tr("agreement among employees (Kendall's W)")),
        (tr.number(managers.kendalls_w) if managers else "—",
         tr("agreement among managers (Kendall's W)")),
    ], width), spacer(4)]
    parts += [heading(tr("The two pictures side by side")), *gap_chart(ranking, tr), spacer(6),
              heading(tr("Need by need")), gap_table(ranking, tr),
              paragraph(tr(HOW_TO_READ), "muted"),
              paragraph(tr("Rank correlation between the two orders: Spearman's rho {rho}, "
                           "Kendall's tau {tau} (1 = the same order, 0 = unrelated, −1 = "
                           "reversed).", rho=tr.number(ranking.rho), tau=tr.number(ranking.tau)),
                        "muted")]
    own = ranking.group("managers_own")
    if own is not None:
        parts.append(heading(tr("Managers' own ranking"), 1))
        if own.shown:
            top = [r.label for r in own.rows[:3]]
            parts.append(paragraph(tr("Asked what they want for themselves, the managers ({n}) "
                                      "put these first:", n=tr.people(own.people))))
            parts += bullets(top)
        else:
            parts.append(suppressed(tr(own.suppressed)))
    return parts
