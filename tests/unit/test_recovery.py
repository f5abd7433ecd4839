"""A damaged workspace: kept aside, newest good backup restored, the user told what happened."""

from __future__ import annotations

import os
import shutil

import pytest

from focusgroup import paths
from focusgroup.cli import main
from focusgroup.domain.model import Note, Session
from focusgroup.services.workspaces import open_ws, restore_from_backup
from focusgroup.storage import repository
from focusgroup.storage.errors import NotAWorkspace, WorkspaceDamaged


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "team.focusgroup"
    ws = open_ws(path)
    session = repository.save(ws, Session("Round 1"))
    for i in range(40):
        repository.save(ws, Note(session.id, f"note number {i} " + "words " * 60))
    ws.close()  # a verified backup with 40 notes
    return path


def truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def zero_page(path):
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\0" * 4096
    path.write_bytes(bytes(data))


def wrong_header(path):
    data = bytearray(path.read_bytes())
    data[:16] = b"NOT A DATABASE!!"
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [truncate, zero_page, wrong_header])
def test_damage_is_detected_and_the_newest_backup_restored(saved, damage):
    damage(saved)
    damaged_bytes = saved.read_bytes()
    with pytest.raises((WorkspaceDamaged, NotAWorkspace)):
        ws = open_ws(saved, create=False)
        ws.close()  # pragma: no cover - only if damage went unnoticed
    ws, recovery = restore_from_backup(saved)
    try:
        assert recovery.backup.notes == 40
        assert len(repository.find(ws, Note)) == 40
        assert "restored from the backup" in recovery.message()
    finally:
        ws.close()
    assert recovery.damaged_copy.read_bytes() == damaged_bytes  # kept, never deleted
    assert saved.stat().st_mode & 0o777 == 0o600  # the restored copy is private


def test_check_reports_and_restores_on_request(saved, capsys):
    zero_page(saved)
    assert main(["check", "-w", str(saved)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM" in out and "--restore" in out
    assert main(["check", "-w", str(saved), "--restore"]) == 1
    out = capsys.readouterr().out
    assert "restored from the backup" in out
    assert main(["check", "-w", str(saved)]) == 0
    assert any(".damaged-" in name for name in os.listdir(saved.parent))


def test_no_backup_means_no_change(tmp_path):
    path = tmp_path / "new.focusgroup"
    open_ws(path).close()
    shutil.rmtree(paths.backups_dir(path))  # as if the backups were lost
    truncate(path)
    before = path.read_bytes()
    with pytest.raises(WorkspaceDamaged, match="no usable backup"):
        restore_from_backup(path)
    assert path.read_bytes() == before
