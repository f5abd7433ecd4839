"""What a report reads, checked against plain references: the read models of
``storage.report_queries`` and the quotes a summary picks.

The references are the straightforward versions these were made faster from; on a demo
workspace made untidy on purpose (several themes per note, themes differing only in case, a
session without a date, quotes said at the same moment, a participant id with a comma) the
fast versions must give exactly what they give.
"""

from __future__ import annotations

import random
import shutil
import uuid

import pytest

from focusgroup.domain import model
from focusgroup.services import reports
from focusgroup.services.reports import QUOTES_PER_THEME, TOP_THEMES, ReportRequest, gather
from focusgroup.storage import report_queries
from focusgroup.storage.records import from_row

# --------------------------------------------------------------------------- references


def ref_session_people(ws, session_ids):
    found = {s: set() for s in session_ids}
    marks = ", ".join("?" for _ in session_ids)
    sql = f"""
        SELECT session_id, participant_id FROM session_participants WHERE session_id IN ({marks})
        UNION SELECT session_id, participant_id FROM notes
         WHERE participant_id IS NOT NULL AND session_id IN ({marks})
        UNION SELECT session_id, participant_id FROM rankings WHERE session_id IN ({marks})"""
    for session_id, participant_id in ws.conn.execute(sql, [*session_ids] * 3).fetchall():
        found[session_id].add(participant_id)
    return {s: frozenset(people) for s, people in found.items()}


def ref_counts(ws, sql, session_ids):
    found = {}
    marks = ", ".join("?" for _ in session_ids)
    for key, kind, number in ws.conn.execute(sql.format(marks=marks), list(session_ids)):
        counted = found.setdefault(key, {})
        counted[model.NoteKind(kind)] = counted.get(model.NoteKind(kind), 0) + number
    return found


def ref_note_counts(ws, session_ids):
    return ref_counts(ws, "SELECT session_id, kind, count(*) FROM notes "
                      "WHERE session_id IN ({marks}) GROUP BY session_id, kind", session_ids)


def ref_theme_counts(ws, session_ids):
    return ref_counts(ws, "SELECT t.name, n.kind, count(*) FROM note_themes nt "
                      "JOIN notes n ON n.id = nt.note_id JOIN themes t ON t.id = nt.theme_id "
                      "WHERE n.session_id IN ({marks}) GROUP BY t.name, n.kind", session_ids)


def ref_theme_quotes(ws, session_ids, theme, limit):
    marks = ", ".join("?" for _ in session_ids)
    cursor = ws.conn.execute(
        f"""SELECT n.* FROM notes n JOIN note_themes nt ON nt.note_id = n.id
              JOIN themes t ON t.id = nt.theme_id JOIN sessions s ON s.id = n.session_id
             WHERE t.name = ? AND n.kind = 'quote' AND n.session_id IN ({marks})
             ORDER BY s.date IS NULL, s.date, s.created_at, s.id,
                      n.offset_seconds IS NULL, n.offset_seconds, n.created_at, n.rowid
             LIMIT ?""", [theme, *session_ids, limit])
    columns = [c[0] for c in cursor.description]
    return [from_row(model.Note, dict(zip(columns, row, strict=True)))
            for row in cursor.fetchall()]


def ref_themes(ws, session_ids, privacy):
    """The summary's theme lines as they were built: five queries of ten quotes each."""
    counts = ref_theme_counts(ws, session_ids)
    order = sorted(counts, key=lambda t: (-sum(counts[t].values()), t.casefold()))
    quotes, used = {}, set()
    for theme in order[:TOP_THEMES]:
        for note in ref_theme_quotes(ws, session_ids, theme, QUOTES_PER_THEME * TOP_THEMES):
            if note.id not in used and len(quotes.setdefault(theme, [])) < QUOTES_PER_THEME:
                quotes[theme].append(privacy.text(note.text))
                used.add(note.id)
    return [reports.rd.ThemeLine(privacy.cell(t), counts[t], tuple(quotes.get(t, ())))
            for t in order]


# --------------------------------------------------------------------------- workspace


@pytest.fixture
def untidy(demo_file, tmp_path):
    """The demo workspace with many more themes on its notes, themes differing only in case,
    a held session without a date, quotes said at the same moment, and three sessions held at
    the same moment."""
    from focusgroup.services.workspaces import open_ws

    path = tmp_path / "untidy.focusgroup"
    shutil.copy(demo_file, path)
    ws = open_ws(path, create=False)
    rng = random.Random(7)
    conn = ws.conn
    themes = [r[0] for r in conn.execute("SELECT id FROM themes")]
    for name in ("recognition", "pay", "Ærgrelser", "zebra", "Zebra"):
        themes.append(str(uuid.uuid4()))
        conn.execute("INSERT INTO themes (id, name, created_at) VALUES (?, ?, ?)",
                     (themes[-1], name, "2026-01-01T00:00:00Z"))
    for (note_id,) in conn.execute("SELECT id FROM notes").fetchall():
        for theme in rng.sample(themes, rng.choice([0, 0, 1, 2, 3])):
            conn.execute("INSERT OR IGNORE INTO note_themes VALUES (?, ?)", (note_id, theme))
    conn.execute("UPDATE notes SET created_at = '2026-10-21T10:00:00Z', offset_seconds = NULL "
                 "WHERE kind = 'quote' AND rowid % 3 = 0")
    conn.execute("UPDATE sessions SET date = NULL WHERE title = 'Warehouse focus group, round 2'")
    # the first three sessions held at the same moment, the last stored first by id (so the
    # first few sessions read for quotes are the first by id, not the first stored)
    held = [r[0] for r in conn.execute(
        "SELECT id FROM sessions WHERE status != 'planned' AND kind = 'focus_group' "
        "AND date IS NOT NULL ORDER BY rowid").fetchall()]
    # The demo's ids are random: give the third session an id below every other one.
    tied = (held[0], held[1], _rename_session(conn, held[2], "00000000-" + held[2]))
    conn.execute("UPDATE sessions SET date = '2026-01-02', created_at = '2026-01-01T08:00:00Z' "
                 "WHERE id IN (?, ?, ?)", tied)
    yield ws
    ws.close(backup=False)


