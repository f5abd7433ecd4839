"""Sending work between laptops: ``focusgroup exchange export`` writes an encrypted package of
what a workspace may share, ``focusgroup exchange import`` receives any number of them."""

from __future__ import annotations

import sqlite3
import stat
import tempfile
from datetime import date
from pathlib import Path

import pytest

from focusgroup.domain import model
from focusgroup.domain.model import Department, Note, Participant, Role
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.lunch import log_lunch
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import queries, repository
from focusgroup.storage.capture import add_note

SECRET_LUNCH = "Marmalade shortage in the canteen"
SECRET_GROUP = "Forklift brakes squeak every morning"


def build_a(path: Path) -> None:
    """A manager's workspace: one lunch interview and one focus group, with notes in each."""
    ws = open_ws(path)
    warehouse = repository.save(ws, Department("Warehouse"))
    need = repository.find_by(ws, model.NeedsItem, list_id=default_needs_list(ws).id)[0]
    log_lunch(ws, department_id=warehouse.id, participant="P-100", likes=SECRET_LUNCH,
              dislikes="Night shifts", follow_ups=[("Order marmalade", "Anne", None)],
              top_needs=[need.id], day=date(2026, 11, 2))
    group = repository.save(ws, model.Session("Warehouse round", date=date(2026, 11, 3),
                                              department_id=warehouse.id))
    person = repository.save(ws, Participant("P-200", Role.EMPLOYEE, name="Bo Group",
                                             department_id=warehouse.id))
    queries.add_session_participants(ws, group.id, [person.id])
    add_note(ws, Note(group.id, SECRET_GROUP, participant_id=person.id), themes=("Safety",))
    ws.close()


def build_b(path: Path) -> None:
    ws = open_ws(path)
    repository.save(ws, Department("Kitchen"))
    ws.close()


def contents(path: Path) -> list[str]:
    """Everything stored in a workspace, as SQL text (read without changing the file)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def laptops(tmp_path):
    a, b = tmp_path / "a.focusgroup", tmp_path / "b.focusgroup"
    build_a(a)
    build_b(b)
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    return a, b, secret


def test_lunch_logs_travel_and_focus_groups_stay_home(laptops, cli, tmp_path):
    a, b, secret = laptops
    package = tmp_path / "lunch.fgpackage"
    code, out, err = cli("exchange", "export", "--workspace", str(a), "--out", str(package),
                         "--only", "lunch", "--passphrase-file", str(secret))
    assert (code, err) == (0, "")
    assert "sessions: 1, notes: 2, rankings: 1, actions: 1" in out
    assert stat.S_IMODE(package.stat().st_mode) == 0o600

    code, out, err = cli("exchange", "import", str(package), "--workspace", str(b),
                         "--passphrase-file", str(secret))
    assert (code, err) == (0, "")
    assert out.startswith("Merged lunch.fgpackage into b.focusgroup")
    sessions = rows(b, "SELECT kind, title FROM sessions")
    assert sessions == [("lunch_interview", "Lunch interview")]
    texts = {t for (t,) in rows(b, "SELECT text FROM notes")}
    assert texts == {SECRET_LUNCH, "Night shifts"}
    assert rows(b, "SELECT title FROM actions") == [("Order marmalade",)]
    assert rows(b, "SELECT count(*) FROM rankings") == [(1,)]
    assert {c for (c,) in rows(b, "SELECT code FROM participants")} == {"P-100"}
    assert {n for (n,) in rows(b, "SELECT name FROM departments")} == {"Kitchen", "Warehouse"}
    assert rows(b, "SELECT count(*) FROM themes WHERE name = 'Safety'") == [(0,)]
    # The search index of B finds what arrived
    assert rows(b, "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'marmalade'") == [(1,)]


def test_sessions_package_leaves_lunch_logs_and_their_people_out(laptops, cli, tmp_path):
    a, b, secret = laptops
    package = tmp_path / "sessions.fgpackage"
    assert cli("exchange", "export", "-w", str(a), "--out", str(package), "--only", "sessions",
               "--passphrase-file", str(secret))[0] == 0
    assert cli("exchange", "import", str(package), "-w", str(b), "--passphrase-file",
               str(secret))[0] == 0
    assert rows(b, "SELECT kind FROM sessions") == [("focus_group",)]
    assert {t for (t,) in rows(b, "SELECT text FROM notes")} == {SECRET_GROUP}
    assert {c for (c,) in rows(b, "SELECT code FROM participants")} == {"P-200"}
    assert rows(b, "SELECT count(*) FROM actions") == [(0,)]


def test_receiving_again_changes_nothing(laptops, cli, tmp_path):
    a, b, secret = laptops
    package = tmp_path / "all.fgpackage"
    assert cli("exchange", "export", "-w", str(a), "--out", str(package),
               "--passphrase-file", str(secret))[0] == 0
    code, out, _ = cli("exchange", "import", str(package), str(package), "-w", str(b),
                       "--passphrase-file", str(secret))
    assert code == 0
    assert out.count("Merged all.fgpackage") == 1 and "Nothing new in all.fgpackage" in out
    after_first = contents(b)
    assert any(SECRET_GROUP in line for line in after_first)
    code, out, _ = cli("exchange", "import", str(package), "-w", str(b),
                       "--passphrase-file", str(secret))
    assert code == 0 and out.startswith("Nothing new in all.fgpackage")
    assert contents(b) == after_first


def test_a_folder_of_packages_is_received_in_one_go(laptops, cli, tmp_path):
    a, b, secret = laptops
    c = tmp_path / "c.focusgroup"
    ws = open_ws(c)
    kitchen = repository.save(ws, Department("Canteen"))
    log_lunch(ws, department_id=kitchen.id, participant="P-300", likes="Soup on Fridays")
    ws.close()
    shared = tmp_path / "shared"
    shared.mkdir()
    for name, source in (("a", a), ("c", c)):
        assert cli("exchange", "export", "-w", str(source), "--out",
                   str(shared / f"{name}.fgpackage"), "--passphrase-file", str(secret))[0] == 0
    code, out, err = cli("exchange", "import", *sorted(map(str, shared.iterdir())),
                         "-w", str(b), "--passphrase-file", str(secret))
    assert (code, err) == (0, "")
    texts = {t for (t,) in rows(b, "SELECT text FROM notes")}
    assert {SECRET_LUNCH, SECRET_GROUP, "Soup on Fridays"} <= texts


def test_in_a_shared_folder_ones_own_package_is_skipped(laptops, cli, tmp_path):
    """Everyone leaves their package in one folder and receives the folder: their own is
    skipped (it has nothing new), the others' are merged."""
    a, b, secret = laptops
    shared = tmp_path / "shared"
    shared.mkdir()
    for source in (a, b):
        assert cli("exchange", "export", "-w", str(source), "--out",
                   str(shared / f"{source.stem}.fgpackage"), "--passphrase-file",
                   str(secret))[0] == 0
    code, out, err = cli("exchange", "import", *sorted(map(str, shared.iterdir())),
                         "-w", str(b), "--passphrase-file", str(secret))
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("Merged a.fgpackage into b.focusgroup")
    assert out.splitlines()[-1] == "Skipped b.fgpackage: it was made from this workspace."
    assert SECRET_GROUP in {t for (t,) in rows(b, "SELECT text FROM notes")}


