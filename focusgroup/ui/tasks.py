"""Run slow work off the UI thread: one helper, results delivered back on the main thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # noqa: BLE001 - handed to the caller's on_error
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


_running: set[_Job] = set()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> _Job:
    """Run ``fn()`` in the thread pool; call ``on_done(result)`` or ``on_error(exc)`` in the GUI."""
    job = _Job(fn)
    _running.add(job)
    job.setAutoDelete(False)

    def finished_ok(result: Any) -> None:
        _running.discard(job)
        on_done(result)

    def finished_badly(error: Exception) -> None:
        _running.discard(job)
        on_error(error)

    job.signals.done.connect(finished_ok)
    job.signals.failed.connect(finished_badly)
    QThreadPool.globalInstance().start(job)
    return job


def wait_for_all(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
