"""``focusgroup analyze``: the stable JSON contract, the table, scopes and bad input."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def ranked_file(ranked):
    ws, _ = ranked
    path = str(ws.path)
    ws.close()
    return path


def test_json_contract_with_the_classic_lists(cli, ranked_file):
    code, out, err = cli("analyze", "-w", ranked_file, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"needs_list", "groups", "gap", "suppressed"}
    assert data["needs_list"] == "Classic motivators (10)"
    shapes = [(g["role_group"], g["perspective"], g["participants"]) for g in data["groups"]]
    assert shapes == [("employees", "own", 6), ("managers", "predicted", 5),
                      ("managers", "own", 5)]
    employees = data["groups"][0]
    assert employees["kendall_w"] == 1.0
    assert employees["items"][0] == {"item": "Appreciation of work done", "mean_rank": 1.0,
                                     "borda": 54.0, "rank": 1.0, "top3": 6}
    gap = data["gap"]
    assert gap["spearman_rho"] == -0.358 and gap["kendall_tau"] == -0.156
    first = gap["items"][0]
    assert first == {"item": 'Feeling "in" on things', "employees_rank": 2.0,
                     "managers_rank": 10.0, "difference": 8.0}
    assert "Managers underestimate appreciation of work done by 7 places." in gap["sentences"]
    assert data["suppressed"] == []


def test_small_groups_are_suppressed_everywhere(cli, ranked_file):
    code, out, _ = cli("analyze", "-w", ranked_file, "--json", "--threshold", "6")
    data = json.loads(out)
    assert [g["role_group"] for g in data["groups"]] == ["employees"]
    assert data["gap"] is None
    assert {(s["role_group"], s["perspective"], s["participants"]) for s in data["suppressed"]} \
        == {("managers", "predicted", 5), ("managers", "own", 5)}
    assert "1 more needed" in data["suppressed"][0]["reason"]
    code, out, _ = cli("analyze", "-w", ranked_file, "--threshold", "6")
    assert "not shown" in out and "Good wages" in out
    assert "Perception gap: not enough people" in out


def test_readable_table_in_danish(cli, ranked_file):
    code, out, _ = cli("analyze", "-w", ranked_file, "--lang", "da")
    assert code == 0
    assert "Anerkendelse af udført arbejde" in out
    assert "Lederne undervurderer anerkendelse af udført arbejde med 7 pladser." in out


def test_scope_by_date_and_session(cli, ranked_file):
    code, out, _ = cli("analyze", "-w", ranked_file, "--json", "--from", "2026-10-02")
    assert json.loads(out)["groups"] == [] and json.loads(out)["gap"] is None
    code, out, _ = cli("analyze", "-w", ranked_file, "--json", "--session", "round 1")
    assert json.loads(out)["gap"] is not None


@pytest.mark.parametrize(("argv", "message"), [
    (["--threshold", "2"], "at least 3"),
    (["--from", "yesterday"], "--from needs a date"),
    (["--from", "2026-12-01", "--to", "2026-01-01"], "starts"),
    (["--department", "Nowhere"], 'no department called "Nowhere"'),
    (["--session", "nope"], "no session"),
    (["--needs-list", "Snacks"], 'no needs list called "Snacks"'),
    (["--session", "Round 1", "--department", "X"], "cannot be combined"),
])
def test_bad_input_is_one_line_and_exit_2(cli, ranked_file, argv, message):
    code, out, err = cli("analyze", "-w", ranked_file, *argv)
    assert code == 2 and message in err and err.count("\n") == 1 and out == ""
