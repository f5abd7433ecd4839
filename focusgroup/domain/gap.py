"""The perception gap: how well managers predict what their employees value.

Compares the employees' own :class:`~focusgroup.domain.ranking.GroupRanking` with the
managers' predicted one over the same needs list, item by item and as a whole (Spearman's
rho and Kendall's tau-b), and puts the result into sentences (Messages: English, translated
where they are shown).

Pure standard-library maths; no Qt, no numpy.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from focusgroup.domain.ranking import GroupRanking, fractional_ranks
from focusgroup.messages import Message

__all__ = [
    "Gap",
    "GapItem",
    "agreement_sentence",
    "gap_sentences",
    "kendall_tau_b",
    "perception_gap",
    "spearman_rho",
]

CLOSE_AGREEMENT = 0.7
"""Spearman's rho at or above this: the managers' picture matches "closely"."""
PARTIAL_AGREEMENT = 0.4
"""Spearman's rho at or above this (and below :data:`CLOSE_AGREEMENT`): "partly"."""


@dataclass(frozen=True)
class GapItem:
    """The gap for one item.

    Attributes:
        key: The item key.
        employee_rank: The employees' group rank (1 = most important).
        manager_rank: The group rank managers predicted.
        difference: ``manager_rank - employee_rank``; positive means managers underestimate
            how much employees value the item, negative that they overestimate it.
    """

    key: str
    employee_rank: float
    manager_rank: float
    difference: float


@dataclass(frozen=True)
class Gap:
    """The whole perception gap.

    Attributes:
        items: One :class:`GapItem` per item, largest ``abs(difference)`` first, ties in list
            order.
        rho: Spearman's rho between the two mean-rank vectors, ``None`` when undefined.
        tau: Kendall's tau-b between the two mean-rank vectors, ``None`` when undefined.
    """

    items: tuple[GapItem, ...]
    rho: float | None
    tau: float | None


def _check_pair(x: Sequence[float], y: Sequence[float]) -> None:
    if len(x) != len(y):
        raise ValueError(f"vectors differ in length: {len(x)} != {len(y)}")


