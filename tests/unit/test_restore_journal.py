"""Restoring a damaged workspace is a journaled sequence: killed at any moment it leaves a file at
the workspace path, the next run completes it (or rolls it back), and damaged copies are never
overwritten.

Set ``FOCUSGROUP_RESTORE_SEED`` to replay a failing kill loop.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from focusgroup import paths
from focusgroup.cli import main
from focusgroup.domain.model import Note, Session
from focusgroup.services.workspaces import open_ws, restore_from_backup
from focusgroup.storage import repository
from focusgroup.storage.errors import WorkspaceDamaged

ROOT = Path(__file__).resolve().parents[2]
NOTES = 40
CHILD = r"""
import sys
from focusgroup.cli import main
print("ready", flush=True)
sys.exit(main(["check", "--restore", "-w", sys.argv[1]]))
"""
TEMPORARY = (".restoring", ".restore-journal", ".copying", ".partial")


def _saved(folder: Path, notes: int = NOTES) -> Path:
    path = folder / "team.focusgroup"
    ws = open_ws(path)
    session = repository.save(ws, Session("Round 1"))
    repository.save_all(ws, [Note(session.id, f"note {i} " + "words " * 80)
                             for i in range(notes)])
    ws.close()  # a verified backup with all the notes
    return path


def _damage(path: Path) -> bytes:
    """Zero the third page: SQLite's integrity check fails, a backup exists."""
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\0" * 4096
    return bytes(data)


def _put_damaged(path: Path, damaged: bytes) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(damaged)


def _asides(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir()
                  if p.name.startswith(f"{path.name}.damaged-")
                  and not p.name.endswith(("-wal", "-shm")))


def _leftovers(path: Path) -> list[str]:
    found = [p.name for p in path.parent.iterdir() if p.name.endswith(TEMPORARY)]
    found += [p.name for p in paths.backups_dir(path).iterdir() if p.name.endswith(TEMPORARY)]
    return found


def _notes(path: Path) -> int:
    ws = open_ws(path, create=False, read_only=True)
    try:
        return len(repository.find(ws, Note))
    finally:
        ws.close(backup=False)


