"""Session summary: what the session was about, how many took part (never who), what was said
under each guide item grouped by kind, selected quotes, the ranking and the actions agreed."""

from __future__ import annotations

from xml.sax.saxutils import escape

from focusgroup.domain.needs import list_name
from focusgroup.reports.builder import (
    Tr,
    bullets,
    content_width,
    heading,
    paragraph,
    quote,
    spacer,
    suppressed,
    table,
)
from focusgroup.reports.gap_report import ranking_section
from focusgroup.reports.text import markup


def titles(data, tr: Tr) -> tuple[str, str, str]:
    parts = [tr.session_kind(data.kind)]
    if data.department:
        parts.append(data.department)
    if data.day:
        parts.append(tr.date(data.day))
    return tr("kicker_session"), data.title, " · ".join(parts)


def _facts(data, tr: Tr):
    width = content_width()
    rows = [[tr("fact_kind"), tr.session_kind(data.kind)],
            [tr("fact_department"), data.department or tr("no_department")]]
    if data.day:
        rows.append([tr("fact_date"), tr.date(data.day)])
    if data.about:
        rows.append([tr("fact_about"), data.about])
    rows.append([tr("fact_participants"), tr.people(data.participants)])
    if not data.suppressed:
        rows.append([tr("fact_notes"), str(data.notes)])
        rows.append([tr("fact_guide"), str(sum(s.title is not None for s in data.sections))])
    return table(rows, [0.28 * width, 0.72 * width], header=False, bold_first=True)


def _notes(data, tr: Tr) -> list:
    parts: list = [heading(tr("h_discussion"))]
    if not data.sections:
        return [*parts, paragraph(tr("no_notes"), "muted")]
    for number, section in enumerate(data.sections, start=1):
        if section.title is None:
            parts.append(heading(tr("other_notes"), 1))
        else:
            minutes = tr("minutes", n=section.minutes) if section.minutes else ""
            parts.append(heading(f"{number}. {section.title}", 1))
            if minutes:
                parts.append(paragraph(minutes, "muted_keep"))
        if not section.groups:
            parts.append(paragraph(tr("no_notes_item"), "muted"))
        for group in section.groups:
            parts.append(heading(f"{tr.note_kind(group.kind)} ({len(group.texts)})", 2))
            parts += bullets(group.texts)
    return parts


def _actions(data, tr: Tr) -> list:
    parts: list = [heading(tr("h_actions_agreed"))]
    if not data.actions:
        return [*parts, paragraph(tr("no_actions"), "muted")]
    width = content_width()
    rows = [[tr("col_action"), tr("col_owner"), tr("col_due"), tr("col_status")]]
    for action in data.actions:
        status = tr.status(action.status) + (f" · {tr('overdue')}" if action.overdue else "")
        rows.append([action.title, action.owner or "—", tr.date(action.due, short=True),
                     status])
    parts.append(table(rows, [0.46 * width, 0.18 * width, 0.14 * width, 0.22 * width]))
    done = [a for a in data.actions if a.we_did]
    for action in done:  # "you said, we did": what was done, under its action
        parts.append(paragraph(action.we_did, "note",
                               prefix=f"<b>{markup(action.title)}</b> · {escape(tr('we_did'))} "))
    return parts


def story(data, tr: Tr) -> list:
    parts: list = [heading(tr("h_about_session")), _facts(data, tr)]
    if data.suppressed:
        return [*parts, spacer(6), suppressed(data.suppressed)]
    parts += _notes(data, tr)
    parts.append(heading(tr("h_quotes")))
    if data.quotes:
        parts += [quote(q, tr.lang) for q in data.quotes]
    else:
        parts.append(paragraph(tr("no_quotes"), "muted"))
    if data.ranking is not None:
        parts += ranking_section(data.ranking, tr, lead=[
            heading(tr("h_ranking")),
            paragraph(tr("needs_list_is", name=list_name(data.ranking.needs_list, tr.lang)),
                      "muted")])
    parts += _actions(data, tr)
    return parts
