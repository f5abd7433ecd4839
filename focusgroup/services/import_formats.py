"""Reading rankings files: the bytes → a table → one :class:`Answer` per ranked item.

Three shapes are recognised from the header row:

* **long CSV** — ``participant,role,perspective,item,rank`` (+ optional ``department``,
  ``session``, ``date``), one row per ranked item; an empty rank means "not ranked";
* **Microsoft Forms** — one response per row, the ranking in one cell as
  ``Item A;Item B;Item C;`` (order = rank 1, 2, 3…);
* **Google Forms grid** — one column per item named ``Question [Item]`` holding ``1st``,
  ``2nd``… or plain numbers; empty = not ranked.

Files may be UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 (Danish Excel's
"CSV (semicolon separated)") or an Excel workbook (.xlsx, first sheet). Comma, semicolon or tab
separated. Nothing here knows about the workspace: the caller passes a ``known(text)`` test for
item names and validates the answers (see :mod:`focusgroup.services.import_rankings`);
:class:`ItemMatcher` is that test for a needs list's items.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from focusgroup.domain.model import NeedsItem, Perspective, Role
from focusgroup.domain.privacy import looks_like_a_name, name_column_refused
from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.services.needs_lists import slug
from focusgroup.storage.private import open_regular

# Limits on a file to import, checked while reading so that a hostile file is refused quickly.
MAX_BYTES = 20 * 1024 * 1024  # the file as given
MAX_UNPACKED = 50 * 1024 * 1024  # all parts of an Excel workbook once unzipped
MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELLS = 2_000_000  # rows x columns, counting the empty cells between filled ones
MAX_CELL_CHARS = 10_000
LONG = "long CSV"
MS_FORMS = "Microsoft Forms export"
GOOGLE_GRID = "Google Forms ranking grid"
LONG_REQUIRED = ("participant", "role", "perspective", "item", "rank")
LONG_OPTIONAL = ("department", "session", "date")

_GRID_COLUMN = re.compile(r"^(.*?)\s*\[([^\]]+)\]\s*$")
_ORDINAL = re.compile(r"^([0-9]+)\s*(?:st|nd|rd|th|\.)?$", re.IGNORECASE | re.ASCII)
_META = {  # forms columns that say who answered, recognised by a word of their header
    "participant": re.compile(r"\b(participant|code|kode|deltager\w*)\b"),
    "role": re.compile(r"\b(role|rolle)\b"),
    "perspective": re.compile(r"\b(perspective|perspektiv)\b"),
    "department": re.compile(r"\b(department|afdeling)\b"),
    "session": re.compile(r"\bsession\b"),
    "date": re.compile(r"^(date|dato)$"),
}

# What a file may write for a role or a perspective (English and Danish, any case).
ROLES = {
    "employee": Role.EMPLOYEE, "employees": Role.EMPLOYEE, "medarbejder": Role.EMPLOYEE,
    "medarbejdere": Role.EMPLOYEE, "supervisor": Role.SUPERVISOR,
    "supervisors": Role.SUPERVISOR, "mellemleder": Role.SUPERVISOR, "formand": Role.SUPERVISOR,
    "manager": Role.MANAGER, "managers": Role.MANAGER, "leder": Role.MANAGER,
    "other": Role.OTHER, "andet": Role.OTHER, "anden": Role.OTHER,
}
PERSPECTIVES = {
    "own": Perspective.OWN, "egen": Perspective.OWN, "eget": Perspective.OWN,
    "predicted": Perspective.PREDICTED, "prediction": Perspective.PREDICTED,
    "forudsagt": Perspective.PREDICTED,
}


@dataclass(frozen=True)
class Table:
    """A file's header and its non-empty rows, each with the line (or sheet row) it began on."""

    name: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str


@dataclass(frozen=True)
class Answer:
    """One ranked item for one person, as written in the file (validated by the caller)."""

    line: int
    person: str  # the participant code as written; a row key when ``generated``
    role: str
    perspective: str
    item: str
    rank: str
    department: str = ""
    session: str = ""
    date: str = ""
    generated: bool = False  # the format has no code column: the caller makes up a code
    item_line: int = 0  # where the item's name is written (the header, for a grid)


@dataclass
class Parsed:
    format: str
    answers: list[Answer] = field(default_factory=list)
    items: list[tuple[str, int]] = field(default_factory=list)  # names, first-seen order
    problems: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def norm(text: str) -> str:
    """Case- and whitespace-insensitive form of a name."""
    return " ".join(str(text).split()).casefold()


