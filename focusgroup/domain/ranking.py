"""Needs rankings: normalising individual rankings and combining them into a group ranking.

Pure standard-library maths (no Qt, no SQL, no numpy) so it stays cheap to import and easy
to test.

Vocabulary
----------
*items*
    The needs list: a sequence of distinct string keys, e.g. ``("appreciation", "wages")``.
    ``m`` is its length.
*individual ranking*
    A mapping ``item_key -> position`` (int >= 1) given by one person.  It may be *partial*
    (only the top few items ranked) and may contain *ties* (two items sharing a position).
*fractional ranks*
    An individual ranking normalised over all ``m`` items so that the ranks always sum to
    ``m(m+1)/2``; see :func:`normalise_ranking`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "GroupRanking",
    "ItemStats",
    "TrendItem",
    "fractional_ranks",
    "group_ranking",
    "kendalls_w",
    "normalise_ranking",
    "trend",
]

TOP_N = 3
"""An explicitly given position <= ``TOP_N`` counts towards :attr:`ItemStats.top3`."""


@dataclass(frozen=True)
class ItemStats:
    """Group statistics for one item of the needs list.

    Attributes:
        key: The item key.
        mean_rank: Mean fractional rank over all rankings (1 = most important).
        borda: Borda score, ``sum(m - rank)`` over all rankings; an item ranked first by all
            ``n`` people scores ``n * (m - 1)``.
        group_rank: Fractional rank of ``mean_rank`` among all items (lowest mean = 1,
            ties share the average of their positions).
        top3: Number of people who explicitly gave the item a position <= 3.
    """

    key: str
    mean_rank: float
    borda: float
    group_rank: float
    top3: int


@dataclass(frozen=True)
class GroupRanking:
    """The combined ranking of a group of people.

    Attributes:
        items: One :class:`ItemStats` per item, ordered by group rank, ties in list order.
            Empty when there are no rankings (``n == 0``).
        n: Number of individual rankings combined.
        kendalls_w: Kendall's coefficient of concordance (0 = no agreement, 1 = perfect
            agreement), or ``None`` when undefined (``n < 2``, ``m < 2`` or every ranking
            fully tied).
        keys: The item list in its original order (also kept when ``n == 0``).
    """

    items: tuple[ItemStats, ...]
    n: int
    kendalls_w: float | None
    keys: tuple[str, ...] = ()

    def by_key(self) -> dict[str, ItemStats]:
        """Return the item statistics indexed by item key."""
        return {stats.key: stats for stats in self.items}

    def list_order(self) -> tuple[str, ...]:
        """Return the item keys in list order (falling back to group-rank order)."""
        return self.keys if self.keys else tuple(stats.key for stats in self.items)


@dataclass(frozen=True)
class TrendItem:
    """Movement of one item between two rounds.

    Attributes:
        key: The item key.
        previous_rank: Group rank in the previous round.
        current_rank: Group rank in the current round.
        moved: ``previous_rank - current_rank``; positive means the item rose in importance.
    """

    key: str
    previous_rank: float
    current_rank: float
    moved: float


def _check_items(items: Sequence[str]) -> tuple[str, ...]:
    keys = tuple(items)
    if len(set(keys)) != len(keys):
        raise ValueError("item keys must be distinct")
    return keys


def fractional_ranks(values: Sequence[float]) -> list[float]:
    """Rank ``values`` ascending (smallest = 1); tied values share their average position.

    >>> fractional_ranks([10, 20, 20, 30])
    [1.0, 2.5, 2.5, 4.0]
    """
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and values[order[end]] == values[order[start]]:
            end += 1
        # Slots start+1 .. end (1-based) share their mean.
        shared = (start + 1 + end) / 2
        for idx in order[start:end]:
            ranks[idx] = shared
        start = end
    return ranks


def normalise_ranking(ranking: Mapping[str, int], items: Sequence[str]) -> dict[str, float]:
    """Turn one (possibly partial, possibly tied) ranking into fractional ranks over all items.

    Ranked items are sorted by their given position and take consecutive slots ``1..k``
    (gaps in the positions are closed up); items sharing a position share the mean of their
    slots, so positions ``1, 2, 2, 3`` become ranks ``1, 2.5, 2.5, 4``.  Each of the
    ``m - k`` unranked items gets ``(k + 1 + m) / 2``, the mean of the remaining slots.
    The returned ranks therefore always sum to ``m(m+1)/2``.

    Keys not in ``items`` are ignored.

    Args:
        ranking: Mapping ``item_key -> position`` with positions >= 1.
        items: The full needs list (distinct keys).

    Returns:
        Mapping ``item_key -> fractional rank`` for every item, in list order.

    Raises:
        ValueError: If a position is < 1 or the item keys are not distinct.
        TypeError: If a position is not an integer.
    """
    keys = _check_items(items)
    known = set(keys)
    given: dict[str, int] = {}
    for key, position in ranking.items():
        if isinstance(position, bool) or not isinstance(position, int):
            raise TypeError(f"rank position for {key!r} must be an int, got {position!r}")
        if position < 1:
            raise ValueError(f"rank position for {key!r} must be >= 1, got {position}")
        if key in known:
            given[key] = position
    m = len(keys)
    k = len(given)
    ranked = [key for key in keys if key in given]
    ranked_ranks = fractional_ranks([given[key] for key in ranked])
    result = dict(zip(ranked, ranked_ranks, strict=True))
    unranked_rank = (k + 1 + m) / 2
    return {key: result.get(key, unranked_rank) for key in keys}


def _tie_sum(row: Sequence[float]) -> int:
    """Sum of ``t^3 - t`` over the groups of equal values in ``row``."""
    return sum(t**3 - t for t in Counter(row).values())


def _kendalls_w_from_rows(rows: Sequence[Sequence[float]], m: int) -> float | None:
    """Kendall's W for ``rows`` of fractional ranks (one row per rater, ``m`` columns).

    ``W = 12 S / (n^2 (m^3 - m) - n * sum_j T_j)`` with ``S`` the sum of squared deviations
    of the item rank sums from their mean and ``T_j`` the tie term of rater ``j``.  Ties are
    read off the fractional ranks, so the unranked items of a partial ranking form one tie
    group.  Computed exactly in integers: ranks are half-integers, so with ``a_i = 2 R_i`` and
    ``A = sum a_i``, ``S = sum (m a_i - A)^2 / (4 m^2)`` and ``W = 3 S' / (m^2 D)``.
    """
    n = len(rows)
    if n < 2 or m < 2:
        return None
    doubled = [round(2 * sum(column)) for column in zip(*rows, strict=True)]
    ties = sum(_tie_sum(row) for row in rows)
    total = sum(doubled)
    s_scaled = sum((m * a - total) ** 2 for a in doubled)
    denominator = n * n * (m**3 - m) - n * ties
    if denominator == 0:
        return None
    return 3 * s_scaled / (m * m * denominator)


def kendalls_w(rankings: Iterable[Mapping[str, int]], items: Sequence[str]) -> float | None:
    """Kendall's coefficient of concordance for individual rankings, tie-corrected.

    Each ranking is first normalised with :func:`normalise_ranking`.  Returns ``None`` when
    fewer than two rankings or items are given, or when every ranking is completely tied.
    """
    keys = _check_items(items)
    rows = [list(normalise_ranking(r, keys).values()) for r in rankings]
    return _kendalls_w_from_rows(rows, len(keys))


def group_ranking(rankings: Iterable[Mapping[str, int]], items: Sequence[str]) -> GroupRanking:
    """Combine individual rankings into a :class:`GroupRanking`.

    Per item: mean fractional rank, Borda score, group rank (fractional rank of the mean
    ranks, lowest mean = 1) and the number of people who explicitly put it in their top 3.
    Over the whole list: Kendall's W.

    With no rankings the result has ``n == 0``, ``items == ()`` and ``kendalls_w is None``
    (``keys`` still holds the item list).

    Args:
        rankings: Individual rankings ``item_key -> position``; see :func:`normalise_ranking`.
        items: The full needs list (distinct keys) in list order.

    Raises:
        ValueError / TypeError: As :func:`normalise_ranking`.
    """
    keys = _check_items(items)
    rankings = list(rankings)
    rows = [list(normalise_ranking(ranking, keys).values()) for ranking in rankings]
    n, m = len(rows), len(keys)
    if n == 0:
        return GroupRanking(items=(), n=0, kendalls_w=None, keys=keys)
    # Fractional ranks are half-integers, which floats add exactly.
    sums = [sum(column) for column in zip(*rows, strict=True)]
    top3 = [sum(1 for ranking in rankings if ranking.get(key, TOP_N + 1) <= TOP_N)
            for key in keys]
    group_ranks = fractional_ranks(sums)
    stats = [
        ItemStats(
            key=key,
            mean_rank=sums[i] / n,
            borda=n * m - sums[i],
            group_rank=group_ranks[i],
            top3=top3[i],
        )
        for i, key in enumerate(keys)
    ]
    # sorted() is stable, so equal group ranks keep list order.
    stats.sort(key=lambda s: s.group_rank)
    return GroupRanking(
        items=tuple(stats),
        n=n,
        kendalls_w=_kendalls_w_from_rows(rows, m),
        keys=keys,
    )


def trend(previous: GroupRanking, current: GroupRanking) -> tuple[TrendItem, ...]:
    """Compare the group ranks of two rounds.

    Only items present in both rounds are returned, in the current round's group-rank order.
    ``moved = previous_rank - current_rank``: positive means the item rose in importance.
    Note that group ranks of rounds with different item lists are not on the same scale.
    """
    before = previous.by_key()
    result = []
    for stats in current.items:
        old = before.get(stats.key)
        if old is None:
            continue
        result.append(
            TrendItem(
                key=stats.key,
                previous_rank=old.group_rank,
                current_rank=stats.group_rank,
                moved=old.group_rank - stats.group_rank,
            )
        )
    return tuple(result)
