"""An erased person leaves no byte behind: not in the workspace, its WAL, any backup of it
(made through a symlink, a ``..`` path, before a rename, half-written), a damaged copy kept by a
restore, their lunch draft or a theme made from their words; and an erasure that could not
finish says so and is finished later."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from focusgroup import paths
from focusgroup.cli import main
from focusgroup.domain.model import Note, Participant, Role, Session, Theme
from focusgroup.services.lunch import log_lunch
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import backups, repository
from focusgroup.storage.capture import add_note, save_draft
from focusgroup.storage.errors import BackupFailed

SECRET = "Zebrafish quartermaster complaint"
TRACES = ("Zebrafish", "quartermaster", "Xanthippe", "P-777", "Bo said", "Bo Xanthippe",
          "Lunchdraft")


def every_file(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        if root.exists():
            found += [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return found


def residue(*roots: Path) -> list[tuple[str, str]]:
    """(file, trace) for every trace (in any case) of the person in any file below ``roots``."""
    hits = []
    for path in every_file(*roots):
        data = path.read_bytes().lower()
        hits += [(path.name, trace) for trace in TRACES if trace.lower().encode() in data]
    return hits


def backup_root() -> Path:
    return paths.data_dir() / "backups"


def seed(path: Path) -> None:
    """A workspace holding the person everywhere a person can be."""
    ws = open_ws(path)
    try:
        session = repository.save(ws, Session("Round 1"))
        person = repository.save(ws, Participant("P-777", Role.EMPLOYEE, name="Bo Xanthippe"))
        other = repository.save(ws, Participant("P-778", Role.EMPLOYEE))
        for i in range(3):
            add_note(ws, Note(session.id, f"{SECRET} number {i}", participant_id=person.id),
                     themes=("Zebrafish worries",))
        add_note(ws, Note(session.id, "Bo said the rota works", participant_id=other.id))
        add_note(ws, Note(session.id, "The canteen is fine", participant_id=other.id))
        lunch = log_lunch(ws, department_id=None, participant="P-777",
                          likes="Zebrafish tank in the lobby")
        save_draft(ws, lunch.id, "Lunchdraft about the quartermaster",
                   datetime(2026, 11, 1, tzinfo=UTC))
        ws.backup("manual")
    finally:
        ws.close()


@pytest.fixture
def seeded(tmp_path):
    """The person in the workspace and in every kind of copy of it."""
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    before_rename = real / "old-name.focusgroup"
    seed(before_rename)
    path = real / "team.focusgroup"
    before_rename.rename(path)
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    for way in (link / "team.focusgroup", real / "sub" / ".." / "team.focusgroup", path):
        ws = open_ws(way, create=False)
        ws.backup("manual")
        ws.close()
    # a damaged copy kept aside by an earlier restore, and a backup cut short by a crash
    shutil.copy(path, path.with_name(path.name + ".damaged-20261101T101010"))
    own = paths.backups_dir(path)
    newest = backups.list_backups(own)[0].path
    shutil.copy(newest, own / "team-20261101T101010000000Z-manual.fgbackup.partial")
    assert {trace for _, trace in residue(tmp_path, backup_root())} == set(TRACES)
    return path


def test_nothing_of_the_person_is_left_anywhere(seeded, tmp_path, capsys):
    assert main(["erase", "-w", str(seeded), "--participant", "P-777", "--yes"]) == 0
    assert residue(tmp_path, backup_root()) == []
    out = capsys.readouterr().out
    assert "P-777" in out and "employee" in out and "a name was stored" in out
    ws = open_ws(seeded, create=False)
    try:
        notes = sorted(n.text for n in repository.find(ws, Note))
        assert notes == ["The canteen is fine", "[name] said the rota works"]
        assert repository.find(ws, Theme) == []
        assert [b.ok for b in ws.backups()] == [True]
    finally:
        ws.close()
    assert main(["check", "-w", str(seeded)]) == 0
    assert "erasure not finished" not in capsys.readouterr().out


def test_a_single_letter_initial_is_not_redacted_but_a_short_name_is(tmp_path):
    from focusgroup.services.erase import erase

    ws = open_ws(tmp_path / "short.focusgroup")
    try:
        session = repository.save(ws, Session("Round 1"))
        repository.save(ws, Participant("P-1", Role.EMPLOYEE, name="Li J. Wu"))
        repository.save(ws, Participant("P-2", Role.EMPLOYEE, name="Ed"))
        repository.save(ws, Participant("P-3", Role.EMPLOYEE, name="ky lee"))
        texts = ["Li and Wu agreed", "J said no", "we live in a li-ion world",
                 "Ed asked, as did ED", "edit the rota", "Ky and KY: ky is a word"]
        for text in texts:
            add_note(ws, Note(session.id, text))
        erase(ws, "P-1")
        erase(ws, "P-2")
        erase(ws, "P-3")
        assert sorted(n.text for n in repository.find(ws, Note)) == sorted([
            "[name] and [name] agreed", "J said no", "we live in a li-ion world",
            "[name] asked, as did [name]", "edit the rota", "[name] and [name]: ky is a word"])
    finally:
        ws.close()


def failing_backup(*args, **kwargs):
    raise BackupFailed("Could not write a backup: No space left on device.")


def test_a_failed_fresh_backup_is_reported_and_finished_later(seeded, tmp_path, capsys,
                                                             monkeypatch):
    monkeypatch.setattr(backups, "make_backup", failing_backup)
    assert main(["erase", "-w", str(seeded), "--participant", "P-777", "--yes"]) == 1
    out = capsys.readouterr().out
    assert "P-777" in out and "not finished" in out and "fresh backup" in out
    # the older copies are the residue: they are gone even without a fresh one
    assert residue(tmp_path, backup_root()) == []
    assert main(["check", "-w", str(seeded)]) == 1
    assert "1 erasure not finished" in capsys.readouterr().out
    monkeypatch.undo()
    assert main(["erase", "-w", str(seeded), "--participant", "P-777", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "P-777 was already erased" in out and "finished" in out
    assert main(["check", "-w", str(seeded)]) == 0
    assert "erasure not finished" not in capsys.readouterr().out
    ws = open_ws(seeded, create=False)
    try:
        assert ws.backups() and all(b.ok for b in ws.backups())
    finally:
        ws.close()
    assert residue(tmp_path, backup_root()) == []


KILL_AFTER_COMMIT = textwrap.dedent("""
    import os, signal, sys
    from focusgroup.storage import erase
    def killed(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)
    erase.purge_workspace_traces = killed
    from focusgroup.cli import main
    main(["erase", "-w", sys.argv[1], "--participant", "P-777", "--yes"])
