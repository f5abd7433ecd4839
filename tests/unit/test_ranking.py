"""Tests for focusgroup.domain.ranking (pure maths; scipy only as a reference)."""

from __future__ import annotations

import math
import re
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import friedmanchisquare

from focusgroup.domain.ranking import (
    GroupRanking,
    ItemStats,
    fractional_ranks,
    group_ranking,
    kendalls_w,
    normalise_ranking,
    trend,
)

FAST = settings(max_examples=200, deadline=None)


# ----------------------------------------------------------------------------- strategies


@st.composite
def item_lists(draw: st.DrawFn, min_size: int = 1, max_size: int = 8) -> list[str]:
    m = draw(st.integers(min_size, max_size))
    return [f"item{j}" for j in range(m)]


@st.composite
def rankings_for(draw: st.DrawFn, items: list[str]) -> dict[str, int]:
    """A possibly partial, possibly tied ranking over ``items``."""
    chosen = draw(st.lists(st.sampled_from(items), unique=True, max_size=len(items)))
    return {key: draw(st.integers(1, len(items))) for key in chosen}


@st.composite
def panels(
    draw: st.DrawFn, min_items: int = 1, min_raters: int = 0, max_raters: int = 8
) -> tuple[list[str], list[dict[str, int]]]:
    items = draw(item_lists(min_size=min_items))
    rankings = draw(st.lists(rankings_for(items), min_size=min_raters, max_size=max_raters))
    return items, rankings


def reference_w(rows: list[list[float]]) -> float | None:
    """Direct textbook Kendall's W with tie correction, for comparison."""
    n, m = len(rows), len(rows[0])
    sums = [sum(row[i] for row in rows) for i in range(m)]
    mean = sum(sums) / m
    s = sum((r - mean) ** 2 for r in sums)
    t = 0
    for row in rows:
        for value in set(row):
            size = row.count(value)
            t += size**3 - size
    denominator = n**2 * (m**3 - m) - n * t
    return None if denominator == 0 else 12 * s / denominator


# -------------------------------------------------------------------------- worked examples


def test_fractional_ranks_average_ties() -> None:
    assert fractional_ranks([10, 20, 20, 30]) == [1.0, 2.5, 2.5, 4.0]
    assert fractional_ranks([3, 1, 2]) == [3.0, 1.0, 2.0]
    assert fractional_ranks([]) == []
    assert fractional_ranks([5, 5, 5]) == [2.0, 2.0, 2.0]


def test_normalise_tied_ranking() -> None:
    items = ["a", "b", "c", "d"]
    ranks = normalise_ranking({"a": 1, "b": 2, "c": 2, "d": 3}, items)
    assert ranks == {"a": 1.0, "b": 2.5, "c": 2.5, "d": 4.0}
    assert sum(ranks.values()) == 10


def test_normalise_partial_top3_of_10() -> None:
    items = [f"n{j}" for j in range(10)]
    ranks = normalise_ranking({"n4": 1, "n7": 2, "n0": 3}, items)
    assert ranks["n4"] == 1.0
    assert ranks["n7"] == 2.0
    assert ranks["n0"] == 3.0
    assert [ranks[k] for k in items if k not in {"n4", "n7", "n0"}] == [7.0] * 7
    assert sum(ranks.values()) == 55
    assert list(ranks) == items  # list order


def test_normalise_closes_gaps_in_positions() -> None:
    assert normalise_ranking({"a": 2, "b": 7}, ["a", "b", "c"]) == {"a": 1, "b": 2, "c": 3}


def test_normalise_partial_with_ties() -> None:
    # Two tied first, one third; 2 of 5 unranked -> (3 + 1 + 5) / 2 = 4.5.
    ranks = normalise_ranking({"a": 1, "b": 1, "c": 3}, ["a", "b", "c", "d", "e"])
    assert ranks == {"a": 1.5, "b": 1.5, "c": 3.0, "d": 4.5, "e": 4.5}


def test_normalise_empty_ranking_ties_everything() -> None:
    assert normalise_ranking({}, ["a", "b", "c"]) == {"a": 2.0, "b": 2.0, "c": 2.0}


def test_normalise_ignores_unknown_keys() -> None:
    ranks = normalise_ranking({"ghost": 1, "b": 2}, ["a", "b", "c"])
    assert ranks == {"a": 2.5, "b": 1.0, "c": 2.5}


