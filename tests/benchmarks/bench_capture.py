"""Enter → note committed on a large workspace: p50/p99 of Capture.add (one commit per note)
against a bare single-row INSERT + COMMIT on the same file, measured in the same run; and the
draft saved on every keystroke (Capture.save_draft), which must stay far below typing speed."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_search import build, percentile  # noqa: E402

from focusgroup.domain.model import Session  # noqa: E402
from focusgroup.services.capture import Capture  # noqa: E402
from focusgroup.storage import repository  # noqa: E402
from focusgroup.storage.workspace import open_workspace  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.focusgroup"
        build(path, args.notes)
        ws = open_workspace(path)
        session = repository.save(ws, Session("Live"))
        capture = Capture(ws, session.id)
        capture.start()
        app = []
        for i in range(args.samples):
            start = time.perf_counter()
            capture.add(f"+ @nobody note {i} about the canteen #canteen".replace("@nobody ", ""))
            app.append((time.perf_counter() - start) * 1000)
        draft, line = [], ""
        for i in range(args.samples):
            line += "abcdefghij klmnopqrstuvwxyz"[i % 27]
            start = time.perf_counter()
            capture.save_draft(line)
            draft.append((time.perf_counter() - start) * 1000)
        bare = []
        for i in range(args.samples):
            start = time.perf_counter()
            ws.conn.execute("BEGIN")
            ws.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [f"k{i}", "v"])
            ws.conn.execute("COMMIT")
            bare.append((time.perf_counter() - start) * 1000)
        ws.close(backup=False)
    for name, samples in (("Capture.add", app), ("draft save", draft), ("bare commit", bare)):
        print(f"{name:12} p50 {statistics.median(samples):6.2f} ms   "
              f"p99 {percentile(samples, 0.99):6.2f} ms")
    print(f"ratio: p50 {statistics.median(app) / statistics.median(bare):.2f}x   "
          f"p99 {percentile(app, 0.99) / percentile(bare, 0.99):.2f}x   (goal: p99 <= 15 ms)")


if __name__ == "__main__":
    main()