""")


def test_an_erasure_killed_after_its_commit_is_finished_on_the_next_open(seeded, tmp_path,
                                                                         capsys):
    run = subprocess.run([sys.executable, "-c", KILL_AFTER_COMMIT, str(seeded)],
                         env=dict(os.environ), capture_output=True, timeout=120)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert residue(tmp_path, backup_root())  # the old backups are still there
    assert main(["check", "-w", str(seeded)]) == 0  # opening it finishes the purge
    assert residue(tmp_path, backup_root()) == []
    assert main(["erase", "-w", str(seeded), "--participant", "P-777", "--yes"]) == 0
    assert "P-777 was already erased" in capsys.readouterr().out
    assert main(["erase", "-w", str(seeded), "--participant", "P-777"]) == 2
    assert "P-777 was already erased" in capsys.readouterr().out


def test_erase_without_yes_shows_who_would_be_erased(seeded, capsys):
    assert main(["erase", "-w", str(seeded), "--participant", "p-777"]) == 2
    captured = capsys.readouterr()
    assert "--yes" in captured.err
    assert "P-777" in captured.out and "employee" in captured.out
    assert "a name is stored" in captured.out
    assert "4 notes" in captured.out and "0 rankings" in captured.out
    ws = open_ws(seeded, create=False)
    try:
        assert any(p.code == "P-777" for p in repository.find(ws, Participant))
    finally:
        ws.close()


def chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_an_immutable_backup_folder_leaves_the_erasure_pending_until_it_can_finish(
        seeded, tmp_path, capsys):
    own = paths.backups_dir(seeded)
    if not chattr("+i", own):
        pytest.skip("cannot make a folder immutable here")
    try:
        assert main(["erase", "-w", str(seeded), "--participant", "P-777", "--yes"]) == 1
        out = capsys.readouterr().out
        assert "not finished" in out and "deleting older backups" in out
        assert "fresh backup" in out
        assert main(["check", "-w", str(seeded)]) == 1
        assert "1 erasure not finished: " in capsys.readouterr().out
    finally:
        chattr("-i", own)
    assert main(["check", "-w", str(seeded)]) == 0  # opened: the purges run again and finish
    assert residue(tmp_path, backup_root()) == []


def test_a_long_workspace_name_is_erased_from_its_backups_too(tmp_path, capsys):
    path = tmp_path / ("x" * 230 + ".focusgroup")
    seed(path)
    assert main(["erase", "-w", str(path), "--participant", "P-777", "--yes"]) == 0
    assert "A fresh backup was made." in capsys.readouterr().out
    assert residue(tmp_path, backup_root()) == []
    assert [b.ok for b in backups.list_backups(paths.backups_dir(path))] == [True]


def test_a_copy_that_never_held_the_person_keeps_its_backups(tmp_path):
    """A workspace copied to a new name before the person was added has the same workspace id:
    its backups hold nothing of the person and must survive an erasure in the original."""
    path = tmp_path / "team.focusgroup"
    open_ws(path).close()
    copy = tmp_path / "copy.focusgroup"
    shutil.copy(path, copy)
    ws = open_ws(copy)
    try:
        repository.save(ws, Session("Copy's own round"))
        ws.backup("manual")
    finally:
        ws.close()
    kept = sorted(p.name for p in paths.backups_dir(copy).iterdir())
    seed(path)
    assert main(["erase", "-w", str(path), "--participant", "P-777", "--yes"]) == 0
    assert sorted(p.name for p in paths.backups_dir(copy).iterdir()) == kept
