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
    return tr("Session summary"), data.title, " · ".join(parts)


def _facts(data, tr: Tr):
    width = content_width()
    rows = [[tr("Kind"), tr.session_kind(data.kind)],
            [tr("Department"), data.department or tr("No department")]]
    if data.day:
        rows.append([tr("Date"), tr.date(data.day)])
    if data.about:
        rows.append([tr("About"), data.about])
    rows.append([tr("Participants"), tr.people(data.participants)])
    if not data.suppressed:
        rows.append([tr("Notes"), str(data.notes)])
        rows.append([tr("Guide items"), str(sum(s.title is not None for s in data.sections))])
    return table(rows, [0.28 * width, 0.72 * width], header=False, bold_first=True)


def _notes(data, tr: Tr) -> list:
    parts: list = [heading(tr("What was said, item by item"))]
    if not data.sections:
        return [*parts, paragraph(tr("No notes were taken."), "muted")]
    for number, section in enumerate(data.sections, start=1):
        if section.title is None:
            parts.append(heading(tr("Other notes"), 1))
        else:
            minutes = tr("{n} minutes planned", n=section.minutes) if section.minutes else ""
            parts.append(heading(f"{number}. {section.title}", 1))
            if minutes:
                parts.append(paragraph(minutes, "muted_keep"))
        if not section.groups:
            parts.append(paragraph(tr("No notes under this item."), "muted"))
        for group in section.groups:
            parts.append(heading(f"{tr.note_kind(group.kind)} ({len(group.texts)})", 2))
            parts += bullets(group.texts)
    return parts


def _actions(data, tr: Tr) -> list:
    parts: list = [heading(tr("Actions agreed"))]
    if not data.actions:
        return [*parts, paragraph(tr("No actions were recorded."), "muted")]
    width = content_width()
    rows = [[tr("Action"), tr("Owner"), tr("Due"), tr("Status")]]
    for action in data.actions:
        status = tr.status(action.status) + (" · " + tr("overdue") if action.overdue else "")
        rows.append([action.title, action.owner or "—", tr.date(action.due, short=True),
                     status])
    parts.append(table(rows, [0.46 * width, 0.18 * width, 0.14 * width, 0.22 * width]))
    done = [a for a in data.actions if a.we_did]
    we_did = escape(tr("We did:"))
    for action in done:  # "you said, we did": what was done, under its action
        parts.append(paragraph(action.we_did, "note",
                               prefix=f"<b>{markup(action.title)}</b> · {we_did} "))
    return parts


def story(data, tr: Tr) -> list:
    parts: list = [heading(tr("About the session")), _facts(data, tr)]
    if data.suppressed:
        return [*parts, spacer(6), suppressed(tr(data.suppressed))]
    parts += _notes(data, tr)
    parts.append(heading(tr("Selected quotes")))
    if data.quotes:
        parts += [quote(q, tr.lang) for q in data.quotes]
    else:
        parts.append(paragraph(tr("No quotes were noted."), "muted"))
    if data.ranking is not None:
        parts += ranking_section(data.ranking, tr, lead=[
            heading(tr("Needs ranking")),
            paragraph(tr("Needs list: {name}", name=list_name(data.ranking.needs_list, tr.lang)),
                      "muted")])
    parts += _actions(data, tr)
    return parts
