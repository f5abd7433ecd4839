"""Backups that scale: a verified copy before an import, routine copies at most once per
interval, pruned by count and by total size; ``check`` quick unless ``--full``."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from focusgroup import paths
from focusgroup.domain.model import Note, Participant, Session
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import backups, repository


def _backups(path):
    return backups.list_backups(paths.backups_dir(path))


def _made(path):
    """A workspace whose newest backup is a minute old and holds what it holds now."""
    ws = open_ws(path)
    session = repository.save(ws, Session("Round 1"))
    repository.save(ws, Note(session.id, "The canteen coffee is great"))
    ws.close()
    return path


def _notes_csv(folder, count, word="survey"):
    source = folder / "answers.csv"
    source.write_text("kind,text\n" + "".join(
        f"like,Answer {n} about the {word} and the canteen\n" for n in range(count)))
    return source


def test_two_quick_cli_writes_make_at_most_one_backup(cli, tmp_path):
    path = _made(tmp_path / "team.focusgroup")
    before = len(_backups(path))
    for value in ("4", "5"):
        code, _, err = cli("config", "-w", str(path), "cadence_months", value)
        assert code == 0, err
    assert len(_backups(path)) - before <= 1


def test_the_interval_is_a_workspace_setting_and_an_hour_later_a_write_is_backed_up(
        cli, tmp_path, monkeypatch):
    path = _made(tmp_path / "team.focusgroup")
    cli("config", "-w", str(path), "backups_size_factor", "100")  # only the count prunes
    count = len(_backups(path))
    start = datetime.now(UTC)
    monkeypatch.setattr(backups, "utc_now",  # an hour and a minute from now on
                        lambda: datetime.now(UTC) + timedelta(minutes=61))
    assert backups.utc_now() - start > timedelta(hours=1)
    cli("config", "-w", str(path), "cadence_months", "5")
    assert len(_backups(path)) == count + 1
    assert cli("config", "-w", str(path), "backup_interval_minutes", "0")[0] == 0
    for value in ("6", "7"):  # 0: a backup after every write
        cli("config", "-w", str(path), "cadence_months", value)
    assert len(_backups(path)) == count + 4  # the setting's own write, then both
    code, _, err = cli("config", "-w", str(path), "backup_interval_minutes", "-1")
    assert code == 2 and err.count("\n") == 1


def test_an_import_of_a_file_makes_exactly_one_verified_backup_first(cli, tmp_path):
    path = _made(tmp_path / "team.focusgroup")
    cli("config", "-w", str(path), "cadence_months", "4")  # a change no backup holds yet
    before = {b.path for b in _backups(path)}
    code, out, err = cli("import", "notes", str(_notes_csv(tmp_path, 50)), "-w", str(path),
                         "--session", "Survey 2026")
    assert code == 0, err
    new = [b for b in _backups(path) if b.path not in before]
    assert len(new) == 1
    assert new[0].reason == "before-import" and new[0].notes == 1  # taken before the import
    assert backups.verify(new[0].path, full=True)
    with sqlite3.connect(new[0].path) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'cadence_months'"
                            ).fetchone() == ("4",)


def test_pruning_keeps_backups_kept_and_the_total_size_within_three_times_the_workspace(
        cli, tmp_path):
    from focusgroup.services.demo_scale import add_generated_notes

    path = tmp_path / "big.focusgroup"
    ws = open_ws(path)
    add_generated_notes(ws, 2000)
    ws.close()
    code, _, err = cli("config", "-w", str(path), "backup_interval_minutes", "0")
    assert code == 0, err
    for n in range(10):
        code, _, err = cli("config", "-w", str(path), "cadence_months", str(n % 5 + 1))
        assert code == 0, err
    found = _backups(path)
    assert 1 <= len(found) <= 10
    assert sum(b.path.stat().st_size for b in found) <= 3 * path.stat().st_size
    assert found[0].notes == 2000 and backups.verify(found[0].path)  # the newest is kept
    cli("config", "-w", str(path), "backups_size_factor", "100")
    cli("config", "-w", str(path), "backups_kept", "2")
    cli("config", "-w", str(path), "cadence_months", "6")
    assert len(_backups(path)) == 2


def _stale_index(path):
    """Make an index disagree with its table the way only the full check notices: its rows
    are left as they were while the table's change went past it."""
    conn = sqlite3.connect(path, isolation_level=None)
    original = conn.execute("SELECT sql FROM sqlite_schema WHERE name = "
                            "'idx_notes_participant_id'").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'idx_notes_participant_id'",
                 [original.replace('("participant_id")', '("kind")')])
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE notes SET participant_id = NULL")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'idx_notes_participant_id'",
                 [original])
    conn.close()


def test_check_is_quick_unless_full(cli, tmp_path):
    path = tmp_path / "team.focusgroup"
    ws = open_ws(path)
    session = repository.save(ws, Session("Round 1"))
    person = repository.save(ws, Participant("P-001"))
    repository.save(ws, Note(session.id, "The canteen coffee is great",
                             participant_id=person.id))
    ws.close()
    _stale_index(path)
    code, out, _ = cli("check", "-w", str(path))
    assert code == 0 and "Integrity: ok" in out
    code, out, _ = cli("check", "-w", str(path), "--full")
    assert code == 1 and "missing from index idx_notes_participant_id" in out