def test_the_package_holds_no_readable_text(laptops, cli, tmp_path):
    a, _b, secret = laptops
    package = tmp_path / "all.fgpackage"
    assert cli("exchange", "export", "-w", str(a), "--out", str(package),
               "--passphrase-file", str(secret))[0] == 0
    data = package.read_bytes()
    assert data.startswith(b"FGXCHG\r\n")
    for text in (SECRET_LUNCH, SECRET_GROUP, "Bo Group", "P-200", "Warehouse",
                 "SQLite format 3", "marmalade"):
        assert text.encode() not in data
        assert text.encode("utf-16-le") not in data


def test_the_decrypted_copy_is_private_and_removed(laptops, cli, tmp_path, monkeypatch):
    """Receiving decrypts each package into a private temporary file, gone afterwards."""
    a, b, secret = laptops
    package = tmp_path / "all.fgpackage"
    assert cli("exchange", "export", "-w", str(a), "--out", str(package),
               "--passphrase-file", str(secret))[0] == 0
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    seen = []

    from focusgroup.services import exchange

    real = exchange.merge_workspaces

    def watching(source, ws):
        seen.append((stat.S_IMODE(Path(source).stat().st_mode),
                     stat.S_IMODE(Path(source).parent.parent.stat().st_mode)))
        return real(source, ws)

    monkeypatch.setattr(exchange, "merge_workspaces", watching)
    assert cli("exchange", "import", str(package), "-w", str(b), "--passphrase-file",
               str(secret))[0] == 0
    assert seen == [(0o600, 0o700)]
    assert list(scratch.iterdir()) == []


def test_a_lunch_package_holds_no_focus_group_text_even_inside(laptops, cli, tmp_path):
    """What --only leaves out is not in the decrypted copy either (no free pages, no index)."""
    a, _b, secret = laptops
    package = tmp_path / "lunch.fgpackage"
    assert cli("exchange", "export", "-w", str(a), "--out", str(package), "--only", "lunch",
               "--passphrase-file", str(secret))[0] == 0
    from focusgroup.services.exchange import passphrase_from_file
    from focusgroup.services.package_seal import unseal

    inside = unseal(package.read_bytes(), passphrase_from_file(secret), 99, package.name)
    assert inside.startswith(b"SQLite format 3")
    assert SECRET_LUNCH.encode() in inside
    for text in (SECRET_GROUP, "Forklift", "forklift", "Bo Group", "P-200", "Safety"):
        assert text.encode() not in inside
