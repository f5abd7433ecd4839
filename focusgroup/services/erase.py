"""Erase a person from a workspace (the right to be forgotten)."""

from __future__ import annotations

from focusgroup.domain.model import Participant
from focusgroup.messages import Message
from focusgroup.services.codes import find_by_code
from focusgroup.services.errors import InvalidInput
from focusgroup.storage.erase import Erasure, erase_participant
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


def erase(ws: Workspace, code: str, *, keep_notes: bool = False) -> Erasure:
    """Remove the person's rankings, name and code (and their notes unless ``keep_notes``, which
    keeps them unattributed); redact their name and code wherever else they appear (other
    notes, sessions, guide items, actions, initiatives); purge the search
    index, the write-ahead log, freed pages and older backups."""
    if ws.read_only:
        raise InvalidInput(Message("The workspace is open read-only; close it elsewhere first."))
    return erase_participant(ws, find_participant(ws, code).id, keep_notes=keep_notes)


def describe(erasure: Erasure) -> Message:
    notes = (Message("{count} notes kept without a name", count=erasure.notes_unattributed)
             if erasure.notes_unattributed
             else Message("{count} notes deleted", count=erasure.notes_deleted))
    return Message("{code} was erased: {notes}, {rankings} rankings deleted, "
                   "{mentions} mentions redacted elsewhere (notes, sessions, actions), "
                   "{backups} older backups replaced by a fresh one.",
                   code=erasure.code, notes=notes, rankings=erasure.rankings_deleted,
                   mentions=erasure.mentions_redacted, backups=erasure.backups_purged)
