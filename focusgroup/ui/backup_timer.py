"""The app's routine backup: every few minutes the window asks whether one is due (changes no
backup holds, the newest older than the workspace's ``backup_interval_minutes``); a due one is
made on another thread through a connection of its own, so the window never waits for it.

It runs through ``focusgroup.ui.tasks.run_task``, the app's one helper for work off the GUI
thread; a backup that fails says so in the status bar and is tried again at the next tick.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from focusgroup.ui import labels
from focusgroup.ui.tasks import run_task

TICK_MS = 5 * 60 * 1000


class BackupTimer(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.running = None  # the workspace being backed up
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> bool:
        """Start a backup if one is due; True when one was started."""
        ws = self.window.ws
        if ws is None or ws.read_only or self.running is not None or not ws.backup_due():
            return False
        self.running = ws
        run_task(ws.background_backup("hourly"), self._done, self._failed)
        return True

    def _done(self, result) -> None:
        info, changes = result
        ws, self.running = self.running, None
        if ws is self.window.ws and ws is not None and ws.is_open:
            ws.backed_up(changes)
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Backup saved: %1 notes").replace("%1", str(info.notes)), 5000)

    def _failed(self, error: Exception) -> None:
        self.running = None
        self.window.statusBar().showMessage(labels.message(error), 10000)
