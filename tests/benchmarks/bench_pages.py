"""Page switches, filter changes, GUI-thread stalls and memory on a large workspace (default
500,000 notes), against a bare qt-material window measured in the same run.

Budgets: page switch and filter change time-to-paint p95 <= 300 ms; longest GUI-thread stall
while visiting every page <= 100 ms (a 5 ms QTimer probe: the longest gap between two ticks);
GUI memory after visiting every page <= 2x the bare window.

    python tests/benchmarks/bench_pages.py [--notes 500000] [--keep FILE] [--workspace FILE]

The workspace is the demo plus N generated notes (one executemany, about 40% of them themed),
made here unless ``--workspace`` names one made before (``--keep`` keeps it for that).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS = ("rota shift manager canteen lunch wages pay raise information meeting team safety "
         "training parking holiday overtime colleague customer system computer break noise "
         "heating schedule planning feedback recognition workload stress tools uniform "
         "cleaning break-room coffee weekend night early late change late notice").split()
KINDS = ("like", "dislike", "idea", "need", "quote", "question", "observation")

RSS = """
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
"""

BARE = RSS + """
import json, sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from qt_material import apply_stylesheet
from focusgroup.ui.theme import EXTRA, THEMES
app = QApplication(sys.argv[:1])
apply_stylesheet(app, theme=THEMES["light"], invert_secondary=True, extra=dict(EXTRA))
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1180, 760); w.show()
for _ in range(5):
    app.processEvents(); w.repaint()
print(json.dumps({"rss": rss_mb()}))
"""

APP = RSS + """
import json, sys, time
from focusgroup.app import build_main_window, create_app
app = create_app(sys.argv[:1])
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from focusgroup.ui.pages import NAV_KEYS
w = build_main_window(sys.argv[1]); w.resize(1180, 760); w.show()
rounds = int(sys.argv[2])
ticks, switches, filters, steps, marks = [], [], [], [], {}

def probe():
    ticks.append(time.perf_counter())

timer = QTimer(); timer.setInterval(5); timer.timeout.connect(probe)

def painted(action, into, label):
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    w.repaint()
    into.append((label, (time.perf_counter() - start) * 1000))

def visit(row):
    return lambda: painted(lambda: w.nav.setCurrentRow(row), switches, NAV_KEYS[row])

def themes_filters():
    view, now = w.themes, []
    for combo in (view.department, view.period):
        for index in range(1, min(combo.count(), 4)):
            now.append(lambda c=combo, i=index: painted(
                lambda: c.setCurrentIndex(i), filters, "themes filter"))
        now.append(lambda c=combo: painted(lambda: c.setCurrentIndex(0), filters,
                                           "themes filter"))
    steps[0:0] = now

def themes_scroll():
    bar = w.themes.unthemed.list.verticalScrollBar()
    painted(lambda: bar.setValue(bar.maximum()), filters, "themes scroll (fetchMore)")

def sessions_sorts():
    table = w.sessions.table
    steps[0:0] = [lambda c=column: painted(
        lambda: table.sortByColumn(c, Qt.SortOrder.DescendingOrder), filters,
        "sessions sort") for column in (5, 4, 0)]

def search():
    marks["search"] = len(ticks)
    from focusgroup.ui.dialogs.search_dialog import SearchDialog
    dialog = SearchDialog(w.ws, w); dialog.show()
    for text in ("rota", "canteen lunch", "wages"):
        steps.append(lambda t=text: painted(lambda: (dialog.query.setText(t), dialog.run()),
                                            filters, "search"))
    steps.append(lambda: painted(lambda: dialog.kind.setCurrentIndex(2), filters,
                                 "search filter"))
    steps.append(dialog.close)

for _ in range(rounds):
    for row in range(len(NAV_KEYS)):
        steps.append(visit(row))
        if NAV_KEYS[row] == "themes":
            steps.append(themes_filters)
            steps.append(themes_scroll)
        if NAV_KEYS[row] == "sessions":
            steps.append(sessions_sorts)
steps.append(search)

def next_step():
    if steps:
        steps.pop(0)()
        QTimer.singleShot(20, next_step)
    else:
        timer.stop()
        gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
        pages = gaps[:marks.get("search", len(ticks)) - 1]
        print(json.dumps({"switches": switches, "filters": filters,
                          "stall": max(gaps) if gaps else 0,
                          "stall_pages": max(pages) if pages else 0, "rss": rss_mb()}))
        app.quit()

def begin():
    timer.start()
    QTimer.singleShot(50, next_step)

