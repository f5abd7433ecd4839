"""The two report charts, read back from a PDF the way a reader would (pdftotext): every bar's
number, every label (fitted with "…" when long, Danish letters intact), legends and axis texts;
plain canvas flowables (no reportlab.graphics), kept whole, and fine with no rows."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from focusgroup.reports import charts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")

LONG = ("Kantinens åbningstider, økologi og æbleskiver om fredagen og i weekenderne når lageret "
        "har allermest travlt")
THEMES = [("Værktøj & udstyr", 13, 31), ("Anerkendelse", 29, 11), ("Vagtplanlægning", 17, 19),
          ("Kommunikation", 23, 37), (LONG, 0, 14), ("Løn", 16, 0)]
NEEDS = [("1. Anerkendelse af udført arbejde", 1, 5), ("2. Forståelse for personlige problemer",
                                                      2, 10),
         ("3. At føle sig informeret", 3, 7), ("4. Jobsikkerhed", 4, 2), ("5. God løn", 5, 1),
         ("6. Interessant arbejde", 6, 6.4), ("7. Forfremmelse og udvikling", 7, 3),
         ("8. Gode arbejdsforhold", 8, 4), ("9. Loyalitet fra ledelsen", 9, 8),
         ("10. Taktfuld disciplin", 10, 9)]
TEXTS = {"employees": "Hvad medarbejderne ønsker", "managers": "Hvad lederne tror",
         "under": "Ledere undervurderer", "over": "Ledere overvurderer",
         "axis_left": "← vigtigst", "axis_right": "mindst vigtigt →"}
WIDTH = 459


def pdf_text(path: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def build_pdf(path: Path, story: list) -> Path:
    from reportlab.platypus import SimpleDocTemplate

    from focusgroup.reports.fonts import register_fonts

    register_fonts()
    SimpleDocTemplate(str(path)).build(story)
    return path


@pytest.fixture(scope="module")
def both_charts(tmp_path_factory) -> str:
    from reportlab.platypus import Spacer

    story = [charts.theme_bars(THEMES, "Synes godt om", "Synes ikke om", width=WIDTH),
             Spacer(1, 12), charts.gap_dumbbell(NEEDS, TEXTS, width=WIDTH)]
    return pdf_text(build_pdf(tmp_path_factory.mktemp("charts") / "charts.pdf", story), "-raw")


def test_every_bar_is_labelled_with_its_number(both_charts):
    numbers = Counter(re.findall(r"(?<![\d.,])\d+(?![\d.,])", both_charts))
    expected = Counter(str(v) for _, likes, dislikes in THEMES for v in (likes, dislikes))
    for value, times in expected.items():
        assert numbers[value] >= times, value
    for tick in ("0", "10", "20", "30"):  # the value axis: 37 at most, in steps of 10
        assert numbers[tick] >= 1, tick


def test_theme_labels_and_legend_print(both_charts):
    text = flat(both_charts)
    for theme, _likes, _dislikes in THEMES:
        if theme != LONG:
            assert theme in text, theme
    assert "Synes godt om" in text
    assert "Synes ikke om" in text


def test_a_long_theme_label_is_fitted_with_an_ellipsis(both_charts):
    fitted = charts._fit(LONG, 130, "DejaVuSans", charts.LABEL_SIZE)
    assert len(fitted) == 2
    assert fitted[-1].endswith("…")
    text = flat(both_charts)
    for line in fitted:
        assert line in text, line
    assert "Kantinens åbningstider" in text
    assert "allermest travlt" not in text


def test_gap_chart_labels_axis_and_legend_print(both_charts):
    text = flat(both_charts)
    for label, _employees, _managers in NEEDS:
        assert label in text, label
    for key in ("employees", "managers", "under", "over", "axis_left", "axis_right"):
        assert TEXTS[key] in text, key
    ranks = re.findall(r"(?<![\d.,])\d+(?![\d.,])", both_charts)
    for rank in range(1, 11):  # the rank axis: one number per place
        assert str(rank) in ranks, rank


def test_charts_are_plain_flowables_of_the_old_size():
    from reportlab.platypus import Flowable

    bars = charts.theme_bars(THEMES, "a", "b", width=WIDTH)
    dumbbell = charts.gap_dumbbell(NEEDS, TEXTS, width=WIDTH)
    assert (bars.width, bars.height) == (WIDTH, 22 + 18 + 22 * len(THEMES))
    assert (dumbbell.width, dumbbell.height) == (WIDTH, 30 + 40 + 19 * len(NEEDS))
    for chart in (bars, dumbbell):
        assert isinstance(chart, Flowable)
        assert not type(chart).__module__.startswith("reportlab.graphics")
        assert chart.wrap(WIDTH, 10_000) == (chart.width, chart.height)
        assert chart.split(WIDTH, 20) == []  # never split, moved whole


def test_no_reportlab_graphics_anywhere():
    """Importing the module imports no reportlab at all; building both charts into a PDF does
    not import reportlab.graphics."""
    script = """
import io, sys
from focusgroup.reports import charts
assert not any(m.startswith("reportlab") for m in sys.modules), "reportlab at import"
from reportlab.platypus import SimpleDocTemplate
from focusgroup.reports.fonts import register_fonts
register_fonts()
story = [charts.theme_bars([("Løn", 3, 4)], "a", "b"),
         charts.gap_dumbbell([("Løn", 1, 2), ("Ferie", 2, 1)],
                             {k: k for k in ("employees", "managers", "under", "over",
                                             "axis_left", "axis_right")})]
SimpleDocTemplate(io.BytesIO()).build(story)
print(sorted(m for m in sys.modules if m.startswith("reportlab.graphics")))
"""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, cwd=root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    tree = ast.parse((root / "focusgroup" / "reports" / "charts.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert not {m for m in imported if m.startswith("reportlab.graphics")}


def test_a_chart_that_does_not_fit_moves_whole_to_the_next_page(tmp_path):
    from reportlab.platypus import Spacer

    story = [Spacer(1, 600), charts.theme_bars(THEMES, "Synes godt om", "Synes ikke om",
                                               width=WIDTH)]
    path = build_pdf(tmp_path / "moved.pdf", story)
    first, second = (flat(pdf_text(path, "-f", str(p), "-l", str(p))) for p in (1, 2))
    assert "Anerkendelse" not in first
    assert "Anerkendelse" in second
    assert "Synes godt om" in second
    assert "37" in second


def test_no_rows_do_not_crash(tmp_path):
    bars = charts.theme_bars([], "Synes godt om", "Synes ikke om")
    dumbbell = charts.gap_dumbbell([], TEXTS)
    assert (bars.width, bars.height) == (480, 40)
    assert (dumbbell.width, dumbbell.height) == (480, 70)
    text = flat(pdf_text(build_pdf(tmp_path / "empty.pdf", [bars, dumbbell])))
    assert "Synes godt om" in text
    assert TEXTS["under"] in text
