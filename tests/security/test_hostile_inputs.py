"""Files and typed values made to hurt: XLSX bombs, FIFOs, Unicode digits, very long names.

Each must end promptly with one line and exit 2 (or be used correctly), never hang, never a
traceback. Commands that could hang run in a subprocess under a timeout, so a hang fails the
test instead of blocking the run.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

TIMEOUT = 60  # seconds; refusing should take well under 5


def run_apart(*argv: str, home: Path) -> tuple[int, str, float]:
    """The CLI in its own process; a hang becomes a failed test after TIMEOUT seconds."""
    env = {**os.environ, "HOME": str(home), "FOCUSGROUP_DATA_DIR": str(home / "data")}
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, "-m", "focusgroup", *argv], env=env,
                                capture_output=True, text=True, timeout=TIMEOUT,
                                stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"focusgroup {' '.join(argv)} did not return within {TIMEOUT} s")
    return result.returncode, result.stderr, time.monotonic() - started


@pytest.fixture
def ws_file(demo_file, tmp_path):
    copy = tmp_path / "ws.focusgroup"
    shutil.copyfile(demo_file, copy)
    return copy


# --------------------------------------------------------------------------- XLSX bombs

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
HEADER_ROW = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>participant</t></is></c>'
              b'<c r="B1" t="inlineStr"><is><t>role</t></is></c>'
              b'<c r="C1" t="inlineStr"><is><t>perspective</t></is></c>'
              b'<c r="D1" t="inlineStr"><is><t>item</t></is></c>'
              b'<c r="E1" t="inlineStr"><is><t>rank</t></is></c></row>')
GOOD_ROW = (b'<row r="2"><c r="A2" t="inlineStr"><is><t>P-001</t></is></c>'
            b'<c r="B2" t="inlineStr"><is><t>employee</t></is></c>'
            b'<c r="C2" t="inlineStr"><is><t>own</t></is></c>'
            b'<c r="D2" t="inlineStr"><is><t>good wages</t></is></c>'
            b'<c r="E2"><v>1</v></c></row>')


def stored(path: Path) -> list[tuple]:
    """What the workspace holds that an import could add to: sessions, people and rankings."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [conn.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
                for table in ("sessions", "participants", "notes", "rankings",
                              "ranking_entries")]
    finally:
        conn.close()


def xlsx(path: Path, rows: bytes, dimension: str = "A1:E2") -> Path:
    """A minimal workbook written by hand: small on disk whatever its sheet claims."""
    sheet = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             b'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="'
             + dimension.encode() + b'"/><sheetData>' + rows + b"</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_a_well_made_hand_built_workbook_imports(cli, ws_file, tmp_path):
    book = xlsx(tmp_path / "ok.xlsx", HEADER_ROW + GOOD_ROW)
    code, out, err = cli("import", "rankings", "-w", str(ws_file), str(book))
    assert code == 0 and "Imported 1 ranking" in out, err


def test_a_dimension_claiming_the_whole_sheet_is_ignored(cli, ws_file, tmp_path):
    book = xlsx(tmp_path / "claim.xlsx", HEADER_ROW + GOOD_ROW, dimension="A1:XFD1048576")
    code, out, err = cli("import", "rankings", "-w", str(ws_file), str(book))
    assert code == 0 and "Imported 1 ranking" in out, err


