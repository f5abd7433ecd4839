"""Tests for focusgroup.domain.gap (pure maths; scipy only as a reference)."""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import kendalltau, spearmanr

from focusgroup.domain.gap import (
    Gap,
    GapItem,
    agreement_sentence,
    gap_sentences,
    kendall_tau_b,
    perception_gap,
    spearman_rho,
)
from focusgroup.domain.ranking import group_ranking
from focusgroup.i18n import render


def danish(sentences):
    """Sentences as a Danish reader sees them (the domain's Messages through the catalogue)."""
    return [render(s, "da") for s in sentences]

FAST = settings(max_examples=200, deadline=None)

# The ten classic motivators, in the order employees ranked them in the classic study.
EMPLOYEE_ORDER = [
    "appreciation",
    "in_on_things",
    "sympathetic_help",
    "job_security",
    "wages",
    "interesting_work",
    "promotion",
    "loyalty",
    "working_conditions",
    "discipline",
]
# ... and the order supervisors predicted.
MANAGER_ORDER = [
    "wages",
    "job_security",
    "promotion",
    "working_conditions",
    "interesting_work",
    "loyalty",
    "discipline",
    "appreciation",
    "sympathetic_help",
    "in_on_things",
]
ITEMS = EMPLOYEE_ORDER
LABELS_EN = {
    "appreciation": "appreciation of work done",
    "in_on_things": "feeling in on things",
    "sympathetic_help": "sympathetic help with personal problems",
    "job_security": "job security",
    "wages": "good wages",
    "interesting_work": "interesting work",
    "promotion": "promotion and growth",
    "loyalty": "personal loyalty to employees",
    "working_conditions": "good working conditions",
    "discipline": "tactful discipline",
}
LABELS_DA = {
    "appreciation": "anerkendelse af udført arbejde",
    "wages": "god løn",
    "in_on_things": "at være med i tingene",
}


def full(order: list[str]) -> dict[str, int]:
    return {key: pos for pos, key in enumerate(order, start=1)}


@pytest.fixture(scope="module")
def classic_gap() -> Gap:
    swapped = full(EMPLOYEE_ORDER) | {"appreciation": 2, "in_on_things": 1}
    employees = group_ranking(
        [full(EMPLOYEE_ORDER)] * 4
        + [swapped, {"appreciation": 1, "in_on_things": 2, "job_security": 3}],
        ITEMS,
    )
    managers = group_ranking(
        [full(MANAGER_ORDER)] * 4 + [{"wages": 1, "promotion": 2, "job_security": 3}],
        ITEMS,
    )
    assert [s.key for s in employees.items] == EMPLOYEE_ORDER
    assert [s.key for s in managers.items] == MANAGER_ORDER
    return perception_gap(employees, managers)


# ------------------------------------------------------------------------- classic example


def test_classic_gap_items(classic_gap: Gap) -> None:
    by_key = {g.key: g for g in classic_gap.items}
    assert by_key["appreciation"] == GapItem("appreciation", 1.0, 8.0, 7.0)
    assert by_key["wages"] == GapItem("wages", 5.0, 1.0, -4.0)
    assert [g.key for g in classic_gap.items[:3]] == [
        "in_on_things",
        "appreciation",
        "sympathetic_help",
    ]
    # Ties on |difference| (wages and promotion: 4) keep list order.
    assert [g.key for g in classic_gap.items[4:6]] == ["wages", "promotion"]
    diffs = [abs(g.difference) for g in classic_gap.items]
    assert diffs == sorted(diffs, reverse=True)


def test_classic_gap_sentences(classic_gap: Gap) -> None:
    top = gap_sentences(classic_gap, LABELS_EN)
    assert top == [
        "Managers underestimate feeling in on things by 8 places.",
        "Managers underestimate appreciation of work done by 7 places.",
        "Managers underestimate sympathetic help with personal problems by 6 places.",
    ]
    more = gap_sentences(classic_gap, LABELS_EN, limit=10)
    assert "Managers overestimate good wages by 4 places." in more
    assert len(more) == 10  # every item is at least 1 place off


def test_classic_gap_sentences_danish(classic_gap: Gap) -> None:
    sentences = danish(gap_sentences(classic_gap, LABELS_DA, limit=5))
    assert "Lederne undervurderer anerkendelse af udført arbejde med 7 pladser." in sentences
    assert "Lederne overvurderer god løn med 4 pladser." in sentences
    # Missing labels fall back to the key.
    assert "Lederne undervurderer sympathetic_help med 6 pladser." in sentences


