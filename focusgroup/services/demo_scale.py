"""Generated notes at scale (``focusgroup demo FILE --notes N``): years of listening rounds in
many departments, for trying the app with hundreds of thousands of notes and for benchmarks.

Every half year each department holds a focus group (participants speak, notes carry a guide
question) and often a survey (anonymous free text, many answers). The texts are built from a
vocabulary per theme, so search, themes and summaries have something real to show. Deterministic
for a given ``N`` and ``today``; written in one transaction with batched inserts.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from focusgroup.domain import model
from focusgroup.domain.model import NoteKind, Role, SessionKind, SessionStatus
from focusgroup.storage import bulk, repository
from focusgroup.storage.workspace import Workspace

SEED = 516
MAX_NOTES = 2_000_000
MAX_ROUNDS = 20  # half-years: ten years of listening at most
DEPARTMENTS = (("Production", "department"), ("Finance", "department"),
               ("IT Support", "department"), ("Sales", "department"),
               ("Logistics North", "department"), ("Canteen", "team"),
               ("Maintenance", "team"), ("SecureGuard A/S", "contractor"))
# theme -> things people talk about under it
TOPICS = {
    "Recognition": ("a thank-you from the manager", "the employee of the month board",
                    "feedback on finished work", "credit for the extra shifts"),
    "Communication": ("the Monday stand-up", "news about the reorganisation",
                      "the intranet updates", "the monthly town hall", "emails from management"),
    "Shift planning": ("the shift plan", "the weekend rota", "swapping shifts",
                       "overtime at month end", "the holiday calendar"),
    "Pay": ("the yearly raise", "the bonus scheme", "pay for night shifts",
            "the pension contribution"),
    "Tools & equipment": ("the hand scanners", "the laptops", "the forklifts",
                          "the phone system", "the ticket system"),
    "Deliveries": ("the morning deliveries", "the delivery slots", "late trucks",
                   "the loading bay"),
    "Canteen": ("the hot lunch", "the coffee machine", "the vegetarian options",
                "the canteen opening hours"),
    "Cleaning": ("the break room", "the toilets at night", "the cleaning schedule"),
    "Training & growth": ("the forklift certificate", "the mentoring programme",
                          "courses for new tools", "a path to team lead"),
    "HR & benefits": ("the benefits desk", "the sick leave process", "the fitness offer",
                      "the parental leave rules"),
}
SAID = {
    NoteKind.LIKE: ("{topic} works well now.", "I really like {topic}.",
                    "{topic} got much better since last round.", "Good that {topic} is back."),
    NoteKind.DISLIKE: ("{topic} is a constant problem.", "Nobody listens about {topic}.",
                       "{topic} takes far too long.", "We lose hours every week on {topic}."),
    NoteKind.IDEA: ("Could we try a pilot for {topic}?", "Let the team decide on {topic}.",
                    "Put {topic} on the agenda every month."),
    NoteKind.NEED: ("We need clarity about {topic}.", "We need {topic} to be reliable.",
                    "Someone should own {topic}."),
    NoteKind.QUOTE: ("Honestly, {topic} is why people leave.",
                     "If {topic} was fixed I would stay for years."),
    NoteKind.QUESTION: ("Who decides about {topic}?", "What happens with {topic} next year?"),
    NoteKind.OBSERVATION: ("The group agreed quickly about {topic}.",
                           "Long silence when {topic} came up."),
}
KIND_WEIGHTS = {NoteKind.LIKE: 22, NoteKind.DISLIKE: 26, NoteKind.IDEA: 14, NoteKind.NEED: 14,
                NoteKind.QUOTE: 8, NoteKind.QUESTION: 8, NoteKind.OBSERVATION: 8}
GUIDE = (("What works well for you?", 15), ("What gets in your way?", 20),
         ("What do you need from us?", 15))
PEOPLE = ((Role.EMPLOYEE, 24), (Role.SUPERVISOR, 3), (Role.MANAGER, 1))


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


class _Generator:
    def __init__(self, ws: Workspace, count: int, today: date):
        self.ws, self.count, self.today = ws, count, today
        self.rng = random.Random(SEED + count)
        self.objects: list[object] = []
        self.links: list[tuple[str, str]] = []
        self.planned: list[tuple[model.Session, datetime, list[str], list[str], int]] = []
        self.kinds = list(KIND_WEIGHTS)
        self.cumulative = list(KIND_WEIGHTS.values())
        for i in range(1, len(self.cumulative)):
            self.cumulative[i] += self.cumulative[i - 1]

    def departments(self) -> list[model.Department]:
        """The workspace's departments plus the generated ones (made once)."""
        known = {d.name: d for d in repository.find(self.ws, model.Department)}
        founded = _at(self.today - timedelta(days=183 * MAX_ROUNDS), 9)
        for name, kind in DEPARTMENTS:
            if name not in known:
                known[name] = model.Department(name, model.DepartmentKind(kind),
                                               created_at=founded)
                self.objects.append(known[name])
        return list(known.values())

    def people(self, departments: list[model.Department]) -> dict[str, list[model.Participant]]:
        taken = {p.code for p in repository.find(self.ws, model.Participant)}
        pools: dict[str, list[model.Participant]] = {}
        number = 0
        for dept in departments:
            pool = pools.setdefault(dept.id, [])
            for role, how_many in PEOPLE:
                for _ in range(how_many):
                    number += 1
                    code = f"G-{number:05d}"
                    while code in taken:
                        number += 1
                        code = f"G-{number:05d}"
                    pool.append(model.Participant(code, role, department_id=dept.id,
                                                  created_at=dept.created_at))
            self.objects.extend(pool)
        return pools

    def text(self) -> tuple[NoteKind, str, tuple[str, ...]]:
        rng = self.rng
        kind = rng.choices(self.kinds, cum_weights=self.cumulative)[0]
        theme = rng.choice(THEME_NAMES)
        text = rng.choice(SAID[kind]).format(topic=rng.choice(TOPICS[theme]))
        text = text[0].upper() + text[1:]
        roll = rng.random()
        themes = () if roll < 0.25 else (theme,) if roll < 0.9 else (
            theme, rng.choice(THEME_NAMES))
        return kind, text, tuple(dict.fromkeys(themes))

    def session(self, dept: model.Department, pool: list[model.Participant], day: date,
                round_no: int, survey: bool, notes: int) -> None:
        rng = self.rng
        start = _at(day, 8 if not survey else 12)
        kind = SessionKind.SURVEY if survey else SessionKind.FOCUS_GROUP
        title = (f"{dept.name} survey, round {round_no}" if survey
                 else f"{dept.name} focus group, round {round_no}")
        session = model.Session(title, kind, SessionStatus.CLOSED, day, dept.id,
                                "Generated", started_at=start,
                                ended_at=start + timedelta(minutes=90),
                                created_at=start - timedelta(days=10))
        self.objects.append(session)
        guide = [] if survey else [model.GuideItem(session.id, q, n, m)
                                   for n, (q, m) in enumerate(GUIDE, start=1)]
        self.objects.extend(guide)
        present = [] if survey else rng.sample(pool, min(len(pool), rng.randint(6, 12)))
        self.links.extend((session.id, p.id) for p in present)
        self.planned.append((session, start, [g.id for g in guide], [p.id for p in present],
                             notes))

    def generated_notes(self) -> Iterator[tuple[model.Note, tuple[str, ...]]]:
        """The notes of every planned session, made as they are written."""
        rng = self.rng
        for session, start, guide, present, notes in self.planned:
            survey = not guide
            for i in range(notes):
                kind, text, themes = self.text()
                offset = None if survey else 60 + i * 30
                moment = start + timedelta(seconds=i if offset is None else offset)
                speaker = rng.choice(present) if present and rng.random() < 0.85 else None
                item = guide[i * len(guide) // notes] if guide else None
                yield model.Note(session.id, text, kind, speaker, item, offset,
                                 created_at=moment, updated_at=moment), themes

    def build(self) -> int:
        rng = self.rng
        departments = self.departments()
        pools = self.people(departments)
        rounds = max(4, min(MAX_ROUNDS, math.ceil(self.count / 25_000)))
        plan = []  # (department, round, survey?, weight)
        for round_no in range(1, rounds + 1):
            for dept in departments:
                plan.append((dept, round_no, False, rng.uniform(0.5, 1.5)))
                if rng.random() < 0.7:
                    plan.append((dept, round_no, True, rng.uniform(3, 9)))
        total = sum(w for *_, w in plan)
        sizes = [int(self.count * w / total) for *_, w in plan]
        for i in range(self.count - sum(sizes)):
            sizes[i % len(sizes)] += 1
        for (dept, round_no, survey, _), size in zip(plan, sizes, strict=True):
            if size:
                days_ago = (rounds - round_no) * 182 + 14 + rng.randint(0, 40) + (3 if survey
                                                                                    else 0)
                self.session(dept, pools[dept.id], self.today - timedelta(days=days_ago),
                             round_no, survey, size)
        with repository.atomic(self.ws):  # one transaction: all of it or none
            bulk.insert_objects(self.ws, self.objects)
            bulk.link_rows(self.ws, "session_participants", ("session_id", "participant_id"),
                           self.links)
            return bulk.add_notes(self.ws, self.generated_notes())


THEME_NAMES = tuple(TOPICS)


def add_generated_notes(ws: Workspace, count: int, today: date | None = None) -> int:
    """Add ``count`` generated notes (with their departments, people, sessions and themes)."""
    return _Generator(ws, count, today or date.today()).build()
