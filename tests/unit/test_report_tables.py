"""Report tables read back from the PDF: every row once and in order, the header again on
every page, long cells wrapped, numbers right-aligned, user text printed literally."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")


def build(story: list, path: Path, mode: str = "-layout") -> list[str]:
    """Write ``story`` on A4 pages and return each page's text (layout mode, or "-raw" for
    drawing order)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    text = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1]


@pytest.fixture(autouse=True)
def fonts():
    from focusgroup.reports.fonts import register_fonts

    register_fonts()


def test_a_long_table_repeats_its_header_on_every_page_and_keeps_every_row(tmp_path):
    from focusgroup.reports.builder import paragraph, table

    rows = [["Date", "Session", "People"]]
    rows += [[f"{n % 28 + 1} Jun 2026", f"Session number {n:03d}", str(n * 7)]
             for n in range(150)]
    pages = build([paragraph("Sessions held"), table(rows, [80, 250, 60], right=(2,))],
                  tmp_path / "long.pdf")
    assert len(pages) >= 3
    for page in pages:
        assert re.search(r"Date\s+Session\s+People", page), page[:200]
    found = [int(n) for n in re.findall(r"Session number (\d{3})", "".join(pages))]
    assert found == list(range(150))  # every row once, in order, none lost at a break
    # the number column is right-aligned: numbers of one to four digits all end in the same
    # place, under the end of the header "People"
    first = pages[0].splitlines()
    header = next(line for line in first if "People" in line)
    right_edge = header.index("People") + len("People")
    ends = {len(line.rstrip()) for line in first if "Session number" in line}
    assert len(ends) == 1 and abs(ends.pop() - right_edge) <= 1


def test_long_and_multi_line_cells_wrap_inside_their_column(tmp_path):
    from focusgroup.reports.builder import table

    long_text = " ".join(f"word{n}" for n in range(80))
    rows = [["Kind", "Focus group"], ["About", long_text], ["Lines", "first\nsecond"],
            ["Danish", "Kantinen lukker for tidligt: æøå ÆØÅ"]]
    pages = build([table(rows, [120, 200], header=False, bold_first=True)],
                  tmp_path / "wrap.pdf")
    text = " ".join(pages[0].split())
    assert " ".join(f"word{n}" for n in range(80)) in text
    assert "Kantinen lukker for tidligt: æøå ÆØÅ" in text
    lines = pages[0].splitlines()
    wrapped = [line for line in lines if "word" in line]
    assert len(wrapped) >= 4  # 80 words do not fit in one 200-point line
    assert all(len(line.rstrip()) < 90 for line in wrapped)  # ... and stay in their column
    assert any("first" in line for line in lines) and any(
        "second" in line and "first" not in line for line in lines)


def test_a_header_is_never_left_alone_at_the_foot_of_a_page(tmp_path):
    from reportlab.platypus import Spacer

    from focusgroup.reports.builder import table

    rows = [["Name", "Count"], ["Only row", "1"]]
    pages = build([Spacer(1, 665), table(rows, [100, 60])], tmp_path / "next.pdf")
    # the header (16 points) would fit under the spacer, its first row would not
    assert len(pages) == 2 and "Only row" in pages[1] and "Name" in pages[1]
    assert "Name" not in pages[0]


def test_a_row_of_figures_shows_every_number_and_wraps_a_long_caption(tmp_path):
    from focusgroup.reports.builder import content_width, stats

    pairs = [("15", "employees ranked their own needs"), ("7", "ledere forudsagde rækkefølgen"),
             ("0,90", "agreement among employees (Kendall's W) " * 2), ("—", "")]
    pages = build([stats(pairs, content_width())], tmp_path / "figures.pdf", "-raw")
    text = " ".join(pages[0].split())
    for value, caption in pairs:
        assert value in text and " ".join(caption.split()) in text
    lines = build([stats(pairs, content_width())], tmp_path / "figures.pdf")[0].splitlines()
    assert sum("agreement" in line or "(Kendall's W)" in line for line in lines) >= 3


