"""A backup that cannot be made on opening is reported on the command line too: the command
still does its work (exit 0) and says on stderr, in one line, that no backup was made."""

from __future__ import annotations

import shutil

import pytest

from focusgroup import paths
from focusgroup.cli import main
from focusgroup.domain.model import Department
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import repository


@pytest.fixture
def unbackable(tmp_path):
    """A workspace changed since its last backup, whose backup folder cannot be written: a
    file stands where the folder should be (a full or read-only disk behaves alike)."""
    path = tmp_path / "team.focusgroup"
    ws = open_ws(path)
    repository.save(ws, Department("Warehouse"))
    ws.close(backup=False)
    folder = paths.backups_dir(path)
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")
    return path


@pytest.mark.parametrize("command", [["sessions"], ["check"]])
def test_a_backup_that_could_not_be_made_is_a_warning_line(unbackable, capsys, command):
    code = main([*command, "-w", str(unbackable)])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("focusgroup: warning:"), err
    assert "backup" in lines[0].lower() and "Traceback" not in err