@pytest.mark.parametrize("bad", [0, -1])
def test_normalise_rejects_rank_below_one(bad: int) -> None:
    with pytest.raises(ValueError):
        normalise_ranking({"a": bad}, ["a", "b"])


def test_normalise_rejects_non_integer_and_duplicate_items() -> None:
    with pytest.raises(TypeError):
        normalise_ranking({"a": 1.5}, ["a", "b"])  # type: ignore[dict-item]
    with pytest.raises(ValueError):
        normalise_ranking({"a": 1}, ["a", "a"])


def test_group_ranking_borda_mean_and_w() -> None:
    items = ["a", "b", "c"]
    group = group_ranking([{"a": 1, "b": 2, "c": 3}, {"a": 1, "c": 2, "b": 3}], items)
    assert group.n == 2
    assert group.keys == ("a", "b", "c")
    assert group.items == (
        ItemStats("a", mean_rank=1.0, borda=4.0, group_rank=1.0, top3=2),
        ItemStats("b", mean_rank=2.5, borda=1.0, group_rank=2.5, top3=2),
        ItemStats("c", mean_rank=2.5, borda=1.0, group_rank=2.5, top3=2),
    )
    # Rank sums 2, 5, 5 (mean 4): S = 6, W = 12 * 6 / (2^2 * (27 - 3)) = 0.75.
    assert group.kendalls_w == pytest.approx(0.75)


def test_borda_first_by_everyone() -> None:
    items = ["a", "b", "c", "d"]
    group = group_ranking([{"a": 1}] * 5, items)
    assert group.by_key()["a"].borda == 5 * (4 - 1)
    assert group.items[0].key == "a"


def test_group_rank_ties_keep_list_order() -> None:
    items = ["x", "y", "z"]
    group = group_ranking([{"z": 1, "x": 2, "y": 3}, {"z": 1, "y": 2, "x": 3}], items)
    assert [(s.key, s.group_rank) for s in group.items] == [("z", 1.0), ("x", 2.5), ("y", 2.5)]


def test_top3_counts_given_positions_only() -> None:
    items = ["a", "b", "c", "d", "e"]
    group = group_ranking([{"a": 1, "b": 3, "c": 3, "d": 4}, {"e": 5}], items).by_key()
    # "e" has fractional rank 1 in the second ranking but was given position 5.
    assert {k: s.top3 for k, s in group.items()} == {"a": 1, "b": 1, "c": 1, "d": 0, "e": 0}


def test_kendalls_w_partial_ranking_hand_computed() -> None:
    items = ["a", "b", "c"]
    # Rater 1: a=1, b=c=2.5 (tie group of 2: T=6). Rater 2: 1, 2, 3.
    # Rank sums 2, 4.5, 5.5; S = 4 + 0.25 + 2.25 = 6.5; W = 78 / (4 * 24 - 2 * 6) = 78 / 84.
    w = kendalls_w([{"a": 1}, {"a": 1, "b": 2, "c": 3}], items)
    assert w == pytest.approx(78 / 84)
    assert group_ranking([{"a": 1}, {"a": 1, "b": 2, "c": 3}], items).kendalls_w == w


def test_kendalls_w_undefined_cases() -> None:
    assert kendalls_w([{"a": 1, "b": 2}], ["a", "b"]) is None  # one rater
    assert kendalls_w([{"a": 1}, {"a": 1}], ["a"]) is None  # one item
    assert kendalls_w([{}, {}], ["a", "b", "c"]) is None  # everything tied
    assert kendalls_w([{"a": 1, "b": 2}, {"b": 1, "a": 2}], ["a", "b"]) == 0.0


def test_group_ranking_empty() -> None:
    group = group_ranking([], ["a", "b"])
    assert group == GroupRanking(items=(), n=0, kendalls_w=None, keys=("a", "b"))


def test_trend_between_rounds() -> None:
    items = ["a", "b", "c"]
    before = group_ranking([{"a": 1, "b": 2, "c": 3}], items)
    after = group_ranking([{"c": 1, "a": 2, "b": 3}], items)
    moves = {t.key: (t.previous_rank, t.current_rank, t.moved) for t in trend(before, after)}
    assert moves == {"a": (1.0, 2.0, -1.0), "b": (2.0, 3.0, -1.0), "c": (3.0, 1.0, 2.0)}
    assert [t.key for t in trend(before, after)] == ["c", "a", "b"]


