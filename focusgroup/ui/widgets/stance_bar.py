"""The stance bar of the capture screen: mark notes for, against or neutral on the initiatives put
to the session, and record a quick count of hands — without leaving the keyboard.

Keys (active while the bar is visible in the window): Alt+Shift+F for, Alt+Shift+A against,
Alt+Shift+N neutral, Alt+Shift+H count of hands. Alt+F and Alt+N are taken by the File and
Needs menus. Pressing the stance a note already has removes it again.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import Initiative, Note
from focusgroup.services import initiatives as svc
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.initiatives import Stance, Tally
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label

KEYS = {Stance.FOR: "Alt+Shift+F", Stance.AGAINST: "Alt+Shift+A", Stance.NEUTRAL: "Alt+Shift+N"}
HANDS_KEY = "Alt+Shift+H"
NOT_COUNTED = -1


class HandsDialog(QDialog):
    """Enter a count of hands for one initiative in one of the sessions it was put to.

    ``sessions`` are ``(session_id, caption, current count or None)``.
    """

    def __init__(self, ws: Workspace, initiative: Initiative,
                 sessions: list[tuple[str, str, Tally | None]], parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.initiative, self.sessions = ws, initiative, sessions
        self.setWindowTitle(self.tr("Count of hands"))
        self.setMinimumWidth(440)
        self.session = QComboBox()
        for session_id, caption, _hands in sessions:
            self.session.addItem(caption, session_id)
        self.session.setEnabled(len(sessions) > 1)
        self.for_count, self.against_count, self.neutral_count = (QSpinBox() for _ in range(3))
        for spin in (self.for_count, self.against_count, self.neutral_count):
            spin.setRange(0, svc.MAX_HANDS)
        self.neutral_count.setMinimum(NOT_COUNTED)
        self.neutral_count.setSpecialValueText(self.tr("not counted"))
        form = QFormLayout()
        form.addRow(self.tr("&Session:"), self.session)
        form.addRow(self.tr("Hands &for:"), self.for_count)
        form.addRow(self.tr("Hands &against:"), self.against_count)
        form.addRow(self.tr("&Neutral / abstaining:"), self.neutral_count)
        self.error = label("", "warning", wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = buttons.addButton(self.tr("&Clear the count"),
                                              QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self.clear)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("How many hands went up for and against “%1”?").replace(
            "%1", initiative.title), wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.session.currentIndexChanged.connect(self._fill)
        self._fill()
        self.for_count.setFocus()
        self.for_count.selectAll()

    def _fill(self) -> None:
        hands = self.sessions[self.session.currentIndex()][2] if self.sessions else None
        self.for_count.setValue(hands.in_favour if hands else 0)
        self.against_count.setValue(hands.against if hands else 0)
        self.neutral_count.setValue(hands.neutral if hands and hands.neutral else NOT_COUNTED)
        self.clear_button.setEnabled(hands is not None)

    def _save(self, counts: tuple[int | None, int | None, int | None]) -> bool:
        try:
            svc.record_hands(self.ws, self.initiative.id, self.session.currentData(), *counts)
        except (InvalidInput, WorkspaceError) as error:
            self.error.setText(labels.message(error))
            return False
        return True

    def accept(self) -> None:
        neutral = self.neutral_count.value()
        if self._save((self.for_count.value(), self.against_count.value(),
                       None if neutral == NOT_COUNTED else neutral)):
            super().accept()

    def clear(self) -> None:
        if self._save((None, None, None)):
            super().accept()


class StanceBar(QFrame):
    """Shows the initiatives put to the current session; hidden when there are none.

    ``set_note_source(selected, table)``: ``selected()`` gives the notes to mark while
    ``table`` has the keyboard focus; otherwise (typing in the capture line) the session's
    latest note is marked.
    """

    changed = Signal()  # any stance or count of hands changed
    stance_changed = Signal(str, str, str)  # note id, initiative id, stance ("" = removed)
    hands_recorded = Signal(str, str)  # initiative id, session id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.ws: Workspace | None = None
        self.session_id: str | None = None
        self.items: list[svc.SessionInitiative] = []
        self._selected: Callable[[], list[Note]] | None = None
        self._table: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Initiative:"), "muted"))
        self.initiative = QComboBox()
        self.initiative.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.initiative.setMinimumContentsLength(12)
        self.initiative.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.initiative.currentIndexChanged.connect(self._show_status)
        self.only = label("", "heading")
        self.only.setMinimumWidth(80)
        row.addWidget(self.initiative, 1)
        row.addWidget(self.only, 1)
        self.buttons: dict[Stance, QPushButton] = {}
        captions = {Stance.FOR: self.tr("For"), Stance.AGAINST: self.tr("Against"),
                    Stance.NEUTRAL: self.tr("Neutral")}
        for stance, caption in captions.items():
            button = QPushButton(caption)
            button.setToolTip(KEYS[stance])
            button.setProperty("stance", stance.value)
            button.clicked.connect(self._stance_clicked)
            self.buttons[stance] = button
            self._shortcut(KEYS[stance], stance)
        self.hands_button = QPushButton(self.tr("Hands…"))
        self.hands_button.setToolTip(self.tr("Record a count of hands (%1)").replace(
            "%1", HANDS_KEY))
        self.hands_button.clicked.connect(self.record_hands)
        hands_key = QShortcut(QKeySequence(HANDS_KEY), self)
        hands_key.setContext(Qt.ShortcutContext.WindowShortcut)
        hands_key.activated.connect(self.record_hands)
        for button in (*self.buttons.values(), self.hands_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the capture line keeps the focus
            row.addWidget(button)
        layout.addLayout(row)
        below = QHBoxLayout()
        self.status = label("", "muted", wrap=True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        below.addWidget(self.status, 1)
        self.keys = label(self.tr("Alt+Shift+F / A / N  ·  Alt+Shift+H hands"), "muted")
        below.addWidget(self.keys, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(below)
        self.hide()

    def _shortcut(self, keys: str, stance: Stance) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while typing in the line too
        shortcut.setProperty("stance", stance.value)
        shortcut.activated.connect(self._stance_key)

    # -- set up ------------------------------------------------------------------------------
    def set_note_source(self, selected: Callable[[], list[Note]],
                        table: QWidget | None = None) -> None:
        self._selected, self._table = selected, table

    def set_session(self, ws: Workspace | None, session_id: str | None) -> None:
        self.ws, self.session_id = ws, session_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the initiatives of the session (keeps the chosen one)."""
        current = self.current()
        self.items = (svc.session_initiatives(self.ws, self.session_id)
                      if self.ws is not None and self.session_id else [])
        self.initiative.blockSignals(True)
        self.initiative.clear()
        for item in self.items:
            self.initiative.addItem(item.initiative.title, item.initiative.id)
        if current is not None and self.initiative.findData(current.id) >= 0:
            self.initiative.setCurrentIndex(self.initiative.findData(current.id))
        self.initiative.blockSignals(False)
        many = len(self.items) > 1
        self.initiative.setVisible(many)
        self.only.setVisible(not many)
        self.only.setText(self.items[0].initiative.title if self.items else "")
        writable = self.ws is not None and not self.ws.read_only
        for button in (*self.buttons.values(), self.hands_button):
            button.setEnabled(writable)
        self.setVisible(bool(self.items))
        self._show_status()

    def current(self) -> Initiative | None:
        index = self.initiative.currentIndex()
        return self.items[index].initiative if 0 <= index < len(self.items) else None

    def _current_item(self) -> svc.SessionInitiative | None:
        index = self.initiative.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    # -- marking -----------------------------------------------------------------------------
    def targets(self) -> list[Note]:
        """The selected notes while the notes table has the focus, else the latest note."""
        table_focus = self._table is None or self._table.hasFocus()
        if self._selected is not None and table_focus:
            chosen = [n for n in self._selected() if n is not None]
            if chosen:
                return chosen
        latest = svc.latest_note(self.ws, self.session_id) if self.ws and self.session_id \
            else None
        return [latest] if latest else []

    def _stance_key(self) -> None:
        self.toggle(Stance(self.sender().property("stance")))

    def _stance_clicked(self) -> None:
        self.toggle(Stance(self.sender().property("stance")))

    def toggle(self, stance: Stance) -> None:
        """Mark the target notes with ``stance``; if they all have it already, remove it."""
        initiative, notes = self.current(), self.targets()
        if initiative is None or self.ws is None:
            return
        if not notes:
            self._say(self.tr("No note to mark yet: type what was said first."), warning=True)
            return
        have = {svc.stance_of(self.ws, note, initiative) for note in notes}
        self.mark_all(notes, None if have == {stance} else stance)

    def mark(self, note: Note, stance: Stance | str | None) -> bool:
        """Mark one note on the current initiative (``None`` removes the mark)."""
        return self.mark_all([note], stance)

    def mark_all(self, notes: list[Note], stance: Stance | str | None) -> bool:
        initiative = self.current()
        if initiative is None or self.ws is None:
            return False
        try:
            for note in notes:
                stored = svc.set_stance(self.ws, note, initiative, stance)
                self.stance_changed.emit(note.id, initiative.id, stored.value if stored else "")
        except (InvalidInput, WorkspaceError) as error:
            self._say(self.tr("Not saved: %1").replace("%1", labels.message(error)), warning=True)
            return False
        self.refresh()
        what = (f"“{escape(_short(notes[0].text))}”" if len(notes) == 1
                else self.tr("%1 notes").replace("%1", str(len(notes))))
        done = {Stance.FOR: self.tr("%1 marked for."),
                Stance.AGAINST: self.tr("%1 marked against."),
                Stance.NEUTRAL: self.tr("%1 marked neutral."),
                None: self.tr("%1: mark removed.")}[Stance(stance) if stance else None]
        self._show_status(done.replace("%1", what))
        self.changed.emit()
        return True

    # -- hands -------------------------------------------------------------------------------
    def record_hands(self) -> None:
        item = self._current_item()
        if item is None or self.ws is None or self.ws.read_only:
            return
        dialog = HandsDialog(self.ws, item.initiative,
                             [(self.session_id, labels.term("This session"), item.hands)], self)
        if dialog.exec():
            self.refresh()
            self.hands_recorded.emit(item.initiative.id, self.session_id)
            self.changed.emit()

    # -- what it says ----------------------------------------------------------------------
    def summary_text(self) -> str:
        item = self._current_item()
        if item is None:
            return ""
        n = item.notes
        text = self.tr("This session: %1 for · %2 against · %3 neutral notes").replace(
            "%1", str(n.in_favour)).replace("%2", str(n.against)).replace("%3", str(n.neutral))
        if item.hands is None:
            return text + self.tr(" · no count of hands yet")
        hands = self.tr(" · hands %1 for / %2 against").replace(
            "%1", str(item.hands.in_favour)).replace("%2", str(item.hands.against))
        if item.hands.neutral:
            hands += self.tr(" / %1 neutral").replace("%1", str(item.hands.neutral))
        return text + hands

    def _show_status(self, news: str = "") -> None:
        self.status.setProperty("role", "muted")
        self._repolish()
        summary = escape(self.summary_text())
        self.status.setText(f"<b>{news}</b>  {summary}" if news else summary)

    def _say(self, text: str, *, warning: bool = False) -> None:
        self.status.setProperty("role", "warning" if warning else "muted")
        self._repolish()
        self.status.setText(escape(text))

    def _repolish(self) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def status_text(self) -> str:
        """The status line as plain text (what the facilitator reads)."""
        return QTextDocumentFragment.fromHtml(self.status.text()).toPlainText()


def _short(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1] + "…"
