"""Erasing a person leaves none of their text in the workspace, its WAL or its backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from focusgroup import paths
from focusgroup.cli import main
from focusgroup.domain.model import (
    Action,
    GuideItem,
    Initiative,
    Note,
    Participant,
    Perspective,
    Ranking,
    Role,
    Session,
)
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.rankings import save_typed_ranking
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import repository
from focusgroup.storage.capture import add_note

SECRET = "Zebrafish quartermaster complaint"


def all_bytes(path: Path) -> bytes:
    files = [p for p in path.parent.glob(path.name + "*")]
    files += list(paths.backups_dir(path).glob("*"))
    return b"".join(p.read_bytes() for p in files if p.is_file())


@pytest.fixture
def populated(tmp_path):
    path = tmp_path / "team.focusgroup"
    ws = open_ws(path)
    session = repository.save(ws, Session("Round 1"))
    person = repository.save(ws, Participant("P-777", Role.EMPLOYEE, name="Xanthippe Quux"))
    other = repository.save(ws, Participant("P-778", Role.EMPLOYEE))
    for i in range(5):
        add_note(ws, Note(session.id, f"{SECRET} number {i}", participant_id=person.id))
        ws.backup("manual")
    add_note(ws, Note(session.id, "Xanthippe helped me a lot", participant_id=other.id))
    add_note(ws, Note(session.id, "The canteen is fine", participant_id=other.id))
    # the same person named outside the notes: as facilitator, owner, in a plan
    led = repository.save(ws, Session("Xanthippe's round", facilitator="Xanthippe Quux",
                                      about="Follow-up for P-777"))
    repository.save_all(ws, [
        GuideItem(led.id, "Ask Quux about the rota"),
        Action("Rota fix agreed with Xanthippe", owner="Xanthippe Quux",
               comment="Quux checked it"),
        Initiative("Quux's canteen idea", description="Proposed by xanthippe quux")])
    save_typed_ranking(ws, session, default_needs_list(ws), "P-777", Role.EMPLOYEE,
                       Perspective.OWN, "1 2 3")
    ws.close()
    assert SECRET.encode() in all_bytes(path)
    return path


def test_erase_from_the_command_line(populated, capsys):
    assert main(["erase", "-w", str(populated), "--participant", "P-777"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["erase", "-w", str(populated), "--participant", "p-777", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "P-777 (employee, no department, a name was stored) was erased" in out
    assert "was erased: 5 notes deleted, 1 rankings deleted, 5 mentions" in out
    data = all_bytes(populated)
    for trace in (SECRET, "Xanthippe", "Quux", "P-777", "Zebrafish", "quartermaster"):
        assert trace.encode() not in data, trace
    ws = open_ws(populated, create=False)
    try:
        texts = sorted(n.text for n in repository.find(ws, Note))
        assert texts == ["The canteen is fine", "[name] helped me a lot"]
        assert repository.find(ws, Ranking) == []
        led = next(s for s in repository.find(ws, Session) if s.facilitator)
        assert (led.title, led.facilitator, led.about) == (
            "[name]'s round", "[name]", "Follow-up for [name]")
        [action] = repository.find(ws, Action)
        assert (action.title, action.owner, action.comment) == (
            "Rota fix agreed with [name]", "[name]", "[name] checked it")
        [idea] = repository.find(ws, Initiative)
        assert (idea.title, idea.description) == ("[name]'s canteen idea", "Proposed by [name]")
        assert [g.text for g in repository.find(ws, GuideItem)] == ["Ask [name] about the rota"]
        assert len(ws.backups()) == 1 and ws.backups()[0].ok
    finally:
        ws.close()


def test_keep_notes_unattributed(populated):
    ws = open_ws(populated, create=False)
    try:
        from focusgroup.services.erase import erase

        result = erase(ws, "P-777", keep_notes=True)
        assert result.notes_unattributed == 5
        kept = [n for n in repository.find(ws, Note) if n.text.startswith(SECRET)]
        assert len(kept) == 5 and all(n.participant_id is None for n in kept)
    finally:
        ws.close()
    assert b"Xanthippe" not in all_bytes(populated)


def test_unknown_code_is_bad_input(populated, capsys):
    assert main(["erase", "-w", str(populated), "--participant", "P-000", "--yes"]) == 2
    assert 'no participant with the code "P-000"' in capsys.readouterr().err


@pytest.mark.parametrize("again", ["P 779", "p   779", " p 779 "])
def test_an_erased_code_is_known_again_in_any_spelling(tmp_path, cli, again):
    path = tmp_path / "spaced.focusgroup"
    ws = open_ws(path)
    repository.save(ws, Participant("P 779", Role.EMPLOYEE, name="Ulrikke Vaag"))
    ws.close()
    code, out, err = cli("erase", "-w", str(path), "--participant", "p  779", "--yes")
    assert code == 0, err
    # the person is gone; asking for the same code again only finishes what is left
    code, out, err = cli("erase", "-w", str(path), "--participant", again)
    assert code == 2 and f"{again.strip()} was already erased" in out, err
    code, out, err = cli("erase", "-w", str(path), "--participant", again, "--yes")
    assert code == 0 and "no participant" not in err, err


def test_an_erasure_recorded_with_the_code_case_folded_is_still_known(tmp_path, cli):
    import hashlib
    import hmac
    import sqlite3

    path = tmp_path / "older.focusgroup"
    ws = open_ws(path)
    repository.save(ws, Participant("P-780", Role.EMPLOYEE))
    ws.close()
    assert cli("erase", "-w", str(path), "--participant", "P-780", "--yes")[0] == 0
    conn = sqlite3.connect(path)  # as focusgroup first recorded it: "p-780"
    key = conn.execute("SELECT value FROM meta WHERE key = 'erasure_key'").fetchone()[0]
    with conn:
        conn.execute("UPDATE erasures SET code_hash = ?",
                     [hmac.new(key.encode(), b"p-780", hashlib.sha256).hexdigest()])
    conn.close()
    code, out, err = cli("erase", "-w", str(path), "--participant", "p-780")
    assert code == 2 and "p-780 was already erased" in out, err
