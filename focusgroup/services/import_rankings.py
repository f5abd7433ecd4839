"""Importing needs rankings from a file: read and check first (a preview), then write all at once.

``plan = read_rankings_file(ws, path, ImportOptions(...))`` parses the file (see
:mod:`focusgroup.services.import_formats` for the formats) and checks every row against the
workspace without writing anything; ``plan.problems`` lists what is wrong, by file line.
``apply_plan(ws, plan)`` writes the new needs list, sessions, participants and rankings in one
transaction, or raises :class:`InvalidInput` listing the problems: all or nothing.

Participants are matched by code (a known code must have the same role); forms without a code
column get fresh codes ``F-001``…. A person's earlier ranking of the same list, perspective and
session is replaced, so importing the same file twice does not count anyone twice (except
people with made-up codes).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from focusgroup.domain.model import (
    Department,
    NeedsItem,
    NeedsList,
    Participant,
    Perspective,
    Ranking,
    RankingEntry,
    Role,
    Session,
    SessionKind,
    SessionStatus,
)
from focusgroup.domain.ranking_input import whole_number
from focusgroup.messages import Message
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.codes import CodeBook
from focusgroup.services.errors import InvalidInput
from focusgroup.services.import_formats import (
    PERSPECTIVES,
    ROLES,
    Answer,
    ItemMatcher,
    norm,
    parse_answers,
    read_table,
)
from focusgroup.services.import_notes import problems_message
from focusgroup.services.needs_lists import MAX_LABEL, slug
from focusgroup.services.progress import NO_PROGRESS, Progress
from focusgroup.services.rankings import MAX_CODE
from focusgroup.services.sessions import MAX_TITLE
from focusgroup.storage import repository
from focusgroup.storage.rankings import replace_rankings
from focusgroup.storage.workspace import Workspace

MAX_LISTED = 20
GENERATED_PREFIX = "F-"

@dataclass(frozen=True)
class ImportOptions:
    """What the user chose besides the file; row columns override these per row."""

    needs_list: str | None = None  # name; a new name creates the list from the file's items
    session: str | None = None  # title; created (survey, closed) unless it exists
    department: str | None = None  # name of an existing department
    date: date | str | None = None  # of new sessions; default today
    today: date | None = None  # for tests


@dataclass(frozen=True)
class PlannedRanking:
    """One person's ranking as it will be stored."""

    ranking: Ranking
    entries: tuple[RankingEntry, ...]
    participant: Participant
    session: Session
    line: int  # the first file line it comes from
    positions: dict[str, int]  # item key -> rank

    @property
    def role(self) -> Role:
        return self.participant.role

    @property
    def perspective(self) -> Perspective:
        return self.ranking.perspective


@dataclass
class ImportPlan:
    """Everything an import would write, and what stops it. Nothing is written yet."""

    source: Path
    format: str
    encoding: str
    needs_list: NeedsList
    items: list[NeedsItem]
    new_needs_list: NeedsList | None = None  # set when the list (and all its items) is new
    new_participants: list[Participant] = field(default_factory=list)
    new_sessions: list[Session] = field(default_factory=list)
    rankings: list[PlannedRanking] = field(default_factory=list)
    replaced: int = 0  # earlier rankings of the same person/perspective/session/list
    notes: list[str] = field(default_factory=list)  # worth knowing, not stopping the import
    line_problems: list[tuple[int, str]] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """What stops the import, one per line of the file: "line 4: unknown item 'x'"."""
        return [Message("line {line}: {problem}", line=n, problem=text) if n else text
                for n, text in sorted(self.line_problems)]

    @property
    def ok(self) -> bool:
        return not self.line_problems

    @property
    def counts(self) -> dict[tuple[Role, Perspective], int]:
        """Rankings per (role, perspective), e.g. ``{(EMPLOYEE, OWN): 18, …}``."""
        return dict(Counter((r.role, r.perspective) for r in self.rankings))

    @property
    def sessions(self) -> list[Session]:
        """The sessions the rankings go to, in file order."""
        return list({r.session.id: r.session for r in self.rankings}.values())

    def problem_message(self) -> str:
        """The summary line and the first problems, as :func:`apply_plan` raises them."""
        return problems_message(self.source, self.problems, Message("nothing was imported"),
                                MAX_LISTED)

    def summary(self, verb: str = Message("Would import")) -> str:
        return _summary(verb, self.source.name, self.counts, [s.title for s in self.sessions],
                        len(self.new_participants), self.replaced,
                        self.needs_list.name if self.new_needs_list else None)


