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
    title = tr("What {name} told us", name=meta.department) if meta.department \
        else tr("What our people told us")
    scope = [meta.department or tr("All departments"), tr.span(meta.since, meta.until)]
    return tr("Listening summary"), title, " · ".join(scope)


def _sessions(data, tr: Tr) -> list:
    parts: list = [heading(tr("Sessions held"))]
    if not data.sessions:
        return [*parts, paragraph(tr("No sessions were held in this period."), "muted")]
    width = content_width()
    rows = [[tr("Date"), tr("Session"), tr("Kind"), tr("Department"),
             tr("People")]]
    for line in data.sessions:
        people = str(line.participants) if line.participants is not None else \
            tr("fewer than {n}", n=data.meta.threshold)
        if line.kind is SessionKind.LUNCH_INTERVIEW:
            rows.append(["—", tr("Lunch interviews, pooled ({n})", n=line.count),
                         tr.session_kind(line.kind),
                         "—", people])
            continue
        rows.append([tr.date(line.day, short=True), line.title, tr.session_kind(line.kind),
                     line.department or "—", people])
    parts.append(table(rows, [0.14 * width, 0.38 * width, 0.16 * width, 0.18 * width,
                              0.14 * width], right=(4,)))
    if data.lunch_note:
        parts.append(paragraph(tr(data.lunch_note), "muted"))
    return parts


def _cadence(data, tr: Tr) -> list:
    parts: list = [heading(tr("Listening cadence"))]
    if not data.cadence:
        return [*parts, paragraph(tr("There are no departments yet."), "muted")]
    width = content_width()
    rows = [[tr("Department"), tr("Listen every"), tr("Last listened"), tr("Next due"),
             tr("Status")]]
    for line in data.cadence:
        if line.last is None:
            status = tr("Never listened to")
        elif line.overdue_days is not None:
            status = tr("Overdue by 1 day") if line.overdue_days == 1 else \
                tr("Overdue by {n} days", n=line.overdue_days)
        else:
            status = tr("On track")
        every = tr("month") if line.cadence_months == 1 else \
            tr("{n} months", n=line.cadence_months)
        rows.append([line.department, every,
                     tr.date(line.last, short=True), tr.date(line.due, short=True), status])
    parts.append(table(rows, [0.3 * width, 0.17 * width, 0.17 * width, 0.17 * width,
                              0.19 * width]))
    return parts


def _departments(data, tr: Tr) -> list:
    if not data.departments:
        return []
    width = content_width()
    parts: list = [heading(tr("By department"))]
    rows = [[tr("Department"), tr("Sessions"), tr("People"), tr("Notes"),
             tr("Likes"), tr("Dislikes")]]
    for line in data.departments:
        if line.suppressed:
            rows.append([line.name, str(line.sessions),
                         tr("fewer than {n}", n=data.meta.threshold), "—", "—", "—"])
        else:
            rows.append([line.name, str(line.sessions), str(line.people), str(line.notes),
                         str(line.likes), str(line.dislikes)])
    parts.append(table(rows, [0.35 * width] + [0.13 * width] * 5, right=(1, 2, 3, 4, 5)))
    for line in data.departments:
        if line.suppressed:
            parts.append(paragraph(tr(line.suppressed), "suppressed",
                                   prefix=f"<b>{escape(line.name)}:</b> "))
    if data.excluded:
        names = ", ".join(n or tr("No department") for n in data.excluded)
        parts.append(paragraph(tr("Notes from {names} are left out of the themes and quotes "
                                  "below: fewer than {n} people took part there.",
                                  names=names, n=data.meta.threshold), "muted"))
    return parts


def _themes(data, tr: Tr) -> list:
    parts: list = [heading(tr("Likes and dislikes by theme"))]
    charted = [t for t in data.themes
               if t.counts.get(NoteKind.LIKE, 0) + t.counts.get(NoteKind.DISLIKE, 0)]
    charted.sort(key=lambda t: -(t.counts.get(NoteKind.LIKE, 0)
                                 + t.counts.get(NoteKind.DISLIKE, 0)))
    if not charted:
        return [*parts, paragraph(tr("No likes or dislikes were tagged with a theme."), "muted")]
    rows = [(t.name, t.counts.get(NoteKind.LIKE, 0), t.counts.get(NoteKind.DISLIKE, 0))
            for t in charted[:CHART_THEMES]]
    parts.append(paragraph(tr("Notes per theme; one note can belong to more than one theme."),
                           "muted_keep"))
    parts += theme_bars(rows, tr("Likes"), tr("Dislikes"), width=content_width())
    parts.append(heading(tr("Top themes in their own words")))
    for theme in data.themes[:5]:
        parts.append(heading(theme.name, 1))
        counted = [f"{tr.note_kind(k)} {theme.counts[k]}" for k in
                   (NoteKind.LIKE, NoteKind.DISLIKE, NoteKind.IDEA, NoteKind.NEED,
                    NoteKind.QUESTION, NoteKind.QUOTE, NoteKind.OBSERVATION)
                   if theme.counts.get(k)]
        parts.append(paragraph(tr("{n} notes: {kinds}", n=theme.total, kinds=" · ".join(counted)),
                               "muted_keep" if theme.quotes else "muted"))
        parts += [quote(q, tr.lang) for q in theme.quotes]
    return parts


