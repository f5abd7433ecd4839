"""Writes that cannot happen (disk full, file locked by another program) say why; nothing half
written, and the capture service leaves the typed line for the UI to keep."""

from __future__ import annotations

import sqlite3

import pytest

from focusgroup.domain.model import Note, Session
from focusgroup.services.capture import Capture
from focusgroup.storage import repository
from focusgroup.storage.errors import StorageWriteError


@pytest.fixture
def capture(workspace):
    session = repository.save(workspace, Session("Round 1"))
    return Capture(workspace, session.id)


def test_disk_full(capture):
    ws = capture.ws
    capture.add("+ fits")
    pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageWriteError, match="disk is full"):
        for i in range(200):  # fill the last free pages
            capture.add(f"+ note {i} " + "long text " * 200)
    assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = repository.find(ws, Note)
    assert all(n.text.startswith(("fits", "note")) for n in stored)


def test_locked_by_another_program(capture, tmp_path):
    ws = capture.ws
    other = sqlite3.connect(ws.path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    ws.conn.execute("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(StorageWriteError, match="another program is writing"):
            capture.add("+ waiting words")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert capture.add("+ waiting words") is not None  # and it works once the lock is gone
