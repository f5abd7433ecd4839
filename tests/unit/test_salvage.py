"""Before a damaged workspace is replaced by its backup, the rows it still holds are counted;
``check --salvage`` adds those the backup lacks (the notes written after it), checked against
the domain types, in one transaction; rows whose parents were lost are skipped and counted."""

from __future__ import annotations

import sqlite3

import pytest

from focusgroup.cli import main
from focusgroup.domain.model import Note, Participant, Session, Theme
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import queries, repository

OLD, NEW = 40, 50


def _root_page(path, name) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            [name]).fetchone()[0]


def _zero_page(path, page: int) -> None:
    size = 4096
    data = bytearray(path.read_bytes())
    data[(page - 1) * size: page * size] = b"\0" * size
    path.write_bytes(bytes(data))


@pytest.fixture
def newer_than_backup(tmp_path):
    """40 notes in the backup; 50 more (one by a new participant, one with a new theme) and a
    session with 3 notes of its own written after it, then never backed up."""
    path = tmp_path / "team.focusgroup"
    ws = open_ws(path)
    session = repository.save(ws, Session("Round 1"))
    repository.save_all(ws, [Note(session.id, f"old note {i}") for i in range(OLD)])
    ws.close()  # the backup: 40 notes
    ws = open_ws(path, create=False)
    person = repository.save(ws, Participant("P-777"))
    theme = repository.save(ws, Theme("canteen"))
    notes = [Note(session.id, f"newer note {i} about the rota") for i in range(NEW)]
    notes[0] = Note(session.id, "newer note by P-777", participant_id=person.id)
    repository.save_all(ws, notes)
    queries.tag_note(ws, notes[1].id, [theme.id])
    late = repository.save(ws, Session("Round 2, lost with the damage"))
    repository.save_all(ws, [Note(late.id, f"round 2 note {i}") for i in range(3)])
    ws.close(backup=False)  # as if the laptop died before the next backup
    return path


def _notes(path) -> list[str]:
    ws = open_ws(path, create=False, read_only=True)
    try:
        return sorted(n.text for n in repository.find(ws, Note))
    finally:
        ws.close(backup=False)


def test_a_zeroed_index_page_leaves_the_newer_notes_to_recover(newer_than_backup, capsys):
    path = newer_than_backup
    _zero_page(path, _root_page(path, "idx_notes_session_id_created_at"))
    _zero_page(path, _root_page(path, "sessions"))  # the session of round 2 is lost
    assert main(["check", "-w", str(path)]) == 1
    capsys.readouterr()

    assert main(["check", "-w", str(path), "--restore"]) == 1
    out = capsys.readouterr().out
    assert "restored from the backup" in out
    assert f"still holds {NEW} notes" in out and "--salvage" in out
    assert "3 rows cannot be recovered: 3 belong to something lost" in out
    assert "Damaged tables, read in part or not at all: sessions." in out
    assert len(_notes(path)) == OLD  # only counted so far

    assert main(["check", "-w", str(path), "--salvage"]) == 0
    out = capsys.readouterr().out
    assert f"Recovered from the damaged file: {NEW} notes" in out
    texts = _notes(path)
    assert len(texts) == OLD + NEW and "newer note by P-777" in texts
    assert not any(t.startswith("round 2") for t in texts)
    ws = open_ws(path, create=False, read_only=True)
    try:
        assert [p.code for p in repository.find(ws, Participant)] == ["P-777"]
        assert [t.name for t in repository.find(ws, Theme)] == ["canteen"]
        assert ws.conn.execute("SELECT count(*) FROM note_themes").fetchone()[0] == 1
        assert len(queries.search_note_ids(ws, "rota")) == NEW - 1  # the search index too
    finally:
        ws.close(backup=False)

    assert main(["check", "-w", str(path), "--salvage"]) == 0  # nothing twice
    out = capsys.readouterr().out
    assert "Nothing in the damaged file is missing" in out
    assert len(_notes(path)) == OLD + NEW


def test_restore_and_salvage_in_one_go(newer_than_backup, capsys):
    path = newer_than_backup
    _zero_page(path, _root_page(path, "idx_notes_session_id_created_at"))
    assert main(["check", "-w", str(path), "--salvage"]) == 1  # it was damaged
    out = capsys.readouterr().out
    assert "restored from the backup" in out and "Recovered from the damaged file" in out
    assert len(_notes(path)) == OLD + NEW + 3
    assert main(["check", "-w", str(path)]) == 0


def test_rows_that_do_not_fit_the_domain_types_are_not_recovered(newer_than_backup, capsys):
    path = newer_than_backup
    with sqlite3.connect(path) as conn:  # values no focusgroup ever wrote
        conn.execute("UPDATE notes SET kind = 'rant' WHERE text = 'newer note 5 about the rota'")
        conn.execute("UPDATE notes SET created_at = 'yesterday' "
                     "WHERE text = 'newer note 6 about the rota'")
        conn.execute("UPDATE notes SET offset_seconds = 'soon' "
                     "WHERE text = 'newer note 7 about the rota'")
    conn.close()
    _zero_page(path, _root_page(path, "idx_notes_session_id_created_at"))
    assert main(["check", "-w", str(path), "--salvage"]) == 1
    out = capsys.readouterr().out
    assert "3 hold values that are not valid" in out
    texts = _notes(path)
    assert len(texts) == OLD + NEW + 3 - 3
    assert "newer note 5 about the rota" not in texts


def test_salvage_without_a_damaged_copy_says_so(tmp_path, capsys):
    path = tmp_path / "fine.focusgroup"
    open_ws(path).close()
    assert main(["check", "-w", str(path), "--salvage"]) == 0
    assert "no damaged copy" in capsys.readouterr().out
