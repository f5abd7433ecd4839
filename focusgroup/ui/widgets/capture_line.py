"""The large capture line: completion for @participant and #theme, Enter to commit."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from focusgroup.domain.capture_line import theme_tag

_WORD = re.compile(r"[@#][\w.\-]*$")


class CaptureLine(QLineEdit):
    """Emits ``committed`` on Enter (unless the completion popup is choosing)."""

    committed = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 10) + 4)
        self.setFont(font)
        self.setMinimumHeight(46)
        self.setMaxLength(25_000)  # longer is refused with a message, not cut silently
        self.codes: list[str] = []
        self.themes: list[str] = []
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.activated.connect(self._insert_completion)
        self.textEdited.connect(self._maybe_complete)

    def set_choices(self, codes: list[str], themes: list[str]) -> None:
        self.codes, self.themes = list(codes), list(themes)

    def _current_word(self) -> str:
        match = _WORD.search(self.text()[: self.cursorPosition()])
        return match.group(0) if match else ""

    def _maybe_complete(self) -> None:
        word = self._current_word()
        if not word:
            self.completer_.popup().hide()
            return
        choices = self.codes if word[0] == "@" else self.themes
        # A theme is offered by any part of its name: "#Equip" finds "Tools & equipment".
        self.completer_.setFilterMode(Qt.MatchFlag.MatchStartsWith if word[0] == "@"
                                      else Qt.MatchFlag.MatchContains)
        self._model.setStringList(choices)
        self.completer_.setCompletionPrefix(word[1:])
        if self.completer_.completionCount() and word[1:] != self.completer_.currentCompletion():
            rect = self.cursorRect()
            rect.setWidth(260)
            self.completer_.complete(rect)
        else:
            self.completer_.popup().hide()

    def _insert_completion(self, choice: str) -> None:
        word = self._current_word()
        if not word:
            return
        position = self.cursorPosition()
        before = self.text()[: position - len(word)]
        after = self.text()[position:]
        tag = choice if word[0] == "@" else theme_tag(choice)  # a tag holds no spaces
        inserted = f"{word[0]}{tag} "
        self.setText(before + inserted + after.lstrip())
        self.setCursorPosition(len(before + inserted))
        self.textEdited.emit(self.text())

    def complete_word(self) -> bool:
        """Finish the ``@code`` or ``#theme`` being typed (Tab): with the row chosen in the
        popup, else with the first match the popup would offer (a theme by any part of its
        name, one that starts with the typed text first)."""
        word = self._current_word()
        if len(word) < 2:
            return False
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            match = popup.currentIndex().data()
        else:
            choices = self.codes if word[0] == "@" else self.themes
            typed = word[1:].casefold()
            starts = [c for c in choices if c.casefold().startswith(typed)]
            within = [] if word[0] == "@" else [c for c in choices if typed in c.casefold()]
            match = next(iter(starts + within), None)
        if match is None:
            return False
        popup.hide()
        self._insert_completion(match)
        return True

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab never leave the line: they finish a completion, or do nothing.

        A facilitator presses Tab to accept a completion, or out of habit; moving the focus
        would send the next words into the navigation and leave the half-typed note behind.
        """
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                      Qt.Key.Key_Backtab):
            self.complete_word()
            event.accept()
            if not self.window().isActiveWindow():  # the closed popup may have kept the focus
                self.window().activateWindow()
                self.setFocus()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        popup = self.completer_.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                 Qt.Key.Key_Tab, Qt.Key.Key_Escape):
            event.ignore()  # the completer's popup handles these
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return
        if not self.text():  # an empty line: Ctrl+Z / Ctrl+Shift+Z undo and redo notes
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_requested.emit()
                return
            if event.matches(QKeySequence.StandardKey.Redo) or (
                    event.key() == Qt.Key.Key_Z and event.modifiers() == (
                        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
                self.redo_requested.emit()
                return
        super().keyPressEvent(event)
