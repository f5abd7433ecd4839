"""Undo and redo on the Themes board: each change keeps how the notes and themes it touched
were before and after, and puts either back in one transaction (Ctrl+Z, Ctrl+Shift+Z)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from focusgroup.services import themes


class BoardChange(QUndoCommand):
    """One change of the board on the undo stack; pushed after it was made."""

    def __init__(self, view, change: themes.Change, text: str):
        super().__init__(text)
        self.view, self.change, self._made = view, change, True

    def redo(self) -> None:
        if self._made:  # push() calls redo(): the change is already in the workspace
            self._made = False
            return
        self.view.undo.replay(self.change.redo, self.text(), undo=False)

    def undo(self) -> None:
        self.view.undo.replay(self.change.undo, self.text(), undo=True)


class BoardUndo:
    """The board's undo stack with its Ctrl+Z / Ctrl+Shift+Z actions on ``view``, which
    provides ``ws``, ``_run(call, ...)`` and ``_done(text)``. The texts come translated."""

    def __init__(self, view: QWidget, undo_text: str, redo_text: str, undone: str,
                 done_again: str):
        self.view, self.undone, self.done_again = view, undone, done_again
        self.stack = QUndoStack(view)
        self.undo_action = self.stack.createUndoAction(view, undo_text)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.stack.createRedoAction(view, redo_text)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)

    def replay(self, call, text: str, undo: bool) -> None:
        """Undo or redo one change and say so."""
        if self.view.ws is None or self.view._run(call, self.view.ws) is None:
            return
        self.view._done((self.undone if undo else self.done_again).replace("%1", text))

    def before(self, note_ids=(), theme_ids=(), names=()):
        """How the notes and themes a change is about to touch are now."""
        return themes.before_change(self.view.ws, note_ids, theme_ids, names)

    def after(self, touched, text: str, new_theme_ids=()) -> None:
        """Keep a finished change on the stack."""
        if touched is not None and self.view.ws is not None:
            change = themes.after_change(self.view.ws, touched, new_theme_ids)
            self.stack.push(BoardChange(self.view, change, text))
