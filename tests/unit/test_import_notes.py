"""``focusgroup import notes``: survey free text into a session, all or nothing."""

from __future__ import annotations

import csv

from focusgroup.domain.model import GuideItem, Note, NoteKind, Participant, Session
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import queries, repository
from focusgroup.storage.capture import session_notes

ROWS = [
    ["kind", "text", "participant", "theme", "guide_item"],
    ["like", "The new rota is clear", "P-101", "shifts;Communication", "What works well?"],
    ["dislike", "Nobody tells us about changes, ever", "", "communication",
     "What gets in your way?"],
    ["quote", '"Vi får ros, når det går godt"', "P-102", "ros", "What works well?"],
    ["idea", "A whiteboard at the entrance", "", "", ""],
]
BAD = """kind,text,participant
like,fine,
gripe,unknown kind,
dislike,,
"""


def test_notes_are_imported_into_a_new_survey_session(tmp_path, cli):
    ws_path = tmp_path / "w.focusgroup"
    open_ws(ws_path).close()
    source = tmp_path / "survey.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ROWS)
    code, out, err = cli("import", "notes", str(source), "-w", str(ws_path),
                         "--session", "Pulse survey autumn", "--date", "2026-10-01")
    assert code == 0, err
    assert "Imported 4 notes from survey.csv into new session 'Pulse survey autumn'" in out
    ws = open_ws(ws_path, create=False)
    try:
        (session,) = repository.find(ws, Session)
        assert session.date.isoformat() == "2026-10-01" and session.kind.value == "survey"
        notes = {n.text: n for n in repository.find(ws, Note)}
        assert notes["Vi får ros, når det går godt"].kind is NoteKind.QUOTE
        assert notes["Nobody tells us about changes, ever"].kind is NoteKind.DISLIKE
        assert sorted(p.code for p in repository.find(ws, Participant)) == ["P-101", "P-102"]
        assert len(repository.find(ws, GuideItem)) == 2
        assert queries.search_note_ids(ws, "whiteboard")
        themes = sorted(t for _, ts in session_notes(ws, session.id) for t in ts)
        assert themes == ["Communication", "Communication", "ros", "shifts"]
    finally:
        ws.close()


def test_bad_rows_are_listed_and_nothing_is_written(tmp_path, cli):
    ws_path = tmp_path / "w.focusgroup"
    open_ws(ws_path).close()
    source = tmp_path / "bad.csv"
    source.write_text(BAD, encoding="utf-8")
    code, out, err = cli("import", "notes", str(source), "-w", str(ws_path))
    assert code == 2 and "2 problems, nothing was imported" in err
    assert "line 3: unknown kind 'gripe'" in err and "line 4: the text is empty" in err
    ws = open_ws(ws_path, create=False)
    try:
        assert repository.find(ws, Note) == [] and repository.find(ws, Session) == []
    finally:
        ws.close()


def test_missing_file_is_one_line(tmp_path, cli):
    ws_path = tmp_path / "w.focusgroup"
    open_ws(ws_path).close()
    code, _, err = cli("import", "notes", str(tmp_path / "nope.csv"), "-w", str(ws_path))
    assert code == 2 and err.count("\n") == 1
