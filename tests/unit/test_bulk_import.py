"""Imports in bulk: one transaction, found by search at once, nothing left by a failure."""

from __future__ import annotations

import sqlite3

from focusgroup.services.workspaces import open_ws
from focusgroup.storage import queries


def _csv(folder, count):
    source = folder / "answers.csv"
    source.write_text("kind,text,theme\n" + "".join(
        f"dislike,Answer {n}: the parking lot floods every spring,Parking\n"
        for n in range(count)))
    return source


def _counts(path):
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("notes", "sessions", "themes", "note_themes", "notes_fts")}


def test_imported_notes_are_found_by_search_with_their_theme(cli, tmp_path):
    path = tmp_path / "team.focusgroup"
    open_ws(path).close()
    code, out, err = cli("import", "notes", str(_csv(tmp_path, 5000)), "-w", str(path),
                         "--session", "Spring survey")
    assert code == 0, err
    assert "5000 notes" in out
    ws = open_ws(path, create=False, read_only=True)
    try:
        assert len(queries.search_note_ids(ws, "floods", limit=10_000)) == 5000
        assert len(queries.search_note_ids(ws, '"Answer 4321"', limit=10)) == 1
    finally:
        ws.close(backup=False)
    counts = _counts(path)
    assert counts["themes"] == 1 and counts["note_themes"] == 5000
    code, out, _ = cli("check", "-w", str(path))
    assert code == 0, out  # the search index agrees with the notes


def test_an_import_that_fails_half_way_leaves_nothing(cli, tmp_path, monkeypatch):
    from focusgroup.storage import bulk

    path = tmp_path / "team.focusgroup"
    open_ws(path).close()
    before = _counts(path)
    written = []
    real = bulk._insert

    def disk_fills_up(ws, table, columns, rows, **kw):
        if table == "notes" and written:  # the first batch went in; the second cannot
            raise sqlite3.OperationalError("database or disk is full")
        written.append(table)
        real(ws, table, columns, rows, **kw)

    monkeypatch.setattr(bulk, "_insert", disk_fills_up)
    code, out, err = cli("import", "notes", str(_csv(tmp_path, 3 * bulk.BATCH_SIZE)), "-w",
                         str(path), "--session", "Spring survey")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "disk is full" in err
    assert written.count("notes") == 1
    assert _counts(path) == before  # no session, note, theme or search entry left