@dataclass(frozen=True)
class ImportResult:
    source_name: str
    rankings: int
    counts: dict[tuple[Role, Perspective], int]
    sessions: tuple[str, ...]  # titles
    new_sessions: int
    new_participants: int
    replaced: int
    needs_list: str
    new_needs_list: bool

    def summary(self) -> str:
        """One paragraph: "Imported 24 rankings (18 employees' own, 6 managers' predictions)
        from rankings.csv into session 'Survey spring 2026'; 12 new participants." """
        return _summary(Message("Imported"), self.source_name, self.counts, list(self.sessions),
                        self.new_participants, self.replaced,
                        self.needs_list if self.new_needs_list else None)


# Whose rankings, for one person and for several: "1 employee's own", "6 managers' predictions".
_WHOSE = {
    Role.EMPLOYEE: (Message("employee's"), Message("employees'")),
    Role.SUPERVISOR: (Message("supervisor's"), Message("supervisors'")),
    Role.MANAGER: (Message("manager's"), Message("managers'")),
    Role.OTHER: (Message("other's"), Message("others'")),
}


def _group_label(role: Role, perspective: Perspective, n: int) -> Message:
    one, many = _WHOSE[role]
    what = (Message("own") if perspective is Perspective.OWN
            else Message("prediction") if n == 1 else Message("predictions"))
    return Message("{count} {whose} {what}", count=n, whose=one if n == 1 else many, what=what)


def _commas(parts: list[Message]) -> Message:
    """``", ".join(parts)``, keeping every part translatable."""
    text = parts[0]
    for part in parts[1:]:
        text = Message("{items}, {item}", items=text, item=part)
    return text


def _summary(verb: str, source: str, counts: dict[tuple[Role, Perspective], int],
             sessions: list[str], new_people: int, replaced: int, new_list: str | None) -> str:
    total = sum(counts.values())
    order = [(role, p) for p in Perspective for role in Role]
    groups = [_group_label(r, p, counts[r, p]) for r, p in order if counts.get((r, p))]
    into = ""
    if len(sessions) == 1:
        into = Message(" into session '{title}'", title=sessions[0])
    elif sessions:
        shown = ", ".join(f"'{t}'" for t in sessions[:5]) + (", …" if len(sessions) > 5 else "")
        into = Message(" into {count} sessions ({titles})", count=len(sessions), titles=shown)
    return Message(
        "{verb} {rankings}{groups} from {file}{into}{new_list}; {people}{replaced}.",
        verb=verb,
        rankings=(Message("1 ranking") if total == 1
                  else Message("{count} rankings", count=total)),
        groups=Message(" ({groups})", groups=_commas(groups)) if groups else "",
        file=source,
        into=into,
        new_list=(Message(", on the new needs list '{name}'", name=new_list)
                  if new_list else ""),
        people=(Message("no new participants") if not new_people
                else Message("1 new participant") if new_people == 1
                else Message("{count} new participants", count=new_people)),
        replaced=("" if not replaced
                  else Message("; 1 earlier ranking replaced") if replaced == 1
                  else Message("; {count} earlier rankings replaced", count=replaced)),
    )


# --- checking ----------------------------------------------------------------------------------

def _day(value: date | str | None, what: str) -> date | None:
    if value is None or isinstance(value, date) or not str(value).strip():
        return value or None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(Message('{flag} needs a date like 2026-05-31, not "{value}".',
                                   flag=what, value=value)) from None


