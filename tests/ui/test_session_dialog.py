"""Planning a session in the dialog, by keyboard: guide from a template, edited; participants."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QInputDialog, QMessageBox
from ui_keys import press as _key
from ui_keys import type_text as _type

from focusgroup.domain import guides
from focusgroup.domain.model import Department, Participant, Role, Session, SessionKind
from focusgroup.services import sessions as service
from focusgroup.storage import queries, repository
from focusgroup.ui.dialogs.session_dialog import SessionDialog

TAB = Qt.Key.Key_Tab
RETURN = Qt.Key.Key_Return


@pytest.fixture
def ws(workspace):
    repository.save(workspace, Department("HR"))
    repository.save(workspace, Department("Lageret"))
    repository.save(workspace, Participant("P-003", Role.EMPLOYEE, name="Søren"))
    return workspace


def _open(qtbot, ws, lang="en") -> SessionDialog:
    dialog = SessionDialog(ws, default_cadence_lang=lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title)
    return dialog


def test_tab_order_walks_the_form_top_to_bottom(ws, qtbot):
    dialog = _open(qtbot, ws)
    expected = [dialog.title, dialog.kind, dialog.department, dialog.date, dialog.facilitator,
                dialog.about, dialog.template, dialog.use_template, dialog.table,
                dialog.add_item, dialog.remove_item, dialog.up, dialog.down,
                dialog.save_template, dialog.filter, dialog.people, dialog.code, dialog.role,
                dialog.person_name, dialog.add_person,
                dialog.buttons.button(QDialogButtonBox.StandardButton.Save)]
    seen = []
    for _ in expected:
        seen.append(QApplication.focusWidget())
        _key(qtbot, TAB)
    assert seen == expected


def test_plan_a_session_by_keyboard(ws, qtbot):
    dialog = _open(qtbot, ws, lang="da")
    _type(qtbot, "HR benefits round 1")
    _key(qtbot, TAB)
    assert dialog.template.currentData() == "builtin:classic:da"  # suggested for focus groups
    _key(qtbot, TAB)
    _type(qtbot, "HR")
    _key(qtbot, TAB, times=2)  # keep today's date
    _type(qtbot, "Mette")
    _key(qtbot, TAB)
    _type(qtbot, "HR benefits desk")
    _key(qtbot, TAB)
    assert QApplication.focusWidget() is dialog.template
    _type(qtbot, "Intern")  # keyboard search finds the Danish internal customer guide
    assert dialog.template.currentData() == "builtin:internal_customer:da"
    _key(qtbot, RETURN)  # loads it
    internal = next(t for t in guides.BUILT_IN if t.id == "builtin:internal_customer:da")
    assert dialog.guide() == list(internal.items)
    assert dialog.total.text() == "Total: 75 min (1 h 15 min)"
    assert QApplication.focusWidget() is dialog.table and dialog.table.currentRow() == 0
    _key(qtbot, Qt.Key.Key_Insert)  # a new question after the first, its text being edited
    _type(qtbot, "Coffee and cake")
    _key(qtbot, RETURN)
    _key(qtbot, Qt.Key.Key_Right)
    _key(qtbot, RETURN)  # edit the minutes
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "5")
    _key(qtbot, RETURN)
    _key(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # make it the first item
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Delete)  # drop the welcome
    guide = dialog.guide()
    assert guide[0] == ("Coffee and cake", 5) and len(guide) == 7
    assert guide[1] == internal.items[1]
    assert dialog.total.text() == "Total: 75 min (1 h 15 min)"

    dialog.filter.setFocus()
    _type(qtbot, "003")
    _key(qtbot, RETURN)  # to the first participant that matches, not "save"
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.people
    _key(qtbot, Qt.Key.Key_Space)  # tick P-003
    _key(qtbot, TAB)
    assert QApplication.focusWidget() is dialog.code and dialog.code.text() == "P-004"
    _key(qtbot, TAB)
    _type(qtbot, "S")  # Supervisor
    _key(qtbot, TAB)
    dialog.person_name.insert("Åse Ødegård")
    _key(qtbot, RETURN)  # adds the participant, does not save the dialog
    assert dialog.isVisible() and dialog.code.text() == "P-005"
    assert QApplication.focusWidget() is dialog.code
    dialog.title.setFocus()
    _key(qtbot, RETURN)

    assert dialog.result() == QDialog.DialogCode.Accepted
    session = repository.get(ws, Session, dialog.created.id)
    hr = repository.find_by(ws, Department, name="HR")[0]
    assert (session.title, session.kind, session.department_id, session.date,
            session.facilitator, session.about) == (
        "HR benefits round 1", SessionKind.FOCUS_GROUP, hr.id, date.today(), "Mette",
        "HR benefits desk")
    assert [(g.text, g.planned_minutes) for g in service.guide_of(ws, session.id)] == guide
    new = repository.find_by(ws, Participant, code="P-004")[0]
    assert (new.role, new.name, new.department_id) == (Role.SUPERVISOR, "Åse Ødegård", hr.id)
    old = repository.find_by(ws, Participant, code="P-003")[0]
    assert sorted(queries.session_participant_ids(ws, session.id)) == sorted([old.id, new.id])


def test_bad_input_keeps_the_dialog_open(ws, qtbot):
    dialog = _open(qtbot, ws)
    _key(qtbot, RETURN)
    assert dialog.isVisible() and "needs a title" in dialog.error.text()
    assert dialog.error.property("role") == "warning" and dialog.error.isVisibleTo(dialog)
    _type(qtbot, "Round 1")
    qtbot.mouseClick(dialog.add_item, Qt.MouseButton.LeftButton)
    _key(qtbot, Qt.Key.Key_Escape)  # leave the new question empty
    dialog.title.setFocus()
    _key(qtbot, RETURN)
    assert dialog.isVisible() and "Guide item 1 has no text" in dialog.error.text()
    dialog.code.setFocus()
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "P-003")
    _key(qtbot, RETURN)
    assert "P-003 already exists; the next free code is P-004" in dialog.error.text()
    assert repository.find(ws, Session) == []


def test_save_the_guide_as_a_template_and_replace_it(ws, qtbot, monkeypatch):
    dialog = _open(qtbot, ws)
    dialog.set_guide([("Hvad virker?", 10), ("Hvad driller?", 20)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lagerets guide", True))
    qtbot.mouseClick(dialog.save_template, Qt.MouseButton.LeftButton)
    saved = [t for t in service.templates(ws) if not t.built_in]
    assert [(t.name, t.items) for t in saved] == [
        ("Lagerets guide", (("Hvad virker?", 10), ("Hvad driller?", 20)))]
    assert dialog.template.currentData() == saved[0].id
    assert "Lagerets guide" in dialog.template.currentText()

    dialog.set_guide([("Kun ét spørgsmål", 15)])
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.save_template, Qt.MouseButton.LeftButton)
    assert "already a template" in asked[0]
    again = [t for t in service.templates(ws) if not t.built_in]
    assert [(t.id, t.items) for t in again] == [(saved[0].id, (("Kun ét spørgsmål", 15),))]

    dialog.set_guide([])
    qtbot.mouseClick(dialog.save_template, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog) and "guide is empty" in dialog.error.text()
    # A saved template loads like a built-in one.
    dialog.template.setCurrentIndex(dialog.template.findData(saved[0].id))
    qtbot.mouseClick(dialog.use_template, Qt.MouseButton.LeftButton)
    assert dialog.guide() == [("Kun ét spørgsmål", 15)]


def test_templates_follow_the_language_and_the_kind(ws, qtbot):
    dialog = _open(qtbot, ws, lang="da")
    names = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert names[0].startswith("Klassisk fokusgruppe (2 timer)  ·  DA  ·  120 min")
    assert any(n.startswith("Classic focus group (2 hours)  ·  EN") for n in names)
    dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.LUNCH_INTERVIEW.value))
    assert dialog.template.currentData() == "builtin:short:da"
