"""The lunch quick log opened from the real main window (Ctrl+Shift+U) and filled from the
keyboard only (Tab, typing, Return); then the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_keys import type_text as _type

from focusgroup.domain.model import (
    Action,
    Department,
    Note,
    NoteKind,
    Participant,
    Ranking,
    RankingEntry,
    Role,
    Session,
    SessionKind,
    SessionStatus,
)
from focusgroup.services import lunch
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.rankings import list_items
from focusgroup.storage import queries, repository
from focusgroup.ui.dialogs.lunch_dialog import LunchDialog

TAB = Qt.Key.Key_Tab
CTRL = Qt.KeyboardModifier.ControlModifier


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """A key press where the real window sends it: to an open completer popup (which grabs
    the keyboard) or else to the widget with focus."""
    for _ in range(times):
        popup = QApplication.activePopupWidget()
        window = QApplication.activeModalWidget()
        qtbot.keyClick(popup or QApplication.focusWidget(), key, modifier)
        QApplication.processEvents()
        if popup is not None and QApplication.activePopupWidget() is None and window:
            # The offscreen platform leaves the closed popup the active window; a real
            # window system gives the dialog back its activation with the focus where it is.
            focus = QApplication.focusWidget()
            window.activateWindow()
            QApplication.processEvents()
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)


@pytest.fixture
def ws(window):
    repository.save(window.ws, Department("HR"))
    repository.save(window.ws, Department("Lageret"))
    repository.save(window.ws, Participant("P-011", Role.SUPERVISOR))
    window.refresh()
    return window.ws


def _run(window, qtbot, fill) -> dict:
    """Open the lunch log with its shortcut in the main window and let ``fill`` type into it;
    returns what ``fill`` saw. The dialog is modal: ``fill`` runs inside its event loop."""
    seen: dict = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LunchDialog)
        seen["dialog"] = dialog
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.department)
        try:
            fill(dialog, seen)
        finally:
            if dialog.isVisible():
                seen["left_open"] = True
                dialog.reject()

    QTimer.singleShot(0, drive)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "dialog" in seen, "Ctrl+Shift+U did not open the lunch log"
    return seen


def test_a_whole_lunch_by_keyboard(window, ws, qtbot):
    def fill(dialog, seen):
        _type(qtbot, "Lag")  # keyboard search in the department combo
        seen["department"] = dialog.department.currentText()
        _key(qtbot, TAB)
        seen["code"] = (QApplication.focusWidget() is dialog.code, dialog.code.selectedText(),
                        dialog.person_hint.text())
        _key(qtbot, TAB, times=3)  # keep the suggested code; past "anonymous" and the role
        _type(qtbot, "- the new gloves")
        _key(qtbot, Qt.Key.Key_Return)
        _type(qtbot, "- kollegerne")
        _key(qtbot, TAB)
        _type(qtbot, "the rota comes too late")
        _key(qtbot, TAB)
        _type(qtbot, "worried about the move to the new hall")
        _key(qtbot, TAB)
        seen["needs_focus"] = QApplication.focusWidget() is dialog.needs[0]
        for typed in ("appre", "WAG", "2"):  # a name in part, in any case, or a number
            _type(qtbot, typed)
            _key(qtbot, TAB)
        seen["needs"] = [c.currentText() for c in dialog.needs]
        seen["follow_up_focus"] = QApplication.focusWidget() is dialog.follow_ups[0][0]
        _type(qtbot, "Send the rota two weeks ahead")
        _key(qtbot, TAB)
        _type(qtbot, "Jens")
        _key(qtbot, TAB)
        _type(qtbot, "20261201")  # year, month, day: the date edit moves on by itself
        _key(qtbot, TAB, times=7)  # past two empty follow-up rows: one Tab per field
        seen["facilitator_focus"] = QApplication.focusWidget() is dialog.facilitator
        _type(qtbot, "Mette")
        _key(qtbot, Qt.Key.Key_Return)

    seen = _run(window, qtbot, fill)
    assert "left_open" not in seen, seen["dialog"].error.text()
    assert seen["department"] == "Lageret"
    assert seen["code"] == (True, "P-012", "new participant")
    assert seen["needs_focus"] and seen["follow_up_focus"] and seen["facilitator_focus"]
    assert seen["needs"] == ["1  Appreciation of work done", "5  Good wages",
                             "2  Feeling \"in\" on things"]
    [session] = repository.find(ws, Session)
    lager = repository.find_by(ws, Department, name="Lageret")[0]
    assert (session.kind, session.status, session.facilitator) == (
        SessionKind.LUNCH_INTERVIEW, SessionStatus.CLOSED, "Mette")
    assert "P-012" not in session.title  # the title never names the person
    assert session.date == date.today() and session.department_id == lager.id
    person = repository.find_by(ws, Participant, code="P-012")[0]
    assert person.role is Role.EMPLOYEE and person.department_id == lager.id
    notes = repository.find_by(ws, Note, session_id=session.id)
    by_kind = {kind: sorted(n.text for n in notes if n.kind is kind) for kind in NoteKind}
    assert by_kind[NoteKind.LIKE] == ["kollegerne", "the new gloves"]
    assert by_kind[NoteKind.DISLIKE] == ["the rota comes too late"]
    assert by_kind[NoteKind.OBSERVATION] == ["worried about the move to the new hall"]
    assert {n.participant_id for n in notes} == {person.id}
    [ranking] = repository.find_by(ws, Ranking, session_id=session.id)
    items = list_items(ws, default_needs_list(ws))
    entries = {e.item_id: e.rank for e in repository.find_by(ws, RankingEntry,
                                                              ranking_id=ranking.id)}
    assert ranking.participant_id == person.id
    assert entries == {items[0].id: 1, items[4].id: 2, items[1].id: 3}
    [action] = repository.find_by(ws, Action, session_id=session.id)
    assert (action.title, action.owner, action.due, action.department_id) == (
        "Send the rota two weeks ahead", "Jens", date(2026, 12, 1), lager.id)
    # The next log starts from what this one used.
    assert lunch.defaults(ws) == lunch.LunchDefaults("Mette", lager.id)
    assert "Lunch interview saved" in window.statusBar().currentMessage()


def test_a_need_typed_by_name_that_matches_nothing_is_reported_not_dropped(window, ws, qtbot):
    def fill(dialog, seen):
        dialog.likes.setFocus()
        _type(qtbot, "the canteen")
        _key(qtbot, TAB, times=3)
        _type(qtbot, "xyz")
        _key(qtbot, Qt.Key.Key_Return, CTRL)
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()

    seen = _run(window, qtbot, fill)
    assert seen["open"] and 'No need on the list matches "xyz"' in seen["error"]
    assert repository.find(ws, Session) == []


def test_an_existing_participant_is_picked_by_part_of_the_code(window, ws, qtbot):
    def fill(dialog, seen):
        _key(qtbot, TAB)
        _type(qtbot, "011")  # the completer offers P-011
        popup = dialog.code.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        seen["offered"] = popup.model().data(popup.model().index(0, 0))
        assert QApplication.activePopupWidget() is popup
        _key(qtbot, Qt.Key.Key_Down)
        _key(qtbot, Qt.Key.Key_Return)  # takes the suggestion, does not save yet
        seen["after_pick"] = (dialog.isVisible(), dialog.code.text(), dialog.person_hint.text(),
                              dialog.role.currentData())
        _key(qtbot, TAB, times=3)
        _type(qtbot, "short breaks")
        _key(qtbot, Qt.Key.Key_Return, CTRL)

    seen = _run(window, qtbot, fill)
    assert seen["offered"] == "P-011"
    assert seen["after_pick"] == (True, "P-011", "known: Supervisor", Role.SUPERVISOR.value)
    [session] = repository.find(ws, Session)
    [person_id] = queries.session_participant_ids(ws, session.id)
    assert repository.get(ws, Participant, person_id).code == "P-011"
    assert len(repository.find(ws, Participant)) == 1  # nobody new


def test_anonymous_with_ctrl_enter_from_inside_a_box(window, ws, qtbot):
    def fill(dialog, seen):
        _key(qtbot, TAB, times=2)
        seen["anonymous_focus"] = QApplication.focusWidget() is dialog.anonymous
        _key(qtbot, Qt.Key.Key_Space)
        seen["code_enabled"] = dialog.code.isEnabled()
        _key(qtbot, TAB)
        _type(qtbot, "M")  # Manager
        _key(qtbot, TAB, times=2)
        _type(qtbot, "too many meetings")
        _key(qtbot, Qt.Key.Key_Return, CTRL)
        seen["text"] = dialog.dislikes.toPlainText()

    seen = _run(window, qtbot, fill)
    assert seen["anonymous_focus"] and not seen["code_enabled"]
    assert seen["text"] == "too many meetings"  # no newline was typed
    [session] = repository.find(ws, Session)
    assert session.title == "Lunch interview (anonymous)" and session.department_id is None
    [person_id] = queries.session_participant_ids(ws, session.id)
    person = repository.get(ws, Participant, person_id)
    assert person.code == "ANON-001" and person.role is Role.MANAGER
    [note] = repository.find_by(ws, Note, session_id=session.id)
    assert (note.kind, note.text) == (NoteKind.DISLIKE, "too many meetings")
    assert repository.find_by(ws, Ranking, session_id=session.id) == []


def test_bad_input_keeps_the_dialog_open_with_a_red_message(window, ws, qtbot):
    def fill(dialog, seen):
        _key(qtbot, Qt.Key.Key_Return)  # nothing typed yet
        seen["empty"] = (dialog.isVisible(), dialog.error.text(), dialog.error.property("role"))
        _key(qtbot, TAB, times=7)
        assert QApplication.focusWidget() is dialog.needs[0]
        _type(qtbot, "3")
        _key(qtbot, TAB)
        _type(qtbot, "3")
        _key(qtbot, Qt.Key.Key_Return, CTRL)
        seen["twice"] = (dialog.isVisible(), dialog.error.text())
        _key(qtbot, Qt.Key.Key_A, CTRL)
        _key(qtbot, Qt.Key.Key_Delete)  # the second need emptied again
        _key(qtbot, Qt.Key.Key_Backtab, times=2)
        assert QApplication.focusWidget() is dialog.on_mind, QApplication.focusWidget()
        dialog.on_mind.insertPlainText(  # QTest cannot type "—"
            "Kantinen lukker før nattevagten får pause — hvad så?")
        _key(qtbot, Qt.Key.Key_Return, CTRL)

    seen = _run(window, qtbot, fill)
    assert seen["empty"][0] and "Nothing to save" in seen["empty"][1]
    assert seen["empty"][2] == "warning"
    assert seen["twice"][0] and "picked twice" in seen["twice"][1]
    assert "left_open" not in seen
    [session] = repository.find(ws, Session)
    notes = repository.find_by(ws, Note, session_id=session.id)
    assert [n.text for n in notes] == ["Kantinen lukker før nattevagten får pause — hvad så?"]
    [ranking] = repository.find_by(ws, Ranking, session_id=session.id)
    assert [e.rank for e in repository.find_by(ws, RankingEntry, ranking_id=ranking.id)] == [1]


def test_the_save_shortcut_is_shown_and_dates_default(window, ws, qtbot):
    def fill(dialog, seen):
        seen["button"] = dialog.save_button.text()
        seen["due"] = dialog.follow_ups[0][2].day()
        seen["day"] = dialog.day.day()
        seen["tabs"] = dialog.likes.tabChangesFocus() and dialog.on_mind.tabChangesFocus()

    seen = _run(window, qtbot, fill)
    assert "Ctrl+Enter" in seen["button"].replace("&", "")
    assert seen["due"] == date.today() + timedelta(days=14) and seen["day"] == date.today()
    assert seen["tabs"]


def test_needs_can_be_shown_in_danish(ws, qtbot):
    dialog = LunchDialog(ws, lang="da")
    qtbot.addWidget(dialog)
    assert dialog.needs[0].itemText(0) == "1  Anerkendelse af udført arbejde"
