"""A report speaks the language asked for, through the one gettext catalogue and Babel: month
names, decimal commas and the anonymity sentences in Danish; the command line stays English
whatever the report's or the system's language."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from focusgroup.services.reports import ReportRequest, write_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")


def report_text(ws, path: Path, **request) -> str:
    write_report(ws, ReportRequest(**request), path, force=True)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    return " ".join(text.split())


def test_a_danish_summary_has_danish_dates(demo, tmp_path):
    danish = report_text(demo, tmp_path / "da.pdf", kind="summary", lang="da",
                         since="2026-05-03", until="2026-10-31", today=date(2026, 11, 2))
    assert "3. maj 2026 – 31. oktober 2026" in danish
    # short dates in the tables: "12. jun. 2026", never ISO or English month names
    assert re.search(r"\b\d{1,2}\. (jun|jul|aug|sep|okt)\. 2026\b", danish)
    assert not re.search(r"\b(May|June|July|August|September|October)\b", danish)
    english = report_text(demo, tmp_path / "en.pdf", kind="summary", lang="en",
                          since="2026-05-03", until="2026-10-31", today=date(2026, 11, 2))
    assert "3 May 2026 – 31 October 2026" in english
    assert not re.search(r"\b(maj|juni|juli|oktober)\b", english)


def test_a_danish_gap_brief_has_decimal_commas(demo, tmp_path):
    danish = report_text(demo, tmp_path / "da.pdf", kind="gap", lang="da")
    w = re.search(r"enighed blandt medarbejderne \(Kendalls W\)", danish)
    assert w, danish[:400]
    numbers = re.findall(r"Spearmans rho (−?-?\d+[.,]\d\d), Kendalls tau (−?-?\d+[.,]\d\d)",
                         danish)
    assert numbers and all("," in n and "." not in n for pair in numbers for n in pair)
    assert re.search(r"\(Spearmans rho \d,\d\d\)\. \d+ \d+ \d,\d\d \d,\d\d medarbejdere", danish)
    english = report_text(demo, tmp_path / "en.pdf", kind="gap", lang="en")
    numbers = re.findall(r"Spearman's rho (−?-?\d+[.,]\d\d), Kendall's tau (−?-?\d+[.,]\d\d)",
                         english)
    assert numbers and all("." in n and "," not in n for pair in numbers for n in pair)


def test_a_danish_report_explains_suppression_in_danish(demo, tmp_path):
    danish = report_text(demo, tmp_path / "da.pdf", kind="gap", lang="da", threshold=50)
    assert ("Opfattelseskløften vises ikke: den kræver mindst 50 personer på hver side af "
            "hensyn til anonymiteten") in danish
    assert re.search(r"Denne rangeringsgruppe vises ikke: \d+ personer deltog, færre end "
                     r"anonymitetsgrænsen på 50", danish)
    assert "is not shown" not in danish and "people" not in danish
    session = report_text(demo, tmp_path / "lunch.pdf", kind="session", lang="da",
                          session=_a_lunch_interview(demo))
    assert "Frokostsamtaler er samtaler på tomandshånd" in session
    assert "one-to-one" not in session


def _a_lunch_interview(ws) -> str:
    from focusgroup.domain.model import SessionKind
    from focusgroup.services.sessions import sessions_newest_first

    return next(s.id for s in sessions_newest_first(ws) if s.kind is SessionKind.LUNCH_INTERVIEW)


def test_the_command_line_stays_english(cli, demo_file, tmp_path, monkeypatch):
    """A Danish report or a Danish system does not make the command line speak Danish."""
    for name in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.setenv(name, "da_DK.UTF-8")
    code, out, err = cli("report", "--workspace", str(demo_file), "--lang", "da",
                         "--kind", "session", "--session", "x", "--department", "Warehouse",
                         "-o", str(tmp_path / "r.pdf"))
    assert code == 2
    assert err.strip().endswith(
        "--session cannot be combined with --department, --from or --to.")
    assert "kan ikke" not in err and err.count("\n") == 1
    code, out, err = cli("report", "--workspace", str(demo_file), "--lang", "da",
                         "--kind", "gap", "-o", str(tmp_path / "gap.pdf"))
    assert code == 0 and out.startswith("Wrote ")
