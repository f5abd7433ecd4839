"""Erase a person from a workspace (the right to be forgotten)."""

from __future__ import annotations

from focusgroup.domain.model import Participant
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import repository
from focusgroup.storage.erase import Erasure, erase_participant
from focusgroup.storage.workspace import Workspace


def find_participant(ws: Workspace, code: str) -> Participant:
    code = (code or "").strip()
    found = [p for p in repository.find(ws, Participant) if p.code.casefold() == code.casefold()]
    if not found:
        raise InvalidInput(f'There is no participant with the code "{code}".')
    return found[0]


def erase(ws: Workspace, code: str, *, keep_notes: bool = False) -> Erasure:
    """Remove the person's rankings, name and code (and their notes unless ``keep_notes``, which
    keeps them unattributed); redact their name and code in other notes; purge the search
    index, the write-ahead log, freed pages and older backups."""
    if ws.read_only:
        raise InvalidInput("The workspace is open read-only; close it elsewhere first.")
    return erase_participant(ws, find_participant(ws, code).id, keep_notes=keep_notes)


def describe(erasure: Erasure) -> str:
    notes = (f"{erasure.notes_unattributed} notes kept without a name" if
             erasure.notes_unattributed else f"{erasure.notes_deleted} notes deleted")
    return (f"{erasure.code} was erased: {notes}, {erasure.rankings_deleted} rankings deleted, "
            f"{erasure.mentions_redacted} mentions redacted in other notes, "
            f"{erasure.backups_purged} older backups replaced by a fresh one.")
