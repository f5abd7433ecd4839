"""The app's hourly backup is made off the GUI thread: the window goes on while it is written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from focusgroup.domain.model import Department
from focusgroup.storage import backups, repository


def test_a_due_hourly_backup_is_made_in_the_background(window, qtbot, monkeypatch):
    ws = window.ws
    window.backup_now()
    repository.save(ws, Department("Warehouse"))
    assert not window.backup_timer.tick()  # the newest backup is not an hour old yet
    held = len(ws.backups())
    monkeypatch.setattr(backups, "utc_now", lambda: datetime.now(UTC) + timedelta(minutes=61))
    assert window.backup_timer.tick()  # started, and the window is free at once
    repository.save(ws, Department("Canteen"))  # writing goes on meanwhile
    qtbot.waitUntil(lambda: window.backup_timer.running is None, timeout=10000)
    made = ws.backups()
    assert len(made) == held + 1 and made[0].reason == "hourly" and made[0].ok
    assert backups.verify(made[0].path)
    assert "Backup saved" in window.statusBar().currentMessage()
    assert not window.backup_timer.tick()  # "Canteen" waits for the next interval
