"""Writing export tables as CSV and XLSX, one row at a time: memory does not grow with the rows.

Each format has its own defence against formula injection, the one its readers honour:

* **CSV** has no types: a spreadsheet reads a cell starting with ``= + - @`` (or a tab, CR, LF,
  or ``= + - @`` after blanks) as a formula, so such a cell gets a leading ``'``
  (:func:`neutralise`).
* **XLSX** cells carry a type: a cell written as a string is text and is never evaluated.
  openpyxl would write a value starting with ``=`` as a formula (and ``#N/A`` and the like as
  an error), so every such text is written as a :class:`~openpyxl.cell.WriteOnlyCell` of type
  ``"s"``; the text is kept exactly, with no ``'`` added.

Control characters are removed in both (XLSX cannot hold them). XLSX is written with openpyxl's
write-only mode, as its documentation shows (``Workbook(write_only=True)``, rows appended,
``WriteOnlyCell`` where a style or type is needed); column widths follow the first rows.
"""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, BinaryIO

from focusgroup.domain.privacy import strip_control

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
WIDTH_SAMPLE = 200  # rows read to size the columns of a sheet


@dataclass(frozen=True)
class Table:
    """One export table; ``rows`` is read once, as it is written."""

    name: str
    headers: tuple[str, ...]
    rows: Iterable[Sequence[Any]]


def neutralise(value: Any) -> Any:
    """A CSV cell that a spreadsheet could treat as a formula gets a leading ``'``: one
    starting with ``= + - @``, a tab, CR or LF, or with ``= + - @`` after leading blanks.
    Control characters are removed from text."""
    if isinstance(value, str):
        value = strip_control(value, keep_tabs=True)
        if value.startswith(FORMULA_STARTS) or value.lstrip()[:1] in ("=", "+", "-", "@"):
            return "'" + value
    return value


def write_csv(table: Table, binary: BinaryIO, bom: bool) -> None:
    """``table`` as CSV (UTF-8, with a byte-order mark if ``bom``) on ``binary``."""
    handle = io.TextIOWrapper(binary, encoding="utf-8-sig" if bom else "utf-8", newline="")
    writer = csv.writer(handle)
    writer.writerow(table.headers)
    writer.writerows(["" if v is None else neutralise(v) for v in row] for row in table.rows)
    handle.flush()
    handle.detach()  # the caller closes the file


def write_xlsx(tables: Iterable[Table], handle: BinaryIO) -> None:
    """Every table on its own sheet of one workbook (bold header row, frozen), on ``handle``."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook(write_only=True)
    try:
        for table in tables:
            _write_sheet(book.create_sheet(table.name), table)
        # openpyxl's own save leaves its zip open when the disk fills; this one is always closed
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(book, archive).save()
    finally:
        _remove_sheet_files(book)


def _write_sheet(sheet, table: Table) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows: Iterator[Sequence[Any]] = iter(table.rows)
    first = [list(row) for row in islice(rows, WIDTH_SAMPLE)]
    # a write-only sheet takes its panes and column widths before its first row
    sheet.freeze_panes = "A2"
    for index, header in enumerate(table.headers):
        longest = max([len(header)] + [len(str(row[index])) for row in first
                                       if row[index] is not None])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(60, max(8, longest + 2))
    bold = Font(bold=True)
    header_cells = []
    for header in table.headers:
        cell = WriteOnlyCell(sheet, header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in first:
        sheet.append([_cell(sheet, v) for v in row])
    for row in rows:
        sheet.append([_cell(sheet, v) for v in row])


def _cell(sheet, value: Any) -> Any:
    """``value`` as openpyxl should write it: text without control characters, and text that
    openpyxl would take for a formula or an error code as a cell of type string."""
    if isinstance(value, str):
        value = strip_control(value, keep_tabs=True)
        if value[:1] in ("=", "#"):
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"
            return cell
    return value


def _remove_sheet_files(book) -> None:
    """openpyxl writes each write-only sheet to a temporary file first and removes it once the
    workbook is saved; after a failure (or a cancelled export) remove them here."""
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or writer.out not in ALL_TEMP_FILES:
            continue
        for stream in (getattr(sheet, "_rows", None), writer.xf):  # rows first, then the file
            with contextlib.suppress(Exception):
                if stream is not None:
                    stream.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
