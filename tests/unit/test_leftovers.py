"""Temporary files a killed run leaves behind (``.partial`` backups, a ``.restoring`` copy, a
``.building`` demo, an export's ``.part``) are removed by the next run."""

from __future__ import annotations

import subprocess
import sys

from focusgroup import paths
from focusgroup.domain.model import Department
from focusgroup.services import exports
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import repository


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_opening_a_workspace_removes_what_a_killed_run_left(tmp_path):
    path = tmp_path / "team.focusgroup"
    ws = open_ws(path)
    repository.save(ws, Department("Warehouse"))
    ws.close()
    folder = paths.backups_dir(path)
    left = [folder / "team-20261203T101010000000Z-open.fgbackup.partial",
            folder / "team-20261203T101010000000Z-open.fgbackup.partial-journal",
            tmp_path / "team.focusgroup.restoring",
            tmp_path / "team.focusgroup.restoring-journal",
            tmp_path / "team.focusgroup.building",
            tmp_path / "team.focusgroup.building-wal"]
    for leftover in left:
        leftover.write_bytes(b"half written")
    kept_by_others = tmp_path / "notes.csv.part"  # not a name the app gives its temporary files
    kept_by_others.write_text("theirs")
    open_ws(path, create=False).close()
    assert [p.name for p in left if p.exists()] == []
    assert kept_by_others.exists()
    assert paths.backups_dir(path).is_dir() and any(folder.glob("*.fgbackup"))


def test_an_export_removes_the_temporary_files_of_a_killed_export(workspace, tmp_path):
    target = tmp_path / "notes.csv"
    dead = tmp_path / f".notes.csv.{_dead_pid()}.0a1b2c3d.part"
    dead.write_text("half an export")
    running = tmp_path / f".notes.csv.{subprocess.os.getppid()}.0a1b2c3d.part"
    running.write_text("another export still writing")
    exports.export(workspace, "csv", target, "notes")
    assert target.exists() and not dead.exists()
    assert running.exists()  # its writer is still running
