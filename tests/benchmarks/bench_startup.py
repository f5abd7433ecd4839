"""Start-up to the first painted window, and memory, against a bare PySide6 window that applies
qt-material the same way the app does (same theme, options and extra), measured in the same run
(budget: time <= 1.3x, RSS <= 1.5x).

"Painted" is the first turn of the event loop after ``show()``: the window with the workspace
open (its name in the title) and Home laid out. Home's figures are read by a query operation on
its own connection and arrive later; the time until they are on screen is printed as well."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from qt_material import apply_stylesheet
from focusgroup.ui.theme import EXTRA, THEMES
app = QApplication(sys.argv[:1])
apply_stylesheet(app, theme=THEMES["light"], invert_secondary=True, extra=dict(EXTRA))
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1180, 760); w.show()
def done():
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

APP = """
import resource, sys
from focusgroup.app import build_main_window, create_app
app = create_app(sys.argv[:1])  # as `focusgroup --workspace W` does: Qt is imported here
from PySide6.QtCore import QTimer
w = build_main_window(sys.argv[1]); w.show()
def done():
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

# The same start, ended only once Home's figures are shown (the query operation has finished).
APP_HOME = APP.replace("QTimer.singleShot(0, done)", """def poll():
    if w.hub.busy:
        QTimer.singleShot(2, poll)
    else:
        app.processEvents()
        done()
QTimer.singleShot(0, poll)""")


def run(code: str, *args: str, env: dict) -> tuple[float, int]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120, check=True).stdout
    return time.perf_counter() - start, int(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--workspace", help="default: a fresh demo workspace")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "FOCUSGROUP_DATA_DIR": home,
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        # As installed: compiled bytecode is cached (pip does it; the warm-up run here).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        workspace = args.workspace
        if workspace is None:
            workspace = str(Path(home) / "demo.focusgroup")
            subprocess.run([sys.executable, "-m", "focusgroup", "demo", workspace], env=env,
                           cwd=ROOT, check=True, capture_output=True)
        run(BARE, env=env)  # warm the file cache
        run(APP, workspace, env=env)
        bare = [run(BARE, env=env) for _ in range(args.repeats)]
        app = [run(APP, workspace, env=env) for _ in range(args.repeats)]
        home = [run(APP_HOME, workspace, env=env) for _ in range(args.repeats)]
    bare_t, app_t = statistics.median(t for t, _ in bare), statistics.median(t for t, _ in app)
    bare_m, app_m = max(m for _, m in bare), max(m for _, m in app)
    print(f"bare window   {bare_t * 1000:6.0f} ms   max RSS {bare_m / 1024:6.1f} MB")
    home_t = statistics.median(t for t, _ in home)
    print(f"focusgroup    {app_t * 1000:6.0f} ms   max RSS {app_m / 1024:6.1f} MB")
    print(f"  Home's figures shown {home_t * 1000:6.0f} ms ({home_t / bare_t:.2f}x)")
    print(f"ratio: start-up to painted window {app_t / bare_t:.2f}x (budget <= 1.3x)   "
          f"RSS {app_m / bare_m:.2f}x (budget <= 1.5x)")


if __name__ == "__main__":
    main()