def test_trend_only_common_items() -> None:
    before = group_ranking([{"a": 1, "b": 2}], ["a", "b"])
    after = group_ranking([{"b": 1, "new": 2}], ["b", "new"])
    assert [(t.key, t.moved) for t in trend(before, after)] == [("b", 1.0)]
    assert trend(group_ranking([], ["a"]), after) == ()


# ------------------------------------------------------------------------------ properties


@FAST
@given(st.data())
def test_normalised_ranks_sum_and_bounds(data: st.DataObject) -> None:
    items = data.draw(item_lists())
    ranks = normalise_ranking(data.draw(rankings_for(items)), items)
    m = len(items)
    assert list(ranks) == items
    assert sum(ranks.values()) == m * (m + 1) / 2
    assert all(1 <= r <= m for r in ranks.values())


@FAST
@given(panels(min_raters=1))
def test_group_ranks_are_permutation_with_ties(panel: tuple[list[str], list[dict]]) -> None:
    items, rankings = panel
    group = group_ranking(rankings, items)
    m = len(items)
    ranks = [s.group_rank for s in group.items]
    assert sorted(s.key for s in group.items) == sorted(items)
    assert sum(ranks) == m * (m + 1) / 2
    assert ranks == sorted(ranks)
    assert math.fsum(s.mean_rank for s in group.items) == pytest.approx(m * (m + 1) / 2)
    assert math.fsum(s.borda for s in group.items) == pytest.approx(len(rankings) * m * (m - 1) / 2)


@FAST
@given(panels(min_raters=2))
def test_w_between_zero_and_one_and_matches_reference(
    panel: tuple[list[str], list[dict]],
) -> None:
    items, rankings = panel
    w = group_ranking(rankings, items).kendalls_w
    rows = [list(normalise_ranking(r, items).values()) for r in rankings]
    expected = reference_w(rows) if len(items) >= 2 else None
    if expected is None:
        assert w is None
    else:
        assert w is not None
        assert -1e-9 <= w <= 1 + 1e-9
        assert w == pytest.approx(expected, abs=1e-12)


@FAST
@given(st.integers(2, 8), st.integers(2, 8), st.randoms(use_true_random=False))
def test_w_is_one_for_identical_complete_rankings(n: int, m: int, rnd) -> None:
    items = [f"item{j}" for j in range(m)]
    order = items[:]
    rnd.shuffle(order)
    ranking = {key: pos for pos, key in enumerate(order, start=1)}
    assert group_ranking([ranking] * n, items).kendalls_w == 1.0


@FAST
@given(st.data())
def test_mean_ranks_invariant_under_rater_order(data: st.DataObject) -> None:
    items, rankings = data.draw(panels(min_raters=1))
    shuffled = data.draw(st.permutations(rankings))
    first = group_ranking(rankings, items)
    second = group_ranking(shuffled, items)
    assert first.by_key() == second.by_key()
    assert first.kendalls_w == second.kendalls_w


