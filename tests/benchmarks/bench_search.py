"""Search latency on a large workspace, against the bare FTS5 query measured in the same run."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from focusgroup.domain.model import Note, NoteKind, Session  # noqa: E402
from focusgroup.services.search import search  # noqa: E402
from focusgroup.storage import repository  # noqa: E402
from focusgroup.storage.workspace import open_workspace  # noqa: E402

WORDS = ("appreciation anerkendelse shift vagtplan canteen kantine wages løn tools værktøj "
         "deliveries levering manager leder information besked overtime overarbejde gloves "
         "handsker rota ros praise pallets paller heating varme stand-up morgenmøde").split()
QUERIES = ["anerk", "shift plan", '"vagtplan løn"', "canteen", "praise ros", "pall", "levering",
           "overtime manager", "varme", "tools"]


def build(path: Path, count: int) -> None:
    rng = random.Random(7)
    ws = open_workspace(path)
    sessions = [Session(f"Session {i}") for i in range(max(count // 200, 1))]
    repository.save_all(ws, sessions)
    batch = []
    for i in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30)))
        batch.append(Note(sessions[i % len(sessions)].id, text, rng.choice(list(NoteKind))))
        if len(batch) == 5000:
            repository.save_all(ws, batch)
            batch = []
    repository.save_all(ws, batch)
    ws.close(backup=False)


def timed(fn, repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.focusgroup"
        start = time.perf_counter()
        build(path, args.notes)
        print(f"built {args.notes:,} notes in {time.perf_counter() - start:.1f} s")
        ws = open_workspace(path)
        app, bare = [], []
        for query in QUERIES:
            app += timed(lambda q=query: search(ws, q), args.repeats)
            from focusgroup.domain.search_query import fts_query

            match = fts_query(query)
            bare += timed(lambda m=match: ws.db.execute(
                "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 200",
                [m]).fetchall(), args.repeats)
        ws.close(backup=False)
    for name, samples in (("app search", app), ("bare FTS5", bare)):
        print(f"{name:11} p50 {statistics.median(samples):7.2f} ms   "
              f"p95 {percentile(samples, 0.95):7.2f} ms")
    print(f"ratio app/bare: p50 {statistics.median(app) / statistics.median(bare):.2f}x   "
          f"p95 {percentile(app, 0.95) / percentile(bare, 0.95):.2f}x")


if __name__ == "__main__":
    main()
