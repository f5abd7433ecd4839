"""The capture line's promise, kept in the real main window: a whole session typed and reopened
from the keyboard, with the window's menus and shortcuts in the way, then read from the
database."""

from __future__ import annotations

import html
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)
from test_danish import danish  # noqa: F401 - the Danish translator, as a fixture
from ui_keys import press, settle, type_text

from focusgroup.domain.model import Note, NoteKind, Session, SessionStatus, Theme
from focusgroup.storage import repository
from focusgroup.ui import running_session
from focusgroup.ui.pages import PAGES

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def notes(window) -> list[Note]:
    return sorted(repository.find(window.ws, Note), key=lambda n: n.created_at)


def focused():
    return QApplication.focusWidget()


def open_running(window):
    window.open_session(window.session_id)
    view = window.capture_view
    assert focused() is view.line
    return view


def test_tab_accepts_the_completion_and_stays_in_the_capture_line(main_window, qtbot):
    view = open_running(main_window)
    type_text(qtbot, "- @P-0")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.line and main_window.stack.currentWidget() is view
    assert view.line.text() == "- @P-003 "
    type_text(qtbot, "the rota is late")
    press(qtbot, Qt.Key.Key_Tab)  # by habit, with nothing to complete
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is view.line and main_window.stack.currentWidget() is view
    press(qtbot, Qt.Key.Key_Return)
    (note,) = notes(main_window)
    assert (note.kind, note.text) == (NoteKind.DISLIKE, "the rota is late")
    assert note.participant_id is not None


def test_ctrl_number_sets_the_kind_in_the_real_window(main_window, qtbot):
    view = open_running(main_window)
    for number, kind in ((2, NoteKind.DISLIKE), (3, NoteKind.IDEA), (7, NoteKind.OBSERVATION)):
        type_text(qtbot, f"note {number}")
        press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert view.kind_label.text() == kind.value.capitalize()
        press(qtbot, Qt.Key.Key_Return)
    assert [n.kind for n in notes(main_window)] == [NoteKind.DISLIKE, NoteKind.IDEA,
                                                    NoteKind.OBSERVATION]
    assert main_window.stack.currentWidget() is view  # no page was opened instead


def test_pages_are_reached_with_alt_number(main_window, qtbot):
    open_running(main_window)
    press(qtbot, Qt.Key.Key_3, ALT)
    assert main_window.stack.currentWidget() is main_window.departments
    press(qtbot, Qt.Key.Key_1, ALT)
    assert main_window.stack.currentWidget() is main_window.home


def _build_all_pages(window) -> None:
    for key, _ in PAGES:
        window.stack.page(key)


def _bindings(window):
    """Every active key binding of the window and its pages: (sequence, scope, context, name)."""
    found = []
    for action in window.findChildren(QAction):
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if not owners:
            continue  # in no widget, so never triggered by a key
        scope = window if any(isinstance(o, QMenu) for o in owners) else owners[0]
        for sequence in action.shortcuts():
            found.append((sequence.toString(), scope, action.shortcutContext(),
                          action.text().replace("&", "")))
    for shortcut in window.findChildren(QShortcut):
        for sequence in shortcut.keys():
            found.append((sequence.toString(), shortcut.parent(), shortcut.context(),
                          f"shortcut in {type(shortcut.parent()).__name__}"))
    return found


def _reach(widget, context, window):
    """The widgets in which a binding is live."""
    if context == Qt.ShortcutContext.WindowShortcut or context == \
            Qt.ShortcutContext.ApplicationShortcut:
        return window
    return widget


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def test_no_key_sequence_is_bound_twice_where_both_are_live(main_window):
    _build_all_pages(main_window)
    bindings = _bindings(main_window)
    assert len(bindings) > 20
    clashes = []
    for i, (keys, scope, context, name) in enumerate(bindings):
        for other_keys, other_scope, other_context, other_name in bindings[i + 1:]:
            if keys != other_keys:
                continue
            if _overlap(_reach(scope, context, main_window),
                        _reach(other_scope, other_context, main_window)):
                clashes.append(f"{keys}: {name} / {other_name}")
    assert clashes == []


