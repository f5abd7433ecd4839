"""CSV and XLSX exports: anonymised (codes only on request, names never), formulas neutralised,
one sheet per table with a frozen header, written atomically."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from focusgroup.domain import model
from focusgroup.domain.privacy import strip_control
from focusgroup.services import exports
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import queries, report_queries, repository

CODE = re.compile(r"P-\d{3}")
FORMULAS = ["=SUM(A1)", "+1", "-1", "@x", "\t=1+1", "\rCR", " =cmd|' /C calc'!A0", "\n@y"]


def read_csv(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def assert_no_names(text: str, names: list[str]) -> None:
    for name in names:
        for part in [name, *name.split()]:
            assert re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text, re.IGNORECASE) is None, \
                part


def accounted_notes(rows: list[list[str]]) -> int:
    """Notes shown as rows plus those the "left out" rows count."""
    header, body = rows[0], rows[1:]
    session, text = header.index("Session"), header.index("Text")
    shown = sum(1 for row in body if row[session] != "left out")
    left = sum(int(re.search(r"notes: (\d+)", row[text])[1]) for row in body
               if row[session] == "left out")
    return shown + left


def test_csv_export_of_everything_is_anonymous(demo, tmp_path):
    names, _ = report_queries.known_names_and_codes(demo)
    written = exports.export(demo, "csv", tmp_path / "out", "all")
    assert [p.name for p in written] == ["notes.csv", "rankings.csv", "actions.csv"]
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert not text.startswith("\ufeff")
        assert CODE.search(text) is None, (path.name, CODE.search(text))
        if path.name == "actions.csv":  # owners are staff in a role and named; the rest not
            rows = read_csv(path)
            owner = rows[0].index("Owner")
            text = "\n".join(",".join(c for i, c in enumerate(row) if i != owner)
                             for row in rows)
        assert_no_names(text, names)
    notes = read_csv(tmp_path / "out" / "notes.csv")
    assert "Participant" not in notes[0] and accounted_notes(notes) == demo.db["notes"].count
    assert any("[name]" in row[notes[0].index("Text")] for row in notes[1:])
    rankings = read_csv(tmp_path / "out" / "rankings.csv")
    respondents = {row[0] for row in rankings[1:] if row[-3] != "left out"}
    assert respondents and all(re.fullmatch(r"R\d+", r) for r in respondents)
    actions = read_csv(tmp_path / "out" / "actions.csv")
    # Owners are staff acting in a role: named, even one who also took part as a participant.
    assert "[name]" not in {row[1] for row in actions[1:]}
    assert "Peter Lund" in {row[1] for row in actions[1:]}
    assert "IT support" in {row[1] for row in actions[1:]}


def test_codes_only_with_show_codes_and_names_never(demo, tmp_path):
    names, _ = report_queries.known_names_and_codes(demo)
    path = tmp_path / "notes.csv"
    exports.export(demo, "csv", path, "notes", show_codes=True, bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    column = rows[0].index("Participant")
    assert {row[column] for row in rows[1:]} - {""} <= {f"P-{n:03d}" for n in range(1, 40)}
    assert any(row[column] for row in rows[1:])
    titles = {row[1] for row in rows[1:]}
    assert "Lunch interview 2" in titles  # a lunch's title never names the person
    assert not any(CODE.search(title) for title in titles)
    assert_no_names(path.read_text(encoding="utf-8-sig"), names)
    ranks = tmp_path / "rankings.csv"
    exports.export(demo, "csv", ranks, "rankings", show_codes=True)
    assert all(CODE.fullmatch(row[0]) for row in read_csv(ranks)[1:])


def test_xlsx_has_one_sheet_per_table_with_a_frozen_bold_header(demo, tmp_path):
    path = tmp_path / "all.xlsx"
    exports.export(demo, "xlsx", path, "all")
    book = load_workbook(path)
    assert book.sheetnames == ["notes", "rankings", "actions"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.b
    notes = [["" if v is None else str(v) for v in row]
             for row in book["notes"].iter_rows(values_only=True)]
    assert accounted_notes(notes) == demo.db["notes"].count
    assert book["actions"]["A1"].value == "Action"
    owners = {row[1] for row in book["actions"].iter_rows(min_row=2, values_only=True)}
    assert {"Peter Lund", "Anne Holm (HR)"} <= owners  # staff in a role: named
    single = tmp_path / "rankings.xlsx"
    exports.export(demo, "xlsx", single, "rankings")
    assert load_workbook(single).sheetnames == ["rankings"]


def five_people(ws, session):
    """Five participants of ``session``: enough for its notes to be exported one by one."""
    people = [model.Participant(f"Q-{n:03}") for n in range(5)]
    repository.save_all(ws, people)
    queries.add_session_participants(ws, session.id, [p.id for p in people])
    return people


@pytest.fixture
def formulas(workspace):
    session = model.Session("Injection", status=model.SessionStatus.CLOSED)
    notes = [model.Note(session.id, text, model.NoteKind.IDEA) for text in FORMULAS]
    action = model.Action("=HYPERLINK(\"http://x\")", owner="+owner", session_id=session.id,
                          comment="@done")
    repository.save_all(workspace, [session, *notes, action])
    five_people(workspace, session)
    return workspace


def test_formulas_are_neutralised_in_csv_and_xlsx(formulas, tmp_path):
    """CSV has no types: a formula-looking cell gets a leading "'". XLSX cells have types: the
    same text is written as a string cell, exactly as typed, never as a formula or an error."""
    exports.export(formulas, "csv", tmp_path / "csv", "all")
    exports.export(formulas, "xlsx", tmp_path / "x.xlsx", "all")
    rows = read_csv(tmp_path / "csv" / "notes.csv")
    texts = [row[rows[0].index("Text")] for row in rows[1:]]
    assert texts == ["'" + strip_control(t, keep_tabs=True) for t in FORMULAS]
    action = read_csv(tmp_path / "csv" / "actions.csv")[1]
    assert action[0].startswith("'=") and action[1] == "'+owner" and action[8] == "'@done"
    book = load_workbook(tmp_path / "x.xlsx")
    column = [c.value for c in book["notes"][1]].index("Text") + 1
    cells = [row[column - 1] for row in book["notes"].iter_rows(min_row=2)]
    assert [c.value for c in cells] == [strip_control(t, keep_tabs=True) for t in FORMULAS]
    assert {c.data_type for c in cells} == {"s"}
    (action,) = book["actions"].iter_rows(min_row=2)
    assert (action[0].value, action[1].value, action[8].value) == (
        '=HYPERLINK("http://x")', "+owner", "@done")
    assert action[0].data_type == action[1].data_type == action[8].data_type == "s"
    with zipfile.ZipFile(tmp_path / "x.xlsx") as archive:  # no formula, no error cell anywhere
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml and 't="e"' not in xml, name


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_a_cell_starting_a_formula_opens_as_text(formulas, tmp_path, start):
    session = repository.find_by(formulas, model.Session, title="Injection")[0]
    text = f"{start}1+2 and #N/A"
    repository.save_all(formulas, [model.Note(session.id, text, model.NoteKind.IDEA),
                                   model.Note(session.id, "#N/A", model.NoteKind.IDEA)])
    exports.export(formulas, "csv", tmp_path / "n.csv", "notes")
    exports.export(formulas, "xlsx", tmp_path / "n.xlsx", "notes")
    rows = read_csv(tmp_path / "n.csv")
    texts = {row[rows[0].index("Text")] for row in rows[1:]}
    assert "'" + text in texts and text not in texts and "#N/A" in texts
    sheet = load_workbook(tmp_path / "n.xlsx")["notes"]
    column = [c.value for c in sheet[1]].index("Text")
    found = {row[column].value: row[column].data_type for row in sheet.iter_rows(min_row=2)}
    assert found[text] == "s" and found["#N/A"] == "s"
    assert "'" + text not in found


@given(st.text(max_size=80))
def test_neutralised_cells_never_start_a_formula(text):
    cell = exports.neutralise(text)
    assert not cell.startswith(exports.FORMULA_STARTS)
    assert cell.lstrip()[:1] not in ("=", "+", "-", "@")
    assert cell.removeprefix("'") == strip_control(text, keep_tabs=True) or \
        cell == strip_control(text, keep_tabs=True)


def test_bad_targets_and_failures_leave_no_file(demo, tmp_path, monkeypatch):
    with pytest.raises(InvalidInput, match="does not exist"):
        exports.export(demo, "csv", tmp_path / "missing" / "notes.csv", "notes")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(InvalidInput, match="not a folder"):
        exports.export(demo, "csv", tmp_path / "file.txt", "all")
    with pytest.raises(InvalidInput, match="is a folder"):
        exports.export(demo, "xlsx", tmp_path, "all")
    with pytest.raises(InvalidInput, match="--what"):
        exports.export(demo, "csv", tmp_path / "x.csv", "people")

    def broken(table, handle, bom):
        handle.write(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "_write_csv", broken)
    with pytest.raises(InvalidInput, match="No space left"):
        exports.export(demo, "csv", tmp_path / "notes.csv", "notes")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_an_export_replaces_an_older_file_whole(workspace, tmp_path):
    session = repository.save(workspace, model.Session("S", status=model.SessionStatus.CLOSED))
    person = repository.save(workspace, model.Participant("P-001", name="Ada Lovelace"))
    five_people(workspace, session)
    queries.add_session_participants(workspace, session.id, [person.id])
    repository.save(workspace, model.Note(session.id, "Ada said hi", participant_id=person.id))
    target = tmp_path / "notes.csv"
    target.write_text("old content that is longer than the new export " * 50)
    with pytest.raises(InvalidInput, match="--force"):
        exports.export(workspace, "csv", target, "notes")
    exports.export(workspace, "csv", target, "notes", force=True)
    rows = read_csv(target)
    assert rows[1][rows[0].index("Text")] == "[name] said hi"
    assert "old content" not in target.read_text()
