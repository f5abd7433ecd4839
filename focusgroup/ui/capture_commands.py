"""Undo/redo for capture: add, edit, delete, change kind and retag a note (QUndoStack).

Each action is performed (and stored) by the view before it is pushed, so a failed write never
enters the stack; the first ``redo`` the stack calls on push is therefore a no-op.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from focusgroup.domain.model import Note
from focusgroup.services.errors import WorkspaceError
from focusgroup.ui import labels

if TYPE_CHECKING:  # pragma: no cover
    from focusgroup.ui.views.capture_view import CaptureView


class _NoteCommand(QUndoCommand):
    def __init__(self, view: CaptureView, text: str):
        super().__init__(text)
        self.view = view
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._safely(self.apply)

    def undo(self) -> None:
        self._safely(self.revert)

    def _safely(self, step) -> None:
        try:
            step()
        except WorkspaceError as error:
            self.view.show_error(labels.message(error))
        self.view.notes_changed()

    def apply(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class AddNote(_NoteCommand):
    def __init__(self, view: CaptureView, note: Note, themes: list[str]):
        super().__init__(view, view.tr("add note"))
        self.note, self.themes, self.row = note, themes, -1
        self.snapshot = None

    def revert(self) -> None:
        self.snapshot = self.view.capture.delete(self.note)
        self.row = self.view.model.remove(self.note.id)

    def apply(self) -> None:
        self.view.capture.restore(self.snapshot)
        self.view.model.insert(self.row, self.note, self.themes)


class DeleteNote(AddNote):
    """Deleting is adding in reverse."""

    def __init__(self, view: CaptureView, note: Note, themes: list[str], snapshot, row: int):
        super().__init__(view, note, themes)
        self.setText(view.tr("delete note"))
        self.snapshot, self.row = snapshot, row

    def apply(self) -> None:
        AddNote.revert(self)

    def revert(self) -> None:
        AddNote.apply(self)


class ChangeNote(_NoteCommand):
    """Text or kind changed: both versions of the note are kept."""

    def __init__(self, view: CaptureView, before: Note, after: Note, text: str):
        super().__init__(view, text)
        self.before, self.after = before, after

    def _store(self, note: Note) -> None:
        self.view.capture.put(note)
        self.view.model.replace(note)

    def apply(self) -> None:
        self._store(self.after)

    def revert(self) -> None:
        self._store(self.before)


class Retag(_NoteCommand):
    def __init__(self, view: CaptureView, note: Note, before: list[str], after: list[str]):
        super().__init__(view, view.tr("change themes"))
        self.note, self.before, self.after = note, before, after

    def apply(self) -> None:
        self.view.capture.set_themes(self.note, self.after)
        self.view.model.replace(self.note, self.after)

    def revert(self) -> None:
        self.view.capture.set_themes(self.note, self.before)
        self.view.model.replace(self.note, self.before)