def test_classic_gap_coefficients(classic_gap: Gap) -> None:
    # Group ranks here equal the classic orders, so compare with scipy on those.
    x = [EMPLOYEE_ORDER.index(k) + 1 for k in ITEMS]
    y = [MANAGER_ORDER.index(k) + 1 for k in ITEMS]
    assert classic_gap.rho == pytest.approx(spearmanr(x, y).statistic)
    assert classic_gap.tau == pytest.approx(kendalltau(x, y).statistic)
    assert classic_gap.rho is not None and classic_gap.rho < 0
    assert agreement_sentence(classic_gap.rho).endswith(
        f"poorly (Spearman's rho -{abs(classic_gap.rho):.2f})."
    )


# ---------------------------------------------------------------------------- gap building


def test_perception_gap_empty_and_mismatch() -> None:
    employees = group_ranking([{"a": 1}], ["a", "b"])
    assert perception_gap(employees, group_ranking([], ["a", "b"])) == Gap((), None, None)
    with pytest.raises(ValueError):
        perception_gap(employees, group_ranking([{"a": 1}], ["a", "c"]))


def test_perception_gap_perfect_agreement() -> None:
    items = ["a", "b", "c", "d"]
    group = group_ranking([{"a": 1, "b": 2, "c": 3, "d": 4}], items)
    gap = perception_gap(group, group)
    assert gap.rho == 1.0 and gap.tau == 1.0
    assert [g.key for g in gap.items] == items
    assert all(g.difference == 0 for g in gap.items)
    assert gap_sentences(gap, {}) == []


# ------------------------------------------------------------------------------- sentences


def _gap(*diffs: float) -> Gap:
    items = tuple(GapItem(f"k{i}", 1.0, 1.0 + d, d) for i, d in enumerate(diffs))
    return Gap(items=items, rho=None, tau=None)


def test_sentences_singular_fraction_and_threshold() -> None:
    gap = _gap(2.5, -1.0, 0.5, -0.5)
    assert gap_sentences(gap, {}) == [
        "Managers underestimate k0 by 2.5 places.",
        "Managers overestimate k1 by 1 place.",
    ]
    assert danish(gap_sentences(gap, {})) == [
        "Lederne undervurderer k0 med 2,5 pladser.",
        "Lederne overvurderer k1 med 1 plads.",
    ]


def test_sentences_rounding_and_limit() -> None:
    gap = _gap(3.0, 2.26, -1.2, 1.74)
    assert gap_sentences(gap, {"k0": "x"}, limit=10) == [
        "Managers underestimate x by 3 places.",
        "Managers underestimate k1 by 2.5 places.",
        "Managers overestimate k2 by 1 place.",
        "Managers underestimate k3 by 1.5 places.",
    ]
    assert len(gap_sentences(gap, {}, limit=2)) == 2
    assert gap_sentences(gap, {}, limit=0) == []


def test_sentences_accept_region_variants() -> None:
    assert [render(s, "da_DK") for s in gap_sentences(_gap(2.0), {})] == [
        "Lederne undervurderer k0 med 2 pladser."]
    assert [render(s, "en-GB") for s in gap_sentences(_gap(2.0), {})] == [
        "Managers underestimate k0 by 2 places."]


def test_unknown_language() -> None:
    with pytest.raises(ValueError):
        render(gap_sentences(_gap(2.0), {})[0], "fr")
    with pytest.raises(ValueError):
        render(agreement_sentence(0.5), "xx")