def _new_items(needs_list: NeedsList, names: list[tuple[str, int]],
               problems: list[tuple[int, str]]) -> list[NeedsItem]:
    """Items for a new list from the file's item names, in first-seen order."""
    items: list[NeedsItem] = []
    for name, line in names:
        label = " ".join(name.split())
        if not label or ItemMatcher(items).known(label):
            continue
        if len(label) > MAX_LABEL:
            problems.append((line, Message("item name longer than {most} characters",
                                           most=MAX_LABEL)))
            continue
        keys = {i.key for i in items}
        key, n = slug(label), 2
        while key in keys:
            key, n = f"{slug(label)}_{n}", n + 1
        items.append(NeedsItem(needs_list.id, key, label, "", len(items) + 1))
    return items


def _named(objects: list, name: str, attribute: str = "name"):
    wanted = norm(name)
    return next((o for o in objects if norm(getattr(o, attribute)) == wanted), None)


class _Planner:
    """Checks answers one by one and collects what to write."""

    def __init__(self, ws: Workspace, plan: ImportPlan, options: ImportOptions, day: date,
                 department: Department | None):
        self.plan, self.options, self.day, self.department = plan, options, day, department
        self.departments = repository.find(ws, Department)
        # Codes in canonical form (``p-001`` is P-001). Two people of an older workspace whose
        # codes differ only in case keep their codes as written, and only those match them.
        self.book = CodeBook(repository.find(ws, Participant))  # ``p-001`` is P-001
        self.participants = self.book.people
        self.stored = set(self.participants)  # codes already in the workspace
        self.existing_sessions = sorted(repository.find(ws, Session), key=lambda s: s.created_at)
        self.sessions: dict[str, Session] = {}
        self.reported: set[tuple[int, str]] = set(plan.line_problems)
        self.roles: dict[str, tuple[Role, int]] = {}
        self.codes: dict[str, str] = {}
        numbers = [n for c in self.participants if c.startswith(GENERATED_PREFIX)
                   and (n := whole_number(c[len(GENERATED_PREFIX):])) is not None]
        self.next_number = max(numbers, default=0) + 1
        self.matcher = ItemMatcher(plan.items)
        self.groups: dict[tuple[str, Perspective, str], dict] = {}
        self.default_title = ((options.session or "").strip()
                              or f"Imported rankings {plan.source.name}")

    def problem(self, line: int, text: str) -> None:
        if (line, text) not in self.reported:
            self.reported.add((line, text))
            self.plan.line_problems.append((line, text))

    def code(self, answer: Answer) -> str:
        if not answer.generated:
            return self.written(answer)
        if answer.person not in self.codes:
            self.codes[answer.person] = f"{GENERATED_PREFIX}{self.next_number:03}"
            self.next_number += 1
        return self.codes[answer.person]

    def written(self, answer: Answer) -> str:
        key, problem = self.book.key(answer.person, answer.line)
        if problem is not None:
            self.problem(answer.line, problem)
        return key

    def session(self, title: str, day: date | None, department: Department | None) -> Session:
        key = norm(title)
        if key not in self.sessions:
            found = _named(self.existing_sessions, title, "title")
            if found is None:
                found = Session(" ".join(title.split())[:MAX_TITLE], SessionKind.SURVEY,
                                SessionStatus.CLOSED,
                                day or self.day, department.id if department else None)
                self.plan.new_sessions.append(found)
            self.sessions[key] = found
        return self.sessions[key]

    def add(self, a: Answer) -> None:
        line, errors = a.line, []
        code = self.code(a)
        role, perspective = ROLES.get(norm(a.role)), PERSPECTIVES.get(norm(a.perspective))
        item = self.matcher.find(a.item) if a.item else None
        if not code:
            errors.append(Message("the participant code is empty"))
        elif len(code) > MAX_CODE:
            errors.append(Message("the participant code is longer than {most} characters",
                                  most=MAX_CODE))
        if role is None:
            errors.append(Message("unknown role '{role}' (use employee, supervisor, manager or "
                                  "other)", role=a.role)
                          if a.role else Message("the role is empty"))
        if perspective is None:
            errors.append(Message("unknown perspective '{perspective}' (use own or predicted)",
                                  perspective=a.perspective)
                          if a.perspective else Message("the perspective is empty"))
        if not a.item:
            errors.append(Message("the item is empty"))
        elif item is None:
            self.problem(a.item_line or line, Message("unknown item '{item}'", item=a.item))
        rank = whole_number(a.rank)
        if rank is None or rank < 1:
            errors.append(Message("rank '{rank}' is not a positive whole number", rank=a.rank))
        elif rank > len(self.plan.items):
            errors.append(Message("rank {rank} is larger than the number of items ({count})",
                                  rank=rank, count=len(self.plan.items)))
        department = self.department
        if a.department:
            department = _named(self.departments, a.department)
            if department is None:
                errors.append(Message("unknown department '{name}'", name=a.department))
        try:
            day = _day(a.date, "date")
        except InvalidInput:
            errors.append(Message("date '{date}' is not a date like 2026-05-31", date=a.date))
            day = None
        for error in errors:
            self.problem(line, error)
        if errors or item is None or role is None or perspective is None:
            return
        self.place(a, code, role, perspective, item, rank, department, day)

    def place(self, a: Answer, code: str, role: Role, perspective: Perspective, item: NeedsItem,
              rank: int, department: Department | None, day: date | None) -> None:
        line = a.line
        existing = self.participants.get(code)
        if code in self.stored:
            if existing.role is not role:
                return self.problem(line, Message("{code} is registered as {registered}, "
                                                  "not {role}", code=code,
                                                  registered=existing.role.value,
                                                  role=role.value))
        else:
            first_role, first_line = self.roles.setdefault(code, (role, line))
            if first_role is not role:
                return self.problem(line, Message("{code} has role {first} on line {line}, "
                                                  "{role} here", code=code,
                                                  first=first_role.value, line=first_line,
                                                  role=role.value))
        if perspective is Perspective.PREDICTED and role is Role.EMPLOYEE:
            return self.problem(line, Message("{code} is an employee; predictions (what my "
                                              "employees want) come from supervisors and "
                                              "managers", code=code))
        session = self.session(a.session or self.default_title, day, department)
        if existing is None:
            home = department.id if department else session.department_id
            existing = self.participants[code] = Participant(code, role, department_id=home)
            self.plan.new_participants.append(existing)
        group = self.groups.setdefault((code, perspective, session.id), {
            "participant": existing, "session": session, "line": line, "ranks": {}})
        if item.id in group["ranks"]:
            first = group["ranks"][item.id][2]
            return self.problem(line, Message("'{item}' is ranked twice for {code} "
                                              "({perspective}; also on line {first})",
                                              item=a.item, code=code,
                                              perspective=perspective.value, first=first))
        group["ranks"][item.id] = (item, rank, line)

    def finish(self, ws: Workspace) -> None:
        earlier = {(r.participant_id, r.perspective, r.session_id)
                   for r in repository.find_by(ws, Ranking, needs_list_id=self.plan.needs_list.id)}
        for (_, perspective, _), group in self.groups.items():
            participant, session = group["participant"], group["session"]
            ranking = Ranking(self.plan.needs_list.id, participant.id, perspective, session.id)
            entries = tuple(RankingEntry(ranking.id, item.id, rank)
                            for item, rank, _ in group["ranks"].values())
            positions = {item.key: rank for item, rank, _ in group["ranks"].values()}
            self.plan.rankings.append(
                PlannedRanking(ranking, entries, participant, session, group["line"], positions))
            self.plan.replaced += (participant.id, perspective, session.id) in earlier


