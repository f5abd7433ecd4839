"""Lists that grow with the workspace read only what is shown: in the real main window on a
2,000-note workspace, the Themes board counts every note but reads a page of cards until it is
scrolled, and a drop or a typed theme still lands in the workspace file."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from focusgroup.domain.model import Department, Session, Theme
from focusgroup.storage import repository

NOTES = 2000
THEMED = 150


def fill(ws, session_id: str, count: int, theme_id: str | None = None, start: int = 0) -> None:
    """``count`` notes in one transaction (row by row would take the test a minute)."""
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(start, start + count):
        when = (stamp + timedelta(seconds=i)).isoformat()
        rows.append((str(uuid.uuid4()), session_id, "dislike" if i % 3 else "like",
                     f"Note number {i} about the rota", when, when))
    with ws.conn:
        ws.conn.executemany(
            "INSERT INTO notes (id, session_id, kind, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", rows)
        if theme_id is not None:
            ws.conn.executemany("INSERT INTO note_themes (note_id, theme_id) VALUES (?, ?)",
                                [(row[0], theme_id) for row in rows])


@pytest.fixture
def big(window):
    ws = window.ws
    department = repository.save(ws, Department("Warehouse"))
    session = repository.save(ws, Session("Warehouse round 1", department_id=department.id))
    rota = repository.save(ws, Theme("Rota"))
    fill(ws, session.id, NOTES - THEMED)
    fill(ws, session.id, THEMED, rota.id, start=NOTES - THEMED)
    window.refresh()
    window.rota_id = rota.id
    return window


def themes_page(window, qtbot):
    window.stack.show_page("themes")
    view = window.themes
    qtbot.waitUntil(lambda: view.isVisible() and view.unthemed.list.count() > 0)
    return view


def linked(ws, theme_id: str) -> int:
    return ws.conn.execute("SELECT count(*) FROM note_themes WHERE theme_id = ?",
                           [theme_id]).fetchone()[0]


def test_themes_counts_every_note_but_reads_cards_as_they_are_scrolled(big, qtbot):
    view = themes_page(big, qtbot)
    unthemed = view.unthemed.list
    assert view.unthemed.counts_text() == "1850 notes · 617 likes · 1233 dislikes"
    rota = view.columns[big.rota_id]
    assert rota.counts_text().startswith("150 notes")
    assert "2000 notes in this scope · 1850 unthemed · 1 theme" in view.summary.text()
    read = unthemed.count()
    assert read < 300  # a page, not the 1,850 cards

    bar = unthemed.verticalScrollBar()
    for _ in range(3):  # scrolling to the end reads the next page
        before = unthemed.count()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda before=before: unthemed.count() > before)
        qtbot.waitUntil(lambda: bar.value() < bar.maximum())  # laid out: room to scroll
    assert read < unthemed.count() < NOTES - THEMED


def test_a_drop_and_a_typed_theme_land_in_the_workspace(big, qtbot):
    ws = big.ws
    view = themes_page(big, qtbot)
    unthemed = view.unthemed.list
    first, second = unthemed.notes().cards[:2]

    # Drag a card onto the Rota column (what Qt delivers at the end of a drag).
    unthemed.select_notes([first.note_id], first.note_id)
    mime = unthemed.model().mimeData(unthemed.selectedIndexes())
    target = view.columns[big.rota_id].list
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
                       mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)
    assert event.isAccepted()
    assert linked(ws, big.rota_id) == THEMED + 1
    qtbot.waitUntil(lambda: view.columns[big.rota_id].counts_text().startswith("151 notes"))
    assert view.unthemed.counts_text().startswith("1849 notes")

    # Select a card and press T in the window: the picker takes a typed theme.
    unthemed.setFocus()
    unthemed.select_notes([second.note_id], second.note_id)

    def pick():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.edit, "Canteen")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    qtbot.keyClick(unthemed, Qt.Key.Key_T)
    (canteen,) = ws.conn.execute(
        "SELECT t.id FROM note_themes nt JOIN themes t ON t.id = nt.theme_id "
        "WHERE nt.note_id = ? AND t.name = 'Canteen'", [second.note_id]).fetchall()
    assert linked(ws, canteen[0]) == 1
    assert view.unthemed.counts_text().startswith("1848 notes")


def test_sessions_list_reads_a_page_and_sorts_in_the_workspace(window, qtbot):
    ws = window.ws
    start = datetime(2024, 1, 1).date()
    repository.save_all(ws, [Session(f"Round {i:03}", date=start + timedelta(days=i))
                             for i in range(500)])
    window.refresh()
    window.nav.setCurrentRow(1)
    view = window.sessions
    qtbot.waitExposed(view.table)
    assert view.model.rowCount() < 500  # a page of the 500
    assert view.model.total == 500  # counted in the workspace
    assert view.model.index(0, 4).data() == "Round 499"  # newest first
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by title, in the workspace
    assert view.model.index(0, 4).data() == "Round 000"
    bar = view.table.verticalScrollBar()
    while view.model.rowCount() < 500:
        before = view.model.rowCount()
        qtbot.waitUntil(lambda: bar.value() < bar.maximum())
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda before=before: view.model.rowCount() > before)
    assert view.model.index(499, 4).data() == "Round 499"


def test_search_counts_every_hit_and_reads_them_as_they_are_scrolled(big, qtbot):
    from focusgroup.ui.dialogs.search_dialog import SearchDialog

    dialog = SearchDialog(big.ws, big)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query.setText("rota")
    dialog.run()
    assert dialog.count.text().startswith(f"{NOTES} notes found")  # counted, not capped
    read = len(dialog.hits())
    assert 0 < read < 300
    bar = dialog.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() < bar.maximum())
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: len(dialog.hits()) > read)
    assert len(set(dialog.hits())) == len(dialog.hits())  # pages do not repeat a hit


def test_initiative_evidence_counts_every_quote_but_shows_the_first(big, qtbot):
    from focusgroup.services import initiatives

    ws = big.ws
    (session_id,) = ws.conn.execute("SELECT id FROM sessions").fetchone()
    canteen = initiatives.create_initiative(ws, "New canteen")
    initiatives.put_to_session(ws, canteen.id, session_id)
    notes = [r[0] for r in ws.conn.execute("SELECT id FROM notes LIMIT 130")]
    with ws.conn:
        ws.conn.executemany(
            "INSERT INTO note_stances (note_id, initiative_id, stance) VALUES (?, ?, ?)",
            [(n, canteen.id, "for" if i < 120 else "against") for i, n in enumerate(notes)])
    big.refresh()
    big.nav.setCurrentRow(6)
    view = big.initiatives
    qtbot.waitExposed(view.table)
    view.select(canteen.id)
    shown = view.texts()
    assert view.for_title.text() == "For (120)"
    assert len(shown["for"]) < 120  # the first quotes, not a label for each of 120
    assert shown["for"][-1] == f"… and {120 - len(shown['for']) + 1} more"
    assert view.against_title.text() == "Against (10)" and len(shown["against"]) == 10
