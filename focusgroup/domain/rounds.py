"""Listening rounds: sessions close together in time form one round (e.g. spring, autumn)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

ROUND_GAP_DAYS = 60  # a pause this long between listening days starts a new round


@dataclass(frozen=True)
class Round:
    start: date
    end: date

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def group_rounds(days: Iterable[date], gap_days: int = ROUND_GAP_DAYS) -> list[Round]:
    """Oldest round first; days more than ``gap_days`` apart fall into different rounds."""
    ordered = sorted(set(days))
    rounds: list[Round] = []
    for day in ordered:
        if rounds and (day - rounds[-1].end).days <= gap_days:
            rounds[-1] = Round(rounds[-1].start, day)
        else:
            rounds.append(Round(day, day))
    return rounds