def spearman_rho(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's rank correlation: Pearson's r of the fractional ranks of ``x`` and ``y``.

    Ties get average ranks.  Returns ``None`` with fewer than two values or when either
    vector is constant.
    """
    _check_pair(x, y)
    n = len(x)
    if n < 2:
        return None
    # Doubled fractional ranks are integers, so the sums below are exact.
    a = [round(2 * r) for r in fractional_ranks(x)]
    b = [round(2 * r) for r in fractional_ranks(y)]
    sa, sb = sum(a), sum(b)
    cov = n * sum(p * q for p, q in zip(a, b, strict=True)) - sa * sb
    var_a = n * sum(p * p for p in a) - sa * sa
    var_b = n * sum(q * q for q in b) - sb * sb
    if var_a == 0 or var_b == 0:
        return None
    if cov * cov == var_a * var_b:
        return 1.0 if cov > 0 else -1.0
    rho = cov / (math.sqrt(var_a) * math.sqrt(var_b))
    return max(-1.0, min(1.0, rho))


def kendall_tau_b(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Kendall's tau-b, corrected for ties in either vector.

    ``tau_b = (C - D) / sqrt((n0 - n1) (n0 - n2))`` with ``C``/``D`` the concordant/discordant
    pairs, ``n0 = n(n-1)/2`` and ``n1``/``n2`` the pairs tied in ``x``/``y``.  Returns
    ``None`` with fewer than two values or when either vector is constant.
    """
    _check_pair(x, y)
    n = len(x)
    if n < 2:
        return None
    concordant = discordant = ties_x = ties_y = 0
    for i in range(n):
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            if dx == 0:
                ties_x += 1
            if dy == 0:
                ties_y += 1
            if dx == 0 or dy == 0:
                continue
            if (dx > 0) == (dy > 0):
                concordant += 1
            else:
                discordant += 1
    n0 = n * (n - 1) // 2
    left, right = n0 - ties_x, n0 - ties_y
    if left == 0 or right == 0:
        return None
    numerator = concordant - discordant
    if numerator * numerator == left * right:
        return 1.0 if numerator > 0 else -1.0
    tau = numerator / (math.sqrt(left) * math.sqrt(right))
    return max(-1.0, min(1.0, tau))


def perception_gap(employees: GroupRanking, managers: GroupRanking) -> Gap:
    """Compare the employees' own group ranking with the managers' predicted one.

    Both rankings must cover the same item keys.  If either has no rankings (``n == 0``)
    there is nothing to compare and an empty :class:`Gap` (``items == ()``, ``rho`` and
    ``tau`` ``None``) is returned.

    List order (used for the vectors and to break ties) is ``employees.keys`` when known.

    Raises:
        ValueError: If the two rankings cover different items.
    """
    if not employees.items or not managers.items:
        return Gap(items=(), rho=None, tau=None)
    emp = employees.by_key()
    man = managers.by_key()
    if set(emp) != set(man):
        missing = sorted(set(emp) ^ set(man))
        raise ValueError(f"rankings cover different items: {missing}")
    order = [key for key in employees.list_order() if key in emp]
    if len(order) != len(emp):  # keys were inconsistent with items; fall back
        order = [stats.key for stats in employees.items]
    gap_items = [
        GapItem(
            key=key,
            employee_rank=emp[key].group_rank,
            manager_rank=man[key].group_rank,
            difference=man[key].group_rank - emp[key].group_rank,
        )
        for key in order
    ]
    gap_items.sort(key=lambda g: -abs(g.difference))  # stable: ties keep list order
    x = [emp[key].mean_rank for key in order]
    y = [man[key].mean_rank for key in order]
    return Gap(items=tuple(gap_items), rho=spearman_rho(x, y), tau=kendall_tau_b(x, y))


# --------------------------------------------------------------------------- sentences

_BAND = {"closely": Message("closely"), "partly": Message("partly"), "poorly": Message("poorly")}


def _round_half(value: float) -> float:
    """Round a non-negative number to the nearest 0.5 (halves round up)."""
    return math.floor(value * 2 + 0.5) / 2


def gap_sentences(gap: Gap, labels: Mapping[str, str], limit: int = 3) -> list[Message]:
    """Sentences naming the largest gaps, e.g. "Managers underestimate X by 7 places.".

    Only items with ``abs(difference) >= 1`` are named, largest first, at most ``limit``.
    Differences are rounded to the nearest 0.5 ("2.5 places"; "by 1 place").

    Args:
        gap: The perception gap.
        labels: Display label per item key (used as written inside the sentence; the key
            itself is used when a label is missing).
        limit: Maximum number of sentences.
    """
    sentences: list[Message] = []
    for item in gap.items:
        if len(sentences) >= limit:
            break
        if abs(item.difference) < 1:
            continue
        label = labels.get(item.key, item.key)
        rounded = _round_half(abs(item.difference))
        places = int(rounded) if rounded == int(rounded) else rounded
        if item.difference > 0:
            sentence = (Message("Managers underestimate {label} by 1 place.", label=label)
                        if places == 1 else
                        Message("Managers underestimate {label} by {places} places.",
                                label=label, places=places))
        else:
            sentence = (Message("Managers overestimate {label} by 1 place.", label=label)
                        if places == 1 else
                        Message("Managers overestimate {label} by {places} places.",
                                label=label, places=places))
        sentences.append(sentence)
    return sentences


def agreement_sentence(rho: float | None) -> Message:
    """One sentence on how well the managers' ranking matches the employees' as a whole.

    Bands on Spearman's rho (rounded to two decimals, as printed): ``>= 0.7`` closely,
    ``>= 0.4`` partly, otherwise poorly.  ``None`` gives "Not enough data to compare.".
    """
    if rho is None or math.isnan(rho):
        return Message("Not enough data to compare.")
    shown = round(rho, 2) + 0.0  # -0.001 is "0.00", not "-0.00"
    if shown >= CLOSE_AGREEMENT:
        band = _BAND["closely"]
    elif shown >= PARTIAL_AGREEMENT:
        band = _BAND["partly"]
    else:
        band = _BAND["poorly"]
    return Message("Managers' picture matches employees' {band} (Spearman's rho {rho:.2f}).",
                   band=band, rho=shown)
