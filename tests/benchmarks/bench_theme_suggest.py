"""Theme suggestions for unthemed notes (budget: 500 notes against 30 themes of 50 notes in
<= 1 s), against the bare cost of splitting the same notes into words, measured in the same run."""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from focusgroup.domain.theme_suggest import ThemeSuggester, words  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--themes", type=int, default=30)
    parser.add_argument("--per-theme", type=int, default=50)
    parser.add_argument("--unthemed", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(7)
    vocabulary = [f"word{i}" for i in range(2500)]

    def text() -> str:
        return " ".join(rng.choices(vocabulary, k=rng.randint(6, 25)))

    themed = {f"Theme {t}": [text() for _ in range(args.per_theme)] for t in range(args.themes)}
    unthemed = [text() for _ in range(args.unthemed)]
    start = time.perf_counter()
    for note in [n for notes in themed.values() for n in notes] + unthemed:
        words(note)
    bare = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    suggester = ThemeSuggester(themed)
    for note in unthemed:
        suggester.suggest(note)
    full = (time.perf_counter() - start) * 1000
    print(f"{args.unthemed:,} notes against {args.themes} themes: suggestions {full:.1f} ms "
          f"(budget <= 1000 ms); splitting words alone {bare:.1f} ms")


if __name__ == "__main__":
    main()
