"""#tags in the capture line of the real window: a close existing theme is offered while
typing, and picking it tags the note with that theme instead of making a near-duplicate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from focusgroup.domain.model import Note, Session, Theme
from focusgroup.storage import repository


def test_a_tag_offers_the_close_existing_theme(window, qtbot):
    ws = window.ws
    repository.save(ws, Theme("Tools & equipment"))
    session = repository.save(ws, Session("Warehouse round 2"))
    window.refresh()
    window.open_session(session.id)
    line = window.capture_view.line
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    qtbot.keyClicks(line, "+ the new gloves #Equip")
    popup = line.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered == ["Tools & equipment"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == "+ the new gloves #Tools-equipment "
    qtbot.keyClick(line, Qt.Key.Key_Return)
    [note] = repository.find(ws, Note)
    assert note.text == "the new gloves"
    assert sorted(t.name for t in repository.find(ws, Theme)) == ["Tools & equipment"]
    tagged = ws.conn.execute("SELECT t.name FROM note_themes nt JOIN themes t ON t.id = "
                             "nt.theme_id WHERE nt.note_id = ?", [note.id]).fetchall()
    assert tagged == [("Tools & equipment",)]


def test_tab_takes_the_theme_the_popup_offers(window, qtbot):
    ws = window.ws
    repository.save_all(ws, [Theme("Tools & equipment"), Theme("Training")])
    session = repository.save(ws, Session("Warehouse round 2"))
    window.refresh()
    window.open_session(session.id)
    line = window.capture_view.line
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    qtbot.keyClicks(line, "- gloves tear #equip")  # in the middle of the name
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert line.text() == "- gloves tear #Tools-equipment "
    assert QApplication.focusWidget() is line
    qtbot.keyClicks(line, "#T")
    qtbot.waitUntil(line.completer_.popup().isVisible)
    qtbot.keyClick(line.completer_.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(line.completer_.popup(), Qt.Key.Key_Down)  # the second row: Training
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert line.text() == "- gloves tear #Tools-equipment #Training "