def _trends(data, tr: Tr) -> list:
    parts: list = [heading(tr("Trend since the previous round"))]
    if not data.trends:
        return [*parts, paragraph(tr("No department has rankings from a listening round yet."),
                                  "muted")]
    for line in data.trends:
        parts.append(heading(line.department, 1))
        if line.previous is None:
            parts.append(paragraph(tr("Only one round of rankings so far; the trend appears "
                                      "after the next round."), "muted"))
            continue
        compared = tr("Employees' ranking {now}, compared with {before}.",
                      now=tr.span(*line.current),
                      before=tr.span(*line.previous))
        if not line.shown:
            parts.append(paragraph(compared, "muted_keep"))
            parts.append(suppressed(tr(line.suppressed)))
            continue
        parts.append(paragraph(compared, "muted_keep"))
        if not line.moves:
            parts.append(paragraph(tr("No need moved by a whole place.")))
            continue
        texts = []
        for label, before, now, moved in line.moves:
            word = tr("up {n}", n=tr.rank(abs(moved))) if moved > 0 else \
                tr("down {n}", n=tr.rank(abs(moved)))
            texts.append(f"{label}: {tr.rank(before)} → {tr.rank(now)} ({word})")
        arrows = ["▲" if m[3] > 0 else "▼" for m in line.moves]
        for text, arrow in zip(texts, arrows, strict=True):
            parts += bullets([text], bullet=arrow)
    return parts


def _you_said(data, tr: Tr) -> list:
    parts: list = [heading(tr("You said, we did"))]
    if not data.actions_done and not data.actions_open:
        return [*parts, paragraph(tr("No actions were recorded."), "muted")]
    if data.actions_done:
        parts.append(heading(tr("Done"), 1))
        for action in data.actions_done:
            parts.append(paragraph(action.title, "h3"))
            if action.you_said:
                parts.append(paragraph(quoted(action.you_said, tr.lang), "note",
                                       prefix="<b>" + escape(tr("You said:")) + "</b> "))
            if action.we_did:
                parts.append(paragraph(action.we_did, "note",
                                       prefix="<b>" + escape(tr("We did:")) + "</b> "))
    if data.actions_open:
        width = content_width()
        parts.append(heading(tr("Still open"), 1))
        rows = [[tr("Action"), tr("Owner"), tr("Due"), tr("Status")]]
        for action in data.actions_open:
            status = tr.status(action.status) + (" · " + tr("overdue") if action.overdue
                                                 else "")
            rows.append([action.title, action.owner or "—", tr.date(action.due, short=True),
                         status])
        parts.append(table(rows, [0.46 * width, 0.18 * width, 0.14 * width, 0.22 * width]))
    return parts


def story(data, tr: Tr) -> list:
    width = content_width()
    parts: list = [stats([(str(data.sessions_held), tr("sessions held")),
                          (str(data.people), tr("people took part")),
                          (str(data.notes), tr("notes")),
                          (str(data.open_actions), tr("open actions"))], width),
                   spacer(4)]
    parts += _sessions(data, tr)
    parts += _cadence(data, tr)
    if data.suppressed:
        return [*parts, heading(tr("What was said")), suppressed(tr(data.suppressed))]
    parts += _departments(data, tr)
    parts += _themes(data, tr)
    if data.ranking is None:
        parts += [heading(tr("Needs ranking and perception gap")),
                  paragraph(tr("No needs rankings were entered in this selection."), "muted")]
    else:
        parts += ranking_section(data.ranking, tr, lead=[
            heading(tr("Needs ranking and perception gap")),
            paragraph(tr("Needs list: {name}", name=list_name(data.ranking.needs_list, tr.lang)),
                      "muted")])
    parts += _trends(data, tr)
    parts += _you_said(data, tr)
    return parts
