"""Undo on the Themes board of the real window: Ctrl+Z puts the themes back as they were,
Ctrl+Shift+Z does it again; the workspace file says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from focusgroup.domain.model import Note, NoteKind, Session
from focusgroup.storage.capture import add_note

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def links(ws) -> set[tuple[str, str]]:
    rows = ws.db.execute("SELECT n.text, t.name FROM note_themes nt JOIN notes n ON "
                         "n.id = nt.note_id JOIN themes t ON t.id = nt.theme_id").fetchall()
    return {(r[0], r[1]) for r in rows}


def names(ws) -> list[str]:
    return sorted(r[0] for r in ws.db.execute("SELECT name FROM themes").fetchall())


def _board(window):
    ws = window.ws
    session = Session("Warehouse round 1")
    from focusgroup.storage import repository

    repository.save(ws, session)
    add_note(ws, Note(session.id, "The rota comes late", NoteKind.DISLIKE), ("Rota",))
    add_note(ws, Note(session.id, "Nobody tells us about changes", NoteKind.DISLIKE),
             ("Communication",))
    add_note(ws, Note(session.id, "Hot lunch on Fridays", NoteKind.LIKE), ())
    window.refresh()
    window.stack.show_page("themes")
    view = window.themes
    view.refresh()
    return ws, view


def _keys(qtbot, window, widget, key, modifiers) -> None:
    """A key press in ``widget`` once the window is active again after a dialog closed (the
    offscreen platform does not hand activation back by itself)."""
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, key, modifiers)


def _column(view, name):
    return next(c for c in view.columns.values() if c.name == name)


def test_ctrl_z_undoes_a_typed_theme_and_a_merge(window, qtbot):
    ws, view = _board(window)
    before = links(ws)
    unthemed = view.unthemed.list
    unthemed.setFocus()
    lunch = next(c.note_id for c in unthemed.notes().cards if c.text == "Hot lunch on Fridays")
    unthemed.select_notes([lunch], lunch)

    def pick():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.edit, "Canteen")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    qtbot.keyClick(unthemed, Qt.Key.Key_T)
    assert ("Hot lunch on Fridays", "Canteen") in links(ws)
    _keys(qtbot, window, unthemed, Qt.Key.Key_Z, CTRL)
    assert links(ws) == before and "Canteen" not in names(ws)
    _keys(qtbot, window, view.unthemed.list, Qt.Key.Key_Z, CTRL | SHIFT)
    assert ("Hot lunch on Fridays", "Canteen") in links(ws)

    # A merge takes a theme away; undo brings it back with its notes.
    before = links(ws)
    rota = _column(view, "Rota")
    view._set_current(rota)

    def merge():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.edit, "Communication")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, merge)
    view.merge_current()
    assert "Rota" not in names(ws)
    _keys(qtbot, window, view.unthemed.list, Qt.Key.Key_Z, CTRL)
    assert links(ws) == before and "Rota" in names(ws)
    assert "Undone" in view.message.text()
