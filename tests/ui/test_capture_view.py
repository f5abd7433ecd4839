"""Running a session from the keyboard: type, press Enter, read the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QInputDialog

from focusgroup.domain.model import (
    Note,
    NoteKind,
    Participant,
    Role,
    Session,
    SessionStatus,
)
from focusgroup.storage import repository


@pytest.fixture
def running(main_window, clock):
    """The session open in the real main window (menus and shortcuts included)."""
    main_window.open_session(main_window.session_id)
    view = main_window.capture_view
    assert main_window.stack.currentWidget() is view and view.line.hasFocus()
    return view, clock, repository.get(main_window.ws, Session, main_window.session_id)


def type_note(qtbot, view, text):
    qtbot.keyClicks(view.line, text)
    qtbot.keyClick(view.line, Qt.Key.Key_Return)


def select_row(view, row):
    # selectRow() reads the keyboard modifiers, which QTest may leave "held" after Ctrl+Z
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect \
        | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectionModel().select(view.proxy.index(row, 0), flags)


def stored(view):
    return sorted(repository.find(view.capture.ws, Note), key=lambda n: n.created_at)


def test_every_prefix_mention_and_tag_by_keyboard(qtbot, running):
    view, clock, session = running
    lines = ['+ the new gloves are great', '- @P-003 rota comes too late #shift-planning',
             '! a thank-you board #recognition', '? who decides the overtime',
             '"We only hear about it afterwards"', 'n: warm food on late shifts',
             'people nod when pay comes up']
    for minute, line in enumerate(lines):
        clock.now += timedelta(minutes=1)
        if minute == 4:
            qtbot.keyClick(view.line, Qt.Key.Key_PageDown)  # next guide question
        type_note(qtbot, view, line)
        assert view.line.text() == ""
    notes = stored(view)
    assert [n.kind for n in notes] == [NoteKind.LIKE, NoteKind.DISLIKE, NoteKind.IDEA,
                                       NoteKind.QUESTION, NoteKind.QUOTE, NoteKind.NEED,
                                       NoteKind.OBSERVATION]
    assert notes[1].text == "rota comes too late"
    code = repository.get(view.capture.ws, Participant, notes[1].participant_id).code
    assert code == "P-003"
    guide = view.capture.guide
    assert [n.guide_item_id for n in notes] == [guide[0].id] * 4 + [guide[1].id] * 3
    assert [n.offset_seconds for n in notes] == [60 * m for m in range(7)]  # clock starts
    assert repository.get(view.capture.ws, Session, session.id).status is SessionStatus.RUNNING
    assert view.model.rowCount() == 7 and view.shown_notes()[2] == "a thank-you board"
    assert view.counts.text() == ("7 notes:  1 like · 1 dislike · 1 idea · 1 need · 1 quote · "
                                  "1 question · 1 observation")
    view.filters.theme.setCurrentIndex(view.filters.theme.findData("recognition"))
    assert view.shown_notes() == ["a thank-you board"]


def test_ctrl_number_changes_the_kind_being_typed(qtbot, running):
    view, _, _ = running
    qtbot.keyClicks(view.line, "the canteen closes early")
    qtbot.keyClick(view.line, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.kind_label.text() == "Dislike"
    qtbot.keyClick(view.line, Qt.Key.Key_Return)
    assert stored(view)[0].kind is NoteKind.DISLIKE


def test_unknown_participant_is_offered_and_created(qtbot, running, monkeypatch):
    view, _, _ = running
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Supervisor", True))
    type_note(qtbot, view, "@P-077 wants earlier rotas")
    person = repository.find_by(view.capture.ws, Participant, code="P-077")[0]
    assert person.role is Role.SUPERVISOR and stored(view)[0].participant_id == person.id


def test_undo_and_redo_add_edit_and_delete(qtbot, running):
    view, _, _ = running
    type_note(qtbot, view, "+ first")
    type_note(qtbot, view, "- second")
    qtbot.keyClick(view.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in stored(view)] == ["first"] and view.model.rowCount() == 1
    qtbot.keyClick(view.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [n.text for n in stored(view)] == ["first", "second"]

    view.edit_note(stored(view)[0], "first, edited")
    select_row(view, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [n.text for n in stored(view)] == ["first, edited"]
    view.undo_stack.undo()  # the delete
    view.undo_stack.undo()  # the edit
    assert [n.text for n in stored(view)] == ["first", "second"]
    assert view.shown_notes() == ["first", "second"]
    view.undo_stack.redo()
    assert stored(view)[0].text == "first, edited"


def test_text_typed_with_ctrl_z_still_undoes_typing_not_notes(qtbot, running):
    view, _, _ = running
    type_note(qtbot, view, "+ keep me")
    qtbot.keyClicks(view.line, "abc")
    qtbot.keyClick(view.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in stored(view)] == ["keep me"]


def test_a_closed_session_shows_how_long_it_ran_not_a_running_clock(qtbot, running):
    view, clock, _ = running
    view.capture.start()
    clock.now += timedelta(minutes=42)
    view.capture.close()
    clock.now += timedelta(days=200)  # opened again months later
    view.tick()
    assert view.guide.session_clock.text() == "42:00"
    assert view.guide.session_hint.text() == "The session is closed."
    assert view.guide.item_clock.text() == "" and view.guide.signal_text == ""


def test_guide_clock_turns_amber_then_red(qtbot, running):
    view, clock, _ = running
    view.capture.start()
    clock.now += timedelta(minutes=5)
    view.tick()
    assert view.guide.state == "ok" and "05:00 of 10 min" in view.guide.item_clock.text()
    clock.now += timedelta(minutes=4)
    view.tick()
    assert view.guide.state == "amber"
    clock.now += timedelta(minutes=2)
    view.tick()
    assert view.guide.state == "red"
    clock.now += timedelta(minutes=3)  # 14 of 30 planned minutes: no signal yet
    view.tick()
    assert view.guide.signal_text == ""
    clock.now += timedelta(minutes=2)  # 16 minutes: 14 left
    view.tick()
    assert "15 minutes left" in view.guide.signal_text
    clock.now += timedelta(minutes=10)  # 4 left
    view.tick()
    assert "5 minutes left" in view.guide.signal_text


def _open_from_the_sessions_page(qtbot, window):
    """Alt+2, the first session in the list, Enter: as a person opens a session."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2,
                   Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.sessions
    window.sessions.table.setFocus()
    qtbot.keyClick(window.sessions.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.sessions.table, Qt.Key.Key_Return)
    view = window.capture_view
    assert window.stack.currentWidget() is view and view.line.hasFocus()
    return view