BOMBS = {
    # 3 million tiny rows: about 20 kB on disk
    "millions of rows": lambda: HEADER_ROW + b"<row><c><v>1</v></c></row>" * 3_000_000,
    # two rows, the second one a million rows down: openpyxl fills in the rows between
    "a far row": lambda: HEADER_ROW + GOOD_ROW.replace(b'r="2"', b'r="1048576"')
    .replace(b'2"', b'1048576"'),
    # every row reaching the last column, XFD
    "the last column": lambda: HEADER_ROW + b"".join(
        b'<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (n, n) for n in range(2, 2000)),
    # one cell of 5 MB
    "a huge cell": lambda: HEADER_ROW + b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
    + b"x" * 5_000_000 + b"</t></is></c></row>",
    # 200 MB of sheet, 200 kB on disk
    "a zip bomb": lambda: HEADER_ROW + b"<row/>" * 35_000_000,
}


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_xlsx_bombs_are_refused_quickly(ws_file, tmp_path, bomb):
    book = xlsx(tmp_path / "bomb.xlsx", BOMBS[bomb](), dimension="A1:XFD1048576")
    assert book.stat().st_size < 1_000_000
    before = stored(ws_file)
    code, err, _ = run_apart("import", "rankings", "-w", str(ws_file), str(book),
                                   home=tmp_path)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    assert any(w in err for w in ("more than", "unpacks to")), err
    assert stored(ws_file) == before  # the run_apart time limit is what "quickly" means


def test_a_csv_with_millions_of_rows_is_refused(cli, ws_file, tmp_path):
    path = tmp_path / "many.csv"
    path.write_bytes(b"participant,role,perspective,item,rank\n" + b"\n1" * 3_000_000)
    before = stored(ws_file)
    code, _, err = cli("import", "rankings", "-w", str(ws_file), str(path))
    assert code == 2 and "more than 100000 rows" in err and err.count("\n") == 1, err
    assert stored(ws_file) == before


def test_a_csv_with_a_huge_cell_or_too_many_columns_is_refused(cli, ws_file, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("participant,role,perspective,item,rank\n" + "x," * 1000 + "\n")
    code, _, err = cli("import", "rankings", "-w", str(ws_file), str(path))
    assert code == 2 and "more than 500 columns" in err
    path.write_text("participant,role,perspective,item,rank\nP-1,employee,own,"
                    + "y" * 100_000 + ",1\n")
    code, _, err = cli("import", "notes", "-w", str(ws_file), str(path))
    assert code == 2 and "a cell holds more than" in err and err.count("\n") == 1


# --------------------------------------------------------------------------- FIFOs

@pytest.mark.parametrize("what", ["rankings", "notes"])
def test_a_fifo_as_the_file_to_import(ws_file, tmp_path, what):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    code, err, _ = run_apart("import", what, "-w", str(ws_file), str(fifo), home=tmp_path)
    assert code == 2 and "not a regular file" in err and err.count("\n") == 1, err


@pytest.mark.parametrize("argv", [
    ["sessions", "-w", "{fifo}"],
    ["check", "-w", "{fifo}"],
    ["import", "rankings", "-w", "{fifo}", "{csv}"],
    ["report", "-w", "{fifo}", "--out", "{out}"],
    ["export", "-w", "{fifo}", "--format", "xlsx", "--out", "{out}"],
    ["merge", "{fifo}", "--into", "{ws}"],
    ["demo", "{fifo}", "--force"],
], ids=lambda argv: argv[0] + ("-" + argv[1] if argv[0] == "import" else ""))
def test_a_fifo_as_the_workspace(ws_file, tmp_path, argv):
    fifo = tmp_path / "pipe.focusgroup"
    os.mkfifo(fifo)
    csv = tmp_path / "r.csv"
    csv.write_text("participant,role,perspective,item,rank\nP-1,employee,own,good wages,1\n")
    values = {"fifo": fifo, "csv": csv, "out": tmp_path / "out.pdf", "ws": ws_file}
    code, err, _ = run_apart(*[a.format(**values) for a in argv], home=tmp_path)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    assert "regular file" in err, err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_as_input_or_workspace(ws_file, tmp_path):
    code, err, _ = run_apart("import", "rankings", "-w", str(ws_file), "/dev/zero",
                             home=tmp_path)
    assert code == 2 and "not a regular file" in err and err.count("\n") == 1, err
    code, err, _ = run_apart("sessions", "-w", "/dev/zero", home=tmp_path)
    assert code == 2 and "not a regular file" in err and err.count("\n") == 1, err


# --------------------------------------------------------------------------- Unicode digits

ODD_DIGITS = ["²", "①", "٣", "３", "৩", "1²", "⁵"]


@pytest.mark.parametrize("digit", ODD_DIGITS)
def test_odd_digits_typed_as_a_ranking(workspace, digit):
    from focusgroup.domain.model import Perspective, Role, Session
    from focusgroup.services.analysis import default_needs_list
    from focusgroup.services.errors import InvalidInput
    from focusgroup.services.rankings import save_typed_ranking
    from focusgroup.storage import repository

    session = repository.save(workspace, Session("Round 1"))
    needs = default_needs_list(workspace)
    with pytest.raises(InvalidInput, match="is not an item number"):
        save_typed_ranking(workspace, session, needs, "P-001", Role.EMPLOYEE, Perspective.OWN,
                           f"3 {digit} 1")
    saved = save_typed_ranking(workspace, session, needs, "P-001", Role.EMPLOYEE,
                               Perspective.OWN, "3 2=1")
    assert saved.positions == {"personal_problems": 1, "in_on_things": 2, "appreciation": 2}


@pytest.mark.parametrize("digit", ODD_DIGITS)
def test_odd_digits_in_an_imported_rank(cli, ws_file, tmp_path, digit):
    long_csv = tmp_path / "long.csv"
    long_csv.write_text("participant,role,perspective,item,rank\n"
                        f"P-1,employee,own,good wages,{digit}\n", encoding="utf-8")
    code, _, err = cli("import", "rankings", "-w", str(ws_file), str(long_csv))
    assert code == 2 and f"rank '{digit}' is not a positive whole number" in err, err
    assert "Traceback" not in err
    grid = tmp_path / "grid.csv"
    grid.write_text("Timestamp,Rank these [Good wages],Rank these [Job security]\n"
                    f"2026-05-01,{digit},1st\n", encoding="utf-8")
    code, _, err = cli("import", "rankings", "-w", str(ws_file), str(grid))
    assert code == 2 and "is not a positive whole number" in err and "Traceback" not in err


@pytest.mark.parametrize("digit", ["²", "①", "٣"])
def test_odd_digits_as_a_guide_item_number_and_in_codes(cli, ws_file, tmp_path, digit):
    notes = tmp_path / "notes.csv"
    notes.write_text(f"kind,text,guide_item\nlike,Good coffee,{digit}\n", encoding="utf-8")
    code, out, err = cli("import", "notes", "-w", str(ws_file), str(notes))
    assert "Traceback" not in err and code in (0, 2), err
    codes = tmp_path / "codes.csv"
    codes.write_text("participant,role,perspective,item,rank\n"
                     f"P-{digit},employee,own,good wages,1\nF-{digit},employee,own,good wages,1\n",
                     encoding="utf-8")
    code, _, err = cli("import", "rankings", "-w", str(ws_file), str(codes))
    assert code == 0, err

    from focusgroup.services.rankings import next_code
    from focusgroup.services.workspaces import open_ws

    ws = open_ws(ws_file, create=False)
    try:
        assert next_code(ws).startswith("P-") and next_code(ws, "F-") == "F-001"
    finally:
        ws.close(backup=False)


# --------------------------------------------------------------------------- long names

def test_300_character_names(cli, ws_file, tmp_path):
    long = "Æ" * 300
    csv = tmp_path / "r.csv"
    csv.write_text("participant,role,perspective,item,rank\nP-1,employee,own,good wages,1\n")
    code, _, err = cli("import", "rankings", "-w", str(ws_file), "--department", long,
                       str(csv))
    assert code == 2 and "no department called" in err and err.count("\n") == 1
    code, out, err = cli("import", "rankings", "-w", str(ws_file), "--session", long,
                         str(csv))
    assert code == 0, err
    code, out, err = cli("sessions", "-w", str(ws_file), "--json")
    assert code == 0 and "Æ" * 200 in out and "Æ" * 201 not in out  # a title's limit
    code, _, err = cli("report", "-w", str(ws_file), "--department", long,
                       "--out", str(tmp_path / "r.pdf"))
    assert code == 2 and err.count("\n") == 1
    for name in ("x" * 300 + ".csv", "x" * 300 + "/r.csv"):
        code, _, err = cli("import", "rankings", "-w", str(ws_file),
                           str(tmp_path / name))
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    code, _, err = cli("sessions", "-w", str(tmp_path / ("y" * 300 + ".focusgroup")))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
