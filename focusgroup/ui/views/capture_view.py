"""Running a session: the capture line always has focus, the guide and clocks beside it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.capture_line import SHORTCUT_KINDS, kind_from_prefix
from focusgroup.domain.model import NoteKind, Role, SessionStatus
from focusgroup.services.capture import Capture, UnknownParticipant
from focusgroup.services.departments import get_department
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.sessions import participant_codes
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.capture_commands import AddNote, ChangeNote, DeleteNote, Retag
from focusgroup.ui.capture_menu import show_note_menu
from focusgroup.ui.models.notes_model import NOTE_ROLE, NotesFilter, NotesModel
from focusgroup.ui.widgets.capture_line import CaptureLine
from focusgroup.ui.widgets.cards import label
from focusgroup.ui.widgets.guide_panel import GuidePanel
from focusgroup.ui.widgets.note_editor import NoteEditDelegate
from focusgroup.ui.widgets.note_filters import NoteFilters
from focusgroup.ui.widgets.stance_bar import StanceBar


class CaptureView(QWidget):
    closed = Signal()  # back to the sessions list
    session_closed = Signal(object)  # SessionSummary
    status_message = Signal(str)  # for the window's status bar
    notes_written = Signal()  # the notes shown may have changed: other pages show it too

    def __init__(self, parent: QWidget | None = None, clock=None):
        super().__init__(parent)
        self.capture: Capture | None = None
        self.clock = clock
        self.override: NoteKind | None = None
        self.undo_stack = QUndoStack(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        top = QHBoxLayout()
        self.title = label("", "title")
        top.addWidget(self.title, 1)
        self.start_button = QPushButton(self.tr("S&tart"))  # Alt+S opens the Sessions menu
        self.close_button = QPushButton(self.tr("&Close session…"))
        self.back_button = QPushButton(self.tr("&Back to sessions"))
        for button in (self.start_button, self.close_button, self.back_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.meta = label("", "muted", wrap=True)
        layout.addWidget(self.meta)
        self.notice = label("", "warning", wrap=True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.hide()
        layout.addWidget(self.notice)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filters = NoteFilters()
        self.filters.changed.connect(self._apply_filters)
        left_layout.addWidget(self.filters)
        self.counts = label("", "muted")
        left_layout.addWidget(self.counts)
        self.model = NotesModel(self)
        self.proxy = NotesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(3, NoteEditDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        # Long notes wrap onto more lines rather than being cut off at the column's end.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)  # the note gets room
        header.resizeSection(4, 130)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        left_layout.addWidget(self.table, 1)
        splitter.addWidget(left)
        self.guide = GuidePanel()
        splitter.addWidget(self.guide)
        splitter.setStretchFactor(0, 4)  # the notes get the width; drag the handle for more guide
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1000, 250])
        layout.addWidget(splitter, 1)
        self.stance_bar = StanceBar(self)
        self.stance_bar.set_note_source(self.selected_notes, self.table)
        layout.addWidget(self.stance_bar)

        self.kind_label = label("", "heading")
        self.line = CaptureLine()
        self.line.setPlaceholderText(self.tr(
            '+ like   - dislike   ! idea   ? question   " quote   n: need   '
            "@P-003 who   #theme   — Enter saves"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.kind_label)
        bottom.addWidget(self.line, 1)
        layout.addLayout(bottom)

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)

        self.line.committed.connect(self.commit_line)
        self.line.textEdited.connect(self._typed)
        self.line.textChanged.connect(self._show_kind)
        self.line.undo_requested.connect(self.undo_stack.undo)
        self.line.redo_requested.connect(self.undo_stack.redo)
        self.model.edit_requested.connect(self.edit_note)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close_session)
        self.back_button.clicked.connect(self.leave)
        self._shortcuts()

    # -- keyboard ------------------------------------------------------------------------
    def _shortcut(self, keys, slot) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _shortcuts(self) -> None:
        for number, kind in enumerate(SHORTCUT_KINDS, start=1):
            shortcut = self._shortcut(f"Ctrl+{number}", self._kind_shortcut)
            shortcut.setProperty("kind", kind.value)
        self._shortcut("PgDown", self.next_item)
        self._shortcut("PgUp", self.previous_item)
        self.table.installEventFilter(self)
        self._shortcut("Ctrl+T", self.retag_selected)
        self._shortcut("Ctrl+L", self.line.setFocus)
        self._shortcut("Ctrl+Shift+A", self.action_from_note)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.table.state() != QAbstractItemView.State.EditingState):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def _kind_shortcut(self) -> None:
        kind = NoteKind(self.sender().property("kind"))
        if self.line.hasFocus() or not self.table.hasFocus():
            self.override = kind
            self._show_kind()
            return
        for note in self.selected_notes():
            changed = self.capture.set_kind(note, kind)
            self.model.replace(changed)
            self.undo_stack.push(ChangeNote(self, note, changed, self.tr("change kind")))
        self.notes_changed()

    # -- session -------------------------------------------------------------------------
    def open_session(self, ws: Workspace, session_id: str) -> None:
        kwargs = {"clock": self.clock} if self.clock else {}
        self.capture = Capture(ws, session_id, **kwargs)
        session = self.capture.session
        self.undo_stack.clear()
        self.title.setText(session.title)
        self._show_meta()
        self.model.reset(self.capture.notes(), participant_codes(ws))
        self.guide.set_guide(self.capture.guide, self.capture.current)
        self.stance_bar.set_session(ws, session_id)
        self._fill_filters()
        self.line.set_choices(self.capture.participant_codes(), self.capture.theme_names())
        read_only = ws.read_only or session.status is SessionStatus.CLOSED
        self.line.setEnabled(not ws.read_only)
        self.start_button.setVisible(session.status is SessionStatus.PLANNED)
        self.close_button.setEnabled(not read_only)
        draft = self.capture.draft()
        self.notice.hide()
        self.line.clear()
        if draft:
            self.line.setText(draft)
            self._notice(self.tr("Your unsaved text from last time was restored in the capture "
                                 "line. Press Enter to save it."), warning=False)
        self.override = None
        self._show_kind()
        self.notes_changed()
        self.tick()
        self.ticker.start()
        self.line.setFocus()

    def _show_meta(self) -> None:
        session, ws = self.capture.session, self.capture.ws
        department = get_department(ws, session.department_id)
        parts = [labels.session_kind(session.kind), labels.session_status(session.status)]
        parts += [p for p in (department.name if department else "",
                              session.date.isoformat() if session.date else "",
                              session.facilitator, session.about) if p]
        self.meta.setText("  ·  ".join(parts))

    def start(self) -> None:
        if self.capture is None:
            return
        try:
            self.capture.start()
        except WorkspaceError as error:
            self.show_error(labels.message(error))
            return
        self.start_button.hide()
        self._show_meta()
        planned = self.capture.redated_from
        if planned is not None:
            self.status_message.emit(self.tr(
                "The session is dated today, %1, the day it is run (it was planned for %2).")
                .replace("%1", labels.day(self.capture.session.date))
                .replace("%2", labels.day(planned)))
        self.tick()
        self.line.setFocus()

    def leave(self) -> None:
        self.flush_draft()
        self.ticker.stop()
        self.closed.emit()

    def close_session(self) -> None:
        if self.capture is None:
            return
        self.flush_draft()
        if self.line.text().strip():
            self._notice(self.tr("Save or clear the text in the capture line first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Close the session"),
            self.tr("Close “%1”? Notes can no longer be added once it is closed.").replace(
                "%1", self.capture.session.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.line.setFocus()
            return
        try:
            summary = self.capture.close()
        except WorkspaceError as error:
            self.show_error(labels.message(error))
            return
        self.ticker.stop()
        self.session_closed.emit(summary)

    # -- guide ---------------------------------------------------------------------------
    def next_item(self) -> None:
        if self.capture:
            self.capture.next_item()
            self.guide.set_guide(self.capture.guide, self.capture.current)
            self.tick()

    def previous_item(self) -> None:
        if self.capture:
            self.capture.previous_item()
            self.guide.set_guide(self.capture.guide, self.capture.current)
            self.tick()

    def tick(self) -> None:
        if self.capture and self.capture.ws.is_open:
            cap = self.capture
            self.guide.tick(cap.current_item, cap.item_elapsed(), cap.session_elapsed(),
                            cap.planned, closed=cap.session.status is SessionStatus.CLOSED)

    # -- typing ----------------------------------------------------------------------------
    def _typed(self) -> None:
        """Every change of the line is saved at once (one small statement), so killing the
        app between two keystrokes loses nothing already typed."""
        self.save_draft()

    def _show_kind(self) -> None:
        kind = self.override or kind_from_prefix(self.line.text())[0]
        self.kind_label.setText(labels.note_kind(kind))

    def save_draft(self) -> None:
        ws = self.capture.ws if self.capture else None
        if ws is None or not ws.is_open or ws.read_only:
            return
        try:
            self.capture.save_draft(self.line.text())
        except WorkspaceError as error:
            self.show_error(labels.message(error))

    def flush_draft(self) -> None:
        """Save the line as it is now (it is already saved on every change)."""
        if self.capture is not None:
            self.save_draft()

    def commit_line(self) -> None:
        if self.capture is None:
            return
        text = self.line.text()
        if not text.strip():
            return
        try:
            if self.capture.session.status is SessionStatus.PLANNED:
                self.start()
            result = self.capture.add(text, self.override)
        except UnknownParticipant as unknown:
            if self._create_participant(unknown.code):
                self.commit_line()
            return
        except (InvalidInput, WorkspaceError) as error:
            self.show_error(labels.message(error))  # the text stays in the line
            return
        if result is None:
            self._notice(self.tr("Nothing to save yet: type what was said after the prefix."))
            return
        note, themes = result
        self.model.append(note, themes)
        self.undo_stack.push(AddNote(self, note, themes))
        self.line.clear()
        self.override = None
        self._show_kind()
        self.notice.hide()
        self.line.set_choices(self.capture.participant_codes(), self.capture.theme_names())
        self._fill_filters()
        self.notes_changed()
        self.table.scrollToBottom()

    def _create_participant(self, code: str) -> bool:
        roles = [labels.role(r) for r in Role]
        choice, ok = QInputDialog.getItem(
            self, self.tr("New participant"),
            self.tr("%1 is not a participant yet. Add them as:").replace("%1", code),
            roles, 0, False)
        if not ok:
            return False
        try:
            participant = self.capture.create_participant(code, list(Role)[roles.index(choice)])
        except (InvalidInput, WorkspaceError) as error:
            self.show_error(labels.message(error))
            return False
        self.model.codes[participant.id] = participant.code
        return True

    # -- the list ----------------------------------------------------------------------------
    def selected_notes(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.data(index, NOTE_ROLE) for index in rows]

    def select_note(self, note_id: str) -> bool:
        """Show and select a note (from search); filters are cleared so it is visible."""
        self.filters.clear()
        row = self.model.row_of(note_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 3))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _themes_of(self, note) -> list[str]:
        row = self.model.row_of(note.id)
        return list(self.model.rows[row][1]) if row >= 0 else []

    def finish_edit(self, before, text: str) -> None:
        """The in-place editor closed with ``text``; ``before`` is the note as it was."""
        if text == before.text:
            self.capture.put(before)  # undo any autosaved intermediate text
            return
        self.edit_note(before, text)

    def edit_note(self, note, text: str) -> None:
        try:
            changed = self.capture.edit_text(note, text)
        except (InvalidInput, WorkspaceError) as error:
            self.show_error(labels.message(error))
            return
        self.model.replace(changed)
        self.undo_stack.push(ChangeNote(self, note, changed, self.tr("edit note")))

    def delete_selected(self) -> None:
        for note in self.selected_notes():
            themes = self._themes_of(note)
            try:
                snapshot = self.capture.delete(note)
            except WorkspaceError as error:
                self.show_error(labels.message(error))
                return
            row = self.model.remove(note.id)
            self.undo_stack.push(DeleteNote(self, note, themes, snapshot, row))
        self.notes_changed()

    def retag_selected(self) -> None:
        notes = self.selected_notes()
        if not notes:
            return
        note = notes[0]
        before = self._themes_of(note)
        text, ok = QInputDialog.getText(
            self, self.tr("Themes"), self.tr("Themes, separated by commas:"),
            text=", ".join(before))
        if not ok:
            return
        after = sorted({t.strip().lstrip("#") for t in text.split(",") if t.strip(" #")},
                       key=str.casefold)
        try:
            self.capture.set_themes(note, after)
        except WorkspaceError as error:
            self.show_error(labels.message(error))
            return
        self.model.replace(note, after)
        self.undo_stack.push(Retag(self, note, before, after))
        self._fill_filters()

    def _context_menu(self, position) -> None:
        if self.selected_notes():
            show_note_menu(self, self.table.viewport().mapToGlobal(position))

    def action_from_note(self) -> None:
        """A follow-up in answer to the selected note (or the latest one), linked to it."""
        notes = self.selected_notes() or ([self.model.rows[-1][0]] if self.model.rows else [])
        if self.capture is None or not notes or self.capture.ws.read_only:
            return
        from focusgroup.ui.dialogs.action_dialog import ActionDialog

        if ActionDialog(self.capture.ws, None, self, note=notes[0]).exec():
            self.notice.hide()

    def _kind_from_menu(self) -> None:
        kind = NoteKind(self.sender().property("kind"))
        for note in self.selected_notes():
            changed = self.capture.set_kind(note, kind)
            self.model.replace(changed)
            self.undo_stack.push(ChangeNote(self, note, changed, self.tr("change kind")))
        self.notes_changed()

    def _delete_from_menu(self) -> None:
        self.delete_selected()

    # -- filters and counts ----------------------------------------------------------------
    def _fill_filters(self) -> None:
        if self.capture is not None:
            self.filters.fill(self.model, self.capture.guide)

    def _apply_filters(self) -> None:
        self.proxy.set_filter(**self.filters.values())
        self.notes_changed()

    def notes_changed(self) -> None:
        counts = self.model.counts()
        parts = [f"{counts[k]} " + (labels.note_kind(k).lower() if counts[k] == 1
                                    else labels.note_kind_plural(k))
                 for k in NoteKind if counts.get(k)]
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        prefix = (self.tr("%1 of %2 notes shown").replace("%2", str(total)) if shown != total
                  else labels.term("1 note") if total == 1 else self.tr("%1 notes"))
        prefix = prefix.replace("%1", str(shown))
        self.counts.setText(prefix + (":  " + " · ".join(parts) if parts else ""))
        self.stance_bar.refresh()
        self.notes_written.emit()

    # -- messages ----------------------------------------------------------------------------
    def _notice(self, text: str, *, warning: bool = True) -> None:
        self.notice.setProperty("role", "warning" if warning else "muted")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(escape(text))
        self.notice.show()

    def show_error(self, text: str) -> None:
        self._notice(self.tr("Not saved: %1 Your text is still in the capture line.").replace(
            "%1", text))

    def shown_notes(self) -> list[str]:
        return [self.proxy.index(r, 3).data() for r in range(self.proxy.rowCount())]


__all__ = ["CaptureView"]
