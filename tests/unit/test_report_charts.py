"""The report charts and the perception-gap brief, read back from the PDF the way a reader would
(pdftotext): every bar's number, every label, legends and axis texts; a needs list far longer
than one page still gives a readable brief; and a report that cannot be laid out is one line
of error, never a traceback or a half-written file."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")

LONG = ("Kantinens åbningstider, økologi og æbleskiver om fredagen og i weekenderne når lageret "
        "har allermest travlt")
THEMES = [("Værktøj & udstyr", 13, 31), ("Anerkendelse", 29, 11), ("Vagtplanlægning", 17, 19),
          ("Kommunikation <b>", 23, 37), (LONG, 0, 14), ("Løn", 16, 0)]
NEEDS = [("1. Anerkendelse af udført arbejde", 1, 5), ("2. Forståelse for personlige problemer",
                                                      2, 10),
         ("3. At føle sig informeret", 3, 7), ("4. Jobsikkerhed", 4, 2), ("5. God løn", 5, 1),
         ("6. Interessant arbejde", 6, 6.4), ("7. Forfremmelse og udvikling", 7, 3),
         ("8. Gode arbejdsforhold", 8, 4), ("9. Loyalitet fra ledelsen", 9, 8),
         ("10. Taktfuld disciplin & x<y", 10, 9)]
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

    from focusgroup.reports import charts

    story = [*charts.theme_bars(THEMES, "Synes godt om", "Synes ikke om", width=WIDTH),
             Spacer(1, 12), *charts.gap_dumbbell(NEEDS, TEXTS, width=WIDTH)]
    return pdf_text(build_pdf(tmp_path_factory.mktemp("charts") / "charts.pdf", story), "-raw")


def test_every_bar_is_labelled_with_its_number(both_charts):
    numbers = Counter(re.findall(r"(?<![\d.,])\d+(?![\d.,])", both_charts))
    expected = Counter(str(v) for _, likes, dislikes in THEMES for v in (likes, dislikes))
    for value, times in expected.items():
        assert numbers[value] >= times, value
    for tick in ("0", "10", "20", "30"):  # the value axis: 37 at most, in steps of 10
        assert numbers[tick] >= 1, tick


def test_theme_labels_print_literally_with_the_legend(both_charts):
    text = flat(both_charts)
    for theme, _likes, _dislikes in THEMES:
        if theme != LONG:
            assert theme in text, theme
    assert "Synes godt om" in text and "Synes ikke om" in text


def test_a_long_label_is_shortened_with_an_ellipsis(both_charts):
    text = flat(both_charts)
    assert "Kantinens åbningstider" in text and "…" in text
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


def test_charts_without_rows_still_build(tmp_path):
    from focusgroup.reports import charts

    story = [*charts.theme_bars([], "Synes godt om", "Synes ikke om"),
             *charts.gap_dumbbell([], TEXTS)]
    text = flat(pdf_text(build_pdf(tmp_path / "empty.pdf", story)))
    assert "Synes godt om" in text and TEXTS["under"] in text


# --------------------------------------------------------------------------- long needs lists

ITEMS = 60


@pytest.fixture(scope="module")
def long_list(tmp_path_factory):
    """A workspace whose needs list has 60 items, ranked by 8 employees and 6 managers."""
    from focusgroup.domain import model
    from focusgroup.services.needs_lists import add_item, create_list, items_of
    from focusgroup.services.workspaces import open_ws
    from focusgroup.storage import repository

    folder = tmp_path_factory.mktemp("long")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOCUSGROUP_DATA_DIR", str(folder / "data"))
        ws = open_ws(folder / "long.focusgroup")
        needs = create_list(ws, "Sixty wishes")
        for n in range(ITEMS):
            add_item(ws, needs, f"Wish number {n:02d} – æøå")
        items = items_of(ws, needs)
        department = model.Department("Lager")
        people = [model.Participant(f"P-{n:03d}", model.Role.MANAGER if n >= 8
                                    else model.Role.EMPLOYEE, department_id=department.id)
                  for n in range(14)]
        session = model.Session("Round", status=model.SessionStatus.CLOSED,
                                department_id=department.id)
        rng = random.Random(5)
        objects = [department, *people, session]
        for person in people:
            ranking = model.Ranking(needs.id, person.id, model.Perspective.PREDICTED
                                    if person.role is model.Role.MANAGER
                                    else model.Perspective.OWN, session.id)
            order = items[:]
            rng.shuffle(order)
            objects += [ranking, *(model.RankingEntry(ranking.id, item.id, position + 1)
                                   for position, item in enumerate(order))]
        repository.save_all(ws, objects)
        ws.close(backup=False)
    return folder / "long.focusgroup"


@pytest.mark.parametrize("kind", ["gap", "summary"])
def test_a_sixty_item_needs_list_gives_a_readable_report(cli, long_list, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    code, _out, err = cli("report", "-w", str(long_list), "--out", str(out),
                          "--kind", kind, "--needs-list", "Sixty wishes")
    assert code == 0, err
    text = flat(pdf_text(out))
    for n in range(ITEMS):
        assert f"Wish number {n:02d} – æøå" in text, n
    assert "Need by need" in text or "Perception gap" in text
    raw = pdf_text(out, "-raw")
    # every item is drawn in the chart too: its label is there once more than in the tables
    assert raw.count("Wish number 59") >= 2


def test_a_report_that_cannot_be_laid_out_is_one_line_and_exit_2(cli, demo_file, tmp_path,
                                                                  monkeypatch):
    from reportlab.platypus import Spacer

    from focusgroup.reports import gap_report

    monkeypatch.setattr(gap_report, "story", lambda data, tr: [Spacer(1, 5000)])
    copy = tmp_path / "demo.focusgroup"
    shutil.copyfile(demo_file, copy)
    out = tmp_path / "out" / "gap.pdf"
    out.parent.mkdir()
    code, stdout, err = cli("report", "-w", str(copy), "--out", str(out),
                            "--kind", "gap")
    assert code == 2 and stdout == ""
    assert err.startswith("focusgroup: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "laid out" in err
    assert list(out.parent.iterdir()) == []  # no PDF, no temporary file


def test_a_theme_with_thousands_of_notes_keeps_a_readable_value_axis(tmp_path):
    from focusgroup.reports import charts

    story = charts.theme_bars([("Kommunikation", 20000, 150), ("Løn", 3, 9000)],
                              "Synes godt om", "Synes ikke om", width=WIDTH)
    text = pdf_text(build_pdf(tmp_path / "big.pdf", story), "-raw")
    numbers = re.findall(r"(?<![\d.,])\d+(?![\d.,])", text)
    for value in ("20000", "150", "3", "9000"):
        assert value in numbers, value
    axis = [n for n in numbers if n not in ("20000", "150", "3", "9000")]
    assert "0" in axis and 2 <= len(axis) <= 7, axis  # a few round steps, not one per 1000


@pytest.mark.parametrize("largest", [1, 2, 3, 5, 7])
def test_a_small_chart_counts_in_whole_numbers(tmp_path, largest):
    from focusgroup.reports import charts

    story = charts.theme_bars([("Løn", largest, 0)], "Synes godt om", "Synes ikke om",
                              width=WIDTH)
    text = pdf_text(build_pdf(tmp_path / "small.pdf", story), "-raw")
    assert not re.search(r"\d[.,]\d", text), text
    assert str(largest) in re.findall(r"\d+", text)
