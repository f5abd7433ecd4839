from __future__ import annotations

import pytest


@pytest.fixture
def settings(tmp_path):
    from focusgroup.ui.settings import Settings

    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, settings, tmp_path):
    """The real main window on a fresh workspace file."""
    from focusgroup.app import build_main_window

    win = build_main_window(tmp_path / "team.focusgroup", settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workspace()
