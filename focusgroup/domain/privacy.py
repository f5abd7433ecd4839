"""Anonymity, decided in one place for every report, export and view.

* **Threshold** — a breakdown (department, role, session, ranking group) is shown only when it
  has at least ``threshold`` distinct participants; the threshold itself is never below
  :data:`MIN_THRESHOLD`.
* **Suppression sentence** — what a reader sees instead of a suppressed breakdown (a Message).
* **Redaction** — known real names (full names and each part of them, so first names too) and
  participant codes inside free text become ``[name]``; matching is case-insensitive, on whole
  words, and also catches a genitive ``s``/``'s`` ("Mettes", "Mette's"). Codes are the known
  ones plus anything shaped like a code (one capital letter, a dash, 2–4 digits: ``P-014``).
* **Cleaning** — NUL and other control characters are removed before text goes anywhere.
  (Cleaning and redaction live in :mod:`focusgroup.domain.redaction`, re-exported here.)
* **Pooling** — lunch interviews are one-to-one: never reported on their own, only as part of a
  pool of sessions in the same scope, and only when the pool meets the threshold.
* **Exports** — what a CSV/XLSX export may show (:func:`export_notes_plan`,
  :func:`split_groups`, :func:`export_date`): notes of a session one by one only when the
  session could have its own report; lunch interviews only in one pool with no session,
  department or day; other small sessions pooled per department; ranking groups below the
  threshold left out with a row saying why; dates cut to the month near the threshold.
* **Names as codes** — a column headed like a person's name or e-mail is never read as a
  participant code (:func:`looks_like_a_name`).

Pure Python (no Qt, no SQL, no reportlab).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from focusgroup.domain.model import SessionKind
from focusgroup.domain.redaction import CODE_SHAPE, REDACTED, Redactor, strip_control
from focusgroup.messages import Message

__all__ = [
    "CODE_SHAPE",
    "MIN_THRESHOLD",
    "NEAR_FACTOR",
    "REDACTED",
    "NotePool",
    "NotesPlan",
    "Pool",
    "Redactor",
    "SessionPeople",
    "effective_threshold",
    "export_date",
    "export_notes_plan",
    "gap_sentence",
    "groups_left_out",
    "looks_like_a_name",
    "lunch_sentence",
    "meets_threshold",
    "name_column_refused",
    "pool_sessions",
    "reportable_alone",
    "show_codes_warning",
    "split_group_counts",
    "split_groups",
    "strip_control",
    "suppression_sentence",
    "trend_sentence",
]

MIN_THRESHOLD = 3
# --------------------------------------------------------------------------- threshold

def effective_threshold(threshold: int) -> int:
    """The threshold actually applied: never below :data:`MIN_THRESHOLD`."""
    return max(int(threshold), MIN_THRESHOLD)


def meets_threshold(distinct_participants: int, threshold: int) -> bool:
    """True when a breakdown of ``distinct_participants`` people may be shown."""
    return distinct_participants >= effective_threshold(threshold)


_SUBJECTS = {
    "department": Message("This department"), "session": Message("This session"),
    "group": Message("This group"), "role": Message("This role"),
    "scope": Message("This selection"), "ranking": Message("This ranking group"),
}


def people_phrase(n: int) -> Message:
    """"nobody", "1 person", "4 people"."""
    if n <= 0:
        return Message("nobody")
    return Message("1 person") if n == 1 else Message("{n} people", n=n)


def suppression_sentence(subject: str, people: int, threshold: int) -> Message:
    """The sentence shown instead of a suppressed breakdown, saying so and why.

    Args:
        subject: ``department``, ``session``, ``group``, ``role``, ``ranking`` or ``scope``.
        people: Distinct participants the breakdown would have shown.
        threshold: The anonymity threshold in force.
    """
    return Message("{subject} is not shown: {people} took part, fewer than the anonymity "
                   "threshold of {threshold}, so individual people could be recognised.",
                   subject=_SUBJECTS.get(subject, _SUBJECTS["group"]),
                   people=people_phrase(people), threshold=effective_threshold(threshold))


def gap_sentence(employees: int, managers: int, threshold: int) -> Message:
    """Why a perception gap is not shown: one of the two sides is below the threshold."""
    return Message("The perception gap is not shown: it needs at least {threshold} people on "
                   "each side to protect anonymity (employees: {employees}; managers and "
                   "supervisors: {managers}).", threshold=effective_threshold(threshold),
                   employees=people_phrase(employees), managers=people_phrase(managers))


def trend_sentence(before: int, now: int, threshold: int) -> Message:
    """Why a trend between two rounds is not shown: a round is below the threshold."""
    return Message("The trend is not shown: each round needs at least {threshold} employees to "
                   "protect anonymity (previous round: {before}; latest: {now}).",
                   threshold=effective_threshold(threshold), before=people_phrase(before),
                   now=people_phrase(now))


def lunch_sentence(threshold: int) -> Message:
    """Why a lunch interview is not reported on its own."""
    return Message("Lunch interviews are one-to-one conversations and are never reported on "
                   "their own. They are included, pooled with the other sessions of a "
                   "department or period, only when that pool has at least {threshold} "
                   "participants.", threshold=effective_threshold(threshold))


# --------------------------------------------------------------------------- pooling

@dataclass(frozen=True)
class SessionPeople:
    """A session and the distinct people who took part in it (with its department and day
    where an export needs them)."""

    session_id: str
    kind: SessionKind
    participants: frozenset[str]
    department: str | None = None
    day: date | None = None

    @property
    def lunch(self) -> bool:
        return self.kind is SessionKind.LUNCH_INTERVIEW


@dataclass(frozen=True)
class Pool:
    """What may be reported from a set of sessions taken together."""

    session_ids: tuple[str, ...]  # included in the pooled results (empty when suppressed)
    lunch_ids: tuple[str, ...]  # the lunch interviews among them
    people: int  # distinct participants over all sessions offered
    threshold: int

    @property
    def shown(self) -> bool:
        return bool(self.session_ids)


def reportable_alone(session: SessionPeople, threshold: int) -> bool:
    """A single session may have its own report: never a lunch interview, and only with
    enough distinct participants."""
    return not session.lunch and meets_threshold(len(session.participants), threshold)


def pool_sessions(sessions: Iterable[SessionPeople], threshold: int) -> Pool:
    """Pool sessions of one scope: all of them (lunch interviews included) when their distinct
    participants together meet the threshold, otherwise none.

    A pool made only of lunch interviews follows the same rule: it is reported only when
    enough different people were interviewed."""
    offered = list(sessions)
    people: set[str] = set()
    for session in offered:
        people.update(session.participants)
    if not offered or not meets_threshold(len(people), threshold):
        return Pool((), (), len(people), effective_threshold(threshold))
    return Pool(tuple(s.session_id for s in offered), tuple(s.session_id for s in offered
                                                            if s.lunch),
                len(people), effective_threshold(threshold))


# --------------------------------------------------------------------------- exports

NEAR_FACTOR = 2
"""A group with fewer than ``NEAR_FACTOR`` × the threshold people is *near* the threshold: an
export gives its dates as the month only."""

LUNCH_POOL = Message("lunch interviews, pooled")
SMALL_POOL = Message("small sessions, pooled")
LEFT_OUT = Message("left out")


def export_date(day: date | None, people: int, threshold: int) -> str | None:
    """The date an export may show for a group of ``people``: the day (``2026-05-05``), or only
    the month (``2026-05``) when the group is near the threshold."""
    if day is None:
        return None
    if people >= NEAR_FACTOR * effective_threshold(threshold):
        return day.isoformat()
    return f"{day:%Y-%m}"


@dataclass(frozen=True)
class NotePool:
    """Notes of several sessions exported together, without their sessions.

    The lunch pool holds every lunch interview and has no department; a pool of small
    sessions holds one department's sessions below the threshold."""

    lunch: bool
    department: str | None
    session_ids: tuple[str, ...]
    people: int  # distinct participants of the pooled sessions only
    threshold: int
    dates: Mapping[str, str | None] = field(default_factory=dict)  # what a row may say

    @property
    def shown(self) -> bool:
        return meets_threshold(self.people, self.threshold)

    @property
    def label(self) -> Message:
        return LUNCH_POOL if self.lunch else SMALL_POOL

    def left_out(self, notes: int) -> Message:
        """The row that replaces the pool's ``notes`` when the pool is not shown."""
        values = {"notes": notes, "sessions": len(self.session_ids),
                  "threshold": self.threshold}
        if self.lunch:
            return Message("Notes from lunch interviews were left out (notes: {notes}, "
                           "interviews: {sessions}): together they had fewer people than the "
                           "anonymity threshold of {threshold}.", **values)
        if self.department:
            return Message("Notes from small sessions in {department} were left out (notes: "
                           "{notes}, sessions: {sessions}): together they had fewer people than "
                           "the anonymity threshold of {threshold}.",
                           department=self.department, **values)
        return Message("Notes from small sessions without a department were left out (notes: "
                       "{notes}, sessions: {sessions}): together they had fewer people than the "
                       "anonymity threshold of {threshold}.", **values)


