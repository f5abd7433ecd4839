"""One way into the workspace from the interface: operations (Anki's CollectionOp/QueryOp).

An operation runs a service function ``fn(ws, progress)`` in the thread pool on **its own
connection** to the open workspace, opened from its path in the worker thread and closed there
afterwards; the window's connection is never handed to it, and when the own one cannot be opened
the user is told so in one line (there is no fall-back). Everything else is handled here, once:

- progress: ``progress.report(done, total)`` from the service; an operation that takes longer
  than ~300 ms shows a progress dialog (with Cancel where the operation may be cancelled);
- cancel: the next ``report`` raises :class:`~focusgroup.services.progress.Cancelled`; a write
  runs in one transaction, so a cancelled one leaves the workspace as it was;
- errors: a one-line dialog with the error's message (``labels.message``), never a traceback;
- change: a write that succeeds ends with one ``workspace_changed(what)`` signal from the
  :class:`WorkspaceHub` (``what``: a frozenset of words such as "notes" or "rankings"); the
  views refresh from it.

Writes that must be acknowledged at once (a captured note: one commit per note) are made on the
window's connection and announced with :meth:`WorkspaceHub.announce`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.progress import Cancelled, Progress
from focusgroup.services.workspaces import Workspace, open_for_work, transaction
from focusgroup.ui import labels

log = logging.getLogger(__name__)

# Words a write announces; a view names the ones it shows (see ui/pages.py).
CHANGES = frozenset({"notes", "sessions", "themes", "rankings", "needs_lists", "actions",
                     "initiatives", "departments", "participants", "settings"})
SHOW_PROGRESS_AFTER_MS = 300


def _t(text: str) -> str:
    return QCoreApplication.translate("operations", text)


class _Reporter(Progress):
    """The progress object a service function is given: written from the worker, read by a
    timer in the GUI (plain ints), cancelled from the GUI."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.check()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


class _Job:
    """What runs in the worker thread; it hands its outcome to the GUI thread through a
    signal of the hub, which lives there."""

    def __init__(self, path, read_only: bool, fn: Callable[[Workspace, Progress], Any],
                 write: bool, op: Op):
        self.path, self.read_only, self.fn, self.write = path, read_only, fn, write
        self.op = op
        self.reporter = op.reporter

    def run(self) -> None:
        try:
            outcome = (self._work(), None)
        except Exception as error:  # noqa: BLE001 - reported in the GUI thread, in one place
            outcome = (None, error)
        try:
            self.op.hub._finished.emit(self.op, *outcome)
        except RuntimeError:  # the window (and the hub with it) is gone: nobody to tell
            pass

    def _work(self) -> Any:
        if self.path is None:  # work that is not on the open workspace (see WorkspaceHub.job)
            return self.fn(self.reporter)
        ws = open_for_work(self.path, read_only=self.read_only)
        try:
            if not self.write:
                return self.fn(ws, self.reporter)
            with transaction(ws):
                result = self.fn(ws, self.reporter)
            # committed: the window's connection backs the file up on close, as after its own
            # writes (set here, before the window can hear of it and close)
            self.op.window_ws.changed_elsewhere()
            return result
        finally:
            ws.close(backup=False)


# Two workers for a two-core machine; the futures of work not yet finished.
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="focusgroup-op")
_running: set[Future] = set()


