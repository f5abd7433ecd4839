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


@pytest.fixture
def main_window(window, qtbot, clock):
    """The real main window, active and focused, with a planned session (two guide questions,
    participant P-003) for capture tests: ``main_window.session_id``. The capture view runs on
    the test's ``clock``. Keys sent to ``QApplication.focusWidget()`` go through the window's
    menus and shortcuts exactly as a person's do (as Vorta's tests drive its real window)."""
    from PySide6.QtWidgets import QApplication

    from focusgroup.domain.model import Department, GuideItem, Participant, Role, Session
    from focusgroup.storage import repository

    ws = window.ws
    department = repository.save(ws, Department("Warehouse"))
    session = repository.save(ws, Session("Warehouse round 2", department_id=department.id))
    repository.save_all(ws, [GuideItem(session.id, "What works well?", 1, 10),
                             GuideItem(session.id, "What gets in your way?", 2, 20)])
    repository.save(ws, Participant("P-003", Role.EMPLOYEE))
    window.refresh()
    window.capture_view.clock = clock
    window.session_id = session.id
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window
