"""CSV and XLSX exports of notes, rankings and actions, with the anonymity rules applied.

The rules are those of the reports, decided in :mod:`focusgroup.domain.privacy`:

* Real names never leave the workspace: known names inside any text become ``[name]``; the
  participant column holds codes only when ``show_codes`` is set (otherwise rankings carry an
  anonymous respondent number, ``R1``, ``R2``…, so one person's rows still belong together).
* Notes of a session with at least ``threshold`` people are rows of their own. Lunch
  interviews are pooled ("lunch interviews, pooled": kind, themes and text, no session, day or
  department, sorted so the order does not follow the sessions); other small sessions are
  pooled per department. A pool below the threshold is left out, and a row says so.
* Rankings are exported per group (department × role × perspective × session × needs list)
  only when the group has ``threshold`` people; one row says how many groups were left out.
* Dates of a group with fewer than twice the threshold are given as the month; a pooled
  session's date as the month only when every month of the pool has enough people.
* An action of a pooled session shows the pool, not the session, and never quotes its note.
* ``show_codes`` is the explicit opt-in to all the detail: codes, exact dates and times,
  each lunch interview and every group, however small (names still never).
* Cells that a spreadsheet could read as a formula (starting with ``= + - @``, a tab, CR or LF)
  are prefixed with ``'`` in CSV; XLSX writes them as string cells, the text unchanged (see
  :mod:`focusgroup.services.export_writers`). Control characters are removed.
* Rows are read from the workspace and written a page at a time, so memory stays flat however
  many notes there are: what needs counting (who took part in each session, each ranking
  group's people) is counted in SQL first; pooled notes, sorted by their redacted text, wait
  on disk (:class:`~focusgroup.storage.spill.SortedSpill`) until the notes shown alone are out.
* Files are written through :mod:`focusgroup.services.output_files`: private (0600), beside
  the target and renamed into place, so a failed export leaves no partial file; a link or an
  existing file is never replaced without ``force``. CSV with ``what="all"`` writes
  ``notes.csv``, ``rankings.csv`` and ``actions.csv`` into the folder ``out`` (created if
  needed); XLSX puts every table on its own sheet of one workbook, header row frozen.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from focusgroup.domain import privacy as rules
from focusgroup.domain.model import Department
from focusgroup.domain.privacy import Redactor, strip_control
from focusgroup.messages import Message
from focusgroup.options import ANONYMITY_THRESHOLD
from focusgroup.services.analysis import check_threshold
from focusgroup.services.errors import InvalidInput
from focusgroup.services.export_writers import FORMULA_STARTS, Table, neutralise
from focusgroup.services.export_writers import write_csv as _write_csv
from focusgroup.services.export_writers import write_xlsx as _write_xlsx
from focusgroup.services.output_files import (
    Output,
    output_folder,
    output_target,
    prepare_output,
    write_outputs,
)
from focusgroup.storage import report_queries, repository
from focusgroup.storage.spill import SortedSpill, sort_key
from focusgroup.storage.workspace import Workspace

__all__ = ["FORMATS", "FORMULA_STARTS", "TABLES", "WHAT", "ExportCancelled", "Table", "export",
           "neutralise", "tables"]

FORMATS = ("csv", "xlsx")
WHAT = ("notes", "rankings", "actions", "all")
TABLES = ("notes", "rankings", "actions")
STEP = 1000  # rows read between two progress reports (and cancel checks)

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """The caller's ``cancelled()`` said yes: the export stopped and wrote nothing."""


class _Ticker:
    """Counts the rows read from the workspace: every :data:`STEP` rows it asks ``cancelled``
    and tells ``progress(done, total)``."""

    def __init__(self, total: int, progress: Progress | None,
                 cancelled: Callable[[], bool] | None):
        self.done, self.total = 0, total
        self.progress, self.cancelled = progress, cancelled

    def tick(self, rows: int = 0) -> None:
        self.done += rows
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))

    def rows(self, found: Iterable[dict]) -> Iterator[dict]:
        count = 0
        for count, row in enumerate(found, start=1):  # noqa: B007 - the count is used after
            if count % STEP == 0:
                self.tick(STEP)
            yield row
        self.tick(count % STEP)