def _mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def _mnemonics(widget: QWidget) -> list[tuple[str, str]]:
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QAbstractButton):
            text = child.text()
        elif isinstance(child, QLabel) and child.buddy() is not None:
            text = child.text()
        elif isinstance(child, QGroupBox):
            text = child.title()
        else:
            continue
        if (key := _mnemonic(text)) is not None:
            found.append((key, text))
    return found


def test_mnemonics_are_unique_in_each_page_with_the_menu_bar(main_window):
    _assert_unique_mnemonics(main_window)


@pytest.mark.usefixtures("danish")
def test_danish_mnemonics_are_unique_too(qtbot, settings, tmp_path):
    from focusgroup.app import build_main_window

    window = build_main_window(tmp_path / "da.focusgroup", settings)
    qtbot.addWidget(window)
    try:
        assert window.menuBar().actions()[0].text() == "&Filer"
        _assert_unique_mnemonics(window)
    finally:
        window.close_workspace()


def _assert_unique_mnemonics(main_window) -> None:
    _build_all_pages(main_window)
    menus = [(_mnemonic(a.text()), a.text()) for a in main_window.menuBar().actions()]
    assert len({key for key, _ in menus}) == len(menus), menus
    clashes = []
    for key, _ in PAGES:
        seen = dict((k, t) for k, t in menus)
        for mnemonic, text in _mnemonics(main_window.stack.page(key)):
            if mnemonic in seen:
                clashes.append(f"{key}: Alt+{mnemonic.upper()} {seen[mnemonic]} / {text}")
            seen[mnemonic] = text
    assert clashes == [], "\n".join(clashes)
    for menu in main_window.menuBar().findChildren(QMenu):
        keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_reopening_a_session_keeps_the_guide_question_and_its_clock(main_window, qtbot, clock):
    view = open_running(main_window)
    type_text(qtbot, "+ first question")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_PageDown)
    clock.advance(minutes=4)
    view.tick()
    second = view.capture.guide[1]
    press(qtbot, Qt.Key.Key_B, ALT)  # Back to sessions (a mnemonic clicks after a moment)
    qtbot.waitUntil(lambda: main_window.stack.currentWidget() is main_window.sessions)
    clock.advance(minutes=1)
    main_window.open_session(main_window.session_id)
    assert view.capture.current_item == second
    assert view.capture.item_elapsed() == timedelta(minutes=5)
    type_text(qtbot, "- second question")
    press(qtbot, Qt.Key.Key_Return)
    assert notes(main_window)[-1].guide_item_id == second.id


def test_a_running_session_is_offered_again_after_a_crash(main_window, qtbot):
    view = open_running(main_window)
    type_text(qtbot, "+ started")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2, ALT)  # somewhere else, then the app dies
    assert main_window.resume_action.isEnabled()
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        next(b for b in box.buttons() if "Resume" in b.text()).click()

    QTimer.singleShot(0, answer)
    running_session.offer_resume(main_window)
    assert "Warehouse round 2" in seen[0]
    assert main_window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: focused() is view.line)


def test_a_planned_session_run_early_is_dated_the_day_it_runs(main_window, qtbot):
    ws = main_window.ws
    session = repository.get(ws, Session, main_window.session_id)
    planned = date.today() + timedelta(days=20)
    repository.save(ws, session.__class__(**{**session.__dict__, "date": planned}))
    # The department was last heard a year ago: it is overdue until this session is held.
    old = repository.save(ws, Session("Round 1", status=SessionStatus.CLOSED,
                                      date=date.today() - timedelta(days=365),
                                      department_id=session.department_id))
    assert old.department_id
    view = open_running(main_window)
    view.clock = None
    main_window.open_session(main_window.session_id)  # on the real clock
    type_text(qtbot, "+ held today")
    press(qtbot, Qt.Key.Key_Return)
    held = repository.get(ws, Session, main_window.session_id)
    assert held.status is SessionStatus.RUNNING and held.date == date.today()
    assert "dated today" in main_window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, main_window)
    overdue = main_window.home.dashboard.overdue.texts()
    assert not any(t.startswith("Warehouse") for t in overdue), overdue