@dataclass(frozen=True)
class NotesPlan:
    """Which notes an export shows one by one, and how the rest is pooled."""

    alone: Mapping[str, int]  # session id -> its people (for export_date)
    pools: tuple[NotePool, ...]
    pooled: Mapping[str, NotePool] = field(default_factory=dict)  # session id -> its pool

    def pool_of(self, session_id: str) -> NotePool | None:
        return self.pooled.get(session_id)


def _pool_dates(sessions: list[SessionPeople], threshold: int) -> dict[str, str | None]:
    """Each pooled session's date as the month, when every month of the pool has enough people
    on its own (otherwise a row's month would single out the few of that month); else the
    span of the pool's months for every row alike."""
    months: dict[str | None, set[str]] = {}
    for s in sessions:
        months.setdefault(f"{s.day:%Y-%m}" if s.day else None, set()).update(s.participants)
    if all(meets_threshold(len(people), threshold) for people in months.values()):
        return {s.session_id: f"{s.day:%Y-%m}" if s.day else None for s in sessions}
    known = sorted(m for m in months if m)
    span = None if not known else known[0] if known[0] == known[-1] else \
        f"{known[0]} – {known[-1]}"
    return {s.session_id: span for s in sessions}


def _note_pool(sessions: list[SessionPeople], lunch: bool, department: str | None,
               threshold: int) -> NotePool:
    people: set[str] = set()
    for s in sessions:
        people.update(s.participants)
    return NotePool(lunch, department, tuple(s.session_id for s in sessions), len(people),
                    effective_threshold(threshold), _pool_dates(sessions, threshold))


