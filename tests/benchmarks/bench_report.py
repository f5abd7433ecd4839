"""Period PDF over many notes and rankings (budget: any report <= 1 s at 20,000 notes), with a
bare reportlab document of the same paragraphs for scale, at two sizes to see how it grows.
Each side is the median of several runs in the same process."""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from focusgroup.domain import model  # noqa: E402
from focusgroup.reports.builder import render  # noqa: E402
from focusgroup.services.analysis import default_needs_list  # noqa: E402
from focusgroup.services.needs_lists import items_of  # noqa: E402
from focusgroup.services.reports import ReportRequest, gather, write_report  # noqa: E402
from focusgroup.services.workspaces import open_ws  # noqa: E402
from focusgroup.storage import repository  # noqa: E402
from focusgroup.storage.capture import add_note  # noqa: E402

WORDS = ("the rota comes late nobody tells us canteen closes early gloves are better praise "
         "from the manager would help pallets block the aisle heating in hall two shift swap "
         "vagtplanen kommer sent ingen fortæller os noget kantinen lukker tidligt").split()
THEMES = ["Communication", "Shift planning", "Recognition", "Canteen", "Tools", "Safety",
          "Pay", "Deliveries"]


def build(path: Path, notes: int, rankings: int) -> None:
    rng = random.Random(11)
    ws = open_ws(path)
    today = date.today()
    departments = [model.Department(f"Department {i}") for i in range(4)]
    people = [model.Participant(f"P-{i:04}", rng.choice([model.Role.EMPLOYEE] * 4 + [
        model.Role.MANAGER]), department_id=departments[i % 4].id) for i in range(300)]
    sessions = [model.Session(f"Session {i}", date=today - timedelta(days=rng.randint(1, 150)),
                              status=model.SessionStatus.CLOSED,
                              department_id=departments[i % 4].id) for i in range(40)]
    repository.save_all(ws, [*departments, *people, *sessions])
    for i in range(notes):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40)))
        note = model.Note(sessions[i % 40].id, text, rng.choice(list(model.NoteKind)),
                          people[i % 300].id)
        add_note(ws, note, (rng.choice(THEMES),))
    needs = default_needs_list(ws)
    keys = items_of(ws, needs)
    objs = []
    for i in range(rankings):
        person = people[i % 300]
        perspective = (model.Perspective.PREDICTED if person.role is model.Role.MANAGER
                       else model.Perspective.OWN)
        ranking = model.Ranking(needs.id, person.id, perspective, sessions[i % 40].id)
        order = keys[:]
        rng.shuffle(order)
        objs += [ranking, *(model.RankingEntry(ranking.id, item.id, pos + 1)
                            for pos, item in enumerate(order))]
    repository.save_all(ws, objs)
    ws.close(backup=False)


def bare(lines: list[str], out: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from focusgroup.reports.fonts import register_fonts

    register_fonts()
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = "DejaVuSans" if "DejaVuSans" in pdfmetrics.getRegisteredFontNames() else (
        style.fontName)
    _ = TTFont
    SimpleDocTemplate(str(out)).build([Paragraph(line, style) for line in lines])


def _median_ms(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(notes: int, rankings: int, repeats: int) -> tuple[float, float, float, float]:
    from xml.sax.saxutils import escape

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.focusgroup"
        build(path, notes, rankings)
        ws = open_ws(path, create=False)
        out = Path(folder) / "report.pdf"
        # warm: imports, font registration and caches are paid once per process
        write_report(ws, ReportRequest(kind="summary"), out)
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        lines = [escape(line.strip()) for line in text.splitlines() if line.strip()]
        bare(lines, Path(folder) / "bare.pdf")
        app = _median_ms(lambda: write_report(ws, ReportRequest(kind="summary"), out), repeats)
        baseline = _median_ms(lambda: bare(lines, Path(folder) / "bare.pdf"), repeats)
        # where the time goes: reading and analysing the workspace, then laying out the PDF
        reading = _median_ms(lambda: gather(ws, ReportRequest(kind="summary")), repeats)
        data = gather(ws, ReportRequest(kind="summary"))
        layout = _median_ms(lambda: render(data, Path(folder) / "layout.pdf"), repeats)
        # the other two kinds: the gap brief, and one session (a 40th of the notes)
        gap = _median_ms(lambda: write_report(ws, ReportRequest(kind="gap"), out), repeats)
        session = _median_ms(lambda: write_report(
            ws, ReportRequest(kind="session", session="Session 0"), out), repeats)
        ws.close(backup=False)
    return app, baseline, reading, layout, gap, session


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        app, baseline, reading, layout, gap, session = measure(size, 200, args.repeats)
        print(f"{size:6,} notes + 200 rankings: summary {app * 1000:7.0f} ms (reading "
              f"{reading * 1000:.0f} ms, layout {layout * 1000:.0f} ms), bare document of the "
              f"same paragraphs {baseline * 1000:6.0f} ms ({app / baseline:.2f}x); gap brief "
              f"{gap * 1000:.0f} ms; session of {size // 40:,} notes {session * 1000:.0f} ms")


if __name__ == "__main__":
    main()
