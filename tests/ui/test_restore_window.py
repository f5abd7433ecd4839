"""The window restores a damaged workspace, offers the notes the damaged file still holds, and
tells when it finished a restore that an earlier run left unfinished."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from focusgroup.domain.model import Note, Session
from focusgroup.services.workspaces import open_ws, restore_from_backup
from focusgroup.storage import repository


def _zero_index(path) -> None:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                            "'idx_notes_session_id_created_at'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096: page * 4096] = b"\0" * 4096
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path):
    """30 notes in the backup, 20 written after it; then an index page is zeroed."""
    path = tmp_path / "field.focusgroup"
    ws = open_ws(path)
    session = repository.save(ws, Session("Ride-along"))
    repository.save_all(ws, [Note(session.id, f"backed up {i}") for i in range(30)])
    ws.close()
    ws = open_ws(path, create=False)
    repository.save_all(ws, [Note(session.id, f"written later {i}") for i in range(20)])
    ws.close(backup=False)
    _zero_index(path)
    return path


def test_the_newer_notes_are_offered_and_recovered(window, damaged, monkeypatch):
    asked, told = [], []

    def yes(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert window.open_path(damaged, create=False)
    assert "still holds 20 notes" in asked[1]
    assert "Recovered from the damaged file: 20 notes" in told[-1]
    assert len(repository.find(window.ws, Note)) == 50


def test_declining_keeps_the_backup_as_it_was(window, damaged, monkeypatch):
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert window.open_path(damaged, create=False)
    assert len(repository.find(window.ws, Note)) == 30


def test_an_unfinished_restore_is_finished_and_told(window, damaged, monkeypatch):
    from focusgroup.storage import restore_journal

    class Stop(BaseException):
        pass

    def die(*_a, **_k):
        raise Stop

    with monkeypatch.context() as patch:
        patch.setattr(restore_journal.os, "replace", die)
        with pytest.raises(Stop):
            restore_from_backup(damaged)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert window.open_path(damaged, create=False)
    assert "interrupted restore" in told[0] and "completed" in told[0]
    assert len(repository.find(window.ws, Note)) == 30
