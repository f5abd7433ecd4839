"""PDF reports on the demo workspace, read back the way a reader would (pdftotext): headings,
counts, sentences, anonymity everywhere, Danish, embedded fonts, atomic writing."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from focusgroup.services.analysis import Scope, analyse, default_needs_list
from focusgroup.services.reports import ReportCancelled, ReportRequest, gather, write_report
from focusgroup.storage import report_queries

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")
CODE = re.compile(r"P-\d{3}")


@pytest.fixture(scope="module")
def real_names(demo_file):
    from focusgroup.services.workspaces import open_ws

    ws = open_ws(demo_file, create=False, read_only=True)
    try:
        names, _codes = report_queries.known_names_and_codes(ws)
    finally:
        ws.close(backup=False)
    assert len(names) >= 8
    return names


def pdf_text(path: Path, *, raw: bool = False) -> str:
    """The text a reader sees; ``raw`` keeps drawing order and leaves a "-" at the end of a
    line alone (the default mode joins such a line to the next, as if it were hyphenated)."""
    options = ["-raw"] if raw else []
    return subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def build(ws, tmp_path, name="report.pdf", **request) -> tuple[str, Path]:
    path = write_report(ws, ReportRequest(**request), tmp_path / name, force=True)
    return flat(pdf_text(path)), path


def _without_owner_cells(text: str) -> str:
    """The text without the action tables' owner cells (an owner, then the due date): owners
    are staff acting in a role and print by name, even when they also took part."""
    from focusgroup.services.demo import ACTIONS

    owners = "|".join(sorted({re.escape(a[2]) for a in ACTIONS}, key=len, reverse=True))
    return re.sub(rf"(?:{owners})(?= \d{{1,2}}\.? \S+ \d{{4}})", "", text)


def assert_anonymous(text: str, names: list[str]) -> None:
    assert CODE.search(text) is None, CODE.search(text).group(0)
    text = _without_owner_cells(text)
    for name in names:
        for part in [name, *name.split()]:
            assert re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text, re.IGNORECASE) is None, \
                part


def test_session_report_has_its_sections_and_counts(demo, tmp_path, real_names):
    text, path = build(demo, tmp_path, kind="session", session="Warehouse focus group, round 2")
    for heading in ("SESSION SUMMARY", "Warehouse focus group, round 2", "About the session",
                    "What was said, item by item", "2. What works well for you?", "Likes (6)",
                    "Dislikes (8)", "Ideas (3)", "Needs (3)", "Questions (2)",
                    "Selected quotes", "Needs ranking", "Employees' own ranking",
                    "Actions agreed", "Wi-Fi repeater at aisle 14", "Confidential"):
        assert heading in text, heading
    assert "Participants 8 people" in text and "Notes 29" in text
    assert "The Monday stand-up works. Ten minutes and we know the week." in text
    assert "When [name] is away the stand-up is skipped." in text  # "Peter" redacted
    assert "“[name] got a shout-out on the board" in text  # "Karim" inside a quote
    assert "Perception gap" not in text  # no managers in this session: no gap to speak of
    assert_anonymous(text, real_names)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True).stdout).group(1))
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_summary_report_has_every_part_and_suppresses_small_departments(demo, tmp_path,
                                                                        real_names):
    text, _ = build(demo, tmp_path, kind="summary")
    for heading in ("LISTENING SUMMARY", "What our people told us", "All departments · All time",
                    "sessions held", "Sessions held", "Listening cadence", "By department",
                    "Likes and dislikes by theme", "Top themes in their own words",
                    "Needs ranking and perception gap", "Perception gap",
                    "Trend since the previous round", "You said, we did", "Still open",
                    "Lunch interviews, pooled (4)", "Overdue by"):
        assert heading in text, heading
    assert ("NordFragt A/S: This department is not shown: 2 people took part, fewer than the "
            "anonymity threshold of 5, so individual people could be recognised.") in text
    assert "half my break gone" not in text  # the drivers' words stay out
    assert "never reported on their own" in text
    assert "You said: “A short stand-up on Monday morning" in text
    assert "We did: Weekly 10-minute stand-up introduced, Mondays at 7:00." in text
    result = analyse(demo, default_needs_list(demo), Scope(), 5)
    for sentence in result.headline("en"):
        assert sentence in text, sentence
    assert_anonymous(text, real_names)


def test_a_department_below_the_threshold_is_suppressed_with_the_sentence(demo, tmp_path):
    text, _ = build(demo, tmp_path, kind="summary", department="NordFragt A/S")
    assert "What NordFragt A/S told us" in text
    assert "This department is not shown: 2 people took part" in text
    assert "Ride-along with NordFragt drivers" in text and "fewer than 5" in text
    assert "booking system" not in text.lower() and "Perception gap" not in text
    data = gather(demo, ReportRequest(kind="summary", department="NordFragt A/S"))
    assert data.suppressed and data.themes == () and data.ranking is None


def test_gap_brief_has_headline_chart_table_counts_and_agreement(demo, tmp_path, real_names):
    text, path = build(demo, tmp_path, kind="gap")
    result = analyse(demo, default_needs_list(demo), Scope(), 5)
    for heading in ("PERCEPTION-GAP BRIEF", "In brief", "The two pictures side by side",
                    "Need by need", "Managers think", "Kendall's W", "Spearman's rho"):
        assert heading in text, heading
    for sentence in result.headline("en"):
        assert sentence in text
    stats = (f"{result.employees.people} {result.predicted.people} "
             f"{result.employees.ranking.kendalls_w:.2f} {result.predicted.ranking.kendalls_w:.2f}"
             " employees ranked their own needs managers and supervisors predicted their order")
    assert stats in text
    assert "What employees want (their group rank)" in text  # the chart's legend
    assert "Managers' own ranking This ranking group is not shown: 3 people" in text
    assert_anonymous(text, real_names)
    assert int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True).stdout).group(1)) <= 2


def test_a_higher_threshold_suppresses_groups_the_gap_and_the_trend(demo, tmp_path):
    text, _ = build(demo, tmp_path, kind="summary", threshold=8)
    assert "Anonymity threshold: 8 people" in text
    assert ("The perception gap is not shown: it needs at least 8 people on each side to "
            "protect anonymity (employees: 15 people; managers and supervisors: 7 people).") in text
    assert "This ranking group is not shown: 7 people took part" in text
    assert "The trend is not shown: each round needs at least 8 employees" in text
    assert "Managers underestimate" not in text
    text, _ = build(demo, tmp_path, "gap.pdf", kind="gap", threshold=8)
    assert "The perception gap is not shown" in text and "Need by need" not in text


def test_lunch_interviews_and_small_sessions_are_never_reported_alone(demo, tmp_path):
    text, _ = build(demo, tmp_path, kind="session", session="Lunch interview 2")
    assert "Lunch interviews are one-to-one conversations and are never reported" in text
    assert "Label printers" not in text and "Participants 1 person" in text
    assert CODE.search(text) is None  # the title's code is redacted too
    text, _ = build(demo, tmp_path, kind="session", session="Ride-along with NordFragt drivers")
    assert "This session is not shown: 2 people took part" in text
    assert "Gate 2" not in text
    text, _ = build(demo, tmp_path, kind="gap", session="Lunch interview 2")
    assert "never reported on their own" in text and "Need by need" not in text


def test_codes_only_on_request_and_names_never(demo, tmp_path, real_names):
    text, _ = build(demo, tmp_path, kind="session", session="Warehouse focus group, round 2",
                    show_codes=True)
    assert CODE.search(text)  # codes next to what people said
    text = _without_owner_cells(text)
    for name in real_names:
        assert name not in text


def test_danish_report_has_danish_headings_and_letters(demo, tmp_path, real_names):
    text, _ = build(demo, tmp_path, kind="summary", lang="da")
    for heading in ("OPSUMMERING AF LYTNINGEN", "Det fortalte medarbejderne os",
                    "Afholdte sessioner", "Lytterytme", "Fordelt på afdelinger",
                    "Positivt og negativt fordelt på temaer",
                    "Rangering af behov og opfattelseskløften", "Medarbejdernes egen rangering",
                    "Udviklingen siden sidste runde", "I sagde, vi gjorde", "Stadig åbne",
                    "Fortroligt", "Side 1 af", "Frokostsamtaler, samlet (4)",
                    "Denne afdeling vises ikke: 2 personer deltog, færre end"):
        assert heading in text, heading
    assert "Ledere undervurderer" in text and "Anerkendelse af udført arbejde" in text
    assert "Behovsliste: Klassiske motivationsfaktorer (10)" in text  # not the stored English
    assert "I sagde: »" in text and "“" not in text  # Danish quotation marks
    assert {"æ", "ø", "å"} <= set(text) and "Åben" in text
    text, _ = build(demo, tmp_path, "cs.pdf", kind="session", lang="da",
                    session="Fokusgruppe Kundeservice, runde 1")
    assert "Det blev sagt, punkt for punkt" in text and "Spørgsmål" in text
    assert "Vagtplanen ændres med for kort varsel." in text
    assert "Kollegerne hjælper hinanden, når køen er lang." in text
    assert_anonymous(text, real_names)


def test_fonts_are_embedded_and_the_outline_has_the_headings(demo, tmp_path):
    _, path = build(demo, tmp_path, kind="summary", lang="da")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all("DejaVuSans" in line for line in fonts)
    for line in fonts:
        assert line.split()[-5] == "yes"  # emb
    data = path.read_bytes()
    assert b"/Outlines" in data and data.count(b"/Parent") >= 8


def test_an_empty_workspace_gives_sensible_reports(workspace, tmp_path):
    text, _ = build(workspace, tmp_path, kind="summary", lang="da")
    assert "Der blev ikke holdt nogen sessioner i perioden." in text
    assert "Der er endnu ingen afdelinger." in text and "vises ikke" not in text
    text, _ = build(workspace, tmp_path, kind="gap")
    assert "No needs rankings were entered in this selection." in text


def test_a_cancelled_or_failed_build_leaves_no_file(demo, tmp_path):
    def cancel():
        raise ReportCancelled()

    target = tmp_path / "report.pdf"
    with pytest.raises(ReportCancelled):
        write_report(demo, ReportRequest(kind="summary"), target, check=cancel)
    assert list(tmp_path.iterdir()) == []
    steps = []
    write_report(demo, ReportRequest(kind="gap"), target,
                 progress=lambda f, step: steps.append(f))
    assert target.exists() and steps[-1] == 1.0 and steps == sorted(steps)


# --------------------------------------------------------------------------- hostile text
# Generated and hostile texts go into notes and come out through the PDF, CSV and XLSX.
#
# The PDF is compared on a sanitised form (see ``visible``): whitespace is ignored (lines wrap
# and long words break anywhere), text is NFKD-decomposed with combining marks dropped (poppler
# may merge or split accents), and only characters the report prints are compared: characters
# outside the embedded font's coverage (emoji, CJK, anything beyond the BMP) and format/control
# characters are dropped by the report on purpose. Texts with right-to-left characters are
# reordered for display, so for them the visible characters are compared as a multiset
# (mirrored brackets left out). Header and footer lines are removed before comparing, since a
# note may run across a page break.

import csv  # noqa: E402
import unicodedata  # noqa: E402
from collections import Counter  # noqa: E402
from datetime import date  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from focusgroup.domain import model  # noqa: E402
from focusgroup.domain.privacy import Redactor  # noqa: E402
from focusgroup.services import exports  # noqa: E402
from focusgroup.storage import queries, repository  # noqa: E402

KINDS = (model.NoteKind.LIKE, model.NoteKind.DISLIKE, model.NoteKind.IDEA,
         model.NoteKind.NEED, model.NoteKind.QUESTION, model.NoteKind.OBSERVATION)
RTL = {"R", "AL", "AN"}
FURNITURE = re.compile(r"^(Session summary · Batch \w+ hostile|"
                       r"Confidential · generated .* Page \d+ of \d+)$")
HOSTILE = ["<b>bold</b>", "&amp;", "x<y", "<img src=/etc/passwd>", "<para>", "=SUM(A1)", "+1",
           "-1", "@x", "\tTabbed", "\rCR first", "שלום עולם", "مرحبا بالعالم", "emoji 😀 ok",
           "W" * 20000, "NUL\x00inside", "&nbsp; &#60; &lt;", "</para><para>", "]]> %PDF-1.4",
           "<font name=Helvetica>x</font>", "Tab\tin the middle", "a\r\nb"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """One workspace for every batch: a department and five participants (codes only)."""
    from focusgroup.services.workspaces import open_ws

    folder = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOCUSGROUP_DATA_DIR", str(folder / "data"))
        ws = open_ws(folder / "hostile.focusgroup")
    department = model.Department("Hostile department")
    people = [model.Participant(f"H-{n:03d}", department_id=department.id) for n in range(5)]
    repository.save_all(ws, [department, *people])
    yield ws, department, people, folder
    ws.close(backup=False)


def visible(text: str) -> str:
    from focusgroup.reports.fonts import covered

    glyphs = covered()
    kept = []
    for char in unicodedata.normalize("NFKD", text):
        if char.isspace() or unicodedata.category(char)[0] not in "LNPS":
            continue
        if ord(char) in glyphs:
            kept.append(char)
    return "".join(kept)


def body(path: Path) -> str:
    """The PDF's text in drawing order without the page header and footer."""
    lines = pdf_text(path, raw=True).replace("\f", "\n").splitlines()
    return "\n".join(line for line in lines if not FURNITURE.match(line.strip()))


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in RTL for c in text)


