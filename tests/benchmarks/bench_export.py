"""Exports at scale (issue 16): 200,000 notes to XLSX <= 30 s, and <= 150 MB peak memory at
500,000 notes. Each export runs in a fresh process that reports its time and its peak RSS; the
baseline, in the same run and also in fresh processes, is openpyxl's write-only mode (and
Python's csv writer) writing as many plain rows as the export writes, with no workspace behind
them; the floor is a process that only imports what the export imports.

    python tests/benchmarks/bench_export.py [--sizes 200000 500000] [--cache DIR]

Workspaces are built once per size and kept in --cache (default: a folder in the system's
temporary directory); building 500,000 notes takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FIRST = ("Mette Ole Karin Jens Sofie Lars Hanne Mikkel Birgit Anders Ida Peter Lone Kasper "
         "Maja Rasmus Tina Henrik Camilla Søren").split()
LAST = "Hansen Olsen Nielsen Jensen Pedersen Andersen Christensen Larsen Sørensen Rasmussen".split()
WORDS = ("the rota comes late nobody tells us canteen closes early gloves are better praise "
         "from the manager would help pallets block the aisle heating in hall two shift swap "
         "vagtplanen kommer sent ingen fortæller os noget kantinen lukker tidligt").split()
THEMES = ["Communication", "Shift planning", "Recognition", "Canteen", "Tools", "Safety", "Pay",
          "Deliveries", "Training", "Parking"]


# --------------------------------------------------------------------------- building

def build(path: Path, notes: int) -> None:
    """A workspace of ``notes`` notes as years of listening make it: focus groups and surveys
    (exported one by one), small sessions (pooled or left out), lunch interviews (pooled);
    names and codes in the text, themes on most notes, rankings and actions."""
    from focusgroup.domain import model
    from focusgroup.services.analysis import default_needs_list
    from focusgroup.services.workspaces import open_ws
    from focusgroup.storage import queries, repository
    from focusgroup.storage.records import to_row

    rng = random.Random(16)
    ws = open_ws(path)
    start = date(2023, 1, 1)
    departments = [model.Department(f"Department {i}") for i in range(6)]
    people = [model.Participant(f"P-{i:04}", rng.choice([model.Role.EMPLOYEE] * 5 + [
        model.Role.MANAGER]), name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        department_id=departments[i % 6].id) for i in range(1200)]
    sessions: list[tuple[model.Session, list[model.Participant]]] = []
    for i in range(max(10, notes // 2000)):  # focus groups, 8-12 people
        who = rng.sample(people, rng.randint(8, 12))
        sessions.append((model.Session(f"Round {i}", model.SessionKind.FOCUS_GROUP,
                                       model.SessionStatus.CLOSED,
                                       start + timedelta(days=rng.randint(0, 1000)),
                                       departments[i % 6].id), who))
    big = len(sessions)
    for i in range(max(1, notes // 50000)):  # imported surveys, 200 people
        sessions.append((model.Session(f"Survey {i}", model.SessionKind.SURVEY,
                                       model.SessionStatus.CLOSED,
                                       start + timedelta(days=rng.randint(0, 1000)),
                                       departments[i % 6].id), rng.sample(people, 200)))
    surveys = len(sessions)
    for i in range(max(6, notes // 10000)):  # small sessions, 2-3 people
        sessions.append((model.Session(f"Small talk {i}", model.SessionKind.FIELD_VISIT,
                                       model.SessionStatus.CLOSED,
                                       start + timedelta(days=rng.randint(0, 1000)),
                                       departments[i % 6].id), rng.sample(people, 3)))
    small = len(sessions)
    for i in range(max(6, notes // 4000)):  # lunch interviews, one person each
        sessions.append((model.Session(f"Lunch interview {i}", model.SessionKind.LUNCH_INTERVIEW,
                                       model.SessionStatus.CLOSED,
                                       start + timedelta(days=rng.randint(0, 1000)),
                                       departments[i % 6].id), [rng.choice(people)]))
    themes = [model.Theme(name) for name in THEMES]
    repository.save_all(ws, [*departments, *people, *themes, *(s for s, _ in sessions)])
    for session, who in sessions:
        queries.add_session_participants(ws, session.id, [p.id for p in who])
    kinds = list(model.NoteKind)
    with repository.atomic(ws):
        rows, links = [], []
        for n in range(notes):
            roll = rng.random()
            index = (rng.randrange(big) if roll < 0.85 else
                     rng.randrange(big, surveys) if roll < 0.95 else
                     rng.randrange(surveys, small) if roll < 0.98 else
                     rng.randrange(small, len(sessions)))
            session, who = sessions[index]
            speaker = rng.choice(who)
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 40))]
            if n % 5 == 0:
                words.insert(rng.randrange(len(words)), speaker.name.split()[0])
            if n % 17 == 0:
                words.append(speaker.code)
            note = model.Note(session.id, " ".join(words), rng.choice(kinds), speaker.id,
                              offset_seconds=rng.randint(0, 5400))
            rows.append(to_row(note))
            if rng.random() < 0.6:
                links += [{"note_id": note.id, "theme_id": t.id}
                          for t in rng.sample(themes, rng.randint(1, 2))]
            if len(rows) >= 5000:
                ws.db["notes"].insert_all(rows, batch_size=1000)
                ws.db["note_themes"].insert_all(links, batch_size=1000)
                rows, links = [], []
        ws.db["notes"].insert_all(rows, batch_size=1000)
        ws.db["note_themes"].insert_all(links, batch_size=1000)
    needs = default_needs_list(ws)
    items = sorted(repository.find_by(ws, model.NeedsItem, list_id=needs.id),
                   key=lambda i: i.position)
    objs: list = []
    for session, who in sessions[:big][:60]:
        for person in who:
            perspective = (model.Perspective.PREDICTED if person.role is model.Role.MANAGER
                           else model.Perspective.OWN)
            ranking = model.Ranking(needs.id, person.id, perspective, session.id)
            order = items[:]
            rng.shuffle(order)
            objs += [ranking, *[model.RankingEntry(ranking.id, item.id, rank)
                                for rank, item in enumerate(order, start=1)]]
    for i in range(200):
        session, _ = rng.choice(sessions)
        objs.append(model.Action(f"Follow-up {i}", "HR", start + timedelta(days=i),
                                 session_id=session.id))
    repository.save_all(ws, objs)
    ws.close(backup=False)


def workspace(cache: Path, notes: int) -> Path:
    path = cache / f"export-{notes}.focusgroup"
    if not path.exists():
        building = cache / f"building-{notes}.focusgroup"
        for leftover in cache.glob(f"building-{notes}.focusgroup*"):
            leftover.unlink()
        began = time.perf_counter()
        build(building, notes)
        shutil.move(building, path)
        print(f"built {notes:,} notes in {time.perf_counter() - began:.0f} s", flush=True)
    return path


# --------------------------------------------------------------------------- measuring

def child(kind: str, source: str, out: str, rows: int) -> None:
    """Run one measurement in this (fresh) process; print seconds and peak RSS as JSON."""
    import openpyxl  # noqa: F401 - the floor and the baseline pay for the same imports

    from focusgroup.services import exports
    from focusgroup.services.workspaces import open_ws

    began = time.perf_counter()
    if kind in ("xlsx", "csv"):
        ws = open_ws(Path(source), create=False)
        try:
            exports.export(ws, kind, out, "all")
        finally:
            ws.close(backup=False)
    elif kind == "bare-xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("notes")
        for row in plain_rows(rows):
            sheet.append(row)
        book.save(out)
    elif kind == "bare-csv":
        import csv

        with open(out, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(plain_rows(rows))
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": peak}))


def plain_rows(count: int):
    """Rows shaped like the notes sheet (10 columns, a text of some 25 words)."""
    rng = random.Random(1)
    text = " ".join(rng.choice(WORDS) for _ in range(25))
    for n in range(count):
        yield ["2026-05", f"Round {n % 100}", "focus_group", "Department 1", None, "like",
               "Canteen; Tools", f"{n} {text}", n % 90, "2026-05"]


def measure(kind: str, source: Path | None, out: Path, rows: int = 0) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(source or ""),
                           str(out), str(rows)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200000, 500000])
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "focusgroup-bench")
    parser.add_argument("--child", nargs=4, metavar=("KIND", "SOURCE", "OUT", "ROWS"))
    args = parser.parse_args()
    if args.child:
        kind, source, out, rows = args.child
        child(kind, source, out, int(rows))
        return
    args.cache.mkdir(parents=True, exist_ok=True)
    floor = measure("floor", None, args.cache / "nothing", 0)
    print(f"floor (imports only): peak {floor['peak_mb']:.0f} MB")
    for notes in args.sizes:
        path = workspace(args.cache, notes)
        with tempfile.TemporaryDirectory(dir=args.cache) as scratch:
            out = Path(scratch)
            xlsx = measure("xlsx", path, out / "all.xlsx")
            bare_xlsx = measure("bare-xlsx", None, out / "bare.xlsx", notes)
            csv_ = measure("csv", path, out / "csv")
            bare_csv = measure("bare-csv", None, out / "bare.csv", notes)
        print(f"{notes:,} notes")
        for name, got, bare, budget in (("XLSX", xlsx, bare_xlsx, 30 * notes / 200000),
                                        ("CSV", csv_, bare_csv, None)):
            print(f"  {name}: {got['seconds']:.1f} s, peak {got['peak_mb']:.0f} MB | bare "
                  f"openpyxl/csv, {notes:,} plain rows: {bare['seconds']:.1f} s, peak "
                  f"{bare['peak_mb']:.0f} MB | ratio {got['seconds'] / bare['seconds']:.2f}x"
                  + (f" | time budget {budget:.0f} s" if budget and notes == 200000 else "")
                  + (" | memory budget 150 MB" if notes == 500000 else ""), flush=True)


if __name__ == "__main__":
    main()
