"""Actions: add one, mark it done only with what was done, see it leave the open list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from focusgroup.domain.model import Action, ActionStatus
from focusgroup.storage import repository
from focusgroup.ui.dialogs.action_dialog import ActionDialog


def test_add_then_close_the_loop(window, qtbot):
    window.nav.setCurrentRow(4)
    view = window.actions

    def add():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ActionDialog)
        qtbot.keyClicks(dialog.title, "Weekly 10-minute stand-up")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.owner, "Warehouse manager")
        qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)

    QTimer.singleShot(0, add)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    (action,) = repository.find(window.ws, Action)
    assert (action.title, action.owner, action.status) == (
        "Weekly 10-minute stand-up", "Warehouse manager", ActionStatus.OPEN)
    assert action.due == date.today() + timedelta(days=14)
    assert view.model.rowCount() == 1

    seen = {}

    def done_without_comment_then_with():
        dialog = QApplication.activeModalWidget()
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        dialog.accept()
        seen["error"] = dialog.error.text()
        dialog.comment.setPlainText("Stand-up every Monday since March")
        dialog.accept()

    view.table.selectRow(0)
    QTimer.singleShot(0, done_without_comment_then_with)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert "you said, we did" in seen["error"]
    stored = repository.get(window.ws, Action, action.id)
    assert stored.status is ActionStatus.DONE
    assert stored.comment == "Stand-up every Monday since March"
    assert view.model.rowCount() == 0  # open only
    view.open_only.setChecked(False)
    assert view.model.rowCount() == 1


def test_overdue_actions_say_so(window):
    repository.save(window.ws, Action("Fix the heating", due=date.today() - timedelta(days=3)))
    window.refresh()
    view = window.actions
    assert view.model.data(view.model.index(0, 2)).endswith("overdue")
    assert view.model.data(view.model.index(0, 2), Qt.ItemDataRole.DecorationRole) is not None


def test_due_dates_read_like_every_other_date_and_the_due_label_is_a_mnemonic(window, qtbot):
    repository.save(window.ws, Action("Fix the heating", owner="Facilities",
                                      due=date(2026, 12, 17)))
    window.refresh()
    window.nav.setCurrentRow(4)
    view = window.actions
    assert view.model.data(view.model.index(0, 2)).startswith("17 Dec 2026")
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        seen["due"] = dialog.due.text()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title)
        qtbot.keyClick(dialog.title, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        seen["focus"] = QApplication.focusWidget() is dialog.due
        dialog.reject()

    view.table.selectRow(0)
    QTimer.singleShot(0, look)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen["due"] == "17 Dec 2026"
    assert seen["focus"], seen  # Alt+U reaches the due date: "&" is a mnemonic, not shown