def test_sessions_and_home_show_notes_typed_since_they_were_built(main_window, qtbot):
    press(qtbot, Qt.Key.Key_2, ALT)
    sessions = main_window.sessions
    assert sessions.model.data(sessions.model.index(0, 5)) == "0"
    open_running(main_window)
    for i in range(3):
        type_text(qtbot, f"+ note {i}")
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2, ALT)
    assert sessions.model.data(sessions.model.index(0, 5)) == "3"
    press(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, main_window)
    value = main_window.home.dashboard.notes.value.text()
    assert value == "3"


def test_close_with_alt_c_asks_first_and_enter_adds_an_action_once(main_window, qtbot,
                                                                   monkeypatch):
    from focusgroup.domain.model import Action
    from focusgroup.ui.dialogs.close_dialog import CloseDialog

    view = open_running(main_window)
    type_text(qtbot, "+ one thing")
    press(qtbot, Qt.Key.Key_Return)
    assert view.counts.text().startswith("1 note:")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: bool(asked))
    assert "Warehouse round 2" in asked[0]
    assert repository.get(main_window.ws, Session, main_window.session_id).status is \
        SessionStatus.RUNNING
    assert focused() is view.line
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CloseDialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: focused() is dialog.title)
        type_text(qtbot, "Publish the rota earlier")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Shift lead")
        press(qtbot, Qt.Key.Key_Return)
        seen["message"] = dialog.message.text()
        seen["open"] = dialog.isVisible()
        seen["summary"] = [w.text() for w in dialog.findChildren(QLabel)]
        dialog.accept()

    QTimer.singleShot(200, fill)  # once the mnemonic's click has opened the dialog
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: "open" in seen, timeout=3000)
    assert seen["message"] == "" and seen["open"]
    assert any(t.startswith("1 note: 1 like") for t in seen["summary"]), seen["summary"]
    (action,) = repository.find(main_window.ws, Action)
    assert (action.title, action.owner) == ("Publish the rota earlier", "Shift lead")
    assert repository.get(main_window.ws, Session, main_window.session_id).status is \
        SessionStatus.CLOSED


def test_enter_in_the_ranking_dialog_saves_without_a_false_error(main_window, qtbot):
    from focusgroup.domain.model import Participant, Ranking, RankingEntry
    from focusgroup.services.needs_lists import all_lists, items_of
    from focusgroup.ui.dialogs.ranking_dialog import RankingDialog

    press(qtbot, Qt.Key.Key_4, ALT)  # Needs & gap
    assert main_window.stack.currentWidget() is main_window.needs_gap
    seen = {}

    def enter():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RankingDialog):
            seen["dialog"] = dialog
            return
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        press(qtbot, Qt.Key.Key_Tab, times=3)  # from the code past role and view
        seen["typed into order"] = focused() is dialog.order
        type_text(qtbot, "3 1 5")
        press(qtbot, Qt.Key.Key_Return)
        seen["message"] = html.unescape(dialog.message.text())  # as the label shows it
        seen["order after"] = dialog.order.text()
        seen["dialog"] = dialog
        dialog.reject()  # Close

    QTimer.singleShot(200, enter)
    press(qtbot, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Enter rankings…
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=3000)
    assert isinstance(seen["dialog"], RankingDialog), seen["dialog"]
    assert seen["typed into order"] and seen["order after"] == ""
    (ranking,) = repository.find(main_window.ws, Ranking)
    person = repository.get(main_window.ws, Participant, ranking.participant_id)
    assert seen["message"] == f"Saved {person.code}'s ranking."
    assert ranking.session_id == main_window.session_id
    items = items_of(main_window.ws, all_lists(main_window.ws)[0])
    entries = {e.item_id: e.rank for e in repository.find_by(
        main_window.ws, RankingEntry, ranking_id=ranking.id)}
    assert entries == {items[2].id: 1, items[0].id: 2, items[4].id: 3}


