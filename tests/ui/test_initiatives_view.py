"""Ask before you invest: create an initiative, put it to a session, mark notes for and against
from the capture screen's stance bar, count hands, and read the evidence on the initiative page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from focusgroup.domain.model import Department, GuideItem, Initiative, Note, Participant
from focusgroup.services import initiatives as svc
from focusgroup.services.sessions import plan_session
from focusgroup.storage import repository
from focusgroup.ui.views.initiatives import InitiativeDialog, InitiativesView, PutDialog
from focusgroup.ui.widgets.stance_bar import HandsDialog, StanceBar

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def type_note(qtbot, view, text):
    qtbot.keyClicks(view.line, text)
    qtbot.keyClick(view.line, Qt.Key.Key_Return)


def stances(ws):
    rows = ws.db.execute("SELECT n.text, s.stance FROM note_stances s "
                         "JOIN notes n ON n.id = s.note_id").fetchall()
    return dict(rows)


@pytest.fixture
def planned(window):
    ws = window.ws
    warehouse = repository.save(ws, Department("Warehouse"))
    repository.save(ws, Participant("P-003", name="Mette Hansen", department_id=warehouse.id))
    session = plan_session(ws, title="Warehouse round 2", department_id=warehouse.id,
                           guide=[("What works well?", 15)])
    window.refresh()
    return session


@pytest.fixture
def page(qtbot, window):
    view = InitiativesView()
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.set_workspace(window.ws)
    view.show()
    return view


def test_an_initiative_collects_for_and_against_notes_and_counts(qtbot, window, planned, page):
    ws = window.ws

    def add():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InitiativeDialog)
        qtbot.keyClicks(dialog.title, "Fitness room in building B")
        dialog.cost.setValue(250000)
        dialog.accept()

    QTimer.singleShot(0, add)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    (gym,) = repository.find(ws, Initiative)
    assert (gym.title, gym.estimated_cost, gym.status) == (
        "Fitness room in building B", 250000.0, "proposed")
    assert page.selected().initiative.id == gym.id
    assert page.texts()["totals"][0].startswith("Not put to any session yet")

    def put():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PutDialog)
        dialog.session.setCurrentIndex(dialog.session.findData(planned.id))
        dialog.minutes.setValue(15)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, put)
    qtbot.mouseClick(page.put_button, Qt.MouseButton.LeftButton)
    assert ws.db.execute("SELECT initiative_id, session_id FROM initiative_sessions").fetchall(
    ) == [(gym.id, planned.id)]
    guide = sorted(repository.find_by(ws, GuideItem, session_id=planned.id),
                   key=lambda g: g.position)
    assert [(g.text, g.planned_minutes) for g in guide] == [
        ("What works well?", 15), ("Initiative: Fitness room in building B", 15)]

    # -- during the session: the facilitator never leaves the keyboard -----------------------
    window.open_session(planned.id)
    window.activateWindow()  # the page above is a window of its own; keys go to the active one
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.capture_view
    bar = view.stance_bar  # opening the session set it to this session's initiative
    assert bar.isVisible() and bar.only.text() == "Fitness room in building B"
    assert view.guide.items.item(1).text().startswith("2. Initiative: Fitness room")

    type_note(qtbot, view, "+ @P-003 Mette says a gym would help after night shifts")
    qtbot.keyClick(view.line, Qt.Key.Key_F, ALT_SHIFT)
    type_note(qtbot, view, "- rather fix the heating first")
    qtbot.keyClick(view.line, Qt.Key.Key_A, ALT_SHIFT)
    type_note(qtbot, view, "? who cleans it")
    qtbot.keyClick(view.line, Qt.Key.Key_N, ALT_SHIFT)
    assert stances(ws)["who cleans it"] == "neutral"
    qtbot.keyClick(view.line, Qt.Key.Key_N, ALT_SHIFT)  # the same key again takes it back
    assert "who cleans it" not in stances(ws)
    assert "mark removed" in bar.status_text()
    type_note(qtbot, view, '"I would use it twice a week"')
    qtbot.mouseClick(bar.buttons[svc.Stance.FOR], Qt.MouseButton.LeftButton)
    assert view.line.hasFocus()  # the buttons do not take the focus from the capture line

    # a note chosen in the list: select it, then the key marks that one, not the latest
    row = view.model.row_of(next(n.id for n in repository.find(ws, Note)
                                 if n.text == "who cleans it"))
    view.table.setFocus()
    view.table.selectionModel().select(
        view.proxy.mapFromSource(view.model.index(row, 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(view.table, Qt.Key.Key_N, ALT_SHIFT)
    assert stances(ws) == {
        "Mette says a gym would help after night shifts": "for",
        "rather fix the heating first": "against",
        "who cleans it": "neutral",
        "I would use it twice a week": "for",
    }

    def hands():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HandsDialog)
        dialog.for_count.setValue(9)
        dialog.against_count.setValue(3)
        dialog.accept()

    view.line.setFocus()
    QTimer.singleShot(0, hands)
    qtbot.keyClick(view.line, Qt.Key.Key_H, ALT_SHIFT)
    stored = ws.db.execute("SELECT for_count, against_count, neutral_count, counted_at "
                           "FROM initiative_sessions").fetchone()
    assert stored[:3] == (9, 3, None) and stored[3]
    assert bar.status_text().endswith(
        "This session: 2 for · 1 against · 1 neutral notes · hands 9 for / 3 against")

    # -- the initiative page: the evidence, without codes or names ---------------------------
    page.refresh()
    page.select(gym.id)
    shown = page.texts()
    assert shown["totals"] == [
        "2 for, 1 against, 1 neutral notes; hands: 9 for / 3 against in 1 session"]
    assert shown["departments"] == [
        "Warehouse: 2 for, 1 against, 1 neutral notes; hands: 9 for / 3 against in 1 session"]
    assert [line.splitlines()[0] for line in shown["for"]] == [
        "“[name] says a gym would help after night shifts”", "“I would use it twice a week”"]
    assert shown["against"][0].startswith("“rather fix the heating first”\nDislike · "
                                          "Warehouse round 2")
    assert page.for_title.text() == "For (2)" and page.against_title.text() == "Against (1)"
    everything = str(shown)
    assert "P-003" not in everything and "Mette" not in everything
    assert page.model.data(page.model.index(0, 4)) == "notes 2 / 1  ·  hands 9 / 3"
    assert page.point.text() == "Decide on what people said, not on what management assumed."


def test_hands_edited_from_the_initiative_page(qtbot, window, planned, page):
    ws = window.ws
    gym = svc.create_initiative(ws, "Fitness room in building B")
    svc.put_to_session(ws, gym.id, planned.id)
    svc.record_hands(ws, gym.id, planned.id, 9, 3)
    page.refresh()
    assert page.hands_button.isEnabled()

    def recount():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HandsDialog)
        assert (dialog.for_count.value(), dialog.against_count.value()) == (9, 3)
        assert dialog.neutral_count.text() == "not counted"
        dialog.for_count.setValue(11)
        dialog.neutral_count.setValue(2)
        dialog.accept()

    QTimer.singleShot(0, recount)
    qtbot.mouseClick(page.hands_button, Qt.MouseButton.LeftButton)
    assert ws.db.execute("SELECT for_count, against_count, neutral_count "
                         "FROM initiative_sessions").fetchone() == (11, 3, 2)
    assert page.texts()["totals"] == [
        "0 for, 0 against, 0 neutral notes; hands: 11 for / 3 against / 2 neutral in 1 session"]


def test_the_dialog_says_what_is_wrong_and_keeps_the_text(qtbot, window, page):
    seen = {}

    def add_nothing_then_cancel():
        dialog = QApplication.activeModalWidget()
        dialog.accept()
        seen["error"] = dialog.error.text()
        dialog.reject()

    QTimer.singleShot(0, add_nothing_then_cancel)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "needs a title" in seen["error"]
    assert repository.find(window.ws, Initiative) == []
    assert not page.put_button.isEnabled() and not page.hands_button.isEnabled()


def test_the_stance_bar_hides_without_initiatives(qtbot, window, planned):
    bar = StanceBar()
    qtbot.addWidget(bar)
    bar.set_session(window.ws, planned.id)
    assert bar.isHidden() and bar.items == []
