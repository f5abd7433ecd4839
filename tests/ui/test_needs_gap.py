"""Needs & gap: type rankings for three people and watch the gap table and chart update."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from focusgroup.domain.model import Participant, Perspective, Ranking, Role, Session
from focusgroup.storage import repository
from focusgroup.ui.dialogs.ranking_dialog import RankingDialog


def _type_ranking(qtbot, dialog, code, role_text, perspective_index, order):
    dialog.code.selectAll()
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)
    dialog.role.setCurrentIndex(dialog.role.findText(role_text))
    dialog.perspective.setCurrentIndex(perspective_index)
    dialog.order.setFocus()
    qtbot.keyClicks(dialog.order, order)
    qtbot.keyClick(dialog.order, Qt.Key.Key_Return)


def test_typing_rankings_for_three_people_updates_the_gap(window, qtbot, settings):
    from focusgroup.services import workspace_settings

    ws = window.ws
    workspace_settings.set_value(ws, "anonymity_threshold", 3)
    session = repository.save(ws, Session("Round 1", date=date.today()))
    window.refresh()
    window.nav.setCurrentRow(3)
    view = window.needs_gap
    assert "Not shown" in view.sentences.text() and view.table.isHidden()
    done = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RankingDialog)
        assert dialog.session.currentData() == session.id
        for code in ("E-1", "E-2", "E-3"):
            _type_ranking(qtbot, dialog, code, "Employee", 0, "1 2 3 4 5 6 7 8 9 10")
        for code in ("M-1", "M-2"):
            _type_ranking(qtbot, dialog, code, "Manager", 1, "5 4 7 9 6 8 10 1 3 2")
        done["partial"] = view.table.isHidden()  # 2 managers: still below the threshold
        _type_ranking(qtbot, dialog, "M-3", "Manager", 1, "5 4 7 9=6 8")  # tie, partial
        done["rows"] = dialog.table.rowCount()
        done["last"] = [dialog.table.item(5, c).text() for c in range(4)]
        dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(view.enter_button, Qt.MouseButton.LeftButton)
    assert done["partial"] is True
    assert done["rows"] == 6
    assert done["last"] == [  # the order in words, ties on one place
        "M-3", "Manager", "predicted",
        "1. Good wages · 2. Job security · 3. Promotion and growth · "
        "4. Interesting work = Good working conditions · 5. Loyalty from management"]

    stored = repository.find(ws, Ranking)
    assert len(stored) == 6
    managers = repository.find_by(ws, Participant, role=Role.MANAGER)
    assert sorted(p.code for p in managers) == ["M-1", "M-2", "M-3"]
    assert {r.perspective for r in stored} == {Perspective.OWN, Perspective.PREDICTED}

    assert not view.table.isHidden()
    first = [view.table.item(0, c).text() for c in range(4)]
    assert first == ["Appreciation of work done", "1", "8", "+7"]
    assert "Managers underestimate appreciation of work done by 7 places." in (
        view.sentences.text())


def test_a_typo_in_the_order_keeps_the_text_and_says_why(window, qtbot):
    ws = window.ws
    repository.save(ws, Session("Round 1", date=date.today()))
    window.refresh()
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        _type_ranking(qtbot, dialog, "E-9", "Employee", 0, "3 1 3")
        seen["message"] = dialog.message.text()
        seen["order"] = dialog.order.text()
        dialog.reject()

    QTimer.singleShot(0, fill)
    window.enter_rankings()
    assert "appears twice" in seen["message"] and seen["order"] == "3 1 3"
    assert repository.find(ws, Ranking) == []


def test_re_entering_a_ranking_replaces_the_earlier_one(window, qtbot):
    ws = window.ws
    repository.save(ws, Session("Round 1", date=date.today()))
    window.refresh()

    def fill():
        dialog = QApplication.activeModalWidget()
        _type_ranking(qtbot, dialog, "E-1", "Employee", 0, "1 2 3")
        _type_ranking(qtbot, dialog, "E-1", "Employee", 0, "3 2 1")
        dialog.reject()

    QTimer.singleShot(0, fill)
    window.enter_rankings()
    assert len(repository.find(ws, Ranking)) == 1


def test_demo_warehouse_shows_its_trend_and_hides_a_small_side(window, qtbot, tmp_path):
    from focusgroup.services.demo_file import write_demo_file

    demo = tmp_path / "demo.focusgroup"
    write_demo_file(demo)
    assert window.open_path(demo, create=False)
    view = window.needs_gap
    window.nav.setCurrentRow(3)
    assert not view.chart.isHidden()  # whole organisation, last 6 months: both sides shown
    assert view.table.rowCount() == 10
    view.department.setCurrentIndex(view.department.findText("Warehouse"))
    view.period.setCurrentIndex(view.period.findData(12))
    text = view.sentences.text()
    assert "Not shown" in text and "more needed" in text and view.table.isHidden()
    trend = view.trend.texts()
    assert not view.trend.isHidden() and "compared with" in trend[0]
    assert any(line.startswith(("▲", "▼")) for line in trend[1:])


def test_a_round_can_be_chosen_as_the_scope(window, tmp_path):
    from focusgroup.services.demo_file import write_demo_file

    demo = tmp_path / "demo.focusgroup"
    write_demo_file(demo)
    window.open_path(demo, create=False)
    view = window.needs_gap
    rounds = [view.period.itemText(i) for i in range(view.period.count())
              if view.period.itemText(i).startswith("Round")]
    assert len(rounds) == 2
    view.period.setCurrentIndex(view.period.findText(rounds[-1]))  # the older round
    assert view.result.gap is not None
    assert view.result.employees.people >= 8 and view.result.predicted.people >= 5


def test_dragging_the_list_fills_the_order(window, qtbot):
    from focusgroup.services.analysis import default_needs_list

    repository.save(window.ws, Session("Round 1", date=date.today()))
    dialog = RankingDialog(window.ws, default_needs_list(window.ws))
    qtbot.addWidget(dialog)
    moved = dialog.drag_list.takeItem(4)  # "5 Good wages" dropped on top
    dialog.drag_list.insertItem(0, moved)
    dialog.top_n.setValue(3)
    qtbot.mouseClick(dialog.use_drag, Qt.MouseButton.LeftButton)
    assert dialog.order.text() == "5 1 2"
    qtbot.keyClick(dialog.order, Qt.Key.Key_Return)
    (ranking,) = repository.find(window.ws, Ranking)
    assert ranking.perspective is Perspective.OWN
