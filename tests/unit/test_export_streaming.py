"""Exports of a workspace with thousands of notes, read and written a page at a time: every
note is accounted for (a row of its own, a pooled row, or counted in a "left out" row), the
anonymity rules hold on every page, CSV and XLSX carry the same rows, progress is told as the
rows are read, and a cancelled export or a bad path writes nothing. (Memory and time at
hundreds of thousands of notes are measured in tests/benchmarks/bench_export.py.)"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from focusgroup.domain import model
from focusgroup.domain.model import NoteKind, Perspective, Role, SessionKind, SessionStatus
from focusgroup.services import exports
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import queries, repository
from focusgroup.storage.capture import set_note_themes

FIRST = ["Mette", "Ole", "Karin", "Jens", "Sofie", "Lars", "Hanne", "Mikkel", "Birgit", "Anders"]
LAST = ["Hansen", "Olsen", "Nielsen", "Jensen", "Pedersen"]
NOTES = 2000
BIG_SESSIONS = 8  # 8 people each: their notes are rows of their own
MARK = re.compile(r"\bnote (\d+)\b")
CODE = re.compile(r"[A-Z]-\d{2,4}")
NAMES = re.compile(rf"\b({'|'.join(FIRST + LAST)})", re.IGNORECASE)


def _person(n: int, department: model.Department) -> model.Participant:
    return model.Participant(f"P-{n:03}", Role.EMPLOYEE, department_id=department.id,
                             name=f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]}")


def _build(path: Path) -> dict[str, set[int]]:
    """A workspace of :data:`NOTES` notes; returns which note numbers go where."""
    ws = open_ws(path)
    needs = default_needs_list(ws)
    items = sorted(repository.find_by(ws, model.NeedsItem, list_id=needs.id),
                   key=lambda i: i.position)
    warehouse, office, night = (model.Department(d) for d in ("Warehouse", "Office", "Night"))
    people = [_person(n, (warehouse, office)[n % 2]) for n in range(1, 65)]
    small_people = [_person(n, night) for n in range(65, 75)]
    lunch_people = [_person(n, office) for n in range(75, 81)]
    objs: list = [warehouse, office, night, *people, *small_people, *lunch_people]
    sessions = []  # (session, its people, where its notes go)
    for i in range(BIG_SESSIONS):
        department = (warehouse, office)[i % 2]
        sessions.append((model.Session(f"Round {i}", SessionKind.FOCUS_GROUP,
                                       SessionStatus.CLOSED, date(2026, 1 + i, 10),
                                       department.id), people[i * 8:(i + 1) * 8], "alone"))
    for i in range(2):  # 2 x 2 people in Night: 4 < 5, left out
        sessions.append((model.Session(f"Night talk {i}", SessionKind.FOCUS_GROUP,
                                       SessionStatus.CLOSED, date(2026, 3, 1 + i),
                                       night.id), small_people[i * 2:(i + 1) * 2], "left"))
    for i in range(6):  # six one-person lunches: 6 people, pooled
        sessions.append((model.Session(f"Lunch interview {i}", SessionKind.LUNCH_INTERVIEW,
                                       SessionStatus.CLOSED, date(2026, 4, 1 + i),
                                       office.id), [lunch_people[i]], "lunch"))
    objs += [s for s, _, _ in sessions]
    where: dict[str, set[int]] = {"alone": set(), "left": set(), "lunch": set()}
    notes = []
    for n in range(NOTES):
        # most notes in the big sessions; every 20th in a small one, every 20th in a lunch
        session, who, kind = (sessions[BIG_SESSIONS + n // 20 % 2] if n % 20 == 7 else
                              sessions[BIG_SESSIONS + 2 + n // 20 % 6] if n % 20 == 13 else
                              sessions[n % BIG_SESSIONS])
        speaker = who[n % len(who)]
        first = speaker.name.split()[0]
        text = (f"note {n}: {first} said the rota is late, ask {speaker.code}" if n % 3 == 0
                else f"note {n}: {speaker.name.upper()} wants praise" if n % 3 == 1
                else f"note {n}: gloves are better now")
        notes.append(model.Note(session.id, text, list(NoteKind)[n % 7], speaker.id,
                                offset_seconds=60 * (n % 90)))
        where[kind].add(n)
    objs += notes
    for session, who, _ in sessions:
        for person in who:
            ranking = model.Ranking(needs.id, person.id, Perspective.OWN, session.id)
            objs += [ranking, *[model.RankingEntry(ranking.id, item.id, rank)
                                for rank, item in enumerate(items[:3], start=1)]]
    objs.append(model.Action("Fix the rota", "HR", date(2026, 9, 1),
                             note_id=notes[0].id, session_id=notes[0].session_id))
    repository.save_all(ws, objs)
    for session, who, _ in sessions:
        queries.add_session_participants(ws, session.id, [p.id for p in who])
    with repository.atomic(ws):
        for note in notes[::10]:
            set_note_themes(ws, note.id, ["Rota", "Mette Hansen's team"])
    ws.close(backup=False)
    return where


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> tuple[Path, dict[str, set[int]]]:
    path = tmp_path_factory.mktemp("big") / "big.focusgroup"
    return path, _build(path)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_sheet(path: Path, name: str) -> list[dict[str, str]]:
    rows = list(load_workbook(path, read_only=True)[name].iter_rows(values_only=True))
    # a sheet written row by row does not say its size up front: short rows end early
    width = len(rows[0])
    return [{h: "" if v is None else str(v)
             for h, v in zip(rows[0], (row + (None,) * width)[:width], strict=True)}
            for row in rows[1:]]


def numbers(rows: list[dict[str, str]]) -> list[int]:
    return [int(m[1]) for r in rows if (m := MARK.search(r["Text"]))]


def check_notes(rows: list[dict[str, str]], where: dict[str, set[int]]) -> None:
    found = numbers(rows)
    assert len(found) == len(set(found))  # no note twice
    assert set(found) == where["alone"] | where["lunch"]  # every note shown, none left out
    lunch = [r for r in rows if r["Session"] == "lunch interviews, pooled"]
    assert set(numbers(lunch)) == where["lunch"]
    for row in lunch:  # no session, day or department
        assert row["Department"] == "" and not re.search(r"\d{4}-\d{2}-\d{2}", row["Session date"])
    assert [r["Kind"] for r in lunch] == sorted(r["Kind"] for r in lunch)  # not session order
    (why,) = [r for r in rows if r["Session"] == "left out"]
    assert f"notes: {len(where['left'])}" in why["Text"] and "Night" in why["Text"]
    assert not any("Night talk" in " ".join(r.values()) for r in rows)
    for row in rows:
        cells = " ".join(row.values())
        assert "[name]" in cells or "gloves" in cells or row is why, row
        assert CODE.search(cells) is None, row
        assert NAMES.search(cells) is None, row
        assert "T" not in row["Created (UTC)"] and ":" not in row["Created (UTC)"]
    assert {r["Session date"] for r in rows if r["Session"].startswith("Round")} <= {
        f"2026-{m:02}" for m in range(1, 13)}  # 8 people, near the threshold: the month


def test_every_note_is_exported_once_and_the_rules_hold_in_csv_and_xlsx(big, tmp_path):
    path, where = big
    ws = open_ws(path, create=False)
    try:
        written = exports.export(ws, "csv", tmp_path / "csv", "all")
        exports.export(ws, "xlsx", tmp_path / "all.xlsx", "all")
    finally:
        ws.close(backup=False)
    assert [p.name for p in written] == ["notes.csv", "rankings.csv", "actions.csv"]
    notes = read_csv(tmp_path / "csv" / "notes.csv")
    check_notes(notes, where)
    assert read_sheet(tmp_path / "all.xlsx", "notes") == notes  # the same rows, in order
    rankings = read_csv(tmp_path / "csv" / "rankings.csv")
    assert read_sheet(tmp_path / "all.xlsx", "rankings") == rankings
    shown = [r for r in rankings if r["Respondent"]]
    assert len(shown) == BIG_SESSIONS * 8 * 3  # 3 ranks each, the big sessions only
    assert len({r["Respondent"] for r in shown}) == BIG_SESSIONS * 8
    assert {r["Session"] for r in shown} == {f"Round {i}" for i in range(BIG_SESSIONS)}
    (left,) = [r for r in rankings if not r["Respondent"]]
    assert "8 groups below the anonymity threshold of 5" in left["Item"]  # 2 small + 6 lunch
    assert "(rankings: 10)" in left["Item"]


def test_progress_is_told_as_rows_are_read_and_ends_at_the_total(big, tmp_path):
    path, _ = big
    calls: list[tuple[int, int]] = []
    ws = open_ws(path, create=False)
    try:
        exports.export(ws, "xlsx", tmp_path / "all.xlsx", "all",
                       progress=lambda done, total: calls.append((done, total)))
    finally:
        ws.close(backup=False)
    rows = NOTES + (BIG_SESSIONS * 8 + 2 * 2 + 6) * 3 + 1  # notes, ranked items, the action
    assert calls[0] == (0, rows) and calls[-1] == (rows, rows)
    assert len(calls) >= NOTES // exports.STEP + 2  # told along the way, not only at the end
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize(("fmt", "out"), [("xlsx", "all.xlsx"), ("csv", "folder"),
                                          ("csv", "notes.csv")])
def test_a_cancelled_export_writes_nothing(big, tmp_path, fmt, out):
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    path, _ = big
    told: list[int] = []
    ws = open_ws(path, create=False)
    try:
        with pytest.raises(exports.ExportCancelled):
            exports.export(ws, fmt, tmp_path / out, "notes" if out.endswith(".csv") else "all",
                           progress=lambda done, _total: told.append(done),
                           cancelled=lambda: len(told) >= 2)
    finally:
        ws.close(backup=False)
    assert told[-1] >= exports.STEP  # it had started
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file, no new folder
    assert ALL_TEMP_FILES == []  # openpyxl's sheet files are gone too


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_bad_output_path_is_one_line_and_writes_nothing(cli, big, tmp_path, fmt):
    path, _ = big
    (tmp_path / "file.txt").write_text("mine")
    (tmp_path / "link.out").symlink_to(tmp_path / "file.txt")
    for out, said in ((tmp_path / "missing" / "x.out", "does not exist"),
                      (tmp_path / "file.txt" / "x.out", "not a folder"),
                      (tmp_path / "link.out", "symbolic link")):
        code, printed, err = cli("export", "-w", str(path), "--format", fmt, "--what", "notes",
                                 "--out", str(out))
        assert code == 2 and printed == "" and err.count("\n") == 1 and said in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "link.out"]
    assert (tmp_path / "file.txt").read_text() == "mine"


def test_csv_of_every_table_places_none_when_the_last_one_fails(big, tmp_path, monkeypatch):
    """The three files are written beside their targets first and moved into place only when
    all three are complete: a full disk on actions.csv leaves no notes.csv either."""
    path, _ = big
    folder = tmp_path / "out"
    folder.mkdir()
    write = exports._write_csv

    def full_disk_on_actions(table, handle, bom):
        if table.name == "actions":
            handle.write(b"half")
            raise OSError(28, "No space left on device")
        write(table, handle, bom)

    monkeypatch.setattr(exports, "_write_csv", full_disk_on_actions)
    ws = open_ws(path, create=False)
    try:
        with pytest.raises(exports.InvalidInput, match="No space left"):
            exports.export(ws, "csv", folder, "all")
    finally:
        ws.close(backup=False)
    assert list(folder.iterdir()) == []
