"""Typed rankings: "3 1 5 2", ties with "=", partial lists, and clear errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusgroup.domain.ranking_input import OrderError, format_order, parse_order


def test_plain_order():
    assert parse_order("3 1 5 2", 10) == {3: 1, 1: 2, 5: 3, 2: 4}


def test_ties_share_a_position_and_commas_work():
    assert parse_order("3, 1=5, 2", 10) == {3: 1, 1: 2, 5: 2, 2: 3}


@pytest.mark.parametrize(("text", "message"), [
    ("", "Type the item numbers"),
    ("3 x", '"x" is not an item number'),
    ("3 11", "no item 11"),
    ("0", "no item 0"),
    ("3 1 3", "Item 3 appears twice"),
    ("3 1==2", '"=" is not an item number'),
])
def test_errors_say_what_is_wrong(text, message):
    with pytest.raises(OrderError, match=message):
        parse_order(text, 10)


@st.composite
def typed_orders(draw):
    m = draw(st.integers(1, 12))
    chosen = draw(st.permutations(range(1, m + 1)))
    k = draw(st.integers(1, m))
    groups, i = [], 0
    picked = list(chosen[:k])
    while i < len(picked):
        size = draw(st.integers(1, min(3, len(picked) - i)))
        groups.append(picked[i:i + size])
        i += size
    return m, groups


@given(typed_orders())
def test_format_and_parse_round_trip(case):
    m, groups = case
    text = " ".join("=".join(map(str, g)) for g in groups)
    order = parse_order(text, m)
    assert len(order) == sum(len(g) for g in groups)
    assert sorted(set(order.values())) == list(range(1, len(groups) + 1))
    assert parse_order(format_order(order), m) == order