class Op:
    """One operation under way; made by :meth:`WorkspaceHub.write` or :meth:`~.query`."""

    def __init__(self, hub: WorkspaceHub, fn, *, changes: frozenset[str] | None, title: str,
                 parent: QWidget | None, on_done, on_failed, cancellable: bool,
                 progress_dialog: bool, on_workspace: bool = True):
        self.hub, self.changes, self.title = hub, changes, title
        self.parent_widget = parent
        self.on_done, self.on_failed = on_done, on_failed
        self.reporter = _Reporter()
        ws = hub.ws if on_workspace else None
        self.window_ws = ws
        self.job = _Job(ws.path if ws else None, ws is None or ws.read_only or changes is None,
                        fn, changes is not None, self)
        self.dialog: QProgressDialog | None = None
        self.timer: QTimer | None = None
        if progress_dialog:
            self.timer = QTimer()
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self._show_progress)
            self.timer.start(SHOW_PROGRESS_AFTER_MS)
        self.cancellable = cancellable
        self.running = True

    def cancel(self) -> None:
        if self.cancellable:
            self.reporter.cancel()

    def _show_progress(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self.title, _t("Cancel") if self.cancellable else None, 0, 0,
                                 self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self.timer.timeout.disconnect(self._show_progress)
        self.timer.timeout.connect(self._update_progress)
        self.timer.setSingleShot(False)
        self.timer.start(100)
        self._update_progress()
        dialog.show()

    def _update_progress(self) -> None:
        if self.dialog is not None and self.reporter.total:
            self.dialog.setMaximum(self.reporter.total)
            self.dialog.setValue(min(self.reporter.done, self.reporter.total))

    def _finished(self, result: Any, error: Exception | None) -> None:
        self.running = False
        if self.timer is not None:
            self.timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.hub._ops.discard(self)
        if isinstance(error, Cancelled):
            self.hub.cancelled.emit(self.title)
            if self.on_failed is not None:
                self.on_failed(error)
        elif error is not None:
            if not isinstance(error, (WorkspaceError, InvalidInput, OSError)):
                log.error("%s failed", self.title, exc_info=error)  # a defect: keep its trace
            if self.on_failed is not None:
                self.on_failed(error)
            self.hub.show_error(self.title, labels.message(error) or type(error).__name__,
                                self.parent_widget)
        else:
            if self.changes is not None:
                self.hub.announce(*self.changes)
            if self.on_done is not None:
                self.on_done(result)


class WorkspaceHub(QObject):
    """Owned by the main window: knows the open workspace, starts operations on it, and says
    when it has changed."""

    workspace_changed = Signal(object)  # frozenset of words from CHANGES
    _finished = Signal(object, object, object)  # op, result, error: from the worker thread
    failed = Signal(str, str)  # title, the one-line message shown
    cancelled = Signal(str)  # title

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.error_box: QMessageBox | None = None  # the last failure shown
        self._ops: set[Op] = set()
        self._finished.connect(self._op_finished)

    def _op_finished(self, op: Op, result: Any, error: Exception | None) -> None:
        op._finished(result, error)

    def show_error(self, title: str, text: str, parent: QWidget | None) -> None:
        """The one way an operation's failure is shown: one line in a window-modal box."""
        line = " ".join(text.split())
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, title, line,
                                     QMessageBox.StandardButton.Ok, parent)
        self.error_box.open()  # does not block the event loop
        self.failed.emit(title, line)

    def announce(self, *what: str) -> None:
        """Tell every view that these kinds of things changed (one signal)."""
        unknown = set(what) - CHANGES
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")
        self.workspace_changed.emit(frozenset(what))

    def write(self, fn: Callable[[Workspace, Progress], Any], *, changes: Iterable[str],
              title: str, parent: QWidget | None = None,
              on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[Exception], None] | None = None,
              cancellable: bool = False) -> Op | None:
        """Run ``fn(ws, progress)`` in one transaction on its own connection; announce
        ``changes`` when it succeeds, else show the error (after ``on_failed(error)``, which
        also hears of a cancel)."""
        return self._start(fn, frozenset(changes), title, parent, on_done, on_failed,
                           cancellable, True)

    def query(self, fn: Callable[[Workspace, Progress], Any], *,
              on_done: Callable[[Any], None], title: str = "",
              parent: QWidget | None = None,
              on_failed: Callable[[Exception], None] | None = None,
              cancellable: bool = False, progress_dialog: bool = True) -> Op | None:
        """Run ``fn(ws, progress)`` on its own read-only connection; ``on_done(result)``."""
        return self._start(fn, None, title, parent, on_done, on_failed, cancellable,
                           progress_dialog)

    def job(self, fn: Callable[[Progress], Any], *, title: str, parent: QWidget | None = None,
            on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[Exception], None] | None = None,
            progress_dialog: bool = True) -> Op | None:
        """Run ``fn(progress)``, work that does not touch the open workspace (writing a new
        file, a routine backup read through a connection of its own), with the same progress
        and error handling."""
        return self._start(fn, None, title, parent, on_done, on_failed, False,
                           progress_dialog, on_workspace=False)

    def _start(self, fn, changes, title, parent, on_done, on_failed, cancellable,
               progress_dialog, on_workspace: bool = True) -> Op | None:
        if on_workspace and self.ws is None:
            return None
        op = Op(self, fn, changes=changes, title=title, parent=parent, on_done=on_done,
                on_failed=on_failed, cancellable=cancellable, progress_dialog=progress_dialog,
                on_workspace=on_workspace)
        self._ops.add(op)
        future = _pool.submit(op.job.run)
        _running.add(future)
        future.add_done_callback(_running.discard)
        return op

    def finish(self) -> None:
        """Before the workspace closes: cancel what may be cancelled, wait for the rest."""
        for op in list(self._ops):
            op.cancel()
        wait_for_all()

    @property
    def busy(self) -> bool:
        return bool(self._ops)


def wait_for_all(msecs: int = 30000) -> bool:
    """Wait until no operation is running in a worker thread (their results are delivered
    when the event loop next runs)."""
    _done, left = wait(list(_running), timeout=msecs / 1000)
    return not left
