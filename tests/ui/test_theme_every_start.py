"""The theme looks the same on every start: the first start on a machine, later starts, and a
switch in Settings while the app runs, in light and in dark.

Each start is a fresh process on the same home folder, as a person starting the app twice.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import hashlib, json, sys
from focusgroup import options
from focusgroup.app import build_main_window, create_app
from focusgroup.ui.settings import Settings
workspace, start_with, switch_to = sys.argv[1], sys.argv[2], sys.argv[3]
app = create_app(sys.argv[:1])
from PySide6.QtCore import QFile
from PySide6.QtGui import QFontDatabase, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QLabel
settings = Settings()
settings.set(options.THEME, start_with)
window = build_main_window(workspace, settings)
window.show()
app.processEvents()
if switch_to != "-":  # Edit > Settings, pick the theme, OK
    from focusgroup.ui.dialogs import settings_dialog

    def choose(dialog):
        dialog.theme.setCurrentIndex(dialog.theme.findData(switch_to))
        dialog.accept()
        return 1

    settings_dialog.SettingsDialog.exec = choose
    window.edit_settings()
    app.processEvents()
palette = QApplication.palette()
roles = ["Text", "WindowText", "Window", "Base", "Button", "ButtonText", "Highlight",
         "HighlightedText", "PlaceholderText"]
label = window.home.findChild(QLabel)
label.ensurePolished()
print(json.dumps({
    "palette": {role: palette.color(getattr(QPalette.ColorRole, role)).name(
        palette.color(QPalette.ColorRole.Text).NameFormat.HexArgb) for role in roles},
    "app_font": [app.font().family(), app.font().pointSizeF()],
    "label_font": [QFontInfo(label.font()).family(), QFontInfo(label.font()).pixelSize()],
    "font_families": sorted(QFontDatabase.families()),  # what a font-family can resolve to
    "icons": QFile.exists("icon:/primary/checkbox_checked.svg"),
    "style_sheet": hashlib.sha256(app.styleSheet().encode()).hexdigest(),
}))
window.close_workspace()
"""


def _start(home: Path, theme: str, switch_to: str = "-", user_home: Path | None = None) -> dict:
    env = {**os.environ, "HOME": str(user_home or home), "FOCUSGROUP_DATA_DIR": str(home),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_CONFIG_HOME": str(home / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(home / "team.focusgroup"), theme,
                           switch_to], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_first_and_a_later_start_look_the_same(theme, tmp_path):
    first = _start(tmp_path, theme)
    later = _start(tmp_path, theme)
    assert later == first


@pytest.mark.parametrize(("start_with", "switch_to"), [("light", "dark"), ("dark", "light")])
def test_switching_theme_in_settings_looks_like_starting_with_it(start_with, switch_to,
                                                                 tmp_path):
    switched_first = _start(tmp_path, start_with, switch_to)  # nothing rendered before
    started = _start(tmp_path, switch_to)
    switched_later = _start(tmp_path, start_with, switch_to)
    assert switched_first == started
    assert switched_later == started


def test_a_home_folder_that_cannot_be_written_still_gets_the_theme_and_its_icons(tmp_path):
    """qt-material writes its icons under ~/.qt_material; without them combo arrows and check
    marks vanish."""
    usual = _start(tmp_path, "dark")
    blocked = tmp_path / "home"
    blocked.write_text("a file where the home folder should be")
    assert _start(tmp_path, "dark", user_home=blocked) == usual
    assert usual["icons"]
