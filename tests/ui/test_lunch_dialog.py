"""The lunch quick log filled from the keyboard only (Tab, typing, Return); then the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from ui_keys import press as _key
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


@pytest.fixture
def ws(workspace):
    repository.save(workspace, Department("HR"))
    repository.save(workspace, Department("Lageret"))
    repository.save(workspace, Participant("P-011", Role.SUPERVISOR))
    return workspace


def _open(qtbot, ws) -> LunchDialog:
    dialog = LunchDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.department)
    return dialog


def test_a_whole_lunch_by_keyboard(ws, qtbot):
    dialog = _open(qtbot, ws)
    tab = Qt.Key.Key_Tab
    _type(qtbot, "Lag")  # keyboard search in the department combo
    assert dialog.department.currentText() == "Lageret"
    _key(qtbot, tab)
    assert QApplication.focusWidget() is dialog.code
    assert dialog.code.text() == "P-012" and dialog.code.selectedText() == "P-012"
    assert dialog.person_hint.text() == "new participant"
    _key(qtbot, tab, times=3)  # keep the suggested code; past "anonymous" and the role
    assert QApplication.focusWidget() is dialog.likes
    _type(qtbot, "- the new gloves")
    _key(qtbot, Qt.Key.Key_Return)
    _type(qtbot, "- kollegerne")
    _key(qtbot, tab)
    assert QApplication.focusWidget() is dialog.dislikes
    _type(qtbot, "the rota comes too late")
    _key(qtbot, tab)
    _type(qtbot, "worried about the move to the new hall")
    _key(qtbot, tab)
    assert QApplication.focusWidget() is dialog.needs[0]
    for number in ("1", "5", "2"):  # the needs list's numbers, typed
        _type(qtbot, number)
        _key(qtbot, tab)
    assert [c.currentText()[:1] for c in dialog.needs] == ["1", "5", "2"]
    assert QApplication.focusWidget() is dialog.follow_ups[0][0]
    _type(qtbot, "Send the rota two weeks ahead")
    _key(qtbot, tab)
    _type(qtbot, "Jens")
    _key(qtbot, tab)
    assert QApplication.focusWidget() is dialog.follow_ups[0][2]
    _type(qtbot, "20261201")  # year, month, day: the date edit moves on by itself
    assert dialog.follow_ups[0][2].day() == date(2026, 12, 1)
    _key(qtbot, tab, times=7)  # past two empty follow-up rows: one Tab per field
    assert QApplication.focusWidget() is dialog.facilitator
    _type(qtbot, "Mette")
    _key(qtbot, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    session = repository.get(ws, Session, dialog.saved.id)
    lager = repository.find_by(ws, Department, name="Lageret")[0]
    assert (session.kind, session.status, session.title, session.facilitator) == (
        SessionKind.LUNCH_INTERVIEW, SessionStatus.CLOSED, "Lunch interview P-012", "Mette")
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


def test_anonymous_with_ctrl_enter_from_inside_a_box(ws, qtbot):
    dialog = _open(qtbot, ws)
    _key(qtbot, Qt.Key.Key_Tab, times=2)
    assert QApplication.focusWidget() is dialog.anonymous
    _key(qtbot, Qt.Key.Key_Space)
    assert dialog.anonymous.isChecked() and not dialog.code.isEnabled()
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "M")  # Manager
    assert dialog.role.currentData() == Role.MANAGER.value
    _key(qtbot, Qt.Key.Key_Tab, times=2)
    assert QApplication.focusWidget() is dialog.dislikes
    _type(qtbot, "too many meetings")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.dislikes.toPlainText() == "too many meetings"  # no newline was typed
    session = dialog.saved
    assert session.title == "Lunch interview (anonymous)" and session.department_id is None
    [person_id] = queries.session_participant_ids(ws, session.id)
    person = repository.get(ws, Participant, person_id)
    assert person.code == "ANON-001" and person.role is Role.MANAGER
    [note] = repository.find_by(ws, Note, session_id=session.id)
    assert (note.kind, note.text) == (NoteKind.DISLIKE, "too many meetings")
    assert repository.find_by(ws, Ranking, session_id=session.id) == []


def test_bad_input_keeps_the_dialog_open_with_a_red_message(ws, qtbot):
    dialog = _open(qtbot, ws)
    _key(qtbot, Qt.Key.Key_Return)  # nothing typed yet
    assert dialog.isVisible() and dialog.saved is None
    assert "Nothing to save" in dialog.error.text() and dialog.error.property("role") == "warning"
    dialog.code.setFocus()
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "P-011")  # a known supervisor: the role follows
    assert dialog.role.currentData() == Role.SUPERVISOR.value
    assert dialog.person_hint.text() == "known: Supervisor"
    dialog.needs[0].setFocus()
    _type(qtbot, "3")
    dialog.needs[1].setFocus()
    _type(qtbot, "3")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "picked twice" in dialog.error.text()
    assert repository.find(ws, Session) == []
    dialog.needs[1].setCurrentIndex(0)
    dialog.on_mind.insertPlainText("Kantinen lukker før nattevagten får pause — hvad så?")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    session = dialog.saved
    assert session.title == "Lunch interview P-011"
    notes = repository.find_by(ws, Note, session_id=session.id)
    assert [n.text for n in notes] == ["Kantinen lukker før nattevagten får pause — hvad så?"]
    [ranking] = repository.find_by(ws, Ranking, session_id=session.id)
    assert [e.rank for e in repository.find_by(ws, RankingEntry, ranking_id=ranking.id)] == [1]
    assert repository.find(ws, Participant, "code = 'P-011'")[0].id == ranking.participant_id


def test_the_follow_up_due_date_defaults_to_two_weeks(ws, qtbot):
    dialog = _open(qtbot, ws)
    assert dialog.follow_ups[0][2].day() == date.today() + timedelta(days=14)
    assert dialog.day.day() == date.today()
    assert dialog.likes.tabChangesFocus() and dialog.on_mind.tabChangesFocus()


def test_needs_can_be_shown_in_danish(ws, qtbot):
    dialog = LunchDialog(ws, lang="da")
    qtbot.addWidget(dialog)
    assert dialog.needs[0].itemText(1) == "1  Anerkendelse af udført arbejde"
