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
  are prefixed with ``'`` (CSV injection). Control characters are removed.
* Files are written through :mod:`focusgroup.services.output_files`: private (0600), beside
  the target and renamed into place, so a failed export leaves no partial file; a link or an
  existing file is never replaced without ``force``. CSV with ``what="all"`` writes
  ``notes.csv``, ``rankings.csv`` and ``actions.csv`` into the folder ``out`` (created if
  needed); XLSX puts every table on its own sheet of one workbook, header row frozen.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from focusgroup.domain import privacy as rules
from focusgroup.domain.model import Department
from focusgroup.domain.privacy import Redactor, strip_control
from focusgroup.messages import Message
from focusgroup.options import ANONYMITY_THRESHOLD
from focusgroup.services.analysis import check_threshold
from focusgroup.services.errors import InvalidInput
from focusgroup.services.output_files import output_folder, output_target, write_output
from focusgroup.storage import report_queries, repository
from focusgroup.storage.workspace import Workspace

FORMATS = ("csv", "xlsx")
WHAT = ("notes", "rankings", "actions", "all")
TABLES = ("notes", "rankings", "actions")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


# --------------------------------------------------------------------------- cells

def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet could treat as a formula gets a leading ``'``: one starting
    with ``= + - @``, a tab, CR or LF, or with ``= + - @`` after leading blanks."""
    if isinstance(value, str):
        value = strip_control(value, keep_tabs=True)
        if value.startswith(FORMULA_STARTS) or value.lstrip()[:1] in ("=", "+", "-", "@"):
            return "'" + value
    return value


@dataclass(frozen=True)
class Table:
    name: str
    headers: tuple[str, ...]
    rows: list[list[Any]]


def _day(value: str | None) -> date | None:
    """The day of a stored date or ISO timestamp."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _plan(ws: Workspace, threshold: int, session_id: str | None) -> rules.NotesPlan:
    sessions = report_queries.sessions_in_scope(ws, session_id=session_id, held_only=False)
    people = report_queries.session_people(ws, [s.id for s in sessions])
    names = {d.id: d.name for d in repository.find(ws, Department)}
    return rules.export_notes_plan(
        [rules.SessionPeople(s.id, s.kind, people[s.id], names.get(s.department_id), s.date)
         for s in sessions], threshold)


def _detailed_note(r: dict, redact: Redactor) -> list[Any]:
    return [r["session_date"], redact(r["session_title"]), r["session_kind"], r["department"],
            redact(r["guide_item"]) if r["guide_item"] else None, r["kind"],
            redact(r["themes"]) if r["themes"] else None, redact(r["text"]),
            None if r["offset_seconds"] is None else r["offset_seconds"] // 60,
            r["created_at"]]


def _notes(ws: Workspace, redact: Redactor, show_codes: bool, session_id: str | None,
           plan: rules.NotesPlan, threshold: int) -> Table:
    headers = ["Session date", "Session", "Session kind", "Department", "Guide item", "Kind",
               "Themes", "Text", "Minute", "Created (UTC)"]
    found = report_queries.export_notes(ws, session_id)
    if show_codes:
        headers.insert(7, "Participant")
        rows = [_detailed_note(r, redact) for r in found]
        for row, r in zip(rows, found, strict=True):
            row.insert(7, r["participant_code"])
        return Table("notes", tuple(headers), rows)
    rows: list[list[Any]] = []
    pooled: list[list[Any]] = []
    left: dict[tuple[str, ...], tuple[rules.NotePool | None, int]] = {}
    for r in found:
        people = plan.alone.get(r["session_id"])
        if people is not None:
            row = _detailed_note(r, redact)
            row[0] = rules.export_date(_day(r["session_date"]), people, threshold)
            row[9] = rules.export_date(_day(r["created_at"]), people, threshold)
            rows.append(row)
            continue
        pool = plan.pool_of(r["session_id"])
        if pool is None or not pool.shown:
            key = pool.session_ids if pool else ()
            left[key] = (pool, left.get(key, (pool, 0))[1] + 1)
            continue
        pooled.append([pool.dates.get(r["session_id"]), pool.label,
                       r["session_kind"] if pool.lunch else None, pool.department, None,
                       r["kind"], redact(r["themes"]) if r["themes"] else None,
                       redact(r["text"]), None, None])
    # sorted, so that the order of the rows does not follow the sessions
    pooled.sort(key=lambda row: tuple(str(v or "").casefold() for v in row))
    why = [[None, rules.LEFT_OUT, None, None, None, None, None,
            pool.left_out(n) if pool else rules.LEFT_OUT, None, None]
           for pool, n in left.values()]
    return Table("notes", tuple(headers), rows + pooled + why)


def _rankings(ws: Workspace, redact: Redactor, show_codes: bool, session_id: str | None,
              threshold: int) -> Table:
    headers = ("Respondent", "Role", "Perspective", "Needs list", "Item", "Item (Danish)",
               "Item key", "Rank", "Session date", "Session", "Department", "Created (UTC)")
    found = report_queries.export_rankings(ws, session_id)

    def group(r: dict) -> tuple:
        return (r["department"], r["participant_role"], r["perspective"], r["session_id"],
                r["needs_list"])

    groups: dict[tuple, set[str]] = {}
    for r in found:
        groups.setdefault(group(r), set()).add(r["participant_id"])
    shown, left = (groups, {}) if show_codes else rules.split_groups(groups, threshold)
    numbers: dict[str, str] = {}
    rows: list[list[Any]] = []
    for r in found:
        if group(r) not in shown:
            continue
        code = r["participant_code"]
        respondent = code if show_codes else numbers.setdefault(code, f"R{len(numbers) + 1}")
        day, created = r["session_date"], r["created_at"]
        if not show_codes:
            people = len(groups[group(r)])
            day = rules.export_date(_day(day), people, threshold)
            created = rules.export_date(_day(created), people, threshold)
        rows.append([respondent, r["participant_role"], r["perspective"], r["needs_list"],
                     r["label_en"], r["label_da"], r["item_key"], r["rank"], day,
                     redact(r["session_title"]) if r["session_title"] else None,
                     r["department"], created])
    if left:
        rankings = len({r["ranking_id"] for r in found if group(r) in left})
        rows.append([None, None, None, None,
                     rules.groups_left_out(len(left), rankings, threshold), None, None, None,
                     None, rules.LEFT_OUT, None, None])
    return Table("rankings", headers, rows)


