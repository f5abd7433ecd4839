"""Editing a note in place, saved while typing (every 500 ms) like the capture line."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.ui import labels
from focusgroup.ui.models.notes_model import NOTE_ROLE

AUTOSAVE_MS = 500


class NoteEditDelegate(QStyledItemDelegate):
    """The view passed in provides ``capture``, ``model`` and ``finish_edit(before, text)``."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.original = None
        self.editor: QLineEdit | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)

    def createEditor(self, parent, option, index):  # noqa: N802
        self.original = index.data(NOTE_ROLE)
        editor = QLineEdit(parent)
        editor.textEdited.connect(self._edited)
        self.editor = editor
        return editor

    def _edited(self) -> None:
        self.timer.start()

    def autosave(self) -> None:
        """Store the half-edited text so a crash mid-edit loses nothing."""
        if self.editor is None or self.original is None or not self.editor.text().strip():
            return
        try:
            self.view.capture.edit_text(self.original, self.editor.text())
        except (InvalidInput, WorkspaceError) as error:
            self.view.show_error(labels.message(error))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        self.timer.stop()
        before, self.original, self.editor = self.original, None, None
        if before is not None:
            self.view.finish_edit(before, editor.text())

    def destroyEditor(self, editor, index) -> None:  # noqa: N802
        self.timer.stop()
        if self.original is not None:  # editing cancelled (Esc): put the text back
            try:
                self.view.capture.put(self.original)
            except WorkspaceError as error:
                self.view.show_error(labels.message(error))
            self.original, self.editor = None, None
        super().destroyEditor(editor, index)