def roundtrip(hostile, texts: list[str]) -> tuple[str, Path]:
    """Store ``texts`` as the notes of a new session; check PDF, CSV and XLSX."""
    from openpyxl import load_workbook

    from focusgroup.reports.text import printable

    ws, department, people, folder = hostile
    session = model.Session(f"Batch {model.new_id()[:8]}", status=model.SessionStatus.CLOSED,
                            date=date(2026, 5, 4), department_id=department.id)
    notes = [model.Note(session.id, text, KINDS[i % len(KINDS)], people[i % 5].id)
             for i, text in enumerate(texts)]
    repository.save_all(ws, [session, *notes])
    queries.add_session_participants(ws, session.id, [p.id for p in people])
    pdf = write_report(ws, ReportRequest(kind="session", session=session.id),
                       folder / "batch.pdf", force=True)
    printed = body(pdf)
    shown, shown_counts = visible(printed), Counter(visible(printed))
    redact = Redactor([], [p.code for p in people])
    for text in texts:
        expected = visible(printable(redact(text)))
        if not expected:
            continue
        if has_rtl(printable(text)):
            wanted = Counter(c for c in expected if not unicodedata.mirrored(c))
            assert not wanted - shown_counts, (text, wanted - shown_counts)
        else:
            assert expected in shown, text
    redacted = [Redactor([], [p.code for p in people], keep_tabs=True)(t) for t in texts]
    cells = [exports.neutralise(t) for t in redacted]  # CSV: formulas get a "'"
    csv_path, xlsx_path = folder / "notes.csv", folder / "notes.xlsx"
    exports.export(ws, "csv", csv_path, "notes", session_id=session.id, bom=True, force=True)
    exports.export(ws, "xlsx", xlsx_path, "notes", session_id=session.id, force=True)
    with open(csv_path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("Text")
    assert [r[column] for r in rows[1:]] == cells
    sheet = load_workbook(xlsx_path, read_only=True)["notes"]
    found = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert [c.value or "" for c in found] == redacted  # XLSX: the text itself, typed as text
    assert {c.data_type for c in found if c.value} <= {"s"}
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
    return printed, pdf


CHARACTERS = st.characters(exclude_categories=("Cs",))  # every other category, NUL included
TEXTS = st.one_of(st.text(CHARACTERS, max_size=300),  # short ones, as Hypothesis likes them
                  st.text(CHARACTERS, min_size=80, max_size=300))  # and long ones


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(st.lists(TEXTS, min_size=50, max_size=50))
def test_generated_texts_survive_pdf_csv_and_xlsx(hostile, texts):
    roundtrip(hostile, texts)  # 20 examples x 50 texts = 1,000 generated texts


def test_hostile_texts_print_literally_and_never_as_markup(hostile):
    printed, pdf = roundtrip(hostile, HOSTILE)
    text = flat(pdf_text(pdf))
    for literal in ("<b>bold</b>", "&amp;", "x<y", "<img src=/etc/passwd>", "<para>",
                    "=SUM(A1)", "&nbsp; &#60; &lt;", "</para><para>", "]]> %PDF-1.4",
                    "<font name=Helvetica>x</font>", "emoji ok", "NULinside"):
        assert literal in text, literal
    without_marks = "".join(c for c in text if unicodedata.category(c) != "Cf")
    assert "שלום עולם" in without_marks
    assert "W" * 20000 in "".join(printed.split())  # the long word, broken across lines
    assert "Session summary · Batch" not in printed  # page furniture was taken out
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) >= 4  # ... and pages