def _actions(ws: Workspace, redact: Redactor, session_id: str | None,
             plan: rules.NotesPlan | None, threshold: int) -> Table:
    """``plan`` None: every detail (codes shown)."""
    headers = ("Action", "Owner", "Due", "Status", "Department", "Session", "Session date",
               "You said", "We did", "Created (UTC)", "Updated (UTC)")
    # Owners are staff acting in a role: named. Participants are protected in what was said.
    rows = []
    for r in report_queries.export_actions(ws, session_id):
        title, day, said = r["session_title"], r["session_date"], r["you_said"]
        created, updated, department = r["created_at"], r["updated_at"], r["department"]
        if plan is not None:
            if r["session_id"] in plan.alone:
                people = plan.alone[r["session_id"]]
                day, created, updated = (rules.export_date(_day(value), people, threshold)
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
        rows.append([redact(r["title"]), strip_control(r["owner"]), r["due"], r["status"],
                     department, redact(title) if title else None, day,
                     redact(said) if said else None, redact(r["we_did"]), created, updated])
    return Table("actions", headers, rows)


def _unknown_what(what: str) -> Message:
    return Message('--what must be one of {choices}, not "{what}".', choices=", ".join(WHAT),
                   what=what)


def tables(ws: Workspace, what: str = "all", *, show_codes: bool = False,
           session_id: str | None = None,
           threshold: int = ANONYMITY_THRESHOLD.default) -> list[Table]:
    """The export tables, anonymised and neutralised, ready to write."""
    if what not in WHAT:
        raise InvalidInput(_unknown_what(what))
    threshold = rules.effective_threshold(check_threshold(threshold))
    names, codes = report_queries.known_names_and_codes(ws)
    redact = Redactor(names, codes, redact_codes=not show_codes, keep_tabs=True)
    wanted = TABLES if what == "all" else (what,)
    plan = None if show_codes or what == "rankings" else _plan(ws, threshold, session_id)
    built = []
    for name in wanted:
        if name == "notes":
            table = _notes(ws, redact, show_codes, session_id, plan, threshold)
        elif name == "rankings":
            table = _rankings(ws, redact, show_codes, session_id, threshold)
        else:
            table = _actions(ws, redact, session_id, plan, threshold)
        built.append(Table(table.name, table.headers,
                           [[neutralise(v) for v in row] for row in table.rows]))
    return built


# --------------------------------------------------------------------------- writers

def _write_csv(table: Table, binary: BinaryIO, bom: bool) -> None:
    handle = io.TextIOWrapper(binary, encoding="utf-8-sig" if bom else "utf-8", newline="")
    writer = csv.writer(handle)
    writer.writerow(table.headers)
    writer.writerows(["" if v is None else v for v in row] for row in table.rows)
    handle.flush()
    handle.detach()  # the caller closes the file


def _write_xlsx(built: list[Table], handle: BinaryIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    book.remove(book.active)
    for table in built:
        sheet = book.create_sheet(table.name)
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(row)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text, never a formula
        sheet.freeze_panes = "A2"
        for index, header in enumerate(table.headers, start=1):
            longest = max([len(header)] + [len(str(r[index - 1])) for r in table.rows[:200]
                                            if r[index - 1] is not None])
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))
    # openpyxl's own save leaves its zip open when the disk fills; this one is always closed
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(book, archive).save()


def export(ws: Workspace, fmt: str, out: str | Path, what: str = "all", *,
           show_codes: bool = False, bom: bool = False, session_id: str | None = None,
           threshold: int = ANONYMITY_THRESHOLD.default, force: bool = False) -> list[Path]:
    """Write the export; return the files written. An existing file is replaced only with
    ``force``; with CSV and ``what="all"`` nothing is written if any of the three is refused."""
    if fmt not in FORMATS:
        raise InvalidInput(Message('--format must be csv or xlsx, not "{format}".', format=fmt))
    if what not in WHAT:
        raise InvalidInput(_unknown_what(what))
    if fmt == "csv" and what == "all":
        folder = output_target(out, folder=True)
        if folder.is_dir():
            for name in TABLES:
                output_target(folder / f"{name}.csv", force=force)
        built = tables(ws, what, show_codes=show_codes, session_id=session_id,
                       threshold=threshold)
        output_folder(folder)
        return [write_output(folder / f"{table.name}.csv",
                             lambda h, t=table: _write_csv(t, h, bom), force=force)
                for table in built]
    target = output_target(out, force=force)
    built = tables(ws, what, show_codes=show_codes, session_id=session_id,
                       threshold=threshold)
    if fmt == "csv":
        return [write_output(target, lambda h: _write_csv(built[0], h, bom), force=force)]
    return [write_output(target, lambda h: _write_xlsx(built, h), force=force)]
