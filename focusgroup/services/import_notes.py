"""``focusgroup import notes``: survey free text or prepared notes from a CSV, all or nothing.

Header ``kind,text`` plus optional ``participant``, ``role``, ``theme`` (several separated by
``;``) and ``guide_item`` (its text or number in the session's guide). Every row is checked
first; any problem lists its line and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from focusgroup.domain.capture_line import MAX_NOTE, clean_text
from focusgroup.domain.model import (
    Department,
    GuideItem,
    Note,
    NoteKind,
    Participant,
    Role,
    Session,
    SessionKind,
    SessionStatus,
)
from focusgroup.domain.ranking_input import whole_number
from focusgroup.messages import Message
from focusgroup.services.codes import CodeBook
from focusgroup.services.errors import InvalidInput
from focusgroup.services.import_formats import ROLES, norm, read_table
from focusgroup.storage import bulk, queries, repository
from focusgroup.storage.workspace import Workspace

KINDS = {
    **{k.value: k for k in NoteKind},
    "+": NoteKind.LIKE, "-": NoteKind.DISLIKE, "!": NoteKind.IDEA, "?": NoteKind.QUESTION,
    '"': NoteKind.QUOTE, "n": NoteKind.NEED, "positiv": NoteKind.LIKE,
    "negativ": NoteKind.DISLIKE, "idé": NoteKind.IDEA, "ide": NoteKind.IDEA,
    "behov": NoteKind.NEED, "citat": NoteKind.QUOTE, "spørgsmål": NoteKind.QUESTION,
}
MAX_LISTED = 20


def joined_lines(lines: list[str]) -> str:
    """The lines one under another, as one Message in which every line stays translatable."""
    text = lines[0]
    for line in lines[1:]:
        text = Message("{above}\n{line}", above=text, line=line)
    return text


def problems_message(source: Path, problems: list[str], none_done: str,
                     listed: int = MAX_LISTED) -> str:
    """``source``'s problems: a count with what was not done, then the first problems."""
    count = len(problems)
    header = (Message("{file}: 1 problem, {outcome}:", file=source.name, outcome=none_done)
              if count == 1 else
              Message("{file}: {count} problems, {outcome}:", file=source.name, count=count,
                      outcome=none_done))
    lines = [header, *problems[:listed]]
    if count > listed:
        lines.append(Message("… and {count} more.", count=count - listed))
    return joined_lines(lines)