def _day(value: str | None) -> date | None:
    """The day of a stored date or ISO timestamp."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _export_day(day: str | None, people: int, threshold: int) -> str | None:
    return rules.export_date(_day(day), people, threshold)


def _export_date(value: str | None, people: int, threshold: int) -> str | None:
    """:func:`rules.export_date` of a stored date or timestamp (its day; days repeat)."""
    return _export_day(value[:10] if value else None, people, threshold)


class _Redact:
    """The export's redactor; :meth:`short` remembers the texts that repeat from row to row
    (session titles, guide items, theme lists) instead of scanning them again."""

    def __init__(self, redactor: Redactor):
        self._redactor = redactor
        self.short = functools.lru_cache(maxsize=4096)(redactor.redact)

    def __call__(self, text: str | None) -> str:
        return self._redactor.redact(text)



def _plan(ws: Workspace, threshold: int, session_id: str | None) -> rules.NotesPlan:
    sessions = report_queries.sessions_in_scope(ws, session_id=session_id, held_only=False)
    people = report_queries.session_people(ws, [s.id for s in sessions])
    names = {d.id: d.name for d in repository.find(ws, Department)}
    return rules.export_notes_plan(
        [rules.SessionPeople(s.id, s.kind, people[s.id], names.get(s.department_id), s.date)
         for s in sessions], threshold)


def _detailed_note(r: dict, redact: _Redact) -> list[Any]:
    return [r["session_date"], redact.short(r["session_title"]), r["session_kind"],
            r["department"], redact.short(r["guide_item"]) if r["guide_item"] else None,
            r["kind"], redact.short(r["themes"]) if r["themes"] else None, redact(r["text"]),
            None if r["offset_seconds"] is None else r["offset_seconds"] // 60,
            r["created_at"]]


NOTE_HEADERS = ("Session date", "Session", "Session kind", "Department", "Guide item", "Kind",
                "Themes", "Text", "Minute", "Created (UTC)")


def _notes(found: Iterable[dict], redact: _Redact, show_codes: bool,
           plan: rules.NotesPlan | None, threshold: int) -> Table:
    headers = list(NOTE_HEADERS)
    if show_codes:
        headers.insert(7, "Participant")
        return Table("notes", tuple(headers), _detailed_notes(found, redact))
    return Table("notes", tuple(headers), _anonymous_notes(found, redact, plan, threshold))


def _detailed_notes(found: Iterable[dict], redact: _Redact) -> Iterator[list[Any]]:
    for r in found:
        row = _detailed_note(r, redact)
        row.insert(7, r["participant_code"])
        yield row


def _pooled_note(pool: rules.NotePool, session_id: str, session_kind: str, kind: str,
                 themes: str | None, text: str) -> list[Any]:
    return [pool.dates.get(session_id), pool.label, session_kind if pool.lunch else None,
            pool.department, None, kind, themes, text, None, None]


def _anonymous_notes(found: Iterable[dict], redact: _Redact, plan: rules.NotesPlan,
                     threshold: int) -> Iterator[list[Any]]:
    """The notes of sessions shown alone, as they come; then the pooled notes, sorted so
    that their order does not follow the sessions (put aside on disk until then); then a row
    per pool left out."""
    left: dict[tuple[str, ...], tuple[rules.NotePool | None, int]] = {}
    pools = {id(pool): index for index, pool in enumerate(plan.pools)}
    with SortedSpill() as spill:
        for r in found:
            people = plan.alone.get(r["session_id"])
            if people is not None:
                row = _detailed_note(r, redact)
                row[0] = _export_date(r["session_date"], people, threshold)
                row[9] = _export_date(r["created_at"], people, threshold)
                yield row
                continue
            pool = plan.pool_of(r["session_id"])
            if pool is None or not pool.shown:
                key = pool.session_ids if pool else ()
                left[key] = (pool, left.get(key, (pool, 0))[1] + 1)
                continue
            fields = (r["session_id"], r["session_kind"], r["kind"],
                      redact.short(r["themes"]) if r["themes"] else None, redact(r["text"]))
            row = _pooled_note(pool, *fields)
            spill.add(sort_key([str(v or "").casefold() for v in row]),
                      [pools[id(pool)], *fields])
        for index, *fields in spill:
            yield _pooled_note(plan.pools[index], *fields)
    for pool, n in left.values():
        yield [None, rules.LEFT_OUT, None, None, None, None, None,
               pool.left_out(n) if pool else rules.LEFT_OUT, None, None]


RANKING_HEADERS = ("Respondent", "Role", "Perspective", "Needs list", "Item", "Item (Danish)",
                   "Item key", "Rank", "Session date", "Session", "Department", "Created (UTC)")


def _rankings(ws: Workspace, found: Iterable[dict], redact: _Redact, show_codes: bool,
              session_id: str | None, threshold: int) -> Table:
    return Table("rankings", RANKING_HEADERS,
                 _ranking_rows(ws, found, redact, show_codes, session_id, threshold))


def _ranking_rows(ws: Workspace, found: Iterable[dict], redact: _Redact, show_codes: bool,
                  session_id: str | None, threshold: int) -> Iterator[list[Any]]:
    """Groups are decided from their counts in the workspace first; then the rows stream."""

    def group(r: dict) -> tuple:
        return (r["department"], r["participant_role"], r["perspective"], r["session_id"],
                r["needs_list"])

    counts = report_queries.ranking_groups(ws, session_id)
    people_of = {key: people for key, (people, _rankings) in counts.items()}
    shown, left = (people_of, {}) if show_codes else rules.split_group_counts(people_of,
                                                                               threshold)
    numbers: dict[str, str] = {}
    for r in found:
        people = shown.get(group(r))
        if people is None:
            continue
        code = r["participant_code"]
        respondent = code if show_codes else numbers.setdefault(code, f"R{len(numbers) + 1}")
        day, created = r["session_date"], r["created_at"]
        if not show_codes:
            day = _export_date(day, people, threshold)
            created = _export_date(created, people, threshold)
        yield [respondent, r["participant_role"], r["perspective"], r["needs_list"],
               r["label_en"], r["label_da"], r["item_key"], r["rank"], day,
               redact.short(r["session_title"]) if r["session_title"] else None,
               r["department"], created]
    if left:
        rankings = sum(counts[key][1] for key in left)
        yield [None, None, None, None, rules.groups_left_out(len(left), rankings, threshold),
               None, None, None, None, rules.LEFT_OUT, None, None]


ACTION_HEADERS = ("Action", "Owner", "Due", "Status", "Department", "Session", "Session date",
                  "You said", "We did", "Created (UTC)", "Updated (UTC)")


def _actions(found: Iterable[dict], redact: _Redact, plan: rules.NotesPlan | None,
             threshold: int) -> Table:
    return Table("actions", ACTION_HEADERS, _action_rows(found, redact, plan, threshold))


def _action_rows(found: Iterable[dict], redact: _Redact, plan: rules.NotesPlan | None,
                 threshold: int) -> Iterator[list[Any]]:
    """``plan`` None: every detail (codes shown)."""
    # Owners are staff acting in a role: named. Participants are protected in what was said.
    for r in found:
        title, day, said = r["session_title"], r["session_date"], r["you_said"]
        created, updated, department = r["created_at"], r["updated_at"], r["department"]
        if plan is not None:
            if r["session_id"] in plan.alone:
                people = plan.alone[r["session_id"]]
                day, created, updated = (_export_date(value, people, threshold)
                                         for value in (day, created, updated))
            elif r["session_id"] is not None:  # its times would date the session
                pool = plan.pool_of(r["session_id"])
                shown = pool is not None and pool.shown
                title = pool.label if shown else rules.LEFT_OUT
                day, created, updated = None, None, None
                if not shown or pool.lunch:  # a lunch is never tied to its department
                    department = None
            if r["note_session_id"] not in plan.alone:
                said = None  # a note of a pooled session is never quoted beside its action
        yield [redact(r["title"]), strip_control(r["owner"]), r["due"], r["status"],
               department, redact(title) if title else None, day,
               redact(said) if said else None, redact(r["we_did"]), created, updated]


def _unknown_what(what: str) -> Message:
    return Message('--what must be one of {choices}, not "{what}".', choices=", ".join(WHAT),
                   what=what)


def _tables(ws: Workspace, what: str, show_codes: bool, session_id: str | None,
            threshold: int, ticker: _Ticker) -> list[Table]:
    names, codes = report_queries.known_names_and_codes(ws)
    redact = _Redact(Redactor(names, codes, redact_codes=not show_codes, keep_tabs=True))
    wanted = TABLES if what == "all" else (what,)
    plan = None if show_codes or what == "rankings" else _plan(ws, threshold, session_id)
    built = []
    for name in wanted:
        if name == "notes":
            found = ticker.rows(report_queries.export_notes(ws, session_id))
            built.append(_notes(found, redact, show_codes, plan, threshold))
        elif name == "rankings":
            found = ticker.rows(report_queries.export_rankings(ws, session_id))
            built.append(_rankings(ws, found, redact, show_codes, session_id, threshold))
        else:
            found = ticker.rows(report_queries.export_actions(ws, session_id))
            built.append(_actions(found, redact, plan, threshold))
    return built


def tables(ws: Workspace, what: str = "all", *, show_codes: bool = False,
           session_id: str | None = None,
           threshold: int = ANONYMITY_THRESHOLD.default) -> list[Table]:
    """The export tables, anonymised; each table's rows are read from the workspace as they
    are iterated (once). Cells are cleaned and neutralised by the writer of each format."""
    if what not in WHAT:
        raise InvalidInput(_unknown_what(what))
    threshold = rules.effective_threshold(check_threshold(threshold))
    return _tables(ws, what, show_codes, session_id, threshold, _Ticker(0, None, None))


def _csv_outputs(out: str | Path, force: bool) -> tuple[Path, list[Output], bool]:
    """The folder of a CSV export of every table, its three files (each path checked once),
    and whether the folder is new."""
    folder = output_target(out, folder=True)
    if folder.is_dir():
        return folder, [prepare_output(folder / f"{n}.csv", force=force) for n in TABLES], False
    # a new folder holds nothing yet: the moves into place still refuse what appears there
    return folder, [Output(folder / f"{n}.csv", force) for n in TABLES], True


def export(ws: Workspace, fmt: str, out: str | Path, what: str = "all", *,
           show_codes: bool = False, bom: bool = False, session_id: str | None = None,
           threshold: int = ANONYMITY_THRESHOLD.default, force: bool = False,
           progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Write the export; return the files written. An existing file is replaced only with
    ``force``; with CSV and ``what="all"`` nothing is written if any of the three is refused.

    The rows are read from the workspace and written one page at a time. ``progress(done,
    total)`` is told how many of the rows to read are done, every thousand rows, from the
    thread that runs the export; ``cancelled()`` is asked as often, and when it returns True
    the export stops with :class:`ExportCancelled` and nothing is written."""
    if fmt not in FORMATS:
        raise InvalidInput(Message('--format must be csv or xlsx, not "{format}".', format=fmt))
    if what not in WHAT:
        raise InvalidInput(_unknown_what(what))
    threshold = rules.effective_threshold(check_threshold(threshold))
    new_folder: Path | None = None
    if fmt == "csv" and what == "all":
        folder, outputs, created = _csv_outputs(out, force)
    else:
        outputs = [prepare_output(out, force=force)]
    counts = report_queries.export_counts(ws, session_id)
    ticker = _Ticker(sum(counts[name] for name in (TABLES if what == "all" else (what,))),
                     progress, cancelled)
    ticker.tick()
    built = _tables(ws, what, show_codes, session_id, threshold, ticker)
    try:
        if fmt == "csv" and what == "all":
            output_folder(folder)
            new_folder = folder if created else None
        if fmt == "csv":
            written = write_outputs([(output, lambda h, t=table: _write_csv(t, h, bom))
                                     for output, table in zip(outputs, built, strict=True)])
        else:
            written = write_outputs([(outputs[0], lambda h: _write_xlsx(built, h))])
    except BaseException:
        if new_folder is not None:  # left as it was found: not there
            with contextlib.suppress(OSError):
                new_folder.rmdir()
        raise
    ticker.finish()
    return written