def _rename_session(conn, old: str, new: str) -> str:
    """Give a session another id, in every row that refers to it."""
    conn.execute("PRAGMA foreign_keys = OFF")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for key in conn.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            if key[2] == "sessions":
                conn.execute(f"UPDATE [{table}] SET [{key[3]}] = ? WHERE [{key[3]}] = ?",
                             (new, old))
    conn.execute("UPDATE sessions SET id = ? WHERE id = ?", (new, old))
    conn.execute("PRAGMA foreign_keys = ON")
    return new


def _held(ws):
    return [s.id for s in report_queries.sessions_in_scope(ws)]


# --------------------------------------------------------------------------- read models


def test_counts_and_people_match_the_plain_queries(untidy):
    ids = _held(untidy)
    everything = [r[0] for r in untidy.conn.execute("SELECT id FROM sessions")]
    assert 5 < len(ids) < len(everything)  # every session is read another way
    for some in (ids, ids[:1], ids[3:], ids[::2], [], everything, everything[::-1]):
        assert report_queries.session_people(untidy, some) == ref_session_people(untidy, some)
        for fast, ref in ((report_queries.note_counts, ref_note_counts),
                          (report_queries.theme_counts, ref_theme_counts)):
            got, expected = fast(untidy, some), ref(untidy, some)
            # the same keys in the same order, and the same kinds in the same order
            assert repr(got) == repr(expected)


def test_people_of_a_participant_whose_id_has_a_comma(untidy):
    conn = untidy.conn
    conn.execute("INSERT INTO participants (id, code, role, created_at) "
                 "VALUES ('odd,id', 'Q-777', 'employee', '2026-01-01T00:00:00Z')")
    conn.execute("UPDATE notes SET participant_id = 'odd,id' WHERE rowid IN "
                 "(SELECT rowid FROM notes ORDER BY rowid LIMIT 3)")
    ids = _held(untidy)
    people = report_queries.session_people(untidy, ids)
    assert people == ref_session_people(untidy, ids)
    assert any("odd,id" in found for found in people.values())


def test_summary_themes_and_quotes_match_five_queries_of_ten(untidy):
    privacy = reports.rd.privacy_for(untidy, 3, "en", False)
    ids = _held(untidy)
    for some in (ids, ids[:2], ids[1:], ids[::3]):
        counts = report_queries.theme_counts(untidy, some)
        got = reports._themes(untidy, counts, some, privacy)
        assert got == ref_themes(untidy, some, privacy)
    assert any(len(line.quotes) == QUOTES_PER_THEME for line in got)


def test_a_quote_deleted_while_the_summary_is_read_is_left_out(untidy, monkeypatch):
    """The window may delete a note while a report is read in the background."""
    privacy = reports.rd.privacy_for(untidy, 3, "en", False)
    ids = _held(untidy)
    counts = report_queries.theme_counts(untidy, ids)
    full = reports._themes(untidy, counts, ids, privacy)
    read = report_queries.note_texts

    def after_a_delete(ws, note_ids):
        for table, column in (("note_themes", "note_id"), ("note_stances", "note_id"),
                              ("notes", "id")):
            ws.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", [note_ids[0]])
        return read(ws, note_ids)

    monkeypatch.setattr(report_queries, "note_texts", after_a_delete)
    lines = reports._themes(untidy, counts, ids, privacy)
    assert sum(len(line.quotes) for line in lines) == sum(len(line.quotes) for line in full) - 1


def test_quotes_are_read_a_few_sessions_at_a_time_in_session_order(untidy):
    ids = _held(untidy)
    themes = [r[0] for r in untidy.conn.execute("SELECT name FROM themes ORDER BY name")]
    batches = list(report_queries.quote_batches(untidy, ids, themes))
    assert len(batches) > 1
    flat = [pair for batch in batches for pair in batch]
    for theme in themes:
        expected = [n.id for n in ref_theme_quotes(untidy, ids, theme, 10_000)]
        assert [note for name, note in flat if name == theme] == expected
    assert list(report_queries.quote_batches(untidy, ids, [])) == []


def test_gather_summary_on_the_untidy_workspace(untidy, monkeypatch):
    """The theme lines of period summaries, as the plain references build them from the
    sessions the summary shows."""
    shown = []
    themes = reports._themes

    def spy(ws, counts, shown_ids, privacy):
        shown.append(list(shown_ids))
        return themes(ws, counts, shown_ids, privacy)

    monkeypatch.setattr(reports, "_themes", spy)
    for request in (ReportRequest(kind="summary", threshold=3),
                    ReportRequest(kind="summary", department="Warehouse", lang="da"),
                    ReportRequest(kind="summary", since="2026-04-28", threshold=4)):
        data = gather(untidy, request)
        privacy = reports.rd.privacy_for(untidy, request.threshold, request.lang, False)
        assert data.themes == tuple(ref_themes(untidy, shown[-1], privacy))
        assert data.themes
    assert len(shown) == 3 and len(shown[0]) > len(shown[1])
