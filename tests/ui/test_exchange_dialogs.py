"""File ▸ Send work… and File ▸ Receive work… in the real main window: a package written from
the menu holds only what was chosen, and receiving one from the menu adds a colleague's work."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from focusgroup.domain import model
from focusgroup.domain.model import Department, Note
from focusgroup.services.exchange import export_package, passphrase_from_text
from focusgroup.services.lunch import log_lunch
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import repository
from focusgroup.storage.capture import add_note

PASSPHRASE = "tea at four"


def _file_menu_action(window, text: str):
    menu = window.menuBar().actions()[0].menu()
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _in_dialog(qtbot, steps, problems: list) -> None:
    """Run ``steps(dialog)`` on the modal dialog the menu opens, and close it afterwards."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            steps(dialog)
        except Exception as error:  # noqa: BLE001 - reported by the test after exec returns
            problems.append(error)
        finally:
            close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
            qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, run)


def _notes(path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {text for (text,) in conn.execute("SELECT text FROM notes")}
    finally:
        conn.close()


def test_send_work_writes_a_lunch_only_package(window, qtbot, tmp_path, cli):
    ws = window.ws
    kitchen = repository.save(ws, Department("Kitchen"))
    log_lunch(ws, department_id=kitchen.id, participant="P-007", likes="Soup on Fridays")
    group = repository.save(ws, model.Session("Kitchen round", date=date(2026, 11, 3)))
    add_note(ws, Note(group.id, "Knives are blunt"))
    package = tmp_path / "lunch.fgpackage"
    problems: list = []

    def send(dialog) -> None:
        assert dialog.windowTitle() == "Send work"
        dialog.what.setCurrentIndex(dialog.what.findData("lunch"))
        qtbot.keyClicks(dialog.path, str(package))
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.repeat, PASSPHRASE + "!")
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        assert "differ" in dialog.summary.toPlainText() and not package.exists()
        dialog.repeat.clear()
        qtbot.keyClicks(dialog.repeat, PASSPHRASE)
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.result_text), timeout=20000)
        assert dialog.result_text.startswith("Wrote lunch.fgpackage (lunch interviews only")
        assert dialog.result_text in dialog.summary.toPlainText()

    _in_dialog(qtbot, send, problems)
    _file_menu_action(window, "Send work…").trigger()
    assert problems == []
    data = package.read_bytes()
    assert data.startswith(b"FGXCHG") and b"Soup on Fridays" not in data

    colleague = tmp_path / "colleague.focusgroup"
    open_ws(colleague).close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli("exchange", "import", str(package), "-w", str(colleague),
               "--passphrase-file", str(secret))[0] == 0
    assert _notes(colleague) == {"Soup on Fridays"}


def test_receive_work_adds_a_colleagues_package(window, qtbot, tmp_path, monkeypatch):
    colleague = tmp_path / "colleague.focusgroup"
    other = open_ws(colleague)
    warehouse = repository.save(other, Department("Warehouse"))
    session = repository.save(other, model.Session("Warehouse round", department_id=warehouse.id))
    add_note(other, Note(session.id, "The forklift brakes squeak"))
    package = tmp_path / "colleague.fgpackage"
    export_package(other, package, passphrase_from_text(PASSPHRASE))
    other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(package)], "")))
    before = _notes(window.ws.path)
    problems: list = []
    add_button = "Add packages…"

    def receive(dialog) -> None:
        assert dialog.windowTitle() == "Receive work"
        button = next(b for b in dialog.findChildren(type(dialog.go_button))
                      if b.text().replace("&", "") == add_button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.files.count() == 1
        qtbot.keyClicks(dialog.passphrase, "wrong")
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "passphrase is wrong" in dialog.summary.toPlainText(),
                        timeout=20000)
        assert _notes(window.ws.path) == before
        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.received, timeout=20000)
        assert dialog.result_text.startswith("Merged colleague.fgpackage into team.focusgroup")
        assert dialog.progress.value() == dialog.progress.maximum() == 2

    _in_dialog(qtbot, receive, problems)
    _file_menu_action(window, "Receive work…").trigger()
    assert problems == []
    assert _notes(window.ws.path) == before | {"The forklift brakes squeak"}
    assert "Merged colleague.fgpackage" in window.statusBar().currentMessage()