def test_every_right_to_left_character_is_found_by_the_quick_block_check():
    import sys

    from focusgroup.reports.text import RTL_BLOCKS, RTL_CLASSES
    from focusgroup.reports.text import has_rtl as report_has_rtl

    missed = [hex(point) for point in range(sys.maxunicode + 1)
              if unicodedata.bidirectional(chr(point)) in RTL_CLASSES
              and not RTL_BLOCKS.match(chr(point))]
    assert missed == []
    assert report_has_rtl("fortæller שלום") and report_has_rtl("\u200f")
    assert not report_has_rtl("fortæller 😀 ١٢٣")  # Arabic-Indic digits are AN, not AL


def test_action_owners_are_staff_and_print_by_name(demo, tmp_path, real_names):
    """Owners act in a role and are named (else "Still open" says nothing); what participants
    said stays redacted, even where the same person is also an owner."""
    text, _ = build(demo, tmp_path, kind="summary")
    still_open = text[text.index("Still open"):]
    assert "[name]" not in still_open
    assert "Cleaning schedule agreed with the warehouse Anne Holm (HR)" in still_open
    assert "Delivery slot booking with NordFragt Peter Lund" in still_open
    assert "Mette" not in text  # a participant quoted by name ("Mette siger altid tak")
    assert_anonymous(text, real_names)