def export_notes_plan(sessions: Iterable[SessionPeople], threshold: int) -> NotesPlan:
    """How an export shows the notes of ``sessions``.

    * a session that could have its own report (not a lunch interview, enough people) shows
      its notes one by one, dated by :func:`export_date`;
    * lunch interviews form one pool, counted over their own people only (notes shown one by
      one beside them would otherwise betray the rest by elimination);
    * the other small sessions form a pool per department, counted the same way.

    A pool below the threshold is left out; one that meets it shows text, kind and themes, with
    neither session nor day (see :func:`_pool_dates`), and the lunch pool no department."""
    alone: dict[str, int] = {}
    lunches: list[SessionPeople] = []
    small: dict[str | None, list[SessionPeople]] = {}
    for s in sessions:
        if reportable_alone(s, threshold):
            alone[s.session_id] = len(s.participants)
        elif s.lunch:
            lunches.append(s)
        else:
            small.setdefault(s.department, []).append(s)
    pools = [_note_pool(lunches, True, None, threshold)] if lunches else []
    pools += [_note_pool(group, False, department, threshold)
              for department, group in small.items()]
    return NotesPlan(alone, tuple(pools), {s: pool for pool in pools for s in pool.session_ids})


K = TypeVar("K", bound=Hashable)


def split_groups(groups: Mapping[K, set[str] | frozenset[str]],
                 threshold: int) -> tuple[dict[K, int], dict[K, int]]:
    """Groups (e.g. department × role × perspective × session of a ranking) split into those an
    export shows and those it leaves out, each with its number of distinct people."""
    return split_group_counts({key: len(people) for key, people in groups.items()}, threshold)


def split_group_counts(groups: Mapping[K, int],
                       threshold: int) -> tuple[dict[K, int], dict[K, int]]:
    """:func:`split_groups` for groups given by their number of distinct people (counted where
    the rows are, so that the rows themselves can be read one at a time afterwards)."""
    shown, left = {}, {}
    for key, people in groups.items():
        (shown if meets_threshold(people, threshold) else left)[key] = people
    return shown, left


def groups_left_out(groups: int, rows: int, threshold: int) -> Message:
    """The row saying that ``groups`` groups below the threshold were left out."""
    if groups == 1:
        return Message("1 group below the anonymity threshold of {threshold} was left out "
                       "(rankings: {rankings}).", threshold=effective_threshold(threshold),
                       rankings=rows)
    return Message("{groups} groups below the anonymity threshold of {threshold} were left out "
                   "(rankings: {rankings}).", groups=groups,
                   threshold=effective_threshold(threshold), rankings=rows)


def show_codes_warning() -> Message:
    """What an export with codes shown reveals, said before it is written."""
    return Message("Warning: --show-codes exports participant codes, exact dates and times, "
                   "each lunch interview with its date and department, and groups smaller "
                   "than the anonymity threshold; names are never exported.")


_NAME_HEADER = re.compile(r"(?:name|navn|e-?mail|\bmail)(?:s|e)?\b", re.IGNORECASE)


def looks_like_a_name(header: str) -> bool:
    """True for a column header that asks for a person's name or e-mail ("Participant name",
    "Full name", "Navn", "Deltagernavn", "Email"): never read as a participant code."""
    return bool(_NAME_HEADER.search(" ".join(header.split())))


def name_column_refused(file: str, column: str) -> Message:
    """Why a forms file whose only code-like column holds names is refused."""
    return Message('{file}: the column "{column}" holds names, not participant codes; add a '
                   'code column (e.g. "Participant code") or remove this one to have codes '
                   "made up.", file=file, column=column)
