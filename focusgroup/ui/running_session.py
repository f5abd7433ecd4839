"""Getting back to a session: the one left running (after a crash, or the app closed while
capturing), and opening straight on one (``focusgroup --session ID``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from focusgroup.domain.model import Session, SessionStatus
from focusgroup.services.sessions import get_session, running_sessions

if TYPE_CHECKING:
    from focusgroup.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def running(window: MainWindow) -> list[Session]:
    """Sessions left running, newest first."""
    if window.ws is None:
        return []
    return running_sessions(window.ws)


def resume(window: MainWindow) -> None:
    if sessions := running(window):
        window.open_session(sessions[0].id)


def offer_resume(window: MainWindow) -> None:
    """At start-up: a session still running means the app stopped while capturing."""
    sessions = running(window)
    if not sessions or window.stack.current_key() == "capture" or window.ws.read_only:
        return
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Resume the running session"),
                      _tr("“%1” was still running when focusgroup stopped. Its notes and the "
                          "half-typed line are kept.").replace("%1", sessions[0].title),
                      parent=window)
    yes = box.addButton(_tr("&Resume the running session"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    window.activateWindow()  # the keys go back to the window, not to the closed box
    if box.clickedButton() is yes:
        window.open_session(sessions[0].id)


def open_by_id(window: MainWindow, session_id: str) -> bool:
    """Open the window on a session's capture line, starting it if it was planned."""
    if window.ws is None or get_session(window.ws, session_id) is None:
        return False
    window.open_session(session_id)
    view = window.capture_view
    if (view.capture is not None and not window.ws.read_only
            and view.capture.session.status is SessionStatus.PLANNED):
        view.start()
    view.line.setFocus()
    return True