def test_text_comes_out_in_reading_order_around_a_wrapped_cell(tmp_path):
    from focusgroup.reports.builder import table

    long_text = "this cell is far too long for one line of its narrow column " * 3
    rows = [["First", "short"], ["Second", long_text], ["Third", "after"]]
    [page] = build([table(rows, [100, 150], header=False)], tmp_path / "order.pdf", "-raw")
    text = " ".join(page.split())
    assert text.index("First") < text.index("Second") < text.index("narrow column") \
        < text.index("Third") < text.index("after")


def test_numbers_and_empty_values_are_printed_and_a_lone_header_keeps_its_rule(tmp_path):
    from focusgroup.reports.builder import table

    rows = [["Name", "Count", "Share"], ["Canteen", 12, 0.25], ["Tools", None, 1.5]]
    header_only = table([["Only", "A header"]], [100, 100])
    pages = build([table(rows, [100, 60, 60], right=(1, 2)), header_only],
                  tmp_path / "values.pdf")
    text = " ".join(pages[0].split())
    assert "Canteen 12 0.25" in text and "Tools 1.5" in text and "None" not in text
    assert "Only A header" in text


def test_user_text_in_cells_prints_literally(tmp_path):
    from focusgroup.reports.builder import table

    hostile = ["<b>bold</b>", "&foo;", "x<y", "&amp;", "<img src=/etc/passwd>",
               "Kantinen lukker: æøå ÆØÅ"]
    rows = [["Text", "n"], *[[value, str(n)] for n, value in enumerate(hostile)]]
    [page] = build([table(rows, [200, 40], right=(1,))], tmp_path / "literal.pdf")
    text = " ".join(page.split())
    for n, value in enumerate(hostile):
        assert f"{value} {n}" in text, value


@pytest.mark.parametrize("room", [10, 14, 20, 40, 300])
def test_a_long_quote_near_the_foot_of_a_page_continues_on_the_next(tmp_path, room):
    """Built in a child process with a time limit: a quote that could not be split once made
    the layout loop for ever."""
    import sys

    script = f"""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer
from focusgroup.reports.fonts import register_fonts
register_fonts()
from focusgroup.reports.builder import quote
doc = SimpleDocTemplate({str(tmp_path / 'quote.pdf')!r}, pagesize=A4)
text = " ".join(f"word{{n}}" for n in range(900))
doc.build([Spacer(1, doc.height - 12 - {room}), quote(text), quote("Short one æøå <b>")])
"""
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120,
                   cwd=Path(__file__).resolve().parents[2])
    text = subprocess.run(["pdftotext", str(tmp_path / "quote.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = re.findall(r"word(\d+)", text)
    assert words == [str(n) for n in range(900)]
    assert "“Short one æøå <b>”" in " ".join(text.split())
    assert text.count("\f") >= 2


def test_every_other_row_is_shaded_and_the_header_too(tmp_path):
    from PIL import Image

    from focusgroup.reports.builder import table
    from focusgroup.reports.styles import SHADE, ZEBRA

    rows = [["Name", "Count"], *[[f"row {n}", str(n)] for n in range(10)]]
    build([table(rows, [200, 60], right=(1,))], tmp_path / "zebra.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile",
                    str(tmp_path / "zebra.pdf"), str(tmp_path / "zebra")], check=True)
    page = Image.open(tmp_path / "zebra.png").convert("RGB")
    # the table's left margin column, just inside the table, from top to bottom
    x = 72 + 6 + 3  # page margin, frame padding, a little in
    column = [page.getpixel((x, y)) for y in range(page.height)]
    runs = [colour for y, colour in enumerate(column) if y == 0 or column[y - 1] != colour]

    def hex_rgb(code):
        return tuple(int(code[i:i + 2], 16) for i in (1, 3, 5))

    assert runs.count(hex_rgb(ZEBRA)) == 5  # rows 2, 4, 6, 8 and 10
    assert runs.count(hex_rgb(SHADE)) == 1
