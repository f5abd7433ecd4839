"""Start-up: the window shows Home with the workspace open; other pages are built on first
visit. The timing itself is measured by tests/benchmarks/bench_startup.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QFile, Qt
from ui_keys import settle

from focusgroup.services.demo_file import write_demo_file
from focusgroup.storage.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from focusgroup.app import build_main_window, create_app
app = create_app(sys.argv[:1])
window = build_main_window(sys.argv[1])
window.show()
app.processEvents()
print(json.dumps({"visible": window.isVisible(), "title": window.windowTitle(),
                  "home": window.stack.currentWidget() is window.home,
                  "built": sorted(window.stack.built_pages())}))
window.close()
"""


def _start(workspace: Path, home: Path) -> dict:
    env = {**os.environ, "HOME": str(home), "FOCUSGROUP_DATA_DIR": str(home),
           "XDG_CACHE_HOME": str(home / "cache"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(workspace)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_app_starts_on_home_with_the_workspace_open_first_and_second_time(tmp_path):
    demo = tmp_path / "demo.focusgroup"
    write_demo_file(demo)
    for _ in range(2):  # the first start on this machine, then a later one
        started = _start(demo, tmp_path)
        assert started["visible"] and started["home"]
        assert started["title"].startswith("demo")
        assert started["built"] == ["home"]  # other pages wait for their first visit


def test_the_theme_finds_its_icons(window):
    # qt-material's style sheet refers to generated icons through the "icon:" search path.
    assert QFile.exists("icon:/primary/checkbox_checked.svg")
    from PySide6.QtWidgets import QApplication

    style = QApplication.instance().styleSheet()
    assert "icon:/primary/" in style and 'QLabel[role="title"]' in style  # qt-material + ours


def test_a_page_is_built_on_first_visit_and_shows_the_open_workspace(window, qtbot, tmp_path):
    assert window.stack.built_page("sessions") is None
    ws = open_workspace(tmp_path / "other.focusgroup")
    ws.close()
    write_demo_file(tmp_path / "demo.focusgroup")
    assert window.open_path(tmp_path / "demo.focusgroup")
    assert window.stack.built_page("sessions") is None  # opening did not build it

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Go ▸ Sessions
    page = window.stack.built_page("sessions")
    assert page is not None and window.stack.currentWidget() is page
    assert window.nav.currentRow() == 1
    assert page.table.model().rowCount() > 0  # the demo's sessions, without another refresh


def test_every_page_can_be_reached_from_the_navigation(window, qtbot):
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.stack.page(
            window.stack._order[row])  # noqa: SLF001
    assert len(window.stack.built_pages()) == window.nav.count()


def test_home_lists_a_few_lines_per_card_and_says_how_many_more(window, qtbot):
    """Hundreds of planned sessions (an imported plan, a big workspace) must not turn Home
    into a long list that takes seconds to lay out."""
    from datetime import date, timedelta

    from focusgroup.domain.model import Session
    from focusgroup.storage import repository

    start = date.today() + timedelta(days=1)
    repository.save_all(window.ws, [Session(f"Round {i:03}", date=start + timedelta(days=i))
                                    for i in range(300)])
    window.refresh()
    settle(qtbot, window)
    shown = window.home.dashboard.upcoming.texts()
    assert len(shown) == 9
    assert "Round 000" in shown[0] and "Round 007" in shown[7]
    assert shown[-1] == "… and 292 more"


def test_the_warm_up_after_the_first_window_loads_what_start_up_left_out(tmp_path):
    """run_gui schedules this once the window is up; the first Enter then pays for nothing."""
    probe = ("import sys\nfrom focusgroup import app\napp._warm_up()\n"
             "print('focusgroup.ui.views.capture_view' in sys.modules)")
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]
