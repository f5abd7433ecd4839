"""The ranking dialog opened from the real main window (Ctrl+Shift+R) and typed into: names of
the needs, the next participant after each save, and the department's latest session."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_keys import press as _key
from ui_keys import type_text as _type

from focusgroup.domain.model import Department, Participant, Ranking, RankingEntry, Role, Session
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.rankings import list_items
from focusgroup.storage import queries, repository
from focusgroup.ui.dialogs.ranking_dialog import RankingDialog


def _setup(window):
    ws = window.ws
    lager = repository.save(ws, Department("Lageret"))
    hr = repository.save(ws, Department("HR"))
    repository.save(ws, Session("Lageret round 1", date=date(2026, 3, 1), department_id=lager.id))
    latest = repository.save(ws, Session("Lageret round 2", date=date(2026, 9, 1),
                                         department_id=lager.id))
    repository.save(ws, Session("HR round", date=date(2026, 11, 1), department_id=hr.id))
    window.refresh()
    window.nav.setCurrentRow(3)  # Needs & gap
    view = window.needs_gap
    view.department.setCurrentIndex(view.department.findData(lager.id))
    return ws, latest


def _run(window, qtbot, fill) -> dict:
    seen: dict = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RankingDialog)
        seen["dialog"] = dialog
        try:
            fill(dialog, seen)
        finally:
            dialog.reject()

    QTimer.singleShot(0, drive)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "dialog" in seen, "Ctrl+Shift+R did not open the ranking dialog"
    return seen


def test_rankings_typed_one_after_another_in_the_departments_latest_session(window, qtbot):
    ws, latest = _setup(window)

    def fill(dialog, seen):
        seen["session"] = dialog.session.currentData()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code)
        _type(qtbot, "E-1")
        _key(qtbot, Qt.Key.Key_Tab, times=3)  # past role (employee) and view (own)
        seen["order_focus"] = QApplication.focusWidget() is dialog.order
        _type(qtbot, "5 1=2")
        seen["preview"] = dialog.preview.text()
        _key(qtbot, Qt.Key.Key_Return)
        # The next participant is ready: only the order is left to type.
        seen["next"] = (dialog.code.text(), QApplication.focusWidget() is dialog.order)
        _type(qtbot, "3")
        _key(qtbot, Qt.Key.Key_Return)
        seen["after"] = dialog.code.text()
        seen["table"] = [[dialog.table.item(r, c).text() for c in range(4)]
                         for r in range(dialog.table.rowCount())]

    seen = _run(window, qtbot, fill)
    assert seen["session"] == latest.id
    assert seen["order_focus"]
    assert "Good wages" in seen["preview"] and "Appreciation of work done" in seen["preview"]
    assert seen["next"] == ("E-2", True)
    assert seen["after"] == "E-3"
    assert seen["table"] == [
        ["E-1", "Employee", "own",
         "1. Good wages · 2. Appreciation of work done = Feeling \"in\" on things"],
        ["E-2", "Employee", "own", "1. Sympathetic understanding of personal problems"]]
    items = list_items(ws, default_needs_list(ws))
    people = {p.code: p.id for p in repository.find(ws, Participant)}
    rankings = {r.participant_id: r for r in repository.find(ws, Ranking)}
    assert set(rankings) == {people["E-1"], people["E-2"]}
    assert {r.session_id for r in rankings.values()} == {latest.id}
    entries = {e.item_id: e.rank for e in repository.find_by(
        ws, RankingEntry, ranking_id=rankings[people["E-1"]].id)}
    assert entries == {items[4].id: 1, items[0].id: 2, items[1].id: 2}


def test_the_sessions_own_participants_come_next(window, qtbot):
    ws, latest = _setup(window)
    first = repository.save(ws, Participant("P-007", Role.EMPLOYEE))
    second = repository.save(ws, Participant("P-004", Role.EMPLOYEE))
    queries.add_session_participants(ws, latest.id, [first.id, second.id])

    def fill(dialog, seen):
        seen["first"] = dialog.code.text()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code)
        _key(qtbot, Qt.Key.Key_Tab, times=3)
        _type(qtbot, "1")
        _key(qtbot, Qt.Key.Key_Return)
        seen["second"] = dialog.code.text()
        seen["msg"] = dialog.message.text()
        _type(qtbot, "2")
        _key(qtbot, Qt.Key.Key_Return)
        seen["third"] = dialog.code.text()

    seen = _run(window, qtbot, fill)
    assert (seen["first"], seen["second"]) == ("P-004", "P-007"), seen["msg"]
    assert seen["third"] == "P-008"  # everyone ranked: a new code
    assert len(repository.find(ws, Ranking)) == 2
