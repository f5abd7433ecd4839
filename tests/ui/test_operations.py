"""Operations on the workspace, driven through the real main window as a person does: each runs
on its own connection, a write ends in one ``workspace_changed`` signal the pages refresh from,
a failure is one line in one dialog with nothing stored changed, and a cancelled import leaves
the workspace as it was."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from ui_keys import press, settle, type_text

from focusgroup.services.errors import WorkspaceError
from focusgroup.storage import queries

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
ITEMS = ["Appreciation of work done", "Good wages", "Job security", "Interesting work"]


def _rankings_csv(path, people: int) -> None:
    lines = ["participant,role,perspective,item,rank"]
    for n in range(people):
        for rank, item in enumerate(ITEMS[n % 4:] + ITEMS[:n % 4], start=1):
            lines.append(f"P-{n:05},employee,own,{item},{rank}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _on_the_import_dialog(qtbot, window, path, then) -> None:
    """Needs ▸ Import rankings… (Ctrl+Shift+I), choose ``path``, Preview, Import; ``then``
    runs while the dialog is still open."""
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        dialog.path.setText(str(path))
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        assert dialog.import_button.isEnabled(), dialog.preview.toPlainText()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        then(dialog)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
    assert "dialog" in seen


def test_a_note_typed_on_the_capture_line_is_announced_and_shown_on_sessions_and_home(
        main_window, qtbot):
    changes = []
    main_window.hub.workspace_changed.connect(changes.append)
    press(qtbot, Qt.Key.Key_2, ALT)  # Sessions and Home are built before the note is typed
    sessions = main_window.sessions
    assert sessions.model.data(sessions.model.index(0, 5)) == "0"
    main_window.open_session(main_window.session_id)
    type_text(qtbot, "+ the canteen opens early")
    press(qtbot, Qt.Key.Key_Return)
    assert frozenset({"notes"}) in changes  # one signal says what changed
    press(qtbot, Qt.Key.Key_2, ALT)
    assert sessions.model.data(sessions.model.index(0, 5)) == "1"
    press(qtbot, Qt.Key.Key_1, ALT)
    settle(qtbot, main_window)
    assert main_window.home.dashboard.notes.value.text() == "1"


def test_home_is_read_on_its_own_connection_in_the_background(window, qtbot, monkeypatch):
    from focusgroup.ui import pages

    used = []
    real = pages.home_summary

    def recording(ws, **kwargs):
        used.append((ws, ws.conn, threading.current_thread()))
        return real(ws, **kwargs)

    monkeypatch.setattr(pages, "home_summary", recording)
    window.refresh()
    settle(qtbot, window)
    assert len(used) == 1
    ws, conn, thread = used[0]
    assert ws is not window.ws and conn is not window.ws.conn
    assert thread is not threading.main_thread()
    assert ws.conn is None  # closed when the work was done


def test_an_import_that_fails_shows_one_line_and_stores_nothing(window, qtbot, tmp_path,
                                                                 monkeypatch):
    from focusgroup.ui.dialogs import import_dialog

    path = tmp_path / "survey.csv"
    _rankings_csv(path, 20)
    before = queries.table_counts(window.ws)
    changes = []
    window.hub.workspace_changed.connect(changes.append)
    real = import_dialog.apply_plan

    def fails_at_the_end(ws, plan, progress):
        real(ws, plan, progress)  # everything written, then the disk is full
        raise WorkspaceError("Could not save: the disk is full.")

    monkeypatch.setattr(import_dialog, "apply_plan", fails_at_the_end)
    shown = {}

    def wait_for_the_error(dialog):
        qtbot.waitUntil(lambda: window.hub.error_box is not None
                        and window.hub.error_box.isVisible(), timeout=10000)
        shown["text"] = window.hub.error_box.text()
        shown["preview"] = dialog.preview.toPlainText()
        window.hub.error_box.close()

    _on_the_import_dialog(qtbot, window, path, wait_for_the_error)
    assert shown["text"] == "Could not save: the disk is full."
    assert "Traceback" not in shown["preview"]
    assert queries.table_counts(window.ws) == before
    assert changes == []


def test_cancelling_a_long_import_leaves_the_workspace_unchanged(window, qtbot, tmp_path,
                                                                 monkeypatch):
    from focusgroup.services import import_rankings

    path = tmp_path / "big-survey.csv"
    _rankings_csv(path, 1500)
    before = queries.table_counts(window.ws)
    changes = []
    window.hub.workspace_changed.connect(changes.append)
    real = import_rankings.replace_rankings

    def steady(*args, **kwargs):  # a slow disk: the import surely outlasts the cancel
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_rankings, "replace_rankings", steady)
    seen = {}

    def cancel(dialog):
        def shown() -> list[QProgressDialog]:
            return [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible()]

        qtbot.waitUntil(lambda: bool(shown()), timeout=10000)  # after ~300 ms
        box = shown()[0]
        assert box.maximum() in (0, 1500)
        button = box.findChild(QPushButton)
        assert button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.hub.busy, timeout=20000)
        seen["preview"] = dialog.preview.toPlainText()

    _on_the_import_dialog(qtbot, window, path, cancel)
    assert seen["preview"] == "Cancelled: nothing was imported."
    assert queries.table_counts(window.ws) == before
    assert changes == []
    assert window.hub.error_box is None  # a cancel is not an error


def test_a_workspace_that_cannot_be_opened_again_is_one_line_not_the_windows_connection(
        window, qtbot, tmp_path, monkeypatch):
    """The file was moved away while the window had it open: the operation says so and its
    work never runs (there is no fall-back to the window's connection)."""
    from focusgroup.ui import pages

    ran = []
    monkeypatch.setattr(pages, "home_summary", lambda ws, **kw: ran.append(ws))
    path = window.ws.path
    path.rename(tmp_path / "moved.focusgroup")
    window.refresh()
    qtbot.waitUntil(lambda: window.hub.error_box is not None
                    and window.hub.error_box.isVisible(), timeout=10000)
    assert window.hub.error_box.text() == f"There is no workspace at {path}."
    assert ran == []
    window.hub.error_box.close()
    (tmp_path / "moved.focusgroup").rename(path)


def test_closing_right_after_an_import_backs_the_imported_rankings_up(window, qtbot, tmp_path):
    """The import wrote through its own connection: closing the window must still count it as
    a change and make the closing backup (routine backups at every close: interval 0)."""
    from focusgroup.services.workspace_settings import set_value

    path = tmp_path / "survey.csv"
    _rankings_csv(path, 10)
    ws = window.ws
    set_value(ws, "backup_interval_minutes", "0")
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Back up now
    before = {b.path for b in ws.backups()}
    assert "manual" in {b.reason for b in ws.backups()}  # everything so far is covered
    _on_the_import_dialog(qtbot, window, path, lambda dialog: settle(qtbot, window))
    assert queries.table_counts(ws)["rankings"] == 10
    window.close_workspace()
    made = [b for b in ws.backups() if b.path not in before]
    assert sorted(b.reason for b in made) == ["before-import", "close"]


def test_a_page_shown_again_reads_the_workspace_only_when_something_it_shows_changed(
        window, qtbot, monkeypatch):
    from focusgroup.ui.views import sessions as sessions_view

    press_on = window.nav
    reads = []
    real = sessions_view.session_count
    monkeypatch.setattr(sessions_view, "session_count", lambda ws: reads.append(1) or real(ws))
    for _ in range(3):  # Sessions, Home, Sessions, Home, …: nothing was written
        qtbot.keyClick(press_on, Qt.Key.Key_2, ALT)
        qtbot.keyClick(press_on, Qt.Key.Key_1, ALT)
    assert len(reads) == 1  # built once
    window.changed("settings")  # nothing the Sessions page shows
    qtbot.keyClick(press_on, Qt.Key.Key_2, ALT)
    assert len(reads) == 1
    window.changed("sessions")  # while it is on screen: read at once
    assert len(reads) == 2
