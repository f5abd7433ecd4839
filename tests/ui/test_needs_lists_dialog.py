"""Needs lists dialog: make a list, add items by keyboard, reorder, and try to delete a used one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from focusgroup.domain.model import Perspective, Role, Session
from focusgroup.services import needs_lists as service
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.rankings import save_typed_ranking
from focusgroup.storage import repository
from focusgroup.ui.dialogs.needs_lists_dialog import ItemDialog, NeedsListsDialog


def _type_item(qtbot, english: str, danish: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ItemDialog)
    qtbot.keyClicks(dialog.english, english)
    qtbot.keyClick(dialog.english, Qt.Key.Key_Tab)
    dialog.danish.insert(danish)
    qtbot.keyClick(dialog.danish, Qt.Key.Key_Return)


def test_make_a_list_and_reorder_its_items(window, qtbot, monkeypatch):
    ws = window.ws
    dialog = NeedsListsDialog(ws, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Warehouse wishes", True))
    qtbot.mouseClick(dialog.new_list, Qt.MouseButton.LeftButton)
    assert dialog.current_list().name == "Warehouse wishes"
    for english, danish in (("Heated break room", "Opvarmet pauserum"),
                            ("Shift plans two weeks ahead", "Vagtplan to uger frem")):
        QTimer.singleShot(0, lambda e=english, d=danish: _type_item(qtbot, e, d))
        qtbot.mouseClick(dialog.add_item, Qt.MouseButton.LeftButton)
    assert dialog.items.currentRow() == 1
    qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)
    stored = service.items_of(ws, dialog.current_list())
    assert [(i.label_en, i.label_da, i.position) for i in stored] == [
        ("Shift plans two weeks ahead", "Vagtplan to uger frem", 1),
        ("Heated break room", "Opvarmet pauserum", 2)]
    assert dialog.items.item(0).text().startswith("1.  Shift plans")


def test_deleting_a_ranked_item_explains_and_keeps_it(window, qtbot, monkeypatch):
    ws = window.ws
    classic = default_needs_list(ws)
    session = repository.save(ws, Session("Round 1", date=date.today()))
    save_typed_ranking(ws, session, classic, "P-001", Role.EMPLOYEE, Perspective.OWN, "1 2 3")
    dialog = NeedsListsDialog(ws, window)
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog.items.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_item, Qt.MouseButton.LeftButton)
    assert "archive it instead" in warnings[0]
    assert len(service.items_of(ws, classic)) == 10
    qtbot.mouseClick(dialog.archive_item, Qt.MouseButton.LeftButton)
    assert service.items_of(ws, classic)[0].archived
    assert "(archived)" in dialog.items.item(0).text()
