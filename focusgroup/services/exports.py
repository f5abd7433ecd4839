"""CSV and XLSX exports of notes, rankings and actions, with the anonymity rules applied.

* Real names never leave the workspace: known names inside any text become ``[name]``; the
  participant column holds codes only when ``show_codes`` is set (otherwise rankings carry an
  anonymous respondent number, ``R1``, ``R2``…, so one person's rows still belong together).
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
from pathlib import Path
from typing import Any, BinaryIO

from focusgroup.domain.privacy import Redactor, strip_control
from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.services.output_files import output_folder, output_target, write_output
from focusgroup.storage import report_queries
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


def _notes(ws: Workspace, redact: Redactor, show_codes: bool, session_id: str | None) -> Table:
    headers = ["Session date", "Session", "Session kind", "Department", "Guide item", "Kind",
               "Themes", "Text", "Minute", "Created (UTC)"]
    if show_codes:
        headers.insert(7, "Participant")
    rows = []
    for r in report_queries.export_notes(ws, session_id):
        row = [r["session_date"], redact(r["session_title"]), r["session_kind"],
               r["department"], redact(r["guide_item"]) if r["guide_item"] else None, r["kind"],
               r["themes"], redact(r["text"]),
               None if r["offset_seconds"] is None else r["offset_seconds"] // 60,
               r["created_at"]]
        if show_codes:
            row.insert(7, r["participant_code"])
        rows.append(row)
    return Table("notes", tuple(headers), rows)


def _rankings(ws: Workspace, redact: Redactor, show_codes: bool,
              session_id: str | None) -> Table:
    headers = ("Respondent", "Role", "Perspective", "Needs list", "Item", "Item (Danish)",
               "Item key", "Rank", "Session date", "Session", "Department", "Created (UTC)")
    numbers: dict[str, str] = {}
    rows = []
    for r in report_queries.export_rankings(ws, session_id):
        code = r["participant_code"]
        respondent = code if show_codes else numbers.setdefault(code, f"R{len(numbers) + 1}")
        rows.append([respondent, r["participant_role"], r["perspective"], r["needs_list"],
                     r["label_en"], r["label_da"], r["item_key"], r["rank"], r["session_date"],
                     redact(r["session_title"]) if r["session_title"] else None,
                     r["department"], r["created_at"]])
    return Table("rankings", headers, rows)


def _actions(ws: Workspace, redact: Redactor, session_id: str | None) -> Table:
    headers = ("Action", "Owner", "Due", "Status", "Department", "Session", "Session date",
               "You said", "We did", "Created (UTC)", "Updated (UTC)")
    rows = [[redact(r["title"]), redact(r["owner"]), r["due"], r["status"], r["department"],
             redact(r["session_title"]) if r["session_title"] else None, r["session_date"],
             redact(r["you_said"]) if r["you_said"] else None, redact(r["we_did"]),
             r["created_at"], r["updated_at"]]
            for r in report_queries.export_actions(ws, session_id)]
    return Table("actions", headers, rows)


def _unknown_what(what: str) -> Message:
    return Message('--what must be one of {choices}, not "{what}".', choices=", ".join(WHAT),
                   what=what)


def tables(ws: Workspace, what: str = "all", *, show_codes: bool = False,
           session_id: str | None = None) -> list[Table]:
    """The export tables, anonymised and neutralised, ready to write."""
    if what not in WHAT:
        raise InvalidInput(_unknown_what(what))
    names, codes = report_queries.known_names_and_codes(ws)
    redact = Redactor(names, codes, redact_codes=not show_codes, keep_tabs=True)
    wanted = TABLES if what == "all" else (what,)
    built = []
    for name in wanted:
        if name == "notes":
            table = _notes(ws, redact, show_codes, session_id)
        elif name == "rankings":
            table = _rankings(ws, redact, show_codes, session_id)
        else:
            table = _actions(ws, redact, session_id)
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
           show_codes: bool = False, bom: bool = False,
           session_id: str | None = None, force: bool = False) -> list[Path]:
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
        built = tables(ws, what, show_codes=show_codes, session_id=session_id)
        output_folder(folder)
        return [write_output(folder / f"{table.name}.csv",
                             lambda h, t=table: _write_csv(t, h, bom), force=force)
                for table in built]
    target = output_target(out, force=force)
    built = tables(ws, what, show_codes=show_codes, session_id=session_id)
    if fmt == "csv":
        return [write_output(target, lambda h: _write_csv(built[0], h, bom), force=force)]
    return [write_output(target, lambda h: _write_xlsx(built, h), force=force)]
