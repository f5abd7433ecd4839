"""Search: type a phrase, see highlighted results, open the session at that note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from focusgroup.domain.model import Note
from focusgroup.services.demo_file import write_demo_file
from focusgroup.storage import repository
from focusgroup.ui.dialogs.search_dialog import HTML_ROLE, SearchDialog


def test_search_finds_a_phrase_and_opens_the_session_at_the_note(window, qtbot, tmp_path):
    demo = tmp_path / "demo.focusgroup"
    write_demo_file(demo)
    window.open_path(demo, create=False)
    target = next(n for n in repository.find(window.ws, Note) if " " in n.text and len(
        n.text.split()) > 4)
    phrase = " ".join(target.text.split()[1:3])
    seen = {}

    def search():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SearchDialog)
        qtbot.keyClicks(dialog.query, f'"{phrase}"')
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=3000)
        seen["hits"] = dialog.hits()
        seen["html"] = dialog.model.index(0).data(HTML_ROLE)
        row = next(i for i, (_, note_id) in enumerate(dialog.hits()) if note_id == target.id)
        dialog.results.setCurrentIndex(dialog.model.index(row))
        dialog.results.activated.emit(dialog.model.index(row))

    QTimer.singleShot(0, search)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    if "hits" not in seen:  # shortcuts need an active window; fall back to the menu slot
        QTimer.singleShot(0, search)
        window.search_notes()
    assert (target.session_id, target.id) in seen["hits"]
    assert "<b" in seen["html"]
    assert window.stack.currentWidget() is window.capture_view
    assert [n.id for n in window.capture_view.selected_notes()] == [target.id]


def test_filters_narrow_the_results(window, qtbot, tmp_path):
    demo = tmp_path / "demo.focusgroup"
    write_demo_file(demo)
    window.open_path(demo, create=False)
    dialog = SearchDialog(window.ws, window)
    qtbot.addWidget(dialog)
    dialog.query.setText("the")
    dialog.run()
    everything = len(dialog.hits())
    dialog.period.setCurrentIndex(dialog.period.findData(6))
    recent = len(dialog.hits())
    dialog.kind.setCurrentIndex(dialog.kind.findData("quote"))
    quotes = len(dialog.hits())
    assert everything > recent > 0 and recent >= quotes
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    assert len(dialog.hits()) <= quotes
