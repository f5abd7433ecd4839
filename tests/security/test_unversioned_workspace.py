"""A file that says it is at workspace version 0 (or below) yet holds tables, triggers or views
is not a new workspace: it is refused with one line and left exactly as it was; nothing is
migrated into it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from focusgroup.services.workspaces import open_ws
from focusgroup.storage.errors import ForeignSchema
from focusgroup.storage.schema import APPLICATION_ID


def _planted(tmp_path: Path, version: int) -> Path:
    """A file marked as ours, at ``version``, with a table and a trigger of someone else's,
    its content still in the write-ahead log (the main file's header says version 0)."""
    made = tmp_path / "made.focusgroup"
    conn = sqlite3.connect(made, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("CREATE TABLE spy (x TEXT)")
    conn.execute("CREATE TRIGGER copy_away AFTER INSERT ON spy BEGIN SELECT 1; END")
    path = tmp_path / "planted.focusgroup"
    shutil.copy(made, path)  # the connection is still open: nothing was checkpointed
    shutil.copy(f"{made}-wal", f"{path}-wal")
    conn.close()
    return path


def _objects(path: Path) -> tuple[int, set[str]]:
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return version, {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


@pytest.mark.parametrize("version", [0, -1])
def test_a_planted_file_at_version_zero_or_below_is_refused_and_left_alone(
        tmp_path, cli, version):
    path = _planted(tmp_path, version)
    code, out, err = cli("analyze", "-w", str(path))
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert "nothing in it was run or changed" in err and "spy" in err
    assert _objects(path) == (version, {"spy", "copy_away"})


def test_an_empty_file_with_a_planted_view_is_not_migrated(tmp_path):
    path = tmp_path / "planted.focusgroup"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE VIEW everything AS SELECT 1")
    conn.close()
    with pytest.raises(ForeignSchema, match="view everything"):
        open_ws(path)
    assert _objects(path) == (0, {"everything"})


def test_a_new_workspace_still_opens(tmp_path):
    path = tmp_path / "new.focusgroup"
    open_ws(path).close()
    assert open_ws(path, create=False).version > 0
