"""``focusgroup demo FILE --notes N``: a demo workspace with N generated notes besides."""

from __future__ import annotations

import sqlite3

import pytest


def _count(path, sql):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchone()[0]


def test_demo_with_generated_notes_spreads_them_over_departments_rounds_and_themes(cli, tmp_path):
    plain, big = tmp_path / "plain.focusgroup", tmp_path / "big.focusgroup"
    assert cli("demo", str(plain))[0] == 0
    code, out, err = cli("demo", str(big), "--notes", "3000")
    assert code == 0, err
    notes = _count(big, "SELECT count(*) FROM notes") - _count(plain, "SELECT count(*) FROM notes")
    assert notes == 3000
    assert f"{_count(big, 'SELECT count(*) FROM notes')} notes" in out
    generated = ("FROM notes JOIN sessions s ON s.id = notes.session_id "
                 "WHERE s.facilitator = 'Generated'")
    assert _count(big, f"SELECT count(DISTINCT s.department_id) {generated}") >= 8
    span = f"SELECT julianday(max(s.date)) - julianday(min(s.date)) {generated}"
    assert _count(big, span) > 365  # rounds over years
    assert _count(big, f"SELECT count(DISTINCT s.id) {generated}") >= 4 * 8
    assert _count(big, f"SELECT count(DISTINCT notes.kind) {generated}") == 7
    assert _count(big, "SELECT count(DISTINCT theme_id) FROM note_themes") >= 10
    # searchable at once, and the file is sound
    assert _count(big, "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'canteen'") > 0
    assert _count(big, "PRAGMA integrity_check") == "ok"
    code, out, err = cli("check", "-w", str(big))
    assert code == 0, out + err


@pytest.mark.parametrize("value", ["0", "-5", "ten", "1e5", "99999999"])
def test_a_bad_number_of_notes_is_one_line_exit_2_and_writes_nothing(cli, tmp_path, value):
    target = tmp_path / "demo.focusgroup"
    code, out, err = cli("demo", str(target), f"--notes={value}")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--notes must be a whole number" in err
    assert not target.exists()
