"""Listening cadence: when each department was last listened to, and whether it is overdue."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from focusgroup.domain.model import Department


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Aug + 6 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class CadenceStatus:
    department: Department
    last_listened: date | None
    due: date | None  # None: never listened to, so due now

    @property
    def never(self) -> bool:
        return self.last_listened is None

    def overdue(self, today: date) -> bool:
        return self.due is None or self.due < today

    def days_overdue(self, today: date) -> int:
        return 0 if self.due is None else max(0, (today - self.due).days)


def cadence_status(department: Department, last_listened: date | None) -> CadenceStatus:
    due = add_months(last_listened, department.cadence_months) if last_listened else None
    return CadenceStatus(department, last_listened, due)


def overdue_first(statuses: list[CadenceStatus], today: date) -> list[CadenceStatus]:
    """Overdue departments first (never listened to, then longest overdue), then by due date."""

    def key(status: CadenceStatus) -> tuple:
        if status.overdue(today):
            return (0, 0 if status.never else 1, -status.days_overdue(today),
                    status.department.name.lower())
        return (1, 0, status.due.toordinal() if status.due else 0, status.department.name.lower())

    return sorted(statuses, key=key)
