"""Erase a person from a workspace (the right to be forgotten)."""

from __future__ import annotations

from pathlib import Path

from focusgroup import paths
from focusgroup.domain.model import Participant, Role
from focusgroup.domain.words import role_word
from focusgroup.messages import Message
from focusgroup.services.codes import find_by_code
from focusgroup.services.errors import InvalidInput
from focusgroup.storage.erase import (
    Erasure,
    PendingErasure,
    Person,
    Purge,
    erase_participant,
    erasure_of_code,
    finish,
    finish_pending,
    pending_erasures,
    person_summary,
)
from focusgroup.storage.workspace import Workspace


def find_participant(ws: Workspace, code: str) -> Participant:
    """The one person ``code`` names, in any case or spacing. Where an older workspace holds
    two codes that differ only in case (two people), only the code typed exactly as written
    is accepted: erasing the wrong person cannot be undone."""
    found = find_by_code(ws, code)
    if found is None:
        raise InvalidInput(Message('There is no participant with the code "{code}".',
                                   code=(code or "").strip()))
    return found


def other_backup_folders() -> list[Path]:
    """Every workspace's backup folder: a backup of this workspace from before a rename, or
    made by an older focusgroup through another path to it, lives in another one."""
    root = paths.backups_root()
    if not root.is_dir() or root.is_symlink():
        return []
    return [p for p in root.iterdir() if p.is_dir() and not p.is_symlink()]


def who(person: Person, *, erased: bool) -> Message:
    """"P-014 (employee, Warehouse, a name is stored)": exactly whom an erasure is about."""
    try:
        role = role_word(Role(person.role))
    except ValueError:
        role = person.role
    department = person.department or Message("no department")
    if erased:
        name = Message("a name was stored") if person.has_name else Message("no name was stored")
    else:
        name = Message("a name is stored") if person.has_name else Message("no name is stored")
    return Message("{code} ({role}, {department}, {name})", code=person.code, role=role,
                   department=department, name=name)


def preview(ws: Workspace, code: str) -> Message:
    """Whom erasing ``code`` would erase, and how much of what they said."""
    try:
        person = person_summary(ws, find_participant(ws, code).id)
    except InvalidInput:
        if erasure_of_code(ws, code) is None:
            raise
        return Message("{code} was already erased; erasing it again only finishes what may "
                       "be left to purge.", code=(code or "").strip())
    notes = (Message("1 note") if person.notes == 1
             else Message("{count} notes", count=person.notes))
    rankings = (Message("1 ranking") if person.rankings == 1
                else Message("{count} rankings", count=person.rankings))
    return Message("Erasing removes {who}: {notes} and {rankings}.",
                   who=who(person, erased=False), notes=notes, rankings=rankings)


def erase(ws: Workspace, code: str, *, keep_notes: bool = False) -> Erasure:
    """Remove the person's rankings, name and code (and their notes unless ``keep_notes``, which
    keeps them unattributed); redact their name and code wherever else they appear (other
    notes, sessions, guide items, actions, initiatives, themes); purge the search index, the
    write-ahead log, freed pages, every older backup and damaged copy of the workspace.

    A code erased before, whose purges did not all finish, has them finished now."""
    if ws.read_only:
        raise InvalidInput(Message("The workspace is open read-only; close it elsewhere first."))
    try:
        person = find_participant(ws, code)
    except InvalidInput:
        erasure_id = erasure_of_code(ws, code)
        if erasure_id is None:
            raise
        purge = finish(ws, erasure_id, other_backup_folders())
        return Erasure((code or "").strip(), None, 0, 0, 0, 0, purge)
    return erase_participant(ws, person.id, keep_notes=keep_notes,
                             other_backup_folders=other_backup_folders())


def finish_on_open(ws: Workspace) -> list[Purge]:
    """Run the purges of erasures that did not finish (a failed backup, a crash); what still
    cannot finish is left in ``ws.erasure_warning``."""
    if ws.read_only:
        return []
    purges = finish_pending(ws, other_backup_folders())
    if any(not purge.finished for purge in purges):
        ws.erasure_warning = describe_pending(pending(ws))
    return purges


STEP_WORDS = {
    "traces": Message("clearing freed pages and the write-ahead log"),
    "fresh": Message("making a fresh backup"),
    "backups": Message("deleting older backups"),
    "copies": Message("deleting damaged copies kept by a restore"),
}


def _steps(steps) -> str:
    return ", ".join(STEP_WORDS[s] for s in steps)


def unfinished(purge: Purge) -> Message:
    reason = purge.problem or Message("unknown")
    return Message("The erasure is not finished: still to do: {steps} ({reason}). Run the same "
                   "erase again, or open the workspace, to finish it.",
                   steps=_steps(purge.remaining), reason=reason)


def describe_pending(pending: list[PendingErasure]) -> Message:
    steps = [s for s in STEP_WORDS if any(s in p.remaining for p in pending)]
    if len(pending) == 1:
        return Message("1 erasure not finished: {steps}. Open the workspace, or run the same "
                       "erase again, to finish it.", steps=_steps(steps))
    return Message("{count} erasures not finished: {steps}. Open the workspace, or run the "
                   "same erases again, to finish them.", count=len(pending), steps=_steps(steps))


def pending(ws: Workspace) -> list[PendingErasure]:
    return pending_erasures(ws)


def describe(erasure: Erasure) -> Message:
    purge = erasure.purge
    if erasure.person is None:
        if not purge.finished:
            return Message("{code} was already erased. {unfinished}", code=erasure.code,
                           unfinished=unfinished(purge))
        return Message("{code} was already erased; every purge is finished ({files} older "
                       "copies deleted now).", code=erasure.code, files=purge.files_deleted)
    notes = (Message("{count} notes kept without a name", count=erasure.notes_unattributed)
             if erasure.notes_unattributed
             else Message("{count} notes deleted", count=erasure.notes_deleted))
    done = Message("{who} was erased: {notes}, {rankings} rankings deleted, "
                   "{mentions} mentions redacted elsewhere (notes, sessions, actions, themes), "
                   "{backups} older backups and copies deleted.",
                   who=who(erasure.person, erased=True), notes=notes,
                   rankings=erasure.rankings_deleted, mentions=erasure.mentions_redacted,
                   backups=purge.files_deleted)
    if purge.finished:
        return Message("{done} A fresh backup was made.", done=done) if purge.fresh_backup else done
    return Message("{done} {unfinished}", done=done, unfinished=unfinished(purge))