def _needs_list(ws: Workspace, name: str | None) -> tuple[NeedsList, list[NeedsItem], bool]:
    if name is None or not name.strip():
        found = default_needs_list(ws)
        if found is None:
            raise InvalidInput(Message("This workspace has no needs list; give --needs-list "
                                       "NAME to make one from the file."))
    else:
        found = _named(repository.find(ws, NeedsList), name)
        if found is None:
            name = " ".join(name.split())
            if len(name) > MAX_LABEL:
                raise InvalidInput(Message("{what} can be at most {most} characters.",
                                           what=Message("A list's name"), most=MAX_LABEL))
            return NeedsList(name), [], True
    items = repository.find_by(ws, NeedsItem, list_id=found.id, archived=False)
    return found, sorted(items, key=lambda i: i.position), False


def read_rankings_file(ws: Workspace, path: str | Path,
                       options: ImportOptions | None = None) -> ImportPlan:
    """Parse ``path`` and check it against the workspace; writes nothing.

    A file that cannot be read at all, or a bad option, raises :class:`InvalidInput` (one line);
    problems in rows are collected in ``plan.problems``.
    """
    options = options or ImportOptions()
    path = Path(path).expanduser()
    day = _day(options.date, "--date") or options.today or date.today()
    department = None
    if options.department and options.department.strip():
        department = _named(repository.find(ws, Department), options.department)
        if department is None:
            raise InvalidInput(Message('There is no department called "{name}"; add it first '
                                       "(departments are not created by an import).",
                                       name=options.department.strip()))
    table = read_table(path)
    needs_list, items, is_new = _needs_list(ws, options.needs_list)
    parsed = parse_answers(table, ItemMatcher(items).known)
    plan = ImportPlan(path, parsed.format, table.encoding, needs_list, items,
                      notes=list(parsed.notes), line_problems=list(parsed.problems))
    if is_new:
        plan.new_needs_list = needs_list
        plan.items = _new_items(needs_list, parsed.items, plan.line_problems)
    if table.encoding not in ("UTF-8", "Excel workbook"):
        plan.notes.append(Message("{file} was read as {encoding} text.", file=path.name,
                                  encoding=table.encoding))
    planner = _Planner(ws, plan, options, day, department)
    for answer in parsed.answers:
        planner.add(answer)
    planner.finish(ws)
    if not plan.rankings and not plan.line_problems:
        plan.line_problems.append((0, Message("no rankings found in the file")))
    return plan


