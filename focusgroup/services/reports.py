"""PDF reports: check the request, gather the data (privacy applied), render, write atomically.

Three kinds: ``session`` (one session), ``summary`` (a period and/or a department) and ``gap``
(the perception-gap brief for a management meeting). The data gathering is here and in
:mod:`focusgroup.services.report_data`; the layout is in :mod:`focusgroup.reports`.

Anonymity in a summary: each department is a pool of its sessions (lunch interviews included);
a department whose pool has fewer distinct participants than the threshold contributes no notes,
themes or quotes, only its cadence and the number of sessions held. Sessions without a
department (e.g. a leaders' session) form a pool of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from focusgroup.domain import privacy as rules
from focusgroup.domain.model import (
    Action,
    ActionStatus,
    Department,
    GuideItem,
    NeedsItem,
    NeedsList,
    Note,
    NoteKind,
    Session,
    SessionKind,
)
from focusgroup.messages import Message
from focusgroup.options import ANONYMITY_THRESHOLD
from focusgroup.services import report_data as rd
from focusgroup.services.analysis import Scope, analyse, check_threshold, find_needs_list
from focusgroup.services.analysis import resolve_scope as _resolve_scope
from focusgroup.services.errors import InvalidInput
from focusgroup.services.needs_lists import items_of
from focusgroup.services.output_files import output_target, write_output
from focusgroup.services.overview import cadence_overview
from focusgroup.services.trends import department_trend
from focusgroup.storage import queries, report_queries, repository
from focusgroup.storage.queries import RankingRecord
from focusgroup.storage.workspace import Workspace

KINDS = ("session", "summary", "gap")
LANGS = ("en", "da")
MAX_QUOTES = 15
TOP_THEMES = 5
QUOTES_PER_THEME = 2

Progress = Callable[[float, str], None]


class ReportCancelled(Exception):
    """Raised (by the caller's ``check`` callback) to stop a build; nothing is written."""


@dataclass(frozen=True)
class ReportRequest:
    kind: str = "summary"
    session: str | None = None  # id or title
    department: str | None = None  # name
    since: str | date | None = None
    until: str | date | None = None
    lang: str = "en"
    threshold: int = ANONYMITY_THRESHOLD.default
    show_codes: bool = False
    needs_list: str | None = None  # default: the classic ten
    today: date | None = None  # for cadence and overdue actions; default: today


_NOT_COMBINED = Message("--session cannot be combined with --department, --from or --to.")


def validate(ws: Workspace, request: ReportRequest) -> tuple[ReportRequest, Scope]:
    """The request with its scope resolved; :class:`InvalidInput` for anything unusable."""
    if request.kind not in KINDS:
        raise InvalidInput(Message('--kind must be session, summary or gap, not "{kind}".',
                                   kind=request.kind))
    if request.lang not in LANGS:
        raise InvalidInput(Message('--lang must be en or da, not "{lang}".', lang=request.lang))
    check_threshold(request.threshold)
    if request.kind == "session":
        if not request.session:
            raise InvalidInput(Message("A session report needs --session (an id or a title)."))
        if request.department or request.since or request.until:
            raise InvalidInput(_NOT_COMBINED)
    elif request.kind == "summary" and request.session:
        raise InvalidInput(Message(
            "--session is for --kind session or gap; a summary covers a period."))
    elif request.kind == "gap" and request.session and (
            request.department or request.since or request.until):
        raise InvalidInput(_NOT_COMBINED)
    scope = _resolve_scope(ws, session=request.session, department=request.department,
                           since=request.since, until=request.until)
    if request.needs_list is not None:
        find_needs_list(ws, request.needs_list)  # raises for an unknown list
    return request, scope


def _needs_list(ws: Workspace, name: str | None) -> NeedsList | None:
    try:
        return find_needs_list(ws, name)
    except InvalidInput:
        if name is not None:
            raise
        return None


def _meta(ws: Workspace, request: ReportRequest, scope: Scope, **extra) -> rd.Meta:
    department = repository.get(ws, Department, scope.department_id) if scope.department_id \
        else None
    return rd.Meta(request.kind, request.lang, ws.name, datetime.now().astimezone(),
                   rules.effective_threshold(request.threshold), request.show_codes,
                   department.name if department else None, scope.since, scope.until, **extra)


def _ranking(ws: Workspace, needs_list: NeedsList | None, scope: Scope,
             privacy: rd.Privacy, records: list[RankingRecord] | None = None,
             items: list[NeedsItem] | None = None) -> rd.RankingData | None:
    if needs_list is None:
        return None
    data = rd.ranking_data(analyse(ws, needs_list, scope, privacy.threshold, records, items),
                           privacy)
    return data if data.groups else None


def _actions(ws: Workspace, actions: list[Action], privacy: rd.Privacy, today: date,
             shown_sessions: set[str]) -> list[rd.ActionLine]:
    lines = []
    for action in sorted(actions, key=lambda a: (a.due or date.max, a.title.casefold())):
        note = repository.get(ws, Note, action.note_id) if action.note_id else None
        said = note.text if note is not None and note.session_id in shown_sessions else None
        lines.append(rd.action_line(action, privacy, today, said))
    return lines


# --------------------------------------------------------------------------- session

def _note_text(note: Note, privacy: rd.Privacy) -> str:
    code = privacy.speaker(note.participant_id)
    text = privacy.text(note.text)
    return f"{code}: {text}" if code else text


def _groups(notes: list[Note], privacy: rd.Privacy) -> tuple[rd.NoteGroup, ...]:
    return tuple(rd.NoteGroup(kind, tuple(_note_text(n, privacy) for n in notes
                                          if n.kind is kind))
                 for kind in rd.GROUP_KINDS if any(n.kind is kind for n in notes))


def gather_session(ws: Workspace, request: ReportRequest, scope: Scope,
                   privacy: rd.Privacy) -> rd.SessionReportData:
    session = repository.get(ws, Session, scope.session_id)
    department = repository.get(ws, Department, session.department_id) \
        if session.department_id else None
    people = report_queries.session_people(ws, [session.id])[session.id]
    rows = report_queries.notes_with_themes(ws, [session.id])
    meta = _meta(ws, request, scope, session_title=privacy.cell(session.title))
    meta = replace(meta, department=department.name if department else None)
    attending = rules.SessionPeople(session.id, session.kind, people)
    base = rd.SessionReportData(
        meta=meta, title=privacy.cell(session.title), kind=session.kind, status=session.status,
        day=None if attending.lunch else session.date,
        department=department.name if department else None, about=privacy.cell(session.about),
        participants=len(people), notes=len(rows), suppressed=None)
    if attending.lunch:
        return replace(base, suppressed=rules.lunch_sentence(privacy.threshold))
    if not rules.reportable_alone(attending, privacy.threshold):
        return replace(base, suppressed=rules.suppression_sentence(
            "session", len(people), privacy.threshold))
    notes = [r.note for r in rows]
    grouped = [n for n in notes if n.kind is not NoteKind.QUOTE]
    guide = sorted(repository.find_by(ws, GuideItem, session_id=session.id),
                   key=lambda g: g.position)
    sections = [rd.GuideSection(privacy.text(item.text), item.planned_minutes,
                                _groups([n for n in grouped if n.guide_item_id == item.id],
                                        privacy))
                for item in guide]
    known = {item.id for item in guide}
    loose = [n for n in grouped if n.guide_item_id not in known]
    if loose:
        sections.append(rd.GuideSection(None, None, _groups(loose, privacy)))
    quotes = [_note_text(n, privacy) for n in notes if n.kind is NoteKind.QUOTE][:MAX_QUOTES]
    today = request.today or date.today()
    actions = _actions(ws, repository.find_by(ws, Action, session_id=session.id), privacy,
                       today, {session.id})
    return replace(base, sections=tuple(sections), quotes=tuple(quotes),
                   ranking=_ranking(ws, _needs_list(ws, request.needs_list),
                                    Scope(session_id=session.id), privacy),
                   actions=tuple(actions))


# --------------------------------------------------------------------------- summary

def _pick_quotes(top: list[str], found: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each top theme's first quotes (note ids) in ``found``, a quote used under one theme not
    repeated under the next."""
    used: set[str] = set()
    picked: dict[str, list[str]] = {}
    for theme in top:
        chosen = picked[theme] = []
        for note_id in found[theme]:
            if len(chosen) == QUOTES_PER_THEME:
                break
            if note_id not in used:
                chosen.append(note_id)
                used.add(note_id)
    return picked


def _themes(ws: Workspace, counts: report_queries.KindCounts, shown_ids: list[str],
            privacy: rd.Privacy) -> list[rd.ThemeLine]:
    """Themes by how often they were raised; each top theme with its first quotes, a quote
    used under one theme not repeated under the next."""
    order = sorted(counts, key=lambda t: (-sum(counts[t].values()), t.casefold()))
    top = order[:TOP_THEMES]
    # Quotes are read in session order until every top theme has its quotes or has no more
    # (its count of quotes says how many there are): appending later quotes to a theme that
    # has its quotes changes no choice, so what is chosen is what reading them all would give.
    found: dict[str, list[str]] = {theme: [] for theme in top}
    quotes_of = {theme: counts[theme].get(NoteKind.QUOTE, 0) for theme in top}
    picked = _pick_quotes(top, found)
    for batch in report_queries.quote_batches(ws, shown_ids, top):
        for theme, note_id in batch:
            found[theme].append(note_id)
        picked = _pick_quotes(top, found)
        if all(len(picked[t]) == QUOTES_PER_THEME or len(found[t]) >= quotes_of[t]
               for t in top):
            break
    texts = report_queries.note_texts(ws, [i for ids in picked.values() for i in ids])
    # a quote deleted (in the window) since it was picked is left out
    quotes = {theme: tuple(privacy.text(texts[i]) for i in ids if i in texts)
              for theme, ids in picked.items()}
    return [rd.ThemeLine(privacy.cell(t), counts[t], quotes.get(t, ())) for t in order]


def _session_lines(sessions: list[Session], people: dict[str, frozenset[str]],
                   names: dict[str, str], privacy: rd.Privacy) -> list[rd.SessionLine]:
    lines, lunch_people, lunches = [], set(), 0
    for s in sessions:
        if s.kind is SessionKind.LUNCH_INTERVIEW:
            lunches += 1
            lunch_people |= people[s.id]
            continue
        n = len(people[s.id])
        lines.append(rd.SessionLine(s.date, privacy.cell(s.title), s.kind,
                                    names.get(s.department_id),
                                    n if rules.meets_threshold(n, privacy.threshold) else None))
    if lunches:
        n = len(lunch_people)
        lines.append(rd.SessionLine(None, "", SessionKind.LUNCH_INTERVIEW, None,
                                    n if rules.meets_threshold(n, privacy.threshold) else None,
                                    lunches))
    return lines


def _span(period) -> tuple[date, date] | None:
    return (period.start, period.end) if period else None


def _trends(ws: Workspace, needs_list: NeedsList | None, departments: list[Department],
            privacy: rd.Privacy, records: list[RankingRecord],
            items: list[NeedsItem]) -> list[rd.TrendLine]:
    """``items``: every item of the list (archived ones too), in list order."""
    if needs_list is None:
        return []
    labels = {i.key: i.label(privacy.lang) for i in items}
    keys = [i.key for i in items if not i.archived]
    lines = []
    for department in departments:
        result = department_trend(ws, needs_list, department.id, privacy.threshold, records,
                                  keys)
        if result.current is None:
            continue
        moves = tuple((labels.get(i.key, i.key), i.previous_rank, i.current_rank, i.moved)
                      for i in sorted(result.items, key=lambda i: -abs(i.moved))
                      if abs(i.moved) >= 1)
        lines.append(rd.TrendLine(
            department.name, _span(result.previous), _span(result.current),
            result.previous_people, result.current_people, moves, result.shown,
            None if result.shown or result.previous is None else rules.trend_sentence(
                result.previous_people, result.current_people, privacy.threshold)))
    return lines


def gather_summary(ws: Workspace, request: ReportRequest, scope: Scope,
                   privacy: rd.Privacy) -> rd.SummaryReportData:
    today = request.today or date.today()
    meta = _meta(ws, request, scope)
    departments = {d.id: d for d in repository.find(ws, Department)}
    names = {k: d.name for k, d in departments.items()}
    sessions = report_queries.sessions_in_scope(ws, since=scope.since, until=scope.until,
                                                department_id=scope.department_id)
    people = report_queries.session_people(ws, [s.id for s in sessions])
    by_department: dict[str | None, list[rules.SessionPeople]] = {}
    for s in sessions:
        by_department.setdefault(s.department_id, []).append(
            rules.SessionPeople(s.id, s.kind, people[s.id]))
    everyone = set().union(*people.values()) if people else set()
    scope_pool = rules.pool_sessions(
        [p for group in by_department.values() for p in group], privacy.threshold)
    shown: set[str] = set()
    department_lines, excluded = [], []
    counts = report_queries.note_counts(ws, [s.id for s in sessions])
    for key, group in sorted(by_department.items(),
                             key=lambda kv: (kv[0] is None, names.get(kv[0], "").casefold())):
        pool = rules.pool_sessions(group, privacy.threshold)
        kinds = [counts.get(p.session_id, {}) for p in group]
        name = names.get(key, "")
        if pool.shown and scope_pool.shown:
            shown |= set(pool.session_ids)
        elif scope_pool.shown:
            excluded.append(name)
        if key is None:
            continue  # sessions without a department have no line of their own
        department_lines.append(rd.DepartmentLine(
            name, len(group), pool.people,
            sum(sum(k.values()) for k in kinds) if pool.shown else 0,
            sum(k.get(NoteKind.LIKE, 0) for k in kinds) if pool.shown else 0,
            sum(k.get(NoteKind.DISLIKE, 0) for k in kinds) if pool.shown else 0,
            None if pool.shown else rules.suppression_sentence(
                "department", pool.people, privacy.threshold)))
    shown_ids = [s.id for s in sessions if s.id in shown]  # in session order, for the quotes
    cadence = [c for c in cadence_overview(ws, today)
               if scope.department_id is None or c.department.id == scope.department_id]
    cadence_lines = tuple(rd.CadenceLine(
        c.department.name, c.department.kind, c.department.cadence_months, c.last_listened,
        c.due, c.days_overdue(today) if c.overdue(today) else None) for c in cadence)
    actions = [a for a in repository.find(ws, Action) if _action_in_scope(a, scope, sessions)]
    lines = _actions(ws, actions, privacy, today, shown)
    data = rd.SummaryReportData(
        meta=meta, sessions_held=len(sessions), people=len(everyone),
        notes=sum(sum(k.values()) for k in counts.values()),
        open_actions=sum(line.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
                         for line in lines),
        sessions=tuple(_session_lines(sessions, people, names, privacy)),
        suppressed=None, cadence=cadence_lines,
        lunch_note=rules.lunch_sentence(privacy.threshold)
        if any(s.kind is SessionKind.LUNCH_INTERVIEW for s in sessions) else None)
    if sessions and not scope_pool.shown:
        subject = "department" if scope.department_id else "scope"
        return replace(data, suppressed=rules.suppression_sentence(
            subject, scope_pool.people, privacy.threshold))
    needs_list = _needs_list(ws, request.needs_list)
    # read once for the ranking and every trend
    records = queries.ranking_records(ws, needs_list.id) if needs_list else []
    items = items_of(ws, needs_list) if needs_list else []
    chosen = [departments[scope.department_id]] if scope.department_id else sorted(
        (d for d in departments.values() if not d.archived), key=lambda d: d.name.casefold())
    return replace(
        data, excluded=tuple(excluded), departments=tuple(department_lines),
        themes=tuple(_themes(ws, report_queries.theme_counts(ws, shown_ids), shown_ids, privacy)),
        ranking=_ranking(ws, needs_list, scope, privacy, records,
                         [i for i in items if not i.archived]),
        trends=tuple(_trends(ws, needs_list, chosen, privacy, records, items)),
        actions_done=tuple(a for a in lines if a.status is ActionStatus.DONE),
        actions_open=tuple(a for a in lines
                           if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)))


def _action_in_scope(action: Action, scope: Scope, sessions: list[Session]) -> bool:
    if action.session_id is not None:
        return action.session_id in {s.id for s in sessions}
    if scope.department_id and action.department_id != scope.department_id:
        return False
    day = action.created_at.date()
    return (scope.since is None or day >= scope.since) and (
        scope.until is None or day <= scope.until)


# --------------------------------------------------------------------------- gap

def gather_gap(ws: Workspace, request: ReportRequest, scope: Scope,
               privacy: rd.Privacy) -> rd.GapReportData:
    session = repository.get(ws, Session, scope.session_id) if scope.session_id else None
    meta = _meta(ws, request, scope,
                 session_title=privacy.cell(session.title) if session else None)
    if session is not None and session.kind is SessionKind.LUNCH_INTERVIEW:
        return rd.GapReportData(meta, None, rules.lunch_sentence(privacy.threshold))
    return rd.GapReportData(meta, _ranking(ws, _needs_list(ws, request.needs_list), scope,
                                           privacy))


# --------------------------------------------------------------------------- entry points

def gather(ws: Workspace, request: ReportRequest) -> rd.SessionReportData | \
        rd.SummaryReportData | rd.GapReportData:
    """The data of the requested report, anonymity rules applied."""
    request, scope = validate(ws, request)
    privacy = rd.privacy_for(ws, rules.effective_threshold(request.threshold), request.lang,
                             request.show_codes)
    gatherer = {"session": gather_session, "summary": gather_summary, "gap": gather_gap}
    return gatherer[request.kind](ws, request, scope, privacy)


def write_report(ws: Workspace, request: ReportRequest, out: str | Path, *,
                 progress: Progress | None = None,
                 check: Callable[[], None] | None = None, force: bool = False) -> Path:
    """Build the PDF and move it into place at ``out``; return the path written. An existing
    file is replaced only with ``force`` (see :mod:`focusgroup.services.output_files`).

    ``progress(fraction, step)`` is called from the building thread; ``check()`` is called
    between steps and may raise (e.g. :class:`ReportCancelled`) to stop: the temporary file is
    removed and nothing is written. A report that cannot be laid out raises
    :class:`InvalidInput` with a one-line message, and nothing is written either.
    """
    from focusgroup.reports.builder import ReportLayoutError, render

    report = progress or (lambda _fraction, _step: None)
    guard = check or (lambda: None)
    target = output_target(out, force=force)
    report(0.05, "gather")
    data = gather(ws, request)
    guard()
    report(0.3, "layout")

    def build(handle: BinaryIO) -> None:
        render(data, handle, progress=lambda f: report(0.3 + 0.65 * f, "layout"), check=guard)
        guard()

    try:
        write_output(target, build, force=force)
    except ReportLayoutError as error:
        if error.too_large:
            raise InvalidInput(Message("The PDF could not be laid out: a part of it is too "
                                       "large for a page. Nothing was written.")) from error
        raise InvalidInput(Message("The PDF could not be laid out ({reason}). Nothing was "
                                   "written.", reason=str(error))) from error
    report(1.0, "done")
    return target
