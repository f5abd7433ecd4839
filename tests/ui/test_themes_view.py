"""The Themes board: drop and type notes onto themes, accept suggestions, rename/merge/split —
then read the links back from the workspace file; headers count what the file holds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from focusgroup.domain.model import Department, Note, NoteKind, Session
from focusgroup.storage import repository
from focusgroup.storage.capture import add_note
from focusgroup.ui.views.themes import ThemesView
from focusgroup.ui.widgets.theme_board import (
    HTML_ROLE,
    ThemePicker,
    note_ids_mime,
)

ROTA = "Nobody tells us about the new rota"
LUNCH = "Hot lunch on Fridays is a highlight."
WAGES = "Wages have not kept up with prices."


def links(ws) -> set[tuple[str, str]]:
    rows = ws.db.execute("SELECT n.text, t.name FROM note_themes nt JOIN notes n ON "
                         "n.id = nt.note_id JOIN themes t ON t.id = nt.theme_id").fetchall()
    return {(r[0], r[1]) for r in rows}


def theme_names(ws) -> list[str]:
    return sorted(r[0] for r in ws.db.execute("SELECT name FROM themes").fetchall())


@pytest.fixture
def ws(workspace):
    wh = repository.save(workspace, Department("Warehouse"))
    cs = repository.save(workspace, Department("Customer Service"))
    old = repository.save(workspace, Session("Warehouse round 1", department_id=wh.id,
                                             date=date.today() - timedelta(days=300)))
    new = repository.save(workspace, Session("Customer Service round 2", department_id=cs.id,
                                             date=date.today() - timedelta(days=20)))
    for session, text, kind, names in (
        (old, "We are never informed when the rota changes.", NoteKind.DISLIKE,
         ("Communication",)),
        (old, "The Monday stand-up works well.", NoteKind.LIKE, ("Communication",)),
        (new, "Information about the rota comes too late.", NoteKind.DISLIKE,
         ("Communication",)),
        (new, WAGES, NoteKind.DISLIKE, ("Pay",)),
        (new, "The raise in May was welcome.", NoteKind.LIKE, ("Pay",)),
        (new, ROTA, NoteKind.DISLIKE, ()),
        (old, LUNCH, NoteKind.LIKE, ()),
    ):
        add_note(workspace, Note(session.id, text, kind), names)
    return workspace


@pytest.fixture
def view(qtbot, ws):
    widget = ThemesView()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.set_workspace(ws)
    widget.show()
    return widget


def column_of(view, name):
    return next(c for c in view.columns.values() if c.name == name)


def select(column, *texts):
    cards = column.list.notes().cards
    ids = [c.note_id for c in cards if c.text in texts]
    column.list.select_notes(ids, ids[-1] if ids else None)
    column.list.setFocus()
    assert len(column.list.selected_rows()) == len(texts)


def card_html(column, text):
    """The card as painted (a card looks for its suggestion when it is painted)."""
    column.list.viewport().repaint()
    model = column.list.notes()
    row = next(r for r, c in enumerate(model.cards) if c.text == text)
    return model.index(row).data(HTML_ROLE)


def drop(target_list, mime, modifiers=Qt.KeyboardModifier.NoModifier):
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
                       mime, Qt.MouseButton.LeftButton, modifiers)
    target_list.dropEvent(event)
    return event


def test_dragging_adds_a_theme_and_shift_dragging_moves(view, ws, qtbot):
    select(view.unthemed, ROTA)
    mime = view.unthemed.list.model().mimeData(view.unthemed.list.selectedIndexes())  # a drag
    communication = column_of(view, "Communication")
    event = drop(communication.list, mime)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction
    assert (ROTA, "Communication") in links(ws)
    qtbot.waitUntil(lambda: communication.list.count() == 4)
    assert communication.counts_text() == "4 notes · 1 like · 3 dislikes"
    assert ROTA not in _texts(view.unthemed)

    # A plain drag from one theme to another adds: the note now has both themes.
    pay = column_of(view, "Pay")
    drop(pay.list, note_ids_mime([_id(ws, ROTA)], communication.theme_id))
    assert {(ROTA, "Communication"), (ROTA, "Pay")} <= links(ws)

    # Shift held: a move. Wages leaves Pay for Communication.
    drop(communication.list, note_ids_mime([_id(ws, WAGES)], pay.theme_id),
         Qt.KeyboardModifier.ShiftModifier)
    assert (WAGES, "Communication") in links(ws) and (WAGES, "Pay") not in links(ws)

    # Onto "Unthemed": the note leaves the theme it was dragged from.
    drop(view.unthemed.list, note_ids_mime([_id(ws, WAGES)], communication.theme_id))
    assert not {t for n, t in links(ws) if n == WAGES}
    qtbot.waitUntil(lambda: WAGES in _texts(view.unthemed))

    # A drop onto its own column, or a foreign payload, changes nothing.
    before = links(ws)
    assert not drop(pay.list, note_ids_mime([_id(ws, ROTA)], pay.theme_id)).isAccepted()
    assert links(ws) == before


def _id(ws, text):
    (note,) = repository.find_by(ws, Note, text=text)
    return note.id


def _texts(column):
    return column.list.texts()


def answer_picker(qtbot, typed, keys=()):
    """Type into the theme picker once it is open, then press Enter."""
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ThemePicker)
        seen["matches"] = [dialog.matches.item(r).text() for r in range(dialog.matches.count())]
        dialog.edit.selectAll()
        qtbot.keyClicks(dialog.edit, typed)
        for key in keys:
            qtbot.keyClick(dialog.edit, key)
        seen["hint"] = dialog.hint.text()
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    return seen


def test_select_notes_and_press_t_to_type_a_theme(view, ws, qtbot):
    select(view.unthemed, ROTA, LUNCH)
    seen = answer_picker(qtbot, "Canteen")
    qtbot.keyClick(view.unthemed.list, Qt.Key.Key_T)
    assert seen["matches"] == ["#Communication", "#Pay"]
    assert "creates the new theme" in seen["hint"]
    assert {(ROTA, "Canteen"), (LUNCH, "Canteen")} <= links(ws)
    assert "Canteen" in [c.name for c in view.columns.values()]
    assert "Added #Canteen to 2 notes" in view.message.text()

    # Ctrl+T in a theme column; typing part of a name picks the existing theme.
    canteen = column_of(view, "Canteen")
    select(canteen, LUNCH)
    answer_picker(qtbot, "comm")
    qtbot.keyClick(canteen.list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert {(LUNCH, "Canteen"), (LUNCH, "Communication")} <= links(ws)
    assert theme_names(ws) == ["Canteen", "Communication", "Pay"]

    # Up leaves the matches: Enter then creates the typed name even though it matches one.
    select(canteen, LUNCH)
    answer_picker(qtbot, "Pa", [Qt.Key.Key_Up])
    qtbot.keyClick(canteen.list, Qt.Key.Key_T)
    assert theme_names(ws) == ["Canteen", "Communication", "Pa", "Pay"]


def test_delete_key_removes_the_theme_from_the_selected_notes(view, ws, qtbot):
    pay = column_of(view, "Pay")
    select(pay, WAGES)
    qtbot.keyClick(pay.list, Qt.Key.Key_Delete)
    assert (WAGES, "Pay") not in links(ws)
    assert "Pay" in theme_names(ws)
    assert _texts(pay) == ["The raise in May was welcome."]
    assert pay.counts_text() == "1 note · 1 like · 0 dislikes"
    assert WAGES in _texts(view.unthemed)


def test_the_suggestion_shows_in_grey_and_one_key_accepts_or_ignores_it(view, ws, qtbot):
    assert _texts(view.unthemed) == [LUNCH, ROTA]  # the newest note first
    html = card_html(view.unthemed, ROTA)
    assert "Suggested: #Communication — shares: rota" in html
    select(view.unthemed, ROTA)
    qtbot.keyClick(view.unthemed.list, Qt.Key.Key_A)
    assert (ROTA, "Communication") in links(ws)
    assert ROTA not in _texts(view.unthemed)
    assert "Accepted: #Communication" in view.message.text()

    # Ignore: the suggestion disappears from the card; nothing is stored.
    late = "Information about the rota comes too late."
    communication = column_of(view, "Communication")
    select(communication, late)
    qtbot.keyClick(communication.list, Qt.Key.Key_Delete)  # unthemed now, suggested back
    assert "Suggested: #Communication" in card_html(view.unthemed, late)
    select(view.unthemed, late)
    before = links(ws)
    qtbot.keyClick(view.unthemed.list, Qt.Key.Key_I)
    assert "Suggested" not in card_html(view.unthemed, late)
    select(view.unthemed, late)
    qtbot.keyClick(view.unthemed.list, Qt.Key.Key_Return)  # ignored: Enter does nothing
    assert links(ws) == before
    assert "No suggestion" in view.message.text()


def run_with_picker(qtbot, button, typed):
    answer_picker(qtbot, typed)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_rename_merge_and_split_from_the_buttons(view, ws, qtbot):
    pay = column_of(view, "Pay")
    select(pay, WAGES)
    assert view.rename_button.isVisible() and not view.accept_button.isVisible()
    run_with_picker(qtbot, view.rename_button, "Communication")  # a clash is refused
    assert "already a theme called Communication" in view.message.text()
    assert theme_names(ws) == ["Communication", "Pay"]
    run_with_picker(qtbot, view.rename_button, "Wages")
    assert theme_names(ws) == ["Communication", "Wages"]
    assert view.columns[pay.theme_id].title.text() == "Wages"

    communication = column_of(view, "Communication")
    select(communication, "We are never informed when the rota changes.",
           "Information about the rota comes too late.")
    run_with_picker(qtbot, view.split_button, "Rota information")
    assert theme_names(ws) == ["Communication", "Rota information", "Wages"]
    assert {t for n, t in links(ws) if "rota" in n} == {"Rota information"}
    assert _texts(communication) == ["The Monday stand-up works well."]

    rota = column_of(view, "Rota information")
    select(rota, "Information about the rota comes too late.")
    run_with_picker(qtbot, view.merge_button, "Comm")
    assert theme_names(ws) == ["Communication", "Wages"]
    assert {t for n, t in links(ws) if "rota" in n} == {"Communication"}
    assert rota.theme_id not in view.columns
    assert communication.counts_text() == "3 notes · 1 like · 2 dislikes"


def test_filters_by_department_and_period(view, ws):
    assert sorted(_texts(view.unthemed)) == sorted([ROTA, LUNCH])
    view.period.setCurrentIndex(view.period.findData(6))
    assert _texts(view.unthemed) == [ROTA]
    assert column_of(view, "Communication").counts_text() == "1 note · 0 likes · 1 dislike"
    view.period.setCurrentIndex(view.period.findData(0))
    view.department.setCurrentIndex(view.department.findText("Warehouse"))
    assert _texts(view.unthemed) == [LUNCH]
    assert column_of(view, "Pay").counts_text() == "0 notes · 0 likes · 0 dislikes"


def test_headers_count_likes_and_dislikes_as_the_demo_file_does(qtbot, tmp_path):
    from focusgroup.services.demo_file import write_demo_file
    from focusgroup.services.workspaces import open_ws

    write_demo_file(tmp_path / "demo.focusgroup")
    demo = open_ws(tmp_path / "demo.focusgroup", create=False)
    try:
        widget = ThemesView()
        qtbot.addWidget(widget)
        widget.set_workspace(demo)
        assert widget.columns == {}  # hidden: the board is built when it is shown
        widget.show()
        rows = demo.db.execute(
            "SELECT t.name, count(*), sum(n.kind = 'like'), sum(n.kind = 'dislike') "
            "FROM note_themes nt JOIN themes t ON t.id = nt.theme_id "
            "JOIN notes n ON n.id = nt.note_id GROUP BY t.name").fetchall()
        shown = {c.name: c.counts_text() for c in widget.columns.values()}
        assert len(shown) == 10
        for name, notes, likes, dislikes in rows:
            assert shown[name] == (f"{notes} notes · {likes} like{'s' * (likes != 1)} · "
                                   f"{dislikes} dislike{'s' * (dislikes != 1)}")
        unthemed = demo.db.execute(
            "SELECT count(*) FROM notes WHERE id NOT IN (SELECT note_id FROM note_themes)")
        assert widget.unthemed.counts_text().startswith(f"{unthemed.fetchone()[0]} notes")

        # Ten themes do not fit: dragging near the right edge scrolls the themes along.
        widget.resize(1000, 700)
        bar = widget.scroll.horizontalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        viewport = widget.scroll.viewport()
        edge = viewport.mapToGlobal(QPoint(viewport.width() - 10, viewport.height() // 2))
        widget.unthemed.list.drag_moved.emit(edge)
        assert bar.value() > 0
    finally:
        demo.close(backup=False)


def test_read_only_workspace_cannot_be_changed(qtbot, ws):
    widget = ThemesView()
    qtbot.addWidget(widget)
    widget.set_workspace(ws)
    ws.read_only = True
    try:
        widget.refresh()
        assert not widget.new_button.isEnabled()
        assert not widget.unthemed.list.acceptDrops()
        before = links(ws)
        widget.drop_notes([_id(ws, ROTA)], None, column_of(widget, "Pay").theme_id)
        assert links(ws) == before
    finally:
        ws.read_only = False


def test_new_theme_then_delete_it_from_the_context_menu(view, ws, qtbot):
    run_with_picker(qtbot, view.new_button, "Parking")
    assert theme_names(ws) == ["Communication", "Parking", "Pay"]
    parking = column_of(view, "Parking")
    assert parking.list.count() == 0
    chosen = {}

    def choose():
        menu = QApplication.activePopupWidget()
        chosen["actions"] = [a.text() for a in menu.actions() if a.text()]
        delete = next(a for a in menu.actions() if a.text() == "Delete theme")
        chosen["enabled"] = delete.isEnabled()
        menu.close()
        delete.trigger()

    QTimer.singleShot(0, choose)
    parking.list.customContextMenuRequested.emit(parking.list.rect().center())
    assert chosen["enabled"]
    assert "Merge theme into…" in chosen["actions"]
    assert theme_names(ws) == ["Communication", "Pay"]
    assert "Parking" not in [c.name for c in view.columns.values()]