class ItemMatcher:
    """Finds a list item by key, English or Danish label: case, spaces and quotes ignored."""

    def __init__(self, items: list[NeedsItem]):
        self._by: dict[str, NeedsItem] = {}
        for item in items:
            for alias in (item.key, item.label_en, item.label_da):
                if alias:
                    self._by.setdefault(norm(alias), item)
            for alias in (item.label_en, item.label_da):
                if alias and re.search(r"\w", alias):
                    self._by.setdefault("slug:" + slug(alias), item)

    def find(self, text: str) -> NeedsItem | None:
        found = self._by.get(norm(text))
        if found is None and re.search(r"\w", text):
            found = self._by.get("slug:" + slug(text))
        return found

    def known(self, text: str) -> bool:
        return self.find(text) is not None


# --- bytes → table ----------------------------------------------------------------------------

def read_table(path: Path) -> Table:
    """The file as a table; a file that cannot be one raises a one-line :class:`InvalidInput`.
    A FIFO, device or socket is refused without waiting on it; see the limits above."""
    name = path.name
    try:
        handle = os.fdopen(open_regular(path), "rb")
    except FileNotFoundError:
        raise InvalidInput(Message("There is no file {path}.", path=path)) from None
    except IsADirectoryError:
        raise InvalidInput(Message("{path} is a folder; give a CSV file.", path=path)) from None
    except OSError as error:
        if error.errno == errno.EINVAL:
            raise InvalidInput(Message("{path} is not a regular file; give a CSV file or an "
                                       "Excel workbook.", path=path)) from None
        raise InvalidInput(Message("Could not read {name}: {reason}.", name=name,
                                   reason=str(error.strerror or error))) from None
    try:
        with handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise InvalidInput(Message("Could not read {name}: {reason}.", name=name,
                                   reason=str(error.strerror or error))) from None
    if len(data) > MAX_BYTES:
        raise InvalidInput(Message("{name} is larger than {size} MB; that is not a "
                                   "rankings file.", name=name, size=MAX_BYTES // 2**20))
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, name)
    text, encoding = _decode(data, name)
    return _read_csv(text, name, encoding)


class _Limits:
    """Counts rows and cells as they are read; raises as soon as a limit is passed."""

    def __init__(self, name: str):
        self.name, self.rows, self.cells = name, 0, 0

    def row(self, line: int, cells: list[str]) -> list[str]:
        self.rows += 1
        if self.rows > MAX_ROWS:
            raise InvalidInput(Message("{name} has more than {most} rows; a file to import may "
                                       "have at most that many.", name=self.name, most=MAX_ROWS))
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            raise InvalidInput(Message("{name} has more than {most} columns; a file to import "
                                       "may have at most that many.", name=self.name,
                                       most=MAX_COLUMNS))
        self.cells += len(cells)
        if self.cells > MAX_CELLS:
            raise InvalidInput(Message("{name} has more than {most} cells; a file to import "
                                       "may have at most that many.", name=self.name,
                                       most=MAX_CELLS))
        if any(len(c) > MAX_CELL_CHARS for c in cells):
            raise InvalidInput(Message("{name} line {line}: a cell holds more than {most} "
                                       "characters.", name=self.name, line=line,
                                       most=MAX_CELL_CHARS))
        return cells


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # but tab, line feed, return


def _decode(data: bytes, name: str) -> tuple[str, str]:
    binary = InvalidInput(Message("{name} is not a CSV file (it looks like binary data).",
                                  name=name))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise binary from None
    elif b"\x00" in data:
        raise binary
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "UTF-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "Windows-1252"
            except UnicodeDecodeError:
                raise InvalidInput(Message("{name} is not UTF-8 text; save it as CSV UTF-8 "
                                           "and try again.", name=name)) from None
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > len(text) // 100:
        raise binary
    return text, encoding


def _delimiter(text: str) -> str:
    first = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(text: str, name: str, encoding: str) -> Table:
    if not text.strip():
        raise InvalidInput(Message("{name} is empty.", name=name))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    records: list[tuple[int, list[str]]] = []
    limits = _Limits(name)
    start = 1
    try:
        for cells in reader:
            records.append((start, limits.row(start, [c.strip() for c in cells])))
            start = reader.line_num + 1
    except csv.Error as error:
        raise InvalidInput(Message("{name} line {line}: not readable as CSV ({error}).",
                                   name=name, line=reader.line_num, error=str(error))) from None
    return _table(name, records, encoding)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _unpacked_size(data: bytes, name: str) -> None:
    """Refuse a workbook whose parts unzip to too much, or whose sheets hold too many rows or
    cells, before openpyxl parses any of it (the sizes a zip declares are what it may unzip
    to: Python's zipfile stops at the declared size)."""
    too_big = InvalidInput(Message("{name} unpacks to more than {size} MB; that is not a file "
                                   "to import.", name=name, size=MAX_UNPACKED // 2**20))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        if sum(part.file_size for part in parts) > MAX_UNPACKED:
            raise too_big
        for part in parts:
            if not part.filename.startswith("xl/worksheets/"):
                continue
            rows = cells = 0
            with archive.open(part) as source:
                while chunk := source.read(1 << 20):
                    rows += chunk.count(b"<row")
                    cells += chunk.count(b"<c ") + chunk.count(b"<c>")
            if rows > MAX_ROWS:
                raise InvalidInput(Message(
                    "{name} has more than {most} rows; a file to import may have at most that "
                    "many.", name=name, most=MAX_ROWS))
            if cells > MAX_CELLS:
                raise InvalidInput(Message(
                    "{name} has more than {most} cells; a file to import may have at most that "
                    "many.", name=name, most=MAX_CELLS))


def _read_xlsx(data: bytes, name: str) -> Table:
    unreadable = InvalidInput(Message("{name} is neither a CSV file nor an Excel workbook that "
                                      "can be read.", name=name))
    limits = _Limits(name)
    try:
        _unpacked_size(data, name)
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # never trust the size the file claims
            records = [(n, limits.row(n, [_cell(v) for v in row]))
                       for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
        finally:
            book.close()
    except InvalidInput:
        raise
    except Exception:  # noqa: BLE001 - any failure means "not a workbook we can read"
        raise unreadable from None
    return _table(name, records, "Excel workbook")


def _table(name: str, records: list[tuple[int, list[str]]], encoding: str) -> Table:
    records = [(n, cells) for n, cells in records if any(cells)]
    if not records:
        raise InvalidInput(Message("{name} is empty.", name=name))
    (_, header), rows = records[0], records[1:]
    header = [h.lstrip("\ufeff").strip() for h in header]
    width = len(header)
    rows = [(n, (cells + [""] * width)[:max(width, len(cells))]) for n, cells in rows]
    return Table(name, header, rows, encoding)


# --- table → answers --------------------------------------------------------------------------

def parse_answers(table: Table, known: Callable[[str], bool]) -> Parsed:
    """Recognise the table's format from its header and list its answers."""
    names = [norm(h).replace("_", " ") for h in table.header]
    if "item" in names or ("rank" in names and "participant" in names):
        return _parse_long(table, names)
    if any(_GRID_COLUMN.match(h) for h in table.header):
        return _parse_grid(table, names, known)
    column = _ranking_column(table, known)
    if column is not None:
        return _parse_ms_forms(table, names, column, known)
    if "participant" in names:
        return _parse_long(table, names)
    raise InvalidInput(Message(
        "{name} is not a rankings file: expected a CSV with the columns {columns}, a Microsoft "
        "Forms export or a Google Forms ranking grid.",
        name=table.name, columns=",".join(LONG_REQUIRED)))


def _parse_long(table: Table, names: list[str]) -> Parsed:
    parsed = Parsed(LONG)
    missing = [c for c in LONG_REQUIRED if c not in names]
    if missing:
        columns, needed = ", ".join(missing), ",".join(LONG_REQUIRED)
        if len(missing) > 1:
            problem = Message("missing columns {columns} (the header needs {needed})",
                              columns=columns, needed=needed)
        else:
            problem = Message("missing column {columns} (the header needs {needed})",
                              columns=columns, needed=needed)
        parsed.problems.append((1, problem))
        return parsed
    at = {c: names.index(c) for c in (*LONG_REQUIRED, *LONG_OPTIONAL) if c in names}
    seen: set[str] = set()
    for line, cells in table.rows:
        def get(column: str, cells: list[str] = cells) -> str:
            return cells[at[column]] if column in at else ""

        item, rank = get("item"), get("rank")
        if item and not rank:
            continue  # listed but not ranked: a partial ranking
        answer = Answer(line, get("participant"), get("role"), get("perspective"), item, rank,
                        get("department"), get("session"), get("date"), item_line=line)
        parsed.answers.append(answer)
        if item and norm(item) not in seen:
            seen.add(norm(item))
            parsed.items.append((item, line))
    return parsed


def _meta_columns(table: Table, names: list[str], exclude: set[int]) -> dict[str, int]:
    """The forms columns saying who answered. A column headed like a person's name or e-mail
    ("Participant name") is never the code column; when it is the only candidate, the file
    is refused rather than names stored as codes."""
    found: dict[str, int] = {}
    for what, pattern in _META.items():
        hits = [i for i, n in enumerate(names) if i not in exclude and pattern.search(n)
                and i not in found.values()]
        if what == "participant":
            codes = [i for i in hits if not looks_like_a_name(names[i])]
            if hits and not codes:
                raise InvalidInput(name_column_refused(table.name, table.header[hits[0]]))
            hits = codes
        if hits:
            found[what] = min(hits, key=lambda i: len(names[i].split()))
    return found


def _who(line: int, cells: list[str], meta: dict[str, int]) -> dict[str, object]:
    def get(what: str) -> str:
        return cells[meta[what]] if what in meta else ""

    code = get("participant")
    return {
        "line": line,
        "person": code if "participant" in meta else f"#{line}",
        "generated": "participant" not in meta,
        "role": get("role") or "employee",
        "perspective": get("perspective") or "own",
        "department": get("department"),
        "session": get("session"),
        "date": get("date"),
    }


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _ranking_column(table: Table, known: Callable[[str], bool]) -> int | None:
    """The column whose cells are ;-separated lists of known items (else of anything)."""
    scores: list[tuple[int, int]] = []
    for index in range(len(table.header)):
        cells = [cells[index] for _, cells in table.rows if cells[index]]
        matched = sum(1 for cell in cells for part in _split(cell) if known(part))
        scores.append((matched, sum(1 for cell in cells if ";" in cell)))
    best = max(range(len(scores)), key=lambda i: scores[i], default=None)
    return best if best is not None and (scores[best][0] or scores[best][1]) else None


def _skipped(line: int) -> Message:
    return Message("line {line}: no ranking answer; skipped.", line=line)


def _parse_ms_forms(table: Table, names: list[str], column: int,
                    known: Callable[[str], bool]) -> Parsed:
    parsed = Parsed(MS_FORMS)
    meta = _meta_columns(table, names, {column})
    parsed.notes.append(Message('The ranking was read from the column "{column}".',
                                column=table.header[column]))
    seen: set[str] = set()
    for line, cells in table.rows:
        items = _split(cells[column])
        if not items:
            parsed.notes.append(_skipped(line))
            continue
        who = _who(line, cells, meta)
        for rank, item in enumerate(items, start=1):
            parsed.answers.append(Answer(item=item, rank=str(rank), item_line=line, **who))
            if norm(item) not in seen:
                seen.add(norm(item))
                parsed.items.append((item, line))
    return parsed


def _parse_grid(table: Table, names: list[str], known: Callable[[str], bool]) -> Parsed:
    parsed = Parsed(GOOGLE_GRID)
    groups: dict[str, list[int]] = {}
    for index, header in enumerate(table.header):
        match = _GRID_COLUMN.match(header)
        if match:
            groups.setdefault(match.group(1), []).append(index)

    def score(question: str) -> int:
        return sum(1 for i in groups[question] if known(_GRID_COLUMN.match(table.header[i])[2]))

    question = max(groups, key=score)  # the first grid when none has known items
    if len(groups) > 1:
        others = ", ".join(f'"{q}"' for q in groups if q != question)
        parsed.notes.append(Message('Only the grid "{question}" was imported, not {others}.',
                                    question=question, others=others))
    columns = {i: _GRID_COLUMN.match(table.header[i])[2].strip() for i in groups[question]}
    parsed.items = [(item, 1) for item in columns.values()]
    meta = _meta_columns(table, names, {i for indices in groups.values() for i in indices})
    for line, cells in table.rows:
        ranked = [(i, cells[i]) for i in columns if cells[i]]
        if not ranked:
            parsed.notes.append(_skipped(line))
            continue
        who = _who(line, cells, meta)
        for index, value in ranked:
            ordinal = _ORDINAL.match(value)
            rank = ordinal.group(1) if ordinal else value
            parsed.answers.append(Answer(item=columns[index], rank=rank, item_line=1, **who))
    return parsed
