"""The app's routine backup: every few minutes the window asks whether one is due (changes no
backup holds, the newest older than the workspace's ``backup_interval_minutes``); a due one is
made on another thread through a connection of its own, so the window never waits for it.

It runs as an operation of the window's hub (``focusgroup.ui.operations``), the app's one way
to work off the GUI thread; a backup that fails is shown as one line and tried again at the
next tick.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

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
        work = ws.background_backup("hourly")
        self.window.hub.job(lambda _progress: work(), title=QCoreApplication.translate(
            "MainWindow", "Backup"), parent=self.window, on_done=self._done,
            on_failed=self._failed, progress_dialog=False)
        return True

    def _done(self, result) -> None:
        info, changes = result
        ws, self.running = self.running, None
        if ws is self.window.ws and ws is not None and ws.is_open:
            ws.backed_up(changes)
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Backup saved: %1 notes").replace("%1", str(info.notes)), 5000)

    def _failed(self, _error: Exception) -> None:
        self.running = None
