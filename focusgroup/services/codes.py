"""Participant codes: one spelling everywhere (``model.canonical_code``), one person per code.

Every place a code enters (typed in capture, a dialog, the lunch log, a ranking, an imported
file, a merged workspace, erase) looks people up here, so that ``p-001``, `` P-001`` and
``P-001`` are the same person everywhere. An older workspace may still hold two codes that
differ only in case (two people, kept apart by schema step 5): a code that could mean either is
refused with both named, unless it was typed exactly as one of them is written.
"""

from __future__ import annotations

from focusgroup.domain.model import Participant, canonical_code
from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import queries
from focusgroup.storage.workspace import Workspace


class AmbiguousCode(InvalidInput):
    """The code matches two or more people whose codes differ only in case."""


def find_by_code(ws: Workspace, code: str | None) -> Participant | None:
    """The participant with ``code`` in any case or spacing; ``None`` when there is none."""
    typed = " ".join((code or "").split())
    if not typed:
        return None
    found = queries.participants_with_code(ws, typed)
    if len(found) <= 1:
        return found[0] if found else None
    exact = [p for p in found if p.code == typed]
    if len(exact) == 1:
        return exact[0]
    raise AmbiguousCode(Message('"{code}" could be {codes} (different people); type the code '
                                "exactly as written.", code=typed,
                                codes=", ".join(p.code for p in found)))


def new_code(code: str) -> str:
    """The form a new participant's code is stored in."""
    return canonical_code(code)


class CodeBook:
    """Codes read from a file (one per line), matched with the workspace's people.

    ``key(code, line)`` gives the key a code is known by in :attr:`people`: its canonical form,
    or for the two people of an older workspace whose codes differ only in case, the code
    exactly as written. A file that writes one code in two cases (``P-001``, ``p-001``) may mean
    two people: that is a problem of the later line, as is a code that could mean either of
    two stored people.
    """

    def __init__(self, people: list[Participant]):
        by_key: dict[str, list[Participant]] = {}
        for person in people:
            by_key.setdefault(canonical_code(person.code), []).append(person)
        self.people: dict[str, Participant] = {}
        self.clashes: dict[str, list[str]] = {}  # canonical code -> the codes as written
        for key, group in by_key.items():
            if len(group) == 1:
                self.people[key] = group[0]
            else:
                self.clashes[key] = [p.code for p in group]
                self.people.update({p.code: p for p in group})
        self.spellings: dict[str, tuple[str, int]] = {}  # canonical -> first spelling, line

    def key(self, code: str, line: int) -> tuple[str, Message | None]:
        spelled = " ".join(code.split())
        key = canonical_code(spelled)
        if not key:
            return key, None
        first, first_line = self.spellings.setdefault(key, (spelled, line))
        if first != spelled:
            return key, Message("'{code}' differs only in case from '{first}' on line {line}; "
                                "write one person's code one way (two people need two codes)",
                                code=spelled, first=first, line=first_line)
        if key in self.clashes:
            if spelled in self.clashes[key]:
                return spelled, None
            return key, Message("'{code}' could be {codes} (different people); write the code "
                                "exactly as it is stored", code=spelled,
                                codes=", ".join(self.clashes[key]))
        return key, None