@FAST
@given(panels(min_items=3, min_raters=2))
def test_w_equals_tie_corrected_friedman(panel: tuple[list[str], list[dict]]) -> None:
    """W == chi2_F / (n (m - 1)), scipy's Friedman statistic being tie-corrected too."""
    items, rankings = panel
    w = kendalls_w(rankings, items)
    if w is None:  # every ranking fully tied: scipy divides by zero
        return
    rows = [list(normalise_ranking(r, items).values()) for r in rankings]
    columns = [list(col) for col in zip(*rows, strict=True)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        statistic = friedmanchisquare(*columns).statistic
    n, m = len(rows), len(items)
    assert w == pytest.approx(statistic / (n * (m - 1)), rel=1e-9, abs=1e-12)


# ------------------------------------------------------------- group_ranking vs a reference


def reference_group_ranking(rankings: list[dict], items: list[str]) -> GroupRanking:
    """group_ranking written out plainly: normalise each ranking, sum the fractional ranks,
    Kendall's W from the rows (the implementation before it was made faster)."""
    keys = tuple(items)
    if len(set(keys)) != len(keys):
        raise ValueError("item keys must be distinct")
    n, m = len(rankings), len(keys)
    if n == 0:
        return GroupRanking(items=(), n=0, kendalls_w=None, keys=keys)
    rows, top3 = [], [0] * m
    for ranking in rankings:
        rows.append(list(normalise_ranking(ranking, keys).values()))
        for i, key in enumerate(keys):
            if ranking.get(key) is not None and ranking[key] <= 3:
                top3[i] += 1
    sums = [math.fsum(row[i] for row in rows) for i in range(m)]
    group_ranks = fractional_ranks(sums)
    stats = sorted((ItemStats(key, sums[i] / n, n * m - sums[i], group_ranks[i], top3[i])
                    for i, key in enumerate(keys)), key=lambda s: s.group_rank)
    w = None
    if n >= 2 and m >= 2:
        doubled = [sum(round(2 * row[i]) for row in rows) for i in range(m)]
        total = sum(doubled)
        s_scaled = sum((m * a - total) ** 2 for a in doubled)
        ties = sum(t**3 - t for row in rows for t in (row.count(v) for v in set(row)))
        denominator = n * n * (m**3 - m) - n * ties
        w = None if denominator == 0 else 3 * s_scaled / (m * m * denominator)
    return GroupRanking(items=tuple(stats), n=n, kendalls_w=w, keys=keys)


@st.composite
def loose_rankings(draw: st.DrawFn, items: list[str]) -> dict[str, int]:
    """Rankings as they come: partial, tied, gaps in the positions, keys not on the list."""
    chosen = draw(st.lists(st.sampled_from([*items, "other", "zz"]), unique=True,
                           max_size=len(items) + 2))
    return {key: draw(st.integers(1, len(items) + 3)) for key in chosen}


@st.composite
def loose_panels(draw: st.DrawFn) -> tuple[list[str], list[dict[str, int]]]:
    items = draw(item_lists(max_size=12))
    full = st.permutations(range(1, len(items) + 1)).map(lambda p: dict(zip(items, p, strict=True)))
    rankings = draw(st.lists(st.one_of(full, rankings_for(items), loose_rankings(items)),
                             max_size=12))
    return items, rankings


@settings(max_examples=500, deadline=None)
@given(loose_panels())
def test_group_ranking_equals_the_plain_reference_exactly(panel) -> None:
    items, rankings = panel
    assert group_ranking(rankings, items) == reference_group_ranking(rankings, items)
    assert repr(group_ranking(rankings, items)) == repr(reference_group_ranking(rankings, items))


@FAST
@given(loose_panels(), st.data())
def test_group_ranking_rejects_bad_positions_like_the_reference(panel, data) -> None:
    items, rankings = panel
    bad = data.draw(st.sampled_from([0, -2, 1.0, True, "1", None]))
    broken = [*rankings, {**data.draw(loose_rankings(items)),
                          data.draw(st.sampled_from([*items, "other"])): bad}]
    broken = data.draw(st.permutations(broken))
    with pytest.raises((TypeError, ValueError)) as expected:
        reference_group_ranking(broken, items)
    with pytest.raises(expected.type, match=f"^{re.escape(str(expected.value))}$"):
        group_ranking(broken, items)


def test_group_ranking_rejects_duplicate_items_first() -> None:
    with pytest.raises(ValueError, match="distinct"):
        group_ranking([{"a": 0}], ["a", "a"])


class Position(int):
    """An int subclass: accepted as a position, like an int."""


@FAST
@given(loose_panels(), st.data())
def test_full_rankings_with_equal_but_odd_values_take_the_checked_path(panel, data) -> None:
    items, rankings = panel
    order = data.draw(st.permutations(range(1, len(items) + 1)))
    full = dict(zip(items, order, strict=True))
    key = data.draw(st.sampled_from(items))
    odd = data.draw(st.sampled_from([float, Position, lambda p: p == 1 or p]))
    full[key] = odd(full[key])  # 1 becomes True with the lambda
    mixed = data.draw(st.permutations([*rankings, full]))
    try:
        expected = reference_group_ranking(mixed, items)
    except (TypeError, ValueError) as error:
        with pytest.raises(type(error), match=f"^{re.escape(str(error))}$"):
            group_ranking(mixed, items)
    else:
        assert repr(group_ranking(mixed, items)) == repr(expected)
