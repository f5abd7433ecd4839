"""Typing into whatever has keyboard focus, as a person does (shared by the dialog tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        QApplication.processEvents()  # item views commit an edit through a queued call


def settle(qtbot, window) -> None:
    """Wait until the window's operations (Home's figures are read by one) have ended."""
    qtbot.waitUntil(lambda: not window.hub.busy, timeout=10000)
