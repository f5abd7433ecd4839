"""Both themes: the selected page in the navigation stays readable, focused or not."""

from __future__ import annotations

import pytest
from ui_colors import text_contrast


def _selected_item_contrast(nav) -> float:
    """Background and text of the selected row, read off the painted list."""
    rect = nav.visualItemRect(nav.currentItem())
    return text_contrast(nav.viewport().grab(rect).toImage())


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_selected_page_is_readable(theme, qtbot, settings, tmp_path, qapp):
    from focusgroup import options
    from focusgroup.app import build_main_window
    from focusgroup.ui.theme import apply_theme

    settings.set(options.THEME, theme)
    window = build_main_window(tmp_path / "team.focusgroup", settings)
    qtbot.addWidget(window)
    try:
        window.show()
        window.nav.setCurrentRow(2)
        window.nav.setFocus()
        qtbot.waitUntil(window.nav.hasFocus)
        assert _selected_item_contrast(window.nav) >= 4.5  # WCAG AA for normal text
        window.sessions.table.setFocus()  # the selection without focus, too
        assert _selected_item_contrast(window.nav) >= 4.5
    finally:
        window.close_workspace()
        apply_theme(qapp, "light")


def _in_dialog(qtbot, window, key, modifier, act):
    """Press ``key`` in the window as a person would; ``act(dialog)`` runs in the modal dialog
    it opens, and closes it. Returns what ``act`` returned."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    done = {}

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
            done["result"] = act(dialog)
        except BaseException as error:  # noqa: BLE001 - reported below, after the dialog
            done["error"] = error
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    QTimer.singleShot(100, run)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    if "error" in done:
        raise done["error"]
    return done["result"]


def test_search_results_stay_dark_on_light_after_switching_themes(
        qtbot, settings, tmp_path, qapp, monkeypatch):
    """The first switch to a theme renders it; that must look like every later start."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from focusgroup import options
    from focusgroup.app import build_main_window
    from focusgroup.domain.model import Note, NoteKind, Session
    from focusgroup.storage import repository
    from focusgroup.ui import theme

    ctrl = Qt.KeyboardModifier.ControlModifier
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # nothing rendered yet
    window = build_main_window(tmp_path / "team.focusgroup", settings)
    qtbot.addWidget(window)
    session = repository.save(window.ws, Session("Round 1"))
    repository.save(window.ws, Note(session.id, "Closing time is far too early for the canteen",
                                    NoteKind.DISLIKE))

    def choose_theme(name):
        def act(dialog):
            qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Theme
            combo = QApplication.focusWidget()
            qtbot.keyClick(combo, Qt.Key.Key_End if name == "dark" else Qt.Key.Key_Home)
            qtbot.keyClick(combo, Qt.Key.Key_Return)  # OK
            return combo.currentData()
        return act

    def search(dialog):
        qtbot.keyClicks(QApplication.focusWidget(), "canteen")
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=3000)
        rect = dialog.results.visualRect(dialog.model.index(0))
        rect.setTop(rect.center().y())  # the note's line, before the highlighted word
        rect.setWidth(140)
        return (text_contrast(dialog.results.viewport().grab(rect).toImage()),
                dialog.hits())

    seen = []
    try:
        window.show()
        for name in ("dark", "light", "dark"):
            assert _in_dialog(qtbot, window, Qt.Key.Key_Comma, ctrl, choose_theme(name)) == name
            assert settings.get(options.THEME) == name  # Settings… ▸ OK applied it
            contrast, hits = _in_dialog(qtbot, window, Qt.Key.Key_F, ctrl, search)
            assert len(hits) == 1, hits
            seen.append(contrast)
    finally:
        window.close_workspace()
        theme.apply_theme(qapp, "light")
    assert min(seen) >= 4.5, seen
