"""Writes that cannot happen (disk full, file locked by another program, a read-only file) say
why; nothing half written, and the capture service leaves the typed line for the UI to keep."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

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


READ_ONLY_CHILD = """
import json, sys
from pathlib import Path
from focusgroup.domain.model import Session
from focusgroup.services.capture import Capture
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import repository
from focusgroup.storage.errors import StorageWriteError, WorkspaceReadOnly

path = Path(sys.argv[1])
found = {}
try:
    open_ws(path, create=False).close()
    found["open"] = "opened for writing"
except WorkspaceReadOnly as error:
    found["open"] = str(error)
ws = open_ws(path, create=False, read_only=True)  # what the app offers instead
capture = Capture(ws, repository.find(ws, Session)[0].id)
try:
    capture.add("+ words typed into a read-only file")
    found["add"] = "stored"
except StorageWriteError as error:
    found["add"] = str(error)
found["notes"] = ws.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
ws.close()
print(json.dumps(found))
"""


def _as_a_user_bound_by_permissions(args: list[str]) -> list[str]:
    """Root ignores file permissions: drop that power for the child (util-linux setpriv)."""
    if os.geteuid() != 0:
        return args
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *args]


def test_a_read_only_file(workspace, tmp_path):
    """The file cannot be opened for writing (one clear message), it opens read-only, and
    typed text is refused with a reason instead of being half stored; the file is unchanged."""
    session = repository.save(workspace, Session("Round 1"))
    Capture(workspace, session.id).add("+ said before")
    path = workspace.path
    workspace.close()
    path.chmod(0o444)
    before = path.read_bytes()
    env = {**os.environ, "HOME": str(tmp_path), "FOCUSGROUP_DATA_DIR": str(tmp_path)}
    done = subprocess.run(_as_a_user_bound_by_permissions(
        [sys.executable, "-c", READ_ONLY_CHILD, str(path)]), capture_output=True, text=True,
        env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["open"] == f"{path} is read-only; focusgroup cannot save to it."
    assert "read-only" in found["add"] and "nothing can be saved" in found["add"]
    assert found["notes"] == 1
    assert path.read_bytes() == before

    # The command line: reading still works, writing says why in one line (exit 2).
    cli = [sys.executable, "-m", "focusgroup"]
    listed = subprocess.run(_as_a_user_bound_by_permissions(
        [*cli, "sessions", "--workspace", str(path)]), capture_output=True, text=True,
        env=env, timeout=60)
    assert listed.returncode == 0 and "Round 1" in listed.stdout, listed.stderr
    erased = subprocess.run(_as_a_user_bound_by_permissions(
        [*cli, "erase", "--workspace", str(path), "--participant", "P-001", "--yes"]),
        capture_output=True, text=True, env=env, timeout=60)
    assert erased.returncode == 2
    assert erased.stderr.strip().splitlines() == [
        f"focusgroup: {path} is read-only; focusgroup cannot save to it."]
    assert path.read_bytes() == before

    # Reading left nothing beside the file (a read-only -shm would block saving later), and
    # once the file is writable again, saving works.
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name]
    checked = subprocess.run(_as_a_user_bound_by_permissions(
        [*cli, "check", "--workspace", str(path)]), capture_output=True, text=True,
        env=env, timeout=60)
    assert checked.returncode == 0 and "the file cannot be written to" in checked.stdout
    path.chmod(0o644)
    saved = subprocess.run(_as_a_user_bound_by_permissions(
        [*cli, "import", "notes", str(_notes_csv(tmp_path)), "--workspace", str(path),
         "--session", "Round 1"]), capture_output=True, text=True, env=env, timeout=60)
    assert saved.returncode == 0, saved.stderr


def _notes_csv(folder):
    csv = folder / "notes.csv"
    csv.write_text("kind,text\nlike,The new rota works\n", encoding="utf-8")
    return csv


def test_a_read_only_folder_still_opens_read_only(workspace, tmp_path):
    """A workspace on a read-only share: nothing can be written beside it, yet it can be read."""
    repository.save(workspace, Session("Round 1"))
    path = workspace.path
    workspace.close()
    folder = path.parent
    folder.chmod(0o555)
    try:
        env = {**os.environ, "HOME": str(tmp_path / "home"),
               "FOCUSGROUP_DATA_DIR": str(tmp_path / "home")}
        listed = subprocess.run(_as_a_user_bound_by_permissions(
            [sys.executable, "-m", "focusgroup", "sessions", "--workspace", str(path)]),
            capture_output=True, text=True, env=env, timeout=60)
    finally:
        folder.chmod(0o755)
    assert listed.returncode == 0 and "Round 1" in listed.stdout, listed.stderr
