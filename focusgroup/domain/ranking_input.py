"""Typing a ranking: "3 1 5 2" means item 3 first, item 1 second…; "3 1=5 2" ties 1 and 5.

Item numbers refer to the needs list's order (1-based), written with the digits 0-9. Items
left out are unranked (a partial ranking). Positions follow the tie convention of
:mod:`focusgroup.domain.ranking`: "3 1=5 2" gives positions 1, 2, 2, 3.
"""

from __future__ import annotations

import re

from focusgroup.messages import Message

_TOKEN = re.compile(r"[\s,;]+")
_ASCII_NUMBER = re.compile(r"[0-9]+", re.ASCII)
MAX_DIGITS = 9  # no list, rank or code number is longer; int() of a huge string is slow


def whole_number(text: str) -> int | None:
    """``text`` as a whole number when it is written with the digits 0-9 only (spaces around
    allowed), else ``None``. ``str.isdigit`` also accepts "²" or "①", which ``int`` refuses,
    and ``int`` reads Arabic-Indic or full-width digits that nobody meant as a rank."""
    text = text.strip()
    if len(text) > MAX_DIGITS or not _ASCII_NUMBER.fullmatch(text):
        return None
    return int(text)


class OrderError(ValueError):
    """The typed order cannot be used; the message says why, for the person typing it."""


def parse_order(text: str, item_count: int) -> dict[int, int]:
    """Map item number (1-based) to position, from text such as ``"3 1=5 2"``."""
    groups = [g for g in _TOKEN.split(text.strip()) if g]
    if not groups:
        raise OrderError(Message("Type the item numbers in order, e.g. 3 1 5 2."))
    order: dict[int, int] = {}
    for position, group in enumerate(groups, start=1):
        for token in group.split("="):
            number = whole_number(token)
            if number is None:
                raise OrderError(Message('"{token}" is not an item number.', token=token or "="))
            if not 1 <= number <= item_count:
                raise OrderError(Message("There is no item {number}; the list has {count}.",
                                         number=number, count=item_count))
            if number in order:
                raise OrderError(Message("Item {number} appears twice.", number=number))
            order[number] = position
    return order


def format_order(order: dict[int, int]) -> str:
    """The inverse of :func:`parse_order`: positions back to "3 1=5 2"."""
    by_position: dict[int, list[int]] = {}
    for number, position in order.items():
        by_position.setdefault(position, []).append(number)
    return " ".join("=".join(str(n) for n in sorted(by_position[p])) for p in sorted(by_position))
