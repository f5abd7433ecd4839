"""Period / department summary: sessions held, cadence, likes and dislikes by theme, top themes
with quotes, the needs ranking and perception gap, the trend since the previous round, and
"you said, we did"."""

from __future__ import annotations

from xml.sax.saxutils import escape

from focusgroup.domain.model import NoteKind, SessionKind
from focusgroup.domain.needs import list_name
from focusgroup.reports.builder import (
    Tr,
    bullets,
    content_width,
    heading,
    paragraph,
    quote,
    quoted,
    spacer,
    stats,
    suppressed,
    table,
)
from focusgroup.reports.charts import theme_bars
from focusgroup.reports.gap_report import ranking_section

CHART_THEMES = 10


def titles(data, tr: Tr) -> tuple[str, str, str]:
    meta = data.meta
    title = tr("title_summary_department", name=meta.department) if meta.department \
        else tr("title_summary")
    scope = [meta.department or tr("all_departments"), tr.span(meta.since, meta.until)]
    return tr("kicker_summary"), title, " · ".join(scope)


def _sessions(data, tr: Tr) -> list:
    parts: list = [heading(tr("h_sessions_held"))]
    if not data.sessions:
        return [*parts, paragraph(tr("no_sessions"), "muted")]
    width = content_width()
    rows = [[tr("col_date"), tr("col_session"), tr("col_kind"), tr("col_department"),
             tr("col_people")]]
    for line in data.sessions:
        people = str(line.participants) if line.participants is not None else \
            tr("fewer_than", n=data.meta.threshold)
        if line.kind is SessionKind.LUNCH_INTERVIEW:
            rows.append(["—", tr("lunch_pool", n=line.count), tr.session_kind(line.kind),
                         "—", people])
            continue
        rows.append([tr.date(line.day, short=True), line.title, tr.session_kind(line.kind),
                     line.department or "—", people])
    parts.append(table(rows, [0.14 * width, 0.38 * width, 0.16 * width, 0.18 * width,
                              0.14 * width], right=(4,)))
    if data.lunch_note:
        parts.append(paragraph(data.lunch_note, "muted"))
    return parts


def _cadence(data, tr: Tr) -> list:
    parts: list = [heading(tr("h_cadence"))]
    if not data.cadence:
        return [*parts, paragraph(tr("no_departments"), "muted")]
    width = content_width()
    rows = [[tr("col_department"), tr("col_every"), tr("col_last"), tr("col_next"),
             tr("col_status")]]
    for line in data.cadence:
        if line.last is None:
            status = tr("never_listened")
        elif line.overdue_days is not None:
            status = tr("overdue_day") if line.overdue_days == 1 else \
                tr("overdue_days", n=line.overdue_days)
        else:
            status = tr("on_track")
        every = tr("every_month") if line.cadence_months == 1 else \
            tr("every_months", n=line.cadence_months)
        rows.append([line.department, every,
                     tr.date(line.last, short=True), tr.date(line.due, short=True), status])
    parts.append(table(rows, [0.3 * width, 0.17 * width, 0.17 * width, 0.17 * width,
                              0.19 * width]))
    return parts


def _departments(data, tr: Tr) -> list:
    if not data.departments:
        return []
    width = content_width()
    parts: list = [heading(tr("h_departments"))]
    rows = [[tr("col_department"), tr("col_sessions"), tr("col_people"), tr("col_notes"),
             tr("col_likes"), tr("col_dislikes")]]
    for line in data.departments:
        if line.suppressed:
            rows.append([line.name, str(line.sessions),
                         tr("fewer_than", n=data.meta.threshold), "—", "—", "—"])
        else:
            rows.append([line.name, str(line.sessions), str(line.people), str(line.notes),
                         str(line.likes), str(line.dislikes)])
    parts.append(table(rows, [0.35 * width] + [0.13 * width] * 5, right=(1, 2, 3, 4, 5)))
    for line in data.departments:
        if line.suppressed:
            parts.append(paragraph(line.suppressed, "suppressed",
                                   prefix=f"<b>{escape(line.name)}:</b> "))
    if data.excluded:
        names = ", ".join(n or tr("no_department") for n in data.excluded)
        parts.append(paragraph(tr("excluded", names=names, n=data.meta.threshold), "muted"))
    return parts


