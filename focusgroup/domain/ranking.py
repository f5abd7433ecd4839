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
from operator import itemgetter

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
    doubled = [0] * m
    for row in rows:
        for i, value in enumerate(row):
            doubled[i] += round(2 * value)
    return _kendalls_w(doubled, sum(_tie_sum(row) for row in rows), n, m)


def _kendalls_w(doubled: Sequence[int], ties: int, n: int, m: int) -> float | None:
    """Kendall's W from the doubled rank sums of the ``m`` items over ``n >= 2`` raters and the
    raters' summed tie terms (see :func:`_kendalls_w_from_rows`)."""
    if n < 2 or m < 2:
        return None
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


def _doubled_ranks(
    ranking: Mapping[str, int], index: Mapping[str, int], m: int
) -> tuple[list[tuple[int, int]], dict[int, int] | None, int, int]:
    """One ranking as :func:`normalise_ranking` ranks it, in integers (every fractional rank
    is a half-integer): ``(given, doubled, unranked, ties)``.

    ``given`` holds ``(position, item index)`` for each ranked item of the list; ``doubled``
    maps a position to twice its fractional rank, or is ``None`` when that is simply twice the
    position (distinct positions 1..k, the usual case); ``unranked`` is twice the rank the
    other items share; ``ties`` is the sum of ``t^3 - t`` over the groups of equal ranks, the
    unranked items being one group (see :func:`_kendalls_w_from_rows`).

    Same checks, and errors in the same order, as :func:`normalise_ranking`; ``index`` maps
    each key of the (already checked) item list to its place in the list.
    """
    given: list[tuple[int, int]] = []
    for key, position in ranking.items():
        if type(position) is not int and (isinstance(position, bool)
                                          or not isinstance(position, int)):
            raise TypeError(f"rank position for {key!r} must be an int, got {position!r}")
        if position < 1:
            raise ValueError(f"rank position for {key!r} must be >= 1, got {position}")
        i = index.get(key)
        if i is not None:
            given.append((position, i))
    k = len(given)
    unranked = k + 1 + m  # the m - k unranked items share slots k+1 .. m
    ties = (m - k) ** 3 - (m - k)
    positions = {position for position, _i in given}
    if len(positions) == k and (k == 0 or max(positions) == k):
        return given, None, unranked, ties
    # Slots follow the sorted positions; t equal positions taking slots s+1 .. s+t share
    # their mean, twice which is 2s + 1 + t.
    sizes: dict[int, int] = {}
    for position, _i in given:
        sizes[position] = sizes.get(position, 0) + 1
    doubled: dict[int, int] = {}
    slot = 0
    for position in sorted(sizes):
        t = sizes[position]
        doubled[position] = 2 * slot + 1 + t
        ties += t**3 - t
        slot += t
    return given, doubled, unranked, ties


def _columns(rankings: list[Mapping[str, int]], chosen: list[bool],
             keys: Sequence[str]) -> list[list[int]]:
    """Per item, its position in each chosen ranking."""
    rows = [ranking for ranking, ok in zip(rankings, chosen, strict=True) if ok]
    return [list(map(itemgetter(key), rows)) for key in keys]


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
    n = len(rankings)
    if n == 0:
        return GroupRanking(items=(), n=0, kendalls_w=None, keys=keys)
    m = len(keys)
    index = {key: i for i, key in enumerate(keys)}
    # Every fractional rank is a half-integer, so the ranks are summed exactly as twice
    # their value in integers (what normalise_ranking + math.fsum would give, exactly).
    # The usual ranking places every item of the list, and nothing else, at 1..m once each:
    # its fractional ranks are its positions and it has no ties. Those are summed per item
    # (in C); any other ranking goes through _doubled_ranks (which also raises any error).
    slots, listed = set(range(1, m + 1)), index.keys()
    usual = [ranking.keys() == listed and set(ranking.values()) == slots
             for ranking in rankings]
    columns = _columns(rankings, usual, keys)
    if not all(set(map(type, column)) <= {int} for column in columns):
        # a position equal to one of 1..m but not an int (True, 2.0): checked one by one
        usual = [ok and set(map(type, ranking.values())) <= {int}
                 for ranking, ok in zip(rankings, usual, strict=True)]
        columns = _columns(rankings, usual, keys)
    others = [ranking for ranking, ok in zip(rankings, usual, strict=True) if not ok]
    doubled = [2 * sum(column) for column in columns]
    top3 = [sum(map(TOP_N.__ge__, column)) for column in columns]
    left_out = [0] * m  # per item: the shared ranks it did not get, having been ranked
    unranked_total = 0  # over the partial rankings: the shared rank of their unranked items
    ties = 0
    for ranking in others:
        given, doubled_of, unranked, tie_sum = _doubled_ranks(ranking, index, m)
        ties += tie_sum
        partial = len(given) < m
        if partial:
            unranked_total += unranked
        for position, i in given:
            doubled[i] += 2 * position if doubled_of is None else doubled_of[position]
            if partial:
                left_out[i] += unranked
            if position <= TOP_N:
                top3[i] += 1
    # Every item not ranked by a partial ranking takes its shared rank.
    if unranked_total:
        doubled = [d + unranked_total - u for d, u in zip(doubled, left_out, strict=True)]
    sums = [d / 2 for d in doubled]
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
        kendalls_w=_kendalls_w(doubled, ties, n, m),
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
