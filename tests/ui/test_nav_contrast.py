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


def test_search_results_stay_dark_on_light_after_switching_themes(
        qtbot, settings, tmp_path, qapp, monkeypatch):
    """The first switch to a theme renders it; that must look like every later start."""
    from focusgroup import options
    from focusgroup.app import build_main_window
    from focusgroup.domain.model import Note, NoteKind, Session
    from focusgroup.storage import repository
    from focusgroup.ui import theme
    from focusgroup.ui.dialogs.search_dialog import SearchDialog

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # nothing rendered yet
    window = build_main_window(tmp_path / "team.focusgroup", settings)
    qtbot.addWidget(window)
    session = repository.save(window.ws, Session("Round 1"))
    repository.save(window.ws, Note(session.id, "Closing time is far too early for the canteen",
                                    NoteKind.DISLIKE))
    seen = []
    try:
        window.show()
        for name in ("dark", "light", "dark"):
            settings.set(options.THEME, name)
            theme.apply_theme(qapp, name)
            dialog = SearchDialog(window.ws, window)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.keyClicks(dialog.query, "canteen")
            dialog.run()
            rect = dialog.results.visualRect(dialog.model.index(0))
            rect.setTop(rect.center().y())  # the note's line, before the highlighted word
            rect.setWidth(140)
            seen.append(text_contrast(dialog.results.viewport().grab(rect).toImage()))
            dialog.close()
    finally:
        window.close_workspace()
        theme.apply_theme(qapp, "light")
    assert min(seen) >= 4.5, seen
