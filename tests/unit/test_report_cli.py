"""``focusgroup report`` and ``focusgroup export``: exit codes, one-line messages, and no file
left behind when something is wrong."""

from __future__ import annotations

import shutil
import subprocess

import pytest


@pytest.fixture
def demo(demo_file, tmp_path):
    """A copy of the demo workspace for this test (the CLI opens it for writing)."""
    copy = tmp_path / "demo.focusgroup"
    shutil.copyfile(demo_file, copy)
    return str(copy)


@pytest.mark.parametrize("argv", [
    [],
    ["--kind", "gap", "--lang", "da", "--threshold", "4"],
    ["--kind", "session", "--session", "Warehouse focus group, round 1", "--show-codes"],
    ["--kind", "summary", "--department", "warehouse", "--from", "2000-01-01",
     "--to", "2100-12-31"],
])
def test_report_writes_the_pdf_and_exits_0(cli, demo, tmp_path, argv):
    out_file = tmp_path / "out" / "report.pdf"
    out_file.parent.mkdir()
    code, out, err = cli("report", "-w", demo, "--out", str(out_file), *argv)
    assert code == 0, err
    assert out.strip() == f"Wrote {out_file}" and err == ""
    assert out_file.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out_file.parent.iterdir()] == ["report.pdf"]  # no temp file left


@pytest.mark.parametrize(("argv", "message"), [
    (["--kind", "session", "--session", "nope"], 'no session with id or title "nope"'),
    (["--department", "Nowhere"], 'no department called "Nowhere"'),
    (["--from", "2026-12-01", "--to", "2026-01-01"], "starts (2026-12-01) after it ends"),
    (["--from", "yesterday"], "--from needs a date"),
    (["--threshold", "2"], "at least 3"),
    (["--kind", "session"], "needs --session"),
    (["--session", "Warehouse focus group, round 1"], "a summary covers a period"),
    (["--kind", "session", "--session", "x", "--department", "Warehouse"], "cannot be combined"),
    (["--lang", "fr"], "invalid choice"),
    (["--kind", "weekly"], "invalid choice"),
    (["--needs-list", "Snacks"], 'no needs list called "Snacks"'),
])
def test_bad_scope_is_one_line_exit_2_and_no_file(cli, demo, tmp_path, argv, message):
    out_file = tmp_path / "report.pdf"
    code, out, err = cli("report", "-w", demo, "--out", str(out_file), *argv)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1, err
    assert not out_file.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report.pdf")]


def test_unwritable_targets_and_missing_workspaces_exit_2(cli, demo, tmp_path):
    code, _, err = cli("report", "-w", demo, "--out", str(tmp_path / "no" / "r.pdf"))
    assert code == 2 and "does not exist" in err and err.count("\n") == 1
    code, _, err = cli("report", "-w", demo, "--out", str(tmp_path))
    assert code == 2 and "is a folder" in err
    code, _, err = cli("report", "-w", str(tmp_path / "none.focusgroup"),
                       "--out", str(tmp_path / "r.pdf"))
    assert code == 2 and "no workspace" in err.lower() and not (tmp_path / "r.pdf").exists()
    code, _, err = cli("report", "-w", demo)
    assert code == 2 and "--out" in err


def test_export_writes_csv_folder_and_xlsx(cli, demo, tmp_path):
    folder = tmp_path / "csv"
    code, out, err = cli("export", "-w", demo, "--format", "csv", "--out", str(folder),
                         "--bom")
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == ["actions.csv", "notes.csv",
                                                        "rankings.csv"]
    assert out.count("Wrote") == 3
    code, out, err = cli("export", "-w", demo, "--format", "xlsx", "--what", "notes",
                         "--out", str(tmp_path / "notes.xlsx"), "--show-codes")
    assert code == 0, err
    assert (tmp_path / "notes.xlsx").exists()


@pytest.mark.parametrize(("argv", "message"), [
    (["--format", "pdf", "--out", "x"], "invalid choice"),
    (["--format", "csv", "--what", "people", "--out", "x"], "invalid choice"),
    (["--format", "csv"], "--out"),
    (["--format", "xlsx", "--out", "{tmp}/missing/x.xlsx"], "does not exist"),
    (["--format", "csv", "--what", "notes", "--out", "{tmp}"], "is a folder"),
    (["--format", "csv", "--what", "notes", "--out", "{tmp}", "--show-codes"], "is a folder"),
    (["--format", "csv", "--out", "{tmp}/x", "--threshold", "2"], "at least 3"),
])
def test_export_bad_input_is_one_line_exit_2(cli, demo, tmp_path, argv, message):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = cli("export", "-w", demo, *argv)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_installed_command_runs_as_a_process(demo, tmp_path):
    import sys

    target = tmp_path / "gap.pdf"
    result = subprocess.run([sys.executable, "-m", "focusgroup", "report", "-w", demo,
                             "--out", str(target), "--kind", "gap", "--lang", "da"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                          text=True).stdout
    assert "Kort fortalt" in text and "Ledere undervurderer" in text