def test_a_whole_session_typed_in_the_real_window(main_window, qtbot, clock):
    """Prefixes, @ and # with Tab completion, Ctrl+1…7, PgUp/PgDown, undo, Enter."""
    repository.save(main_window.ws, Theme("shift-planning"))
    press(qtbot, Qt.Key.Key_2, ALT)
    sessions = main_window.sessions
    sessions.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # open the selected session
    view = main_window.capture_view
    assert main_window.stack.currentWidget() is view and focused() is view.line
    steps = [
        ("+ the new gloves", None, None),
        ("- @P-0", Qt.Key.Key_Tab, "rota too late #shift-p"),
        ("more coffee", None, None),  # Ctrl+3 below: an idea
        ('"we hear it last"', None, None),
    ]
    for first, key, rest in steps:
        clock.advance(minutes=1)
        type_text(qtbot, first)
        if key is not None:
            press(qtbot, key)
            type_text(qtbot, rest)
            press(qtbot, Qt.Key.Key_Tab)
        if first == "more coffee":
            press(qtbot, Qt.Key.Key_3, CTRL)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_PageDown)
    type_text(qtbot, "? who decides overtime")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "n: typo note")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo the last note
    press(qtbot, Qt.Key.Key_PageUp)
    type_text(qtbot, "back to the first question")
    press(qtbot, Qt.Key.Key_Return)
    stored = notes(main_window)
    guide = view.capture.guide
    assert [(n.kind, n.text) for n in stored] == [
        (NoteKind.LIKE, "the new gloves"), (NoteKind.DISLIKE, "rota too late"),
        (NoteKind.IDEA, "more coffee"), (NoteKind.QUOTE, "we hear it last"),
        (NoteKind.QUESTION, "who decides overtime"),
        (NoteKind.OBSERVATION, "back to the first question")]
    assert [n.guide_item_id for n in stored] == [guide[0].id] * 4 + [guide[1].id, guide[0].id]
    themes = main_window.ws.conn.execute(
        "SELECT t.name FROM note_themes nt JOIN themes t ON t.id = nt.theme_id "
        "WHERE nt.note_id = ?", [stored[1].id]).fetchall()
    assert themes == [("shift-planning",)]
    assert stored[1].participant_id is not None
    assert view.capture.draft() is None and view.line.text() == ""


def test_open_straight_on_a_session_from_the_command_line(tmp_path, isolated_home):
    from focusgroup.services.workspaces import open_ws

    path = tmp_path / "cli.focusgroup"
    ws = open_ws(path)
    ws.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(isolated_home)}
    done = subprocess.run([sys.executable, "-m", "focusgroup", "--workspace", str(path),
                           "--session", "no-such-id"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr == "focusgroup: There is no session no-such-id in cli.focusgroup.\n"
    assert "Traceback" not in done.stderr


def test_open_session_by_id_starts_it_with_the_line_focused(main_window):
    view = main_window.capture_view
    assert main_window.open_session_by_id(main_window.session_id)
    assert main_window.stack.currentWidget() is view and focused() is view.line
    stored = repository.get(main_window.ws, Session, main_window.session_id)
    assert stored.status is SessionStatus.RUNNING
    assert not main_window.open_session_by_id("no-such-id")


def test_the_note_column_gets_the_width(main_window, qtbot):
    view = open_running(main_window)
    main_window.resize(1180, 760)
    type_text(qtbot, "+ " + "a long note that goes on " * 8)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert view.guide.width() < view.width() / 3.2
    assert view.table.rowHeight(0) > view.table.fontMetrics().height() * 1.8  # wrapped