@dataclass
class NotesPlan:
    source: Path
    session: Session
    new_session: bool
    guide: list[GuideItem] = field(default_factory=list)  # new guide items only
    participants: list[Participant] = field(default_factory=list)  # new ones only
    notes: list[tuple[Note, tuple[str, ...]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def problem_message(self) -> str:
        return problems_message(self.source, self.problems, Message("nothing was imported"))

    def summary(self, verb: str = Message("Imported")) -> str:
        title = self.session.title
        where = (Message("new session '{title}'", title=title) if self.new_session
                 else Message("session '{title}'", title=title))
        extra = (Message("; {count} new participants", count=len(self.participants))
                 if self.participants else "")
        return Message("{verb} {count} notes from {file} into {where}{extra}.", verb=verb,
                       count=len(self.notes), file=self.source.name, where=where, extra=extra)


def _session(ws: Workspace, title: str | None, source: Path, department: str | None,
             day: date) -> tuple[Session, bool]:
    title = (title or f"Imported notes {source.name}").strip()
    for session in repository.find(ws, Session):
        if norm(session.title) == norm(title):
            return session, False
    department_id = None
    if department:
        match = [d for d in repository.find(ws, Department) if norm(d.name) == norm(department)]
        if not match:
            raise InvalidInput(Message('There is no department called "{name}".',
                                       name=department))
        department_id = match[0].id
    return Session(title[:200], SessionKind.SURVEY, SessionStatus.CLOSED, day,
                   department_id), True


def read_notes_file(ws: Workspace, path: str | Path, *, session: str | None = None,
                    department: str | None = None, day: str | date | None = None) -> NotesPlan:
    path = Path(path).expanduser()
    try:
        when = day if isinstance(day, date) else (date.fromisoformat(day) if day else date.today())
    except ValueError:
        raise InvalidInput(Message('{flag} needs a date like 2026-05-31, not "{value}".',
                                   flag="--date", value=day)) from None
    table = read_table(path)
    target, new = _session(ws, session, path, department, when)
    plan = NotesPlan(path, target, new)
    columns = {norm(name): i for i, name in enumerate(table.header)}
    missing = [c for c in ("kind", "text") if c not in columns]
    if missing:
        plan.problems.append(Message("line 1: missing column(s) {columns} "
                                     "(the header needs kind,text)", columns=", ".join(missing)))
        return plan
    guide = {} if new else {norm(g.text): g for g in repository.find_by(
        ws, GuideItem, session_id=target.id)}
    numbered = sorted(guide.values(), key=lambda g: g.position)
    book = CodeBook(repository.find(ws, Participant))  # ``p-001`` is P-001
    people = book.people

    def cell(cells: list[str], name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    for line, cells in table.rows:
        kind = KINDS.get(norm(cell(cells, "kind")))
        text = clean_text(cell(cells, "text"))
        if kind is NoteKind.QUOTE:
            text = text.strip().strip('"“”„').strip()
        if kind is None:
            plan.problems.append(Message("line {line}: unknown kind '{kind}' (use like, "
                                         "dislike, idea, need, quote, question or observation)",
                                         line=line, kind=cell(cells, "kind")))
        if not text:
            plan.problems.append(Message("line {line}: the text is empty", line=line))
        elif len(text) > MAX_NOTE:
            plan.problems.append(Message("line {line}: the text is longer than {most:,} "
                                         "characters", line=line, most=MAX_NOTE))
        participant_id = None
        code = " ".join(cell(cells, "participant").split())
        if code:
            key, problem = book.key(code, line)
            if problem is not None:
                plan.problems.append(Message("line {line}: {problem}", line=line,
                                             problem=problem))
                continue
            person = people.get(key)
            if person is None:
                role = ROLES.get(norm(cell(cells, "role")) or "employee")
                if role is None or len(code) > 32:
                    plan.problems.append(Message("line {line}: cannot add participant '{code}' "
                                                 "(role '{role}')", line=line, code=code,
                                                 role=cell(cells, "role")))
                    continue
                person = Participant(key, Role(role), department_id=target.department_id)
                people[key] = person
                plan.participants.append(person)
            participant_id = person.id
        guide_id = None
        wanted = cell(cells, "guide_item")
        if wanted:
            item = guide.get(norm(wanted))
            number = whole_number(wanted)
            if item is None and number is not None and 1 <= number <= len(numbered):
                item = numbered[number - 1]
            if item is None and new:
                item = GuideItem(target.id, wanted[:500], len(numbered) + 1)
                guide[norm(wanted)] = item
                numbered.append(item)
                plan.guide.append(item)
            if item is None:
                plan.problems.append(Message("line {line}: '{wanted}' is not in the guide of "
                                             "'{title}'", line=line, wanted=wanted,
                                             title=target.title))
            else:
                guide_id = item.id
        themes = tuple(t.strip().lstrip("#") for t in cell(cells, "theme").split(";")
                       if t.strip(" #"))
        if kind is not None and text and len(text) <= MAX_NOTE:
            plan.notes.append((Note(target.id, text, kind, participant_id, guide_id), themes))
    if not table.rows:
        plan.problems.append(Message("the file has no notes"))
    return plan


def apply_notes_plan(ws: Workspace, plan: NotesPlan) -> str:
    if plan.problems:
        raise InvalidInput(plan.problem_message())
    ws.backup_before("before-import")
    with repository.atomic(ws):
        repository.save_all(ws, [*([plan.session] if plan.new_session else []), *plan.guide,
                                 *plan.participants])
        bulk.add_notes(ws, plan.notes)
        people = sorted({n.participant_id for n, _ in plan.notes if n.participant_id})
        if people:
            queries.add_session_participants(ws, plan.session.id, people)
    return plan.summary()
