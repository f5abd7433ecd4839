"""Group ranking + perception gap over many rankings (goal: 10,000 rankings in <= 200 ms),
against the bare cost of normalising the same rankings, measured in the same run."""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from focusgroup.domain.gap import perception_gap  # noqa: E402
from focusgroup.domain.needs import CLASSIC_TEN  # noqa: E402
from focusgroup.domain.ranking import group_ranking, normalise_ranking  # noqa: E402


def rankings(rng: random.Random, keys: list[str], count: int) -> list[dict[str, int]]:
    result = []
    for _ in range(count):
        order = keys[:]
        rng.shuffle(order)
        size = rng.choice([3, len(keys), len(keys)])
        result.append({k: i + 1 for i, k in enumerate(order[:size])})
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rankings", type=int, default=10_000)
    args = parser.parse_args()
    keys = [d.key for d in CLASSIC_TEN]
    rng = random.Random(3)
    employees = rankings(rng, keys, args.rankings // 2)
    managers = rankings(rng, keys, args.rankings // 2)
    start = time.perf_counter()
    for r in employees + managers:
        normalise_ranking(r, keys)
    bare = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    gap = perception_gap(group_ranking(employees, keys), group_ranking(managers, keys))
    full = (time.perf_counter() - start) * 1000
    print(f"{args.rankings:,} rankings: group ranking + W + gap {full:.1f} ms "
          f"(goal <= 200 ms); normalising alone {bare:.1f} ms; ratio {full / bare:.2f}x; "
          f"rho {gap.rho:.3f}")


if __name__ == "__main__":
    main()
