"""Tests for focusgroup.domain.ranking (pure maths; scipy only as a reference)."""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import friedmanchisquare, rankdata

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
def test_w_lies_between_zero_and_one(panel: tuple[list[str], list[dict]]) -> None:
    items, rankings = panel
    w = group_ranking(rankings, items).kendalls_w
    assert w == kendalls_w(rankings, items)
    if len(items) < 2:
        assert w is None
    elif w is not None:
        assert -1e-9 <= w <= 1 + 1e-9


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


# ------------------------------------------------------------------ group_ranking vs scipy


def scipy_row(ranking: dict, items: list[str]) -> list[float]:
    """One ranking as scipy ranks it: the given positions, every unranked item sharing a
    position after the last."""
    last = len(items) + 10
    return list(rankdata([ranking.get(key, last) for key in items]))


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
def test_group_ranking_agrees_with_scipy(panel) -> None:
    """Rankings as they come (partial, tied, gaps, keys not on the list): mean ranks, Borda,
    group ranks and W as scipy's rankdata and Friedman statistic give them."""
    items, rankings = panel
    group = group_ranking(rankings, items)
    assert group.n == len(rankings) and group.keys == tuple(items)
    if not rankings:
        assert group.items == () and group.kendalls_w is None
        return
    known = [{k: p for k, p in r.items() if k in items} for r in rankings]
    rows = [scipy_row(r, items) for r in known]
    sums = [math.fsum(column) for column in zip(*rows, strict=True)]
    n, m = len(rows), len(items)
    stats = group.by_key()
    assert [s.key for s in group.items] == sorted(items, key=lambda k: sums[items.index(k)])
    for i, key in enumerate(items):
        assert stats[key].mean_rank == pytest.approx(sums[i] / n)
        assert stats[key].borda == pytest.approx(n * m - sums[i])
        assert stats[key].group_rank == rankdata(sums)[i]
        assert stats[key].top3 == sum(1 for r in known if r.get(key, 99) <= 3)
    if m >= 3 and n >= 2:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            statistic = friedmanchisquare(*[list(c) for c in zip(*rows, strict=True)]).statistic
        if math.isfinite(statistic):  # not every row tied throughout
            assert group.kendalls_w is not None
            assert group.kendalls_w == pytest.approx(statistic / (n * (m - 1)), rel=1e-9,
                                                     abs=1e-12)


@pytest.mark.parametrize("bad", [0, -2, 1.0, True, "1", None])
def test_group_ranking_rejects_a_bad_position_anywhere(bad) -> None:
    items = ["a", "b", "c"]
    good = {"a": 1, "b": 2, "c": 3}
    for broken in ([{**good, "b": bad}, good], [good, {"c": bad}], [good, {"other": bad}]):
        with pytest.raises((TypeError, ValueError), match="rank position for"):
            group_ranking(broken, items)


def test_group_ranking_rejects_duplicate_items_first() -> None:
    with pytest.raises(ValueError, match="distinct"):
        group_ranking([{"a": 0}], ["a", "a"])
