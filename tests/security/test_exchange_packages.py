"""A package received from elsewhere is hostile input: garbage, a wrong passphrase, a changed
or cut-short file, one from a newer focusgroup, one made from the very workspace it is received
into, a missing or empty passphrase file. Each is one line and exit 2, and the workspace keeps
exactly what it had."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from focusgroup.domain import model
from focusgroup.domain.model import Department, Note
from focusgroup.services import package_seal
from focusgroup.services.exchange import passphrase_from_file
from focusgroup.services.package_seal import HEADER_BYTES, seal
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import repository
from focusgroup.storage.capture import add_note
from focusgroup.storage.schema import CURRENT_VERSION

SECRET = "The night shift wants a kettle"


def _workspace(path: Path, department: str, note: str) -> None:
    ws = open_ws(path)
    dept = repository.save(ws, Department(department))
    session = repository.save(ws, model.Session(f"{department} round", department_id=dept.id))
    add_note(ws, Note(session.id, note))
    ws.close()


def _contents(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def setup(tmp_path, cli):
    """Workspaces A and W, a passphrase, and a good package of A."""
    a, w = tmp_path / "a.focusgroup", tmp_path / "w.focusgroup"
    _workspace(a, "Warehouse", SECRET)
    _workspace(w, "Kitchen", "Soup on Fridays")
    secret = tmp_path / "pass.txt"
    secret.write_text("s3cret passphrase\n", encoding="utf-8")
    package = tmp_path / "a.fgpackage"
    assert cli("exchange", "export", "-w", str(a), "--out", str(package),
               "--passphrase-file", str(secret))[0] == 0
    return a, w, secret, package


def _refused(cli, w: Path, *argv: str) -> str:
    """Receive into ``w``: exit 2, one line, nothing printed on stdout, ``w`` unchanged."""
    before = _contents(w)
    code, out, err = cli("exchange", "import", *argv, "-w", str(w))
    assert code == 2, (out, err)
    assert out == ""
    assert err.startswith("focusgroup: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert _contents(w) == before
    return err


def test_the_good_package_is_received(setup, cli):
    """The setup's package works: every refusal below is about what was done to it."""
    _a, w, secret, package = setup
    assert cli("exchange", "import", str(package), "-w", str(w),
               "--passphrase-file", str(secret))[0] == 0
    assert any(SECRET in line for line in _contents(w))


def test_garbage_is_not_a_package(setup, cli, tmp_path):
    _a, w, secret, _package = setup
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(os.urandom(5000))
    assert "holiday.jpg is not a focusgroup package" in _refused(
        cli, w, str(junk), "--passphrase-file", str(secret))


def test_a_plain_workspace_is_not_a_package(setup, cli):
    a, w, secret, _package = setup
    assert "is not a focusgroup package" in _refused(
        cli, w, str(a), "--passphrase-file", str(secret))


def test_a_wrong_passphrase(setup, cli, tmp_path):
    _a, w, _secret, package = setup
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("s3cret passphrasE\n", encoding="utf-8")
    assert "the passphrase is wrong" in _refused(
        cli, w, str(package), "--passphrase-file", str(wrong))


@pytest.mark.parametrize("where", ["version", "salt", "nonce", "middle", "last"])
def test_one_flipped_byte(setup, cli, tmp_path, where):
    _a, w, secret, package = setup
    data = bytearray(package.read_bytes())
    at = {"version": 10, "salt": 12, "nonce": HEADER_BYTES - 1, "middle": len(data) // 2,
          "last": len(data) - 1}[where]
    data[at] ^= 0x01
    changed = tmp_path / "changed.fgpackage"
    changed.write_bytes(bytes(data))
    assert "changed.fgpackage" in _refused(cli, w, str(changed), "--passphrase-file",
                                           str(secret))


@pytest.mark.parametrize("keep", [5, HEADER_BYTES, HEADER_BYTES + 20, -1])
def test_a_cut_short_package(setup, cli, tmp_path, keep):
    _a, w, secret, package = setup
    cut = tmp_path / "cut.fgpackage"
    cut.write_bytes(package.read_bytes()[:keep])
    assert "cut.fgpackage" in _refused(cli, w, str(cut), "--passphrase-file", str(secret))


def test_an_empty_package(setup, cli, tmp_path):
    _a, w, secret, _package = setup
    empty = tmp_path / "empty.fgpackage"
    empty.write_bytes(b"")
    _refused(cli, w, str(empty), "--passphrase-file", str(secret))


def test_a_package_from_a_newer_schema(setup, cli, tmp_path):
    a, w, secret, _package = setup
    newer = tmp_path / "newer.fgpackage"
    newer.write_bytes(seal(a.read_bytes(), passphrase_from_file(secret), CURRENT_VERSION + 1))
    err = _refused(cli, w, str(newer), "--passphrase-file", str(secret))
    assert "newer focusgroup" in err and "update" in err


