"""The app makes no network connection at all: every socket call fails loudly here."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def no_sockets(monkeypatch):
    opened = []

    def refuse(*args, **kwargs):
        opened.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    for name in ("create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return opened


def test_using_the_app_opens_no_socket(no_sockets, window, qtbot, tmp_path):
    from focusgroup.cli import main
    from focusgroup.services.demo_file import write_demo_file

    demo = tmp_path / "demo.focusgroup"
    write_demo_file(demo)
    window.open_path(demo, create=False)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    rows = window.sessions.model.rows
    window.open_session(rows[0].id)
    qtbot.keyClicks(window.capture_view.line, "+ a note typed offline #offline")
    qtbot.keyClick(window.capture_view.line, Qt.Key.Key_Return)
    window.close_workspace()
    assert main(["analyze", "-w", str(demo), "--json"]) == 0
    assert main(["check", "-w", str(demo)]) == 0
    assert no_sockets == []