# --- writing -----------------------------------------------------------------------------------

def _stale(ws: Workspace, plan: ImportPlan) -> bool:
    """True when someone else added what the plan means to create since it was read."""
    codes = {p.code for p in repository.find(ws, Participant)}
    titles = {norm(s.title) for s in repository.find(ws, Session)}
    lists = {norm(n.name) for n in repository.find(ws, NeedsList)}
    return (any(p.code in codes for p in plan.new_participants)
            or any(norm(s.title) in titles for s in plan.new_sessions)
            or (plan.new_needs_list is not None and norm(plan.new_needs_list.name) in lists))


def apply_plan(ws: Workspace, plan: ImportPlan, progress: Progress = NO_PROGRESS
               ) -> ImportResult:
    """Write the plan in one transaction, or raise :class:`InvalidInput` and write nothing
    (nor when ``progress`` says the user cancelled)."""
    if not plan.ok:
        raise InvalidInput(plan.problem_message())
    if _stale(ws, plan):
        raise InvalidInput(Message(
            "The workspace changed after the file was read; read the file again."))
    ws.backup_before("before-import")
    with repository.atomic(ws):
        objects: list[object] = []
        if plan.new_needs_list is not None:
            objects += [plan.new_needs_list, *plan.items]
        objects += [*plan.new_sessions, *plan.new_participants]
        repository.save_all(ws, objects)
        total = len(plan.rankings)
        for start in range(0, total, 200):
            progress.report(start, total)
            replace_rankings(ws, [(p.ranking, list(p.entries))
                                  for p in plan.rankings[start:start + 200]])
        progress.report(total, total)
    return ImportResult(
        source_name=plan.source.name,
        rankings=len(plan.rankings),
        counts=plan.counts,
        sessions=tuple(s.title for s in plan.sessions),
        new_sessions=len(plan.new_sessions),
        new_participants=len(plan.new_participants),
        replaced=plan.replaced,
        needs_list=plan.needs_list.name,
        new_needs_list=plan.new_needs_list is not None,
    )