def test_a_package_of_a_newer_format(setup, cli, tmp_path, monkeypatch):
    a, w, secret, _package = setup
    newer = tmp_path / "newer.fgpackage"
    monkeypatch.setattr(package_seal, "FORMAT", package_seal.FORMAT + 1)
    assert cli("exchange", "export", "-w", str(a), "--out", str(newer),
               "--passphrase-file", str(secret))[0] == 0
    monkeypatch.undo()
    assert "newer focusgroup" in _refused(cli, w, str(newer), "--passphrase-file", str(secret))


def test_a_package_made_from_this_workspace(setup, cli, tmp_path):
    _a, w, secret, _package = setup
    own = tmp_path / "own.fgpackage"
    assert cli("exchange", "export", "-w", str(w), "--out", str(own),
               "--passphrase-file", str(secret))[0] == 0
    assert "made from this workspace" in _refused(cli, w, str(own), "--passphrase-file",
                                                  str(secret))


def test_a_sealed_hostile_workspace_meets_the_merge_checks(setup, cli, tmp_path):
    """The right passphrase does not make the contents trusted: a workspace with a trigger of
    its own inside a well-sealed package is refused like a hostile workspace file."""
    a, w, secret, _package = setup
    hostile = tmp_path / "hostile.focusgroup"
    hostile.write_bytes(a.read_bytes())
    conn = sqlite3.connect(hostile)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM notes; END")
    conn.commit()
    conn.close()
    package = tmp_path / "hostile.fgpackage"
    package.write_bytes(seal(hostile.read_bytes(), passphrase_from_file(secret),
                             CURRENT_VERSION))
    assert "hostile.fgpackage" in _refused(cli, w, str(package), "--passphrase-file",
                                           str(secret))


def test_one_bad_package_among_good_ones_changes_nothing(setup, cli, tmp_path):
    _a, w, secret, package = setup
    junk = tmp_path / "junk.fgpackage"
    junk.write_bytes(b"FGXCHG\r\n" + os.urandom(200))
    assert "junk.fgpackage" in _refused(cli, w, str(package), str(junk),
                                        "--passphrase-file", str(secret))


@pytest.mark.parametrize("problem", ["missing", "empty", "newline only", "folder", "fifo"])
def test_a_missing_or_empty_passphrase_file(setup, cli, tmp_path, problem):
    a, w, _secret, package = setup
    secret = tmp_path / "secret.txt"
    if problem == "empty":
        secret.write_bytes(b"")
    elif problem == "newline only":
        secret.write_bytes(b"\n")
    elif problem == "folder":
        secret.mkdir()
    elif problem == "fifo":
        os.mkfifo(secret)
    err = _refused(cli, w, str(package), "--passphrase-file", str(secret))
    assert "passphrase file" in err
    # Sending refuses it too, and writes nothing
    out = tmp_path / "out.fgpackage"
    code, _out, err = cli("exchange", "export", "-w", str(a), "--out", str(out),
                          "--passphrase-file", str(secret))
    assert code == 2 and err.count("\n") == 1 and not out.exists()


def test_a_package_that_is_not_a_regular_file(setup, cli, tmp_path):
    _a, w, secret, _package = setup
    fifo = tmp_path / "pipe.fgpackage"
    os.mkfifo(fifo)
    _refused(cli, w, str(fifo), "--passphrase-file", str(secret))
    _refused(cli, w, str(tmp_path / "nowhere.fgpackage"), "--passphrase-file", str(secret))


def test_decrypted_copies_are_removed_when_receiving_fails(setup, cli, tmp_path, monkeypatch):
    """The good package was already decrypted when the bad one is met: its private copy is
    removed all the same, as is the copy of a package the merge refuses."""
    import tempfile

    a, w, secret, package = setup
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    junk = tmp_path / "junk.fgpackage"
    junk.write_bytes(os.urandom(100))
    _refused(cli, w, str(package), str(junk), "--passphrase-file", str(secret))
    assert list(scratch.iterdir()) == []
    # A copy of W elsewhere still holds a person erased in W since: the merge refuses it.
    ws = open_ws(w)
    person = repository.save(ws, model.Participant("P-404", model.Role.EMPLOYEE))
    ws.close()
    copy = tmp_path / "copy.focusgroup"
    shutil.copyfile(w, copy)
    erased = tmp_path / "erased.fgpackage"
    assert cli("exchange", "export", "-w", str(copy), "--out", str(erased),
               "--passphrase-file", str(secret))[0] == 0
    assert cli("erase", "-w", str(w), "--participant", person.code, "--yes")[0] == 0
    err = _refused(cli, w, str(erased), "--passphrase-file", str(secret))
    assert "P-404 was erased here" in err
    assert list(scratch.iterdir()) == []