QTimer.singleShot(200, begin)
app.exec()
"""


def generate(path: Path, notes: int, env: dict) -> None:
    """The demo workspace plus ``notes`` generated notes across its sessions, ~40% themed."""
    subprocess.run([sys.executable, "-m", "focusgroup", "demo", str(path)], env=env, cwd=ROOT,
                   check=True, capture_output=True)
    conn = sqlite3.connect(path)
    sessions = [r[0] for r in conn.execute("SELECT id FROM sessions")]
    themes = [r[0] for r in conn.execute("SELECT id FROM themes")]
    rng = random.Random(16)
    # Words as people use them: a few common, most rare (Zipf's law over 3,000 words).
    syllables = ("ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "bo", "da", "fe", "gu")
    vocabulary = list(WORDS) + ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
                                for _ in range(3000)]
    weights = list(itertools.accumulate(1 / rank for rank in range(1, len(vocabulary) + 1)))
    # Notes are taken on the day of their session, or come in with an import (40 import days
    # over the year), not spread over every minute of it.
    stamp = datetime(2025, 1, 1, tzinfo=UTC)
    days = [stamp + timedelta(days=rng.randrange(365)) for _ in range(40)]
    rows, links = [], []
    for i in range(notes):
        note_id = str(uuid.uuid4())
        when = (rng.choice(days) + timedelta(seconds=i % 80_000)).isoformat()
        text = " ".join(rng.choices(vocabulary, cum_weights=weights, k=rng.randint(6, 18)))
        rows.append((note_id, rng.choice(sessions), rng.choice(KINDS), text, when, when))
        if rng.random() < 0.4:
            links.append((note_id, rng.choice(themes)))
    with conn:
        conn.executemany("INSERT INTO notes (id, session_id, kind, text, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT OR IGNORE INTO note_themes (note_id, theme_id) VALUES (?, ?)",
                         links)
    conn.execute("ANALYZE")
    conn.close()


def run(code: str, *args: str, env: dict) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=1800)
    if out.returncode:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def bare_fts(workspace: Path) -> dict[str, float]:
    """The bare FTS5 query for each search the app makes (ranked, first page), in ms."""
    conn = sqlite3.connect(workspace)
    times = {}
    for text in ("rota", "canteen lunch", "wages"):
        match = " ".join(f'"{word}"*' for word in text.split())
        start = time.perf_counter()
        conn.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank "
                     "LIMIT 100", [match]).fetchall()
        times[text] = (time.perf_counter() - start) * 1000
    conn.close()
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=3, help="visits of every page")
    parser.add_argument("--workspace", help="a workspace generated before (skips generating)")
    parser.add_argument("--keep", help="keep the generated workspace at this path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "FOCUSGROUP_DATA_DIR": home,
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        workspace = Path(args.workspace) if args.workspace else Path(
            args.keep or Path(home) / "big.focusgroup")
        if not args.workspace:
            start = time.perf_counter()
            generate(workspace, args.notes, env)
            print(f"generated {args.notes:,} notes in {time.perf_counter() - start:.0f} s")
        count = sqlite3.connect(workspace).execute("SELECT count(*) FROM notes").fetchone()[0]
        # Brought up to date (a migration, with its backup) before anything is timed.
        subprocess.run([sys.executable, "-c", "import sys; from focusgroup.services.workspaces"
                        " import open_ws; open_ws(sys.argv[1], create=False).close()",
                        str(workspace)], env=env, cwd=ROOT, check=True)
        bare = run(BARE, env=env)
        fts = bare_fts(workspace)
        app = run(APP, str(workspace), str(args.rounds), env=env)
    switches = [ms for _, ms in app["switches"]]
    filters = [ms for _, ms in app["filters"]]
    print(f"workspace: {count:,} notes")
    by_page: dict[str, list[float]] = {}
    for label, ms in app["switches"] + app["filters"]:
        by_page.setdefault(label, []).append(ms)
    for label, values in by_page.items():
        print(f"  {label:28} " + ", ".join(f"{v:.0f}" for v in values) + " ms")
    print(f"page switch time-to-paint p95 {p95(switches):.0f} ms, max {max(switches):.0f} ms "
          f"(budget <= 300 ms)")
    print(f"filter change time-to-paint p95 {p95(filters):.0f} ms, max {max(filters):.0f} ms "
          f"(budget <= 300 ms)")
    print("bare FTS5 query, first page, same run: " + ", ".join(
        f"{text!r} {ms:.0f} ms" for text, ms in fts.items()))
    print(f"longest GUI-thread stall {app['stall']:.0f} ms (budget <= 100 ms); visiting "
          f"the pages, before the search dialog: {app['stall_pages']:.0f} ms")
    print(f"memory after every page {app['rss']:.1f} MB, bare qt-material window "
          f"{bare['rss']:.1f} MB: {app['rss'] / bare['rss']:.2f}x (budget <= 2x)")


if __name__ == "__main__":
    main()