def _drafts(path) -> list[tuple[str]]:
    """The drafts as another program reading the file sees them (what survives a kill)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT text FROM drafts").fetchall()
    finally:
        conn.close()


def test_draft_is_saved_while_typing_and_restored(qtbot, main_window, settings):
    from PySide6.QtWidgets import QApplication

    from focusgroup.app import build_main_window

    path = main_window.ws.path
    view = _open_from_the_sessions_page(qtbot, main_window)
    typed = ""
    for char in "+ half a thou":
        qtbot.keyClick(QApplication.focusWidget(), char)
        typed += char
        assert _drafts(path) == [(typed,)]  # at once: a kill now loses nothing
    assert view.line.text() == "+ half a thou"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main_window.isVisible() and main_window.ws is None)
    assert _drafts(path) == [("+ half a thou",)]

    again = build_main_window(path, settings)  # the next start
    qtbot.addWidget(again)
    again.show()
    try:
        view = _open_from_the_sessions_page(qtbot, again)
        assert view.line.text() == "+ half a thou"
        assert view.notice.isVisible() and "restored" in view.notice.text()
        qtbot.keyClick(view.line, Qt.Key.Key_Return)  # saving it as a note ends the draft
        assert [(n.kind, n.text) for n in repository.find(again.ws, Note)] == [
            (NoteKind.LIKE, "half a thou")]
        assert _drafts(path) == []
    finally:
        again.close_workspace()


def test_a_failed_write_keeps_the_text_and_says_why(qtbot, running, monkeypatch):
    from focusgroup.storage import capture as store
    from focusgroup.storage.errors import StorageWriteError

    view, _, _ = running

    def full(*_a, **_k):
        raise StorageWriteError("Could not save: the disk is full.")

    monkeypatch.setattr(store, "add_note", full)
    type_note(qtbot, view, "+ precious words")
    assert view.line.text() == "+ precious words"
    assert "disk is full" in view.notice.text() and stored(view) == []


def test_over_long_and_empty_notes(qtbot, running):
    view, _, _ = running
    view.line.setText("x" * 20_001)
    qtbot.keyClick(view.line, Qt.Key.Key_Return)
    assert "20,000" in view.notice.text() and len(view.line.text()) == 20_001
    view.line.setText("   ")
    qtbot.keyClick(view.line, Qt.Key.Key_Return)
    assert stored(view) == []


def test_editing_in_place_is_saved_while_typing_and_undoable(qtbot, running):
    view, _, _ = running
    type_note(qtbot, view, "+ the canteen")
    index = view.proxy.index(0, 3)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.itemDelegateForColumn(3).editor
    editor.selectAll()
    qtbot.keyClicks(editor, "the canteen at night")
    qtbot.waitUntil(lambda: stored(view)[0].text == "the canteen at night", timeout=3000)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits through a queued call
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.NoState)
    assert stored(view)[0].text == "the canteen at night"
    assert view.shown_notes() == ["the canteen at night"]
    view.undo_stack.undo()
    assert stored(view)[0].text == "the canteen"


def test_an_action_created_from_a_note_links_back_to_it(qtbot, running):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from focusgroup.domain.model import Action
    from focusgroup.ui.dialogs.action_dialog import ActionDialog

    view, _, session = running
    type_note(qtbot, view, "- the rota comes too late")
    select_row(view, 0)

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ActionDialog) and "the rota comes too late" in (
            dialog.title.text())
        dialog.title.setText("Publish the rota two weeks ahead")
        qtbot.keyClicks(dialog.owner, "Shift lead")
        dialog.accept()

    QTimer.singleShot(0, fill)
    view.action_from_note()
    (action,) = repository.find(view.capture.ws, Action)
    note = stored(view)[0]
    assert (action.note_id, action.session_id, action.owner) == (note.id, session.id,
                                                                 "Shift lead")
