"""The command line as a user meets it: exit codes, one-line messages, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from focusgroup import __version__
from focusgroup.storage.schema import CURRENT_VERSION


def test_version(cli):
    code, out, _ = cli("--version")
    assert code == 0 and out.strip() == f"focusgroup {__version__}"


def test_python_dash_m_works():
    result = subprocess.run([sys.executable, "-m", "focusgroup", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and __version__ in result.stdout


def test_unknown_flag_is_one_line_and_exit_2(cli):
    code, _, err = cli("sessions", "--colour")
    assert code == 2
    assert err.count("\n") == 1 and "unrecognized arguments: --colour" in err


def test_demo_then_sessions_and_check(cli, tmp_path):
    target = tmp_path / "demo.focusgroup"
    code, out, err = cli("demo", str(target))
    assert code == 0, err
    assert "Demo workspace written" in out and target.exists()

    code, out, _ = cli("sessions", "--workspace", str(target), "--json")
    sessions = json.loads(out)
    assert code == 0 and len(sessions) >= 8
    kinds = {s["kind"] for s in sessions}
    assert {"focus_group", "lunch_interview", "field_visit"} <= kinds
    assert sum(s["notes"] for s in sessions) >= 150
    assert all({"id", "date", "kind", "department", "title", "notes"} <= set(s) for s in sessions)

    code, out, _ = cli("sessions", "-w", str(target))
    assert code == 0 and "focus_group" in out

    code, out, _ = cli("check", "--workspace", str(target))
    assert code == 0
    assert "Integrity: ok" in out and f"Schema version: {CURRENT_VERSION}" in out
    assert "Backups:" in out


def test_demo_refuses_to_overwrite_without_force(cli, tmp_path):
    target = tmp_path / "mine.focusgroup"
    assert cli("demo", str(target))[0] == 0
    before = target.read_bytes()
    code, _, err = cli("demo", str(target))
    assert code == 2 and "--force" in err and err.count("\n") == 1
    assert target.read_bytes() == before
    assert cli("demo", str(target), "--force")[0] == 0


def test_demo_never_replaces_a_file_that_is_not_a_workspace(cli, tmp_path):
    target = tmp_path / "thesis.docx"
    target.write_bytes(b"PK\x03\x04 precious")
    code, _, err = cli("demo", str(target), "--force")
    assert code == 2 and "not a focusgroup workspace" in err
    assert target.read_bytes() == b"PK\x03\x04 precious"


def test_check_and_sessions_on_a_non_workspace_say_so(cli, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("shopping list")
    for command in ("check", "sessions"):
        code, out, err = cli(command, "--workspace", str(bad))
        assert code == 2, command
        assert "not a focusgroup workspace" in err and "Traceback" not in err + out
        assert err.count("\n") == 1
    assert bad.read_text() == "shopping list"


def test_sessions_on_a_missing_file_does_not_create_it(cli, tmp_path):
    missing = tmp_path / "nope.focusgroup"
    code, _, err = cli("sessions", "--workspace", str(missing))
    assert code == 2 and "no workspace" in err.lower()
    assert not missing.exists()


def test_check_reports_a_damaged_workspace_with_exit_1(cli, tmp_path):
    target = tmp_path / "w.focusgroup"
    assert cli("demo", str(target))[0] == 0
    data = bytearray(target.read_bytes())
    page = 4096
    data[page * 3: page * 6] = b"\x00" * (page * 3)  # zero a few pages in the middle
    target.write_bytes(bytes(data))
    code, out, err = cli("check", "--workspace", str(target))
    assert code == 1, out + err
    assert "PROBLEM" in out and "Traceback" not in out + err


def test_no_traceback_from_the_real_executable_on_bad_input(tmp_path):
    bad = tmp_path / "x.focusgroup"
    bad.write_bytes(os.urandom(300))
    result = subprocess.run([sys.executable, "-m", "focusgroup", "check", "-w", str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr


@pytest.mark.parametrize("argv", [["demo"], ["sessions", "--json", "extra"]])
def test_missing_or_extra_arguments_exit_2(cli, argv):
    assert cli(*argv)[0] == 2


def test_reading_commands_never_turn_an_empty_file_into_a_workspace(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for command in ("sessions", "check", "analyze"):
        code, _, err = cli(command, "--workspace", str(empty))
        assert code == 2 and "it is empty" in err, command
    assert empty.read_bytes() == b""


def test_outputs_that_are_not_regular_files_or_folders_are_refused(cli, tmp_path):
    target = tmp_path / "demo.focusgroup"
    assert cli("demo", str(target))[0] == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = cli("report", "-w", str(target), "--out", str(fifo))
    assert code == 2 and "not a regular file" in err and err.count("\n") == 1
    code, _, err = cli("demo", str(tmp_path / "missing" / "x.focusgroup"))
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "missing").exists()
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    code, _, err = cli("export", "-w", str(target), "--format", "csv",
                       "--out", str(blocker / "sub"))
    assert code == 2 and "is a file" in err and "Traceback" not in err


def test_a_report_is_never_written_through_a_link(cli, tmp_path):
    target = tmp_path / "demo.focusgroup"
    assert cli("demo", str(target))[0] == 0
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    for force in ([], ["--force"]):
        code, _, err = cli("report", "-w", str(target), "--out", str(link), *force)
        assert code == 2 and "symbolic link" in err and err.count("\n") == 1
    assert link.is_symlink() and real.read_bytes() == b"old"
