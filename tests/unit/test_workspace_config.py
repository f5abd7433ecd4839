"""Settings that protect data live in the workspace: ``focusgroup config`` lists, shows and sets
them, and every CLI command obeys them (backups kept, anonymity threshold)."""

from __future__ import annotations

import csv
import json

import pytest

from focusgroup import paths
from focusgroup.services.workspaces import open_ws


@pytest.fixture
def ws_file(tmp_path):
    path = tmp_path / "team.focusgroup"
    open_ws(path).close()
    return str(path)


@pytest.fixture
def ranked_file(ranked):
    ws, _ = ranked
    path = str(ws.path)
    ws.close()
    return path


def test_config_lists_the_declared_defaults_and_no_secrets(cli, ws_file):
    code, out, err = cli("config", "--workspace", ws_file)
    assert code == 0, err
    assert out.splitlines() == ["anonymity_threshold = 5", "backups_kept = 10",
                                "cadence_months = 6", "backup_interval_minutes = 60",
                                "backups_size_factor = 3"]
    assert "workspace_id" not in out and "erasure_key" not in out


def test_config_sets_and_shows_one_value(cli, ws_file):
    code, out, err = cli("config", "-w", ws_file, "anonymity_threshold", "7")
    assert code == 0, err
    code, out, _ = cli("config", "-w", ws_file, "anonymity_threshold")
    assert code == 0 and out == "7\n"
    code, out, _ = cli("config", "-w", ws_file)
    assert "anonymity_threshold = 7" in out.splitlines()


@pytest.mark.parametrize("argv, words", [
    (["colour"], "colour"),
    (["workspace_id"], "workspace_id"),
    (["erasure_key", "x"], "erasure_key"),
    (["anonymity_threshold", "2"], "from 3"),
    (["anonymity_threshold", "many"], "whole number"),
    (["anonymity_threshold", "\u0667"], "whole number"),  # an Arabic-Indic seven
    (["backups_kept", "1_0"], "whole number"),
    (["backups_kept", "0"], "backups_kept"),
    (["cadence_months", "37"], "cadence_months"),
])
def test_bad_key_or_value_is_one_line_exit_2_and_nothing_changes(cli, ws_file, argv, words):
    code, out, err = cli("config", "-w", ws_file, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("focusgroup: ") and words in err
    code, out, _ = cli("config", "-w", ws_file)
    assert out.splitlines() == ["anonymity_threshold = 5", "backups_kept = 10",
                                "cadence_months = 6", "backup_interval_minutes = 60",
                                "backups_size_factor = 3"]


def test_a_cli_write_keeps_the_workspaces_number_of_backups(cli, tmp_path):
    from focusgroup.storage.backups import list_backups

    path = tmp_path / "team.focusgroup"
    open_ws(path).close()
    for key, value in (("backups_kept", "12"), ("backup_interval_minutes", "0"),
                       ("backups_size_factor", "100")):  # a backup after every write
        code, _, err = cli("config", "-w", str(path), key, value)
        assert code == 0, err
    for n in range(16):  # each CLI write backs up on close, then prunes
        code, _, err = cli("config", "-w", str(path), "cadence_months", str(n % 5 + 1))
        assert code == 0, err
    assert len(list_backups(paths.backups_dir(path))) == 12
    cli("config", "-w", str(path), "backups_kept", "3")
    cli("config", "-w", str(path), "cadence_months", "6")
    assert len(list_backups(paths.backups_dir(path))) == 3


def test_a_new_department_gets_the_workspaces_default_cadence(cli, ws_file):
    from focusgroup.services.departments import add_department

    cli("config", "-w", ws_file, "cadence_months", "3")
    ws = open_ws(ws_file, create=False)
    try:
        assert add_department(ws, "Warehouse").cadence_months == 3
        assert add_department(ws, "Office", cadence_months=9).cadence_months == 9
    finally:
        ws.close()


def test_analyze_uses_the_workspace_threshold_and_the_flag_overrides(cli, ranked_file):
    cli("config", "-w", ranked_file, "anonymity_threshold", "6")
    code, out, err = cli("analyze", "-w", ranked_file, "--json")
    assert code == 0, err
    assert [g["role_group"] for g in json.loads(out)["groups"]] == ["employees"]
    code, out, _ = cli("analyze", "-w", ranked_file, "--json", "--threshold", "5")
    assert len(json.loads(out)["groups"]) == 3
    code, _, err = cli("analyze", "-w", ranked_file, "--threshold", "2")
    assert code == 2 and "at least 3" in err


def test_export_uses_the_workspace_threshold(cli, ranked_file, tmp_path):
    cli("config", "-w", ranked_file, "anonymity_threshold", "6")
    out_file = tmp_path / "rankings.csv"
    code, _, err = cli("export", "-w", ranked_file, "-f", "csv", "--what", "rankings",
                       "-o", str(out_file))
    assert code == 0, err
    rows = list(csv.reader(out_file.read_text(encoding="utf-8").splitlines()))
    assert any("threshold of 6" in cell for row in rows for cell in row)


def test_report_uses_the_workspace_threshold(cli, ranked_file, tmp_path, monkeypatch):
    from focusgroup.services import reports

    seen = []
    real = reports.write_report

    def spy(ws, request, out, **kwargs):
        seen.append(request.threshold)
        return real(ws, request, out, **kwargs)

    monkeypatch.setattr(reports, "write_report", spy)
    cli("config", "-w", ranked_file, "anonymity_threshold", "8")
    code, _, err = cli("report", "-w", ranked_file, "-o", str(tmp_path / "a.pdf"),
                       "--needs-list", "Classic motivators (10)")
    assert code == 0, err
    code, _, err = cli("report", "-w", ranked_file, "-o", str(tmp_path / "b.pdf"),
                       "--threshold", "4")
    assert code == 0, err
    assert seen == [8, 4]


def test_a_stored_value_out_of_range_never_lowers_the_protection(cli, ranked_file):
    import sqlite3

    with sqlite3.connect(ranked_file) as conn:  # a value written by other means than ours
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         [("anonymity_threshold", "1"), ("backups_kept", "lots")])
    conn.close()
    code, out, err = cli("config", "-w", ranked_file)
    assert code == 0, err
    assert out.splitlines()[:2] == ["anonymity_threshold = 3", "backups_kept = 10"]