def _kill_loop(tmp_path: Path, capsys, kills: int, notes: int) -> int:
    """A bigger file makes the restore take longer, so more kills land inside it."""
    seed = int(os.environ.get("FOCUSGROUP_RESTORE_SEED", time.time_ns() % 2**32))
    rng = random.Random(seed)
    path = _saved(tmp_path, notes)
    damaged = _damage(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def start() -> subprocess.Popen:
        _put_damaged(path, damaged)
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        return child

    child = start()  # one whole run, to know how long the kills may wait
    started = time.monotonic()
    child.communicate(timeout=60)
    full = time.monotonic() - started
    assert child.returncode == 1
    interrupted = 0
    for kill in range(1, kills + 1):
        child = start()
        time.sleep(rng.uniform(full / 4, full))  # the first part is Python starting
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        interrupted += child.returncode == -signal.SIGKILL
        where = f"(kill {kill}; replay with FOCUSGROUP_RESTORE_SEED={seed})"
        assert path.is_file(), f"no workspace at the path after the kill {where}"
        code = main(["check", "--restore", "-w", str(path)])
        out = capsys.readouterr().out
        assert code in (0, 1), f"{out} {where}"
        assert main(["check", "-w", str(path)]) == 0, f"{capsys.readouterr().out} {where}"
        capsys.readouterr()
        assert _notes(path) == notes, where
        assert _leftovers(path) == [], where
        for aside in _asides(path):
            assert aside.read_bytes() == damaged, f"{aside.name} is not the damaged file {where}"
    return interrupted


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX only")
def test_check_restore_killed_at_random_moments_always_leaves_a_workspace(tmp_path, capsys):
    _kill_loop(tmp_path, capsys, kills=3, notes=300)


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX only")
def test_check_restore_killed_thirty_times(tmp_path, capsys):
    interrupted = _kill_loop(tmp_path, capsys, kills=30, notes=2000)
    assert interrupted >= 10  # most kills land before the run ends


def test_two_restores_in_one_second_keep_both_damaged_copies(tmp_path):
    path = _saved(tmp_path)
    kept = []
    for round_ in range(3):
        data = bytearray(_damage(path))
        data[-1] = round_  # each damaged file differs
        _put_damaged(path, bytes(data))
        ws, recovery = restore_from_backup(path)
        ws.close(backup=False)
        kept.append((recovery.damaged_copy, bytes(data)))
    assert len({copy for copy, _ in kept}) == 3
    for copy, data in kept:
        assert copy.read_bytes() == data
    assert len(_asides(path)) == 3


class _Stop(BaseException):
    """Stands for the process dying at that point."""


def _interrupt_restore(path: Path, monkeypatch, step: str) -> None:
    """Start restoring ``path`` and stop it dead at ``os.<step>``, as a kill would."""
    from focusgroup.storage import restore_journal

    def die(*_args, **_kwargs):
        raise _Stop

    with monkeypatch.context() as patch:
        patch.setattr(restore_journal.os, step, die)
        with pytest.raises(_Stop):
            restore_from_backup(path)


@pytest.mark.parametrize("step", ["link", "replace"])
def test_an_interrupted_restore_is_completed_by_the_next_open(tmp_path, monkeypatch, step):

    path = _saved(tmp_path)
    damaged = _damage(path)
    _put_damaged(path, damaged)

    _interrupt_restore(path, monkeypatch, step)
    assert path.read_bytes() == damaged  # still there, still the damaged file
    journal = Path(f"{path}.restore-journal")
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    if step == "replace":
        assert stat.S_IMODE(Path(f"{path}.restoring").stat().st_mode) == 0o600
    ws = open_ws(path, create=False)  # any command that opens it finishes the restore first
    try:
        assert "interrupted restore" in ws.restore_notice and "completed" in ws.restore_notice
        assert len(repository.find(ws, Note)) == NOTES
    finally:
        ws.close()
    assert [a.read_bytes() for a in _asides(path)] == [damaged]
    assert _leftovers(path) == []


def test_an_interrupted_restore_whose_backup_is_gone_is_rolled_back(tmp_path, monkeypatch,
                                                                       capsys):

    path = _saved(tmp_path)
    damaged = _damage(path)
    _put_damaged(path, damaged)

    _interrupt_restore(path, monkeypatch, "replace")
    for leftover in paths.backups_dir(path).iterdir():
        leftover.unlink()  # the backups were lost meanwhile
    Path(f"{path}.restoring").unlink()
    assert main(["check", "-w", str(path)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM" in out and "interrupted restore of team.focusgroup was undone" in out
    assert path.read_bytes() == damaged
    assert _asides(path) == []  # the extra name of the damaged file went with the journal
    assert _leftovers(path) == []


def test_a_failed_restore_leaves_the_damaged_file_in_place(tmp_path, monkeypatch):
    from focusgroup.storage import restore_journal

    path = _saved(tmp_path)
    damaged = _damage(path)
    _put_damaged(path, damaged)

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore_journal, "_fsync_file", full)
    with pytest.raises(WorkspaceDamaged, match="No space left"):
        restore_from_backup(path)
    assert path.read_bytes() == damaged
    assert _asides(path) == [] and _leftovers(path) == []


def test_a_journal_naming_files_elsewhere_is_not_acted_on(tmp_path):
    import json

    path = _saved(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "precious.txt"
    victim.write_text("keep me")
    journal = Path(f"{path}.restore-journal")
    journal.write_text(json.dumps({
        "path": str(path), "aside": str(victim), "backup": str(path),
        "partial": str(elsewhere / "precious.txt"), "damaged": None}))
    before = path.read_bytes()
    with pytest.raises(WorkspaceDamaged, match="belongs to another workspace"):
        open_ws(path, create=False)
    assert victim.read_text() == "keep me" and path.read_bytes() == before


def test_any_command_finishes_an_interrupted_restore_first_and_says_so(tmp_path, monkeypatch,
                                                                        capsys):

    path = _saved(tmp_path)
    _put_damaged(path, _damage(path))

    _interrupt_restore(path, monkeypatch, "replace")
    assert main(["sessions", "-w", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "Round 1" in out
    assert err.startswith("focusgroup: An interrupted restore of team.focusgroup was completed")
    assert err.count("\n") == 1


def test_a_read_only_open_leaves_a_journal_alone(tmp_path, monkeypatch):
    """A workspace from elsewhere (merged, opened read-only) is never changed, whatever lies
    beside it."""

    path = _saved(tmp_path)
    damaged = _damage(path)
    _put_damaged(path, damaged)

    _interrupt_restore(path, monkeypatch, "replace")
    with contextlib.suppress(WorkspaceDamaged):  # whether the damage shows depends on the page
        open_ws(path, create=False, read_only=True).close(backup=False)
    assert path.read_bytes() == damaged
    assert Path(f"{path}.restore-journal").exists()


@pytest.mark.parametrize("text", ["[]", '{"path": []}', "null", "{"])
def test_a_garbled_journal_is_set_aside_not_a_traceback(tmp_path, cli, text):
    path = _saved(tmp_path)
    Path(f"{path}.restore-journal").write_text(text, encoding="utf-8")
    code, out, err = cli("check", "-w", str(path))
    assert code == 0 and "Traceback" not in err, err
    assert not Path(f"{path}.restore-journal").exists()