def _themes(data, tr: Tr) -> list:
    parts: list = [heading(tr("h_themes"))]
    charted = [t for t in data.themes
               if t.counts.get(NoteKind.LIKE, 0) + t.counts.get(NoteKind.DISLIKE, 0)]
    charted.sort(key=lambda t: -(t.counts.get(NoteKind.LIKE, 0)
                                 + t.counts.get(NoteKind.DISLIKE, 0)))
    if not charted:
        return [*parts, paragraph(tr("no_themes"), "muted")]
    rows = [(t.name, t.counts.get(NoteKind.LIKE, 0), t.counts.get(NoteKind.DISLIKE, 0))
            for t in charted[:CHART_THEMES]]
    parts.append(paragraph(tr("themes_intro"), "muted_keep"))
    parts += theme_bars(rows, tr("notes_like"), tr("notes_dislike"), width=content_width())
    parts.append(heading(tr("h_top_themes")))
    for theme in data.themes[:5]:
        parts.append(heading(theme.name, 1))
        counted = [f"{tr.note_kind(k)} {theme.counts[k]}" for k in
                   (NoteKind.LIKE, NoteKind.DISLIKE, NoteKind.IDEA, NoteKind.NEED,
                    NoteKind.QUESTION, NoteKind.QUOTE, NoteKind.OBSERVATION)
                   if theme.counts.get(k)]
        parts.append(paragraph(tr("theme_counts", n=theme.total, kinds=" · ".join(counted)),
                               "muted_keep" if theme.quotes else "muted"))
        parts += [quote(q, tr.lang) for q in theme.quotes]
    return parts


def _trends(data, tr: Tr) -> list:
    parts: list = [heading(tr("h_trend"))]
    if not data.trends:
        return [*parts, paragraph(tr("no_trend"), "muted")]
    for line in data.trends:
        parts.append(heading(line.department, 1))
        if line.previous is None:
            parts.append(paragraph(tr("trend_one_round"), "muted"))
            continue
        compared = tr("trend_compared", now=tr.span(*line.current),
                      before=tr.span(*line.previous))
        if not line.shown:
            parts.append(paragraph(compared, "muted_keep"))
            parts.append(suppressed(line.suppressed))
            continue
        parts.append(paragraph(compared, "muted_keep"))
        if not line.moves:
            parts.append(paragraph(tr("trend_no_move")))
            continue
        texts = []
        for label, before, now, moved in line.moves:
            word = tr("up", n=tr.rank(abs(moved))) if moved > 0 else \
                tr("down", n=tr.rank(abs(moved)))
            texts.append(f"{label}: {tr.rank(before)} → {tr.rank(now)} ({word})")
        arrows = ["▲" if m[3] > 0 else "▼" for m in line.moves]
        for text, arrow in zip(texts, arrows, strict=True):
            parts += bullets([text], bullet=arrow)
    return parts


def _you_said(data, tr: Tr) -> list:
    parts: list = [heading(tr("h_you_said"))]
    if not data.actions_done and not data.actions_open:
        return [*parts, paragraph(tr("no_actions"), "muted")]
    if data.actions_done:
        parts.append(heading(tr("h_done"), 1))
        for action in data.actions_done:
            parts.append(paragraph(action.title, "h3"))
            if action.you_said:
                parts.append(paragraph(quoted(action.you_said, tr.lang), "note",
                                       prefix=f"<b>{escape(tr('you_said'))}</b> "))
            if action.we_did:
                parts.append(paragraph(action.we_did, "note",
                                       prefix=f"<b>{escape(tr('we_did'))}</b> "))
    if data.actions_open:
        width = content_width()
        parts.append(heading(tr("h_open"), 1))
        rows = [[tr("col_action"), tr("col_owner"), tr("col_due"), tr("col_status")]]
        for action in data.actions_open:
            status = tr.status(action.status) + (f" · {tr('overdue')}" if action.overdue
                                                 else "")
            rows.append([action.title, action.owner or "—", tr.date(action.due, short=True),
                         status])
        parts.append(table(rows, [0.46 * width, 0.18 * width, 0.14 * width, 0.22 * width]))
    return parts


def story(data, tr: Tr) -> list:
    width = content_width()
    parts: list = [stats([(str(data.sessions_held), tr("stat_sessions")),
                          (str(data.people), tr("stat_people")),
                          (str(data.notes), tr("stat_notes")),
                          (str(data.open_actions), tr("stat_open_actions"))], width),
                   spacer(4)]
    parts += _sessions(data, tr)
    parts += _cadence(data, tr)
    if data.suppressed:
        return [*parts, heading(tr("h_what_was_said")), suppressed(data.suppressed)]
    parts += _departments(data, tr)
    parts += _themes(data, tr)
    if data.ranking is None:
        parts += [heading(tr("h_ranking_gap")), paragraph(tr("no_rankings"), "muted")]
    else:
        parts += ranking_section(data.ranking, tr, lead=[
            heading(tr("h_ranking_gap")),
            paragraph(tr("needs_list_is", name=list_name(data.ranking.needs_list, tr.lang)),
                      "muted")])
    parts += _trends(data, tr)
    parts += _you_said(data, tr)
    return parts