@pytest.mark.parametrize(
    ("rho", "en", "da"),
    [
        (
            -0.35,
            "Managers' picture matches employees' poorly (Spearman's rho -0.35).",
            "Ledernes billede svarer dårligt til medarbejdernes (Spearmans rho -0,35).",
        ),
        (
            0.7,
            "Managers' picture matches employees' closely (Spearman's rho 0.70).",
            "Ledernes billede svarer godt til medarbejdernes (Spearmans rho 0,70).",
        ),
        (
            0.4,
            "Managers' picture matches employees' partly (Spearman's rho 0.40).",
            "Ledernes billede svarer delvist til medarbejdernes (Spearmans rho 0,40).",
        ),
        (
            0.39,
            "Managers' picture matches employees' poorly (Spearman's rho 0.39).",
            "Ledernes billede svarer dårligt til medarbejdernes (Spearmans rho 0,39).",
        ),
        (
            -0.001,
            "Managers' picture matches employees' poorly (Spearman's rho 0.00).",
            "Ledernes billede svarer dårligt til medarbejdernes (Spearmans rho 0,00).",
        ),
        (
            None,
            "Not enough data to compare.",
            "Der er ikke data nok til en sammenligning.",
        ),
    ],
)
def test_agreement_sentence(rho: float | None, en: str, da: str) -> None:
    assert agreement_sentence(rho) == en
    assert render(agreement_sentence(rho), "en") == en
    assert render(agreement_sentence(rho), "da") == da


# ---------------------------------------------------------------------------- coefficients


def test_coefficients_undefined() -> None:
    assert spearman_rho([], []) is None
    assert spearman_rho([1.0], [2.0]) is None
    assert kendall_tau_b([1.0], [2.0]) is None
    assert spearman_rho([1, 1, 1], [1, 2, 3]) is None
    assert kendall_tau_b([1, 2, 3], [4, 4, 4]) is None
    with pytest.raises(ValueError):
        spearman_rho([1, 2], [1, 2, 3])
    with pytest.raises(ValueError):
        kendall_tau_b([1, 2], [1])


def test_coefficients_hand_computed() -> None:
    assert spearman_rho([1, 2, 3], [3, 2, 1]) == -1.0
    assert kendall_tau_b([1, 2, 3], [1, 2, 3]) == 1.0
    # x = 1, 2, 2; y = 1, 2, 3: C = 2, D = 0, ties in x = 1 pair -> 2 / sqrt(2 * 3).
    assert kendall_tau_b([1, 2, 2], [1, 2, 3]) == pytest.approx(2 / math.sqrt(6))


tied_vectors = st.integers(2, 12).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(0, 4).map(lambda v: v / 2), min_size=n, max_size=n),
        st.lists(st.integers(0, 4).map(lambda v: v / 2), min_size=n, max_size=n),
    )
)


def _scipy(func, x: list[float], y: list[float], **kwargs) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(func(x, y, **kwargs).statistic)


@FAST
@given(tied_vectors)
def test_spearman_matches_scipy(vectors: tuple[list[float], list[float]]) -> None:
    x, y = vectors
    expected = _scipy(spearmanr, x, y)
    ours = spearman_rho(x, y)
    if math.isnan(expected):
        assert ours is None
    else:
        assert ours == pytest.approx(expected, abs=1e-9)
        assert -1.0 <= ours <= 1.0


@FAST
@given(tied_vectors)
def test_kendall_tau_b_matches_scipy(vectors: tuple[list[float], list[float]]) -> None:
    x, y = vectors
    expected = _scipy(kendalltau, x, y, variant="b")
    ours = kendall_tau_b(x, y)
    if math.isnan(expected):
        assert ours is None
    else:
        assert ours == pytest.approx(expected, abs=1e-9)
        assert -1.0 <= ours <= 1.0


@given(st.lists(st.text(min_size=1, max_size=4), min_size=2, max_size=12, unique=True))
def test_a_reversed_order_gives_rho_minus_one(keys: list[str]) -> None:
    forward = group_ranking([{k: i + 1 for i, k in enumerate(keys)}] * 2, keys)
    backward = group_ranking([{k: len(keys) - i for i, k in enumerate(keys)}] * 2, keys)
    gap = perception_gap(forward, backward)
    assert gap.rho == pytest.approx(-1.0) and gap.tau == pytest.approx(-1.0)


def test_partial_eight_of_ten_lists_work() -> None:
    keys = [f"item{i}" for i in range(10)]
    employees = group_ranking([{k: i + 1 for i, k in enumerate(keys[:8])}] * 5, keys)
    managers = group_ranking([{k: i + 1 for i, k in enumerate(reversed(keys[2:]))}] * 5, keys)
    by_key = employees.by_key()
    assert by_key["item8"].mean_rank == by_key["item9"].mean_rank == 9.5
    gap = perception_gap(employees, managers)
    assert len(gap.items) == 10 and gap.rho is not None and gap.rho < 0
