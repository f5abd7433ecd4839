"""The main window driven like a user would: click, type, press Enter; then read the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_keys import settle

from focusgroup import paths
from focusgroup.domain.model import Department, DepartmentKind
from focusgroup.storage import repository
from focusgroup.ui.dialogs.department_dialog import DepartmentDialog


def test_first_window_explains_itself(window):
    assert window.ws is not None and window.ws.path.name == "team.focusgroup"
    assert "team" in window.windowTitle()
    assert str(window.ws.path) in window.workspace_label.text()
    welcome = window.home.welcome
    assert welcome.isVisible() and not window.home.dashboard.isVisible()
    assert welcome.demo_button.text() == "Open the demo workspace"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Home", "Sessions", "Departments", "Needs & gap", "Actions", "Themes", "Initiatives",
        "Reports"]


def test_menus_have_shortcuts(window):
    shortcuts = {
        (menu.title().replace("&", ""), a.text().replace("&", "")): a.shortcut().toString()
        for menu in window.menuBar().findChildren(type(window.recent_menu))
        for a in menu.actions()
    }
    assert shortcuts["File", "New workspace…"] == "Ctrl+N"
    assert shortcuts["File", "Open…"] == "Ctrl+O"
    assert shortcuts["File", "Quit"] == "Ctrl+Q"
    assert shortcuts["Departments", "Add department…"] == "Ctrl+Shift+D"
    assert shortcuts["Go", "Departments"] == "Alt+3"  # Ctrl+1…7 set the kind of a note
    assert shortcuts["Edit", "Settings…"] == "Ctrl+,"


def test_open_the_demo_from_the_welcome_screen(window, qtbot):
    qtbot.mouseClick(window.home.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ws is not None and window.ws.path == paths.demo_workspace(),
                    timeout=20000)
    settle(qtbot, window)
    dashboard = window.home.dashboard
    assert dashboard.isVisible() and not window.home.welcome.isVisible()
    assert int(dashboard.notes.value.text().replace("\u2009", "")) >= 150
    overdue = dashboard.overdue.texts()
    assert len(overdue) == 1 and overdue[0].startswith("CleanTeam ApS (contractor)"), overdue
    assert "days overdue" in overdue[0]
    assert any("overdue" in line for line in dashboard.action_list.texts())
    gap = dashboard.gap.texts()
    assert gap[0].startswith("Managers underestimate"), gap
    assert "Spearman's rho" in gap[-1] and "employees" in gap[-1]
    assert window.sessions.model.rowCount() >= 8
    assert "demo" in window.windowTitle()


def _fill_department_dialog(qtbot, name: str, kind_text: str, cadence: int) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DepartmentDialog)
    qtbot.keyClicks(dialog.name, name)
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findText(kind_text))
    dialog.cadence.selectAll()
    qtbot.keyClicks(dialog.cadence, str(cadence))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)


def test_add_a_department_through_the_dialog(window, qtbot):
    window.nav.setCurrentRow(2)
    view = window.departments
    QTimer.singleShot(0, lambda: _fill_department_dialog(qtbot, "NordFragt A/S", "Supplier", 3))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    stored = repository.find(window.ws, Department)
    assert [(d.name, d.kind, d.cadence_months) for d in stored] == [
        ("NordFragt A/S", DepartmentKind.SUPPLIER, 3)]
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 4)) == "Never listened to"
    # Home, shown again, has the dashboard with the new department due for listening.
    window.nav.setCurrentRow(0)
    settle(qtbot, window)
    assert not window.home.dashboard.isHidden() and window.home.welcome.isHidden()
    assert window.home.dashboard.overdue.texts() == ["NordFragt A/S (supplier) — never listened to"]


def test_a_duplicate_name_keeps_the_dialog_open_with_a_message(window, qtbot):
    repository.save(window.ws, Department("Warehouse"))
    seen = {}

    def type_duplicate():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.name, "warehouse")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        dialog.reject()

    QTimer.singleShot(0, type_duplicate)
    window.departments.add_department()
    assert seen["visible"] and "already a department" in seen["error"]
    assert len(repository.find(window.ws, Department)) == 1


def test_edit_and_archive_a_department(window, qtbot):
    dept = repository.save(window.ws, Department("Canteen"))
    window.refresh()
    view = window.departments
    view.table.selectRow(0)

    def rename():
        dialog = QApplication.activeModalWidget()
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Canteen & Coffee")
        dialog.name.insert(" / Kantine på 1. sal")  # QTest cannot type non-ASCII keys
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    QTimer.singleShot(0, rename)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    renamed = repository.get(window.ws, Department, dept.id)
    assert renamed.name == "Canteen & Coffee / Kantine på 1. sal"

    view.table.selectRow(0)
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert repository.get(window.ws, Department, dept.id).archived
    assert view.model.rowCount() == 0
    view.show_archived.setChecked(True)
    assert view.model.rowCount() == 1 and view.model.data(view.model.index(0, 4)) == "Archived"
    view.table.selectRow(0)
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert not repository.get(window.ws, Department, dept.id).archived


def test_opening_a_bad_file_shows_a_dialog_and_keeps_the_workspace(window, tmp_path, monkeypatch):
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a workspace")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    current = window.ws
    assert window.open_path(bad, create=False) is False
    assert window.ws is current and "not a focusgroup workspace" in shown[0]
    assert bad.read_bytes() == b"\xff\xd8\xff\xe0 not a workspace"


def test_a_workspace_open_elsewhere_can_be_opened_read_only(window, tmp_path, monkeypatch):
    from focusgroup.services.workspaces import open_ws

    other = tmp_path / "shared.focusgroup"
    holder = open_ws(other)
    try:
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        assert window.open_path(other, create=False)
        assert window.ws.read_only and "(read-only)" in window.workspace_label.text()
        assert not window.departments.add_button.isEnabled()
    finally:
        window.close_workspace()
        holder.close()


def test_recent_workspaces_are_listed_and_open_with_one_activation(window, tmp_path, qtbot):
    first = window.ws.path
    second = tmp_path / "second.focusgroup"
    assert window.open_path(second)
    settle(qtbot, window)
    welcome = window.home.welcome
    texts = [welcome.recent.item(i).text() for i in range(welcome.recent.count())]
    assert len(texts) == 1 and str(first) in texts[0]  # the open one is not repeated
    welcome.recent.itemActivated.emit(welcome.recent.item(0))
    assert window.ws.path == first


def test_new_workspace_from_the_file_dialog(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "spring-round"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_workspace()
    assert window.ws.path == target.with_suffix(".focusgroup")
    assert target.with_suffix(".focusgroup").exists()
    assert "spring-round" in window.windowTitle()


def test_plan_a_session_then_run_it(window, qtbot):
    from focusgroup.domain.model import Note, Session
    from focusgroup.ui.dialogs.session_dialog import SessionDialog

    window.nav.setCurrentRow(1)

    def plan():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SessionDialog)
        qtbot.keyClicks(dialog.title, "IT support as our internal customers see it")
        dialog.template.setCurrentIndex(max(dialog.template.findText(
            "Internal customer", Qt.MatchFlag.MatchContains), 0))
        qtbot.mouseClick(dialog.use_template, Qt.MouseButton.LeftButton)
        dialog.accept()

    QTimer.singleShot(0, plan)
    qtbot.mouseClick(window.sessions.new_button, Qt.MouseButton.LeftButton)
    (session,) = repository.find(window.ws, Session)
    assert window.stack.currentWidget() is window.capture_view
    capture = window.capture_view
    assert capture.title.text() == session.title and len(capture.capture.guide) >= 5
    qtbot.keyClicks(capture.line, "- tickets wait three days #it-support")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    (note,) = repository.find(window.ws, Note)
    assert note.guide_item_id == capture.capture.guide[0].id
    qtbot.mouseClick(capture.back_button, Qt.MouseButton.LeftButton)
    assert window.nav.currentRow() == 1 and window.sessions.model.rowCount() == 1


def test_home_quick_buttons_open_the_right_dialog(window, qtbot):
    from focusgroup.ui.dialogs.lunch_dialog import LunchDialog
    from focusgroup.ui.dialogs.session_dialog import SessionDialog

    repository.save(window.ws, Department("Warehouse"))
    window.refresh()
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        seen.append((type(dialog), getattr(dialog, "kind", None) and dialog.kind.currentData()))
        dialog.reject()

    dashboard = window.home.dashboard
    for button in (dashboard.focus_group_button, dashboard.field_visit_button,
                   dashboard.lunch_button):
        QTimer.singleShot(0, look)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen[0] == (SessionDialog, "focus_group")
    assert seen[1] == (SessionDialog, "field_visit")
    assert seen[2][0] is LunchDialog


def test_a_departments_timeline_and_trend(window, tmp_path):
    from focusgroup.services.demo_file import write_demo_file

    demo = tmp_path / "demo.focusgroup"
    write_demo_file(demo)
    window.open_path(demo, create=False)
    view = window.departments
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data() == "Warehouse")
    view.table.selectRow(row)
    timeline = view.detail.timeline.texts()
    assert len(timeline) >= 3 and any("Warehouse focus group, round 2" in t for t in timeline)
    assert any(t.startswith(("▲", "▼")) for t in view.detail.trend.texts())


def test_a_damaged_workspace_is_restored_after_asking(window, tmp_path, monkeypatch):
    from focusgroup.domain.model import Note, Session
    from focusgroup.services.workspaces import open_ws

    path = tmp_path / "field.focusgroup"
    ws = open_ws(path)
    session = repository.save(ws, Session("Ride-along"))
    for i in range(30):
        repository.save(ws, Note(session.id, f"note {i} " + "text " * 80))
    ws.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\0" * 4096
    path.write_bytes(bytes(data))
    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert window.open_path(path, create=False)
    assert len(repository.find(window.ws, Note)) == 30
    assert "restored from the backup" in told[0] and "damaged file is kept" in told[0]


def test_erase_a_participant_from_the_app(window, qtbot, monkeypatch):
    from focusgroup.domain.model import Note, Participant, Role, Session
    from focusgroup.storage.capture import add_note
    from focusgroup.ui.dialogs.erase_dialog import EraseDialog

    session = repository.save(window.ws, Session("Lunch"))
    person = repository.save(window.ws, Participant("P-555", Role.EMPLOYEE))
    add_note(window.ws, Note(session.id, "only mine", participant_id=person.id))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EraseDialog)
        dialog.code.setCurrentText("p-555")
        shown.append(dialog.who.text())
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    shown = []
    QTimer.singleShot(0, fill)
    window.erase_participant()
    assert repository.find(window.ws, Participant) == []
    assert repository.find(window.ws, Note) == []
    assert shown == ["Erasing removes P-555 (employee, no department, no name is stored): "
                     "1 note and 0 rankings."]
    assert told and "P-555 (employee, no department, no name was stored) was erased" in told[0]


def test_a_backup_that_cannot_be_made_is_reported_not_hidden(window, tmp_path, monkeypatch):
    from focusgroup.services.workspaces import open_ws
    from focusgroup.storage import backups
    from focusgroup.storage.errors import BackupFailed

    path = tmp_path / "other.focusgroup"
    ws = open_ws(path)
    repository.save(ws, Department("Warehouse"))
    ws.close(backup=False)  # changed since its last backup: opening makes one

    def full(*_a, **_k):
        raise BackupFailed("Could not write a backup: the disk is full.")

    monkeypatch.setattr(backups, "make_backup", full)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert window.open_path(path, create=False)
    assert window.ws.path == path and "disk is full" in warned[0]


def test_an_unfinished_erasure_is_reported_when_the_workspace_opens(window, tmp_path,
                                                                   monkeypatch):
    from focusgroup.domain.model import Participant, Role
    from focusgroup.services.erase import erase
    from focusgroup.services.workspaces import open_ws
    from focusgroup.storage import backups
    from focusgroup.storage.errors import BackupFailed

    def full(*_a, **_k):
        raise BackupFailed("Could not write a backup: the disk is full.")

    path = tmp_path / "other.focusgroup"
    ws = open_ws(path)
    repository.save(ws, Participant("P-321", Role.EMPLOYEE))
    monkeypatch.setattr(backups, "make_backup", full)
    assert not erase(ws, "P-321").purge.finished
    ws.close(backup=False)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert window.open_path(path, create=False)
    assert any("1 erasure not finished: making a fresh backup" in text for text in warned)


def test_a_read_only_file_is_offered_read_only(window, tmp_path, monkeypatch):
    """A file the user may not write to (here the permission check says so, as it would for
    another user's file): the app explains, offers to open it read-only, and then nothing can
    be typed into a session, so nothing typed is lost."""
    import os

    from focusgroup.services.demo_file import write_demo_file
    from focusgroup.storage import workspace as storage_workspace

    target = tmp_path / "theirs.focusgroup"
    write_demo_file(target)
    real_access = os.access
    monkeypatch.setattr(storage_workspace.os, "access", lambda p, mode: (
        False if Path(p) == target and mode == os.W_OK else real_access(p, mode)))
    asked = []

    def answer(_parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.open_path(target, create=False)
    assert asked and asked[0][0] == "Workspace is read-only"
    assert "is read-only; focusgroup cannot save to it." in asked[0][1]
    assert window.ws.read_only and "(read-only)" in window.workspace_label.text()
    session_id = window.ws.conn.execute("SELECT id FROM sessions LIMIT 1").fetchone()[0]
    window.open_session(session_id)
    assert not window.capture_view.line.isEnabled()
