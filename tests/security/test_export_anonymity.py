"""Exports keep people anonymous, as reports do: lunch-interview notes only pooled (never with
their session, date or department), ranking groups below the anonymity threshold left out with a
row saying so, dates coarsened to the month near the threshold; ``--show-codes`` gives the
detail and says on stderr what it reveals. A forms column named like a person's name is never
taken as the participant code."""

from __future__ import annotations

import csv
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from focusgroup.domain import model
from focusgroup.domain.model import NoteKind, Perspective, Role, SessionKind, SessionStatus
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.lunch import log_lunch
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import queries, repository

BIG = "Warehouse focus group"
SMALL = "Night shift talk"
BIG_DAY, SMALL_DAY = date(2026, 5, 5), date(2026, 6, 10)
LUNCH_DAYS = [date(2026, 3, 3), date(2026, 4, 14), date(2026, 5, 20), date(2026, 7, 1),
              date(2026, 8, 12), date(2026, 9, 23)]
DEPARTMENTS = ("Warehouse", "Night shift")
LEFT_OUT = "7 groups below the anonymity threshold of 5 were left out"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _people(ws, prefix: str, n: int, department: model.Department) -> list[model.Participant]:
    people = [model.Participant(f"{prefix}-{i:03}", Role.EMPLOYEE, department_id=department.id)
              for i in range(1, n + 1)]
    repository.save_all(ws, people)
    return people


def _session(ws, title: str, day: date, department: model.Department, people, items,
             needs_list) -> model.Session:
    session = repository.save(ws, model.Session(title, SessionKind.FOCUS_GROUP,
                                                SessionStatus.CLOSED, day, department.id))
    queries.add_session_participants(ws, session.id, [p.id for p in people])
    for n, person in enumerate(people, start=1):
        repository.save(ws, model.Note(session.id, f"{title} note {n}", NoteKind.LIKE,
                                       person.id, offset_seconds=60 * n))
        ranking = model.Ranking(needs_list.id, person.id, Perspective.OWN, session.id)
        repository.save_all(ws, [ranking, *[model.RankingEntry(ranking.id, item.id, rank)
                                            for rank, item in enumerate(items[:3], start=1)]])
    return session


@pytest.fixture
def mixed(tmp_path) -> Path:
    """A workspace with one big focus group (6 people), one small one (3 people) and six lunch
    interviews (one person each) in two departments; one action answers a lunch note."""
    path = tmp_path / "mixed.focusgroup"
    ws = open_ws(path)
    needs_list = default_needs_list(ws)
    items = sorted(repository.find_by(ws, model.NeedsItem, list_id=needs_list.id),
                   key=lambda i: i.position)
    warehouse, night = (model.Department(d) for d in DEPARTMENTS)
    repository.save_all(ws, [warehouse, night])
    _session(ws, BIG, BIG_DAY, warehouse, _people(ws, "W", 6, warehouse), items, needs_list)
    _session(ws, SMALL, SMALL_DAY, night, _people(ws, "N", 3, night), items, needs_list)
    for n, day in enumerate(LUNCH_DAYS, start=1):
        department = (warehouse, night)[n % 2]
        log_lunch(ws, department_id=department.id, participant=f"L-{n:03}",
                  likes=f"Lunch like {n}", dislikes=f"Lunch dislike {n}",
                  top_needs=[items[n].id], day=day,
                  clock=lambda day=day: datetime(day.year, day.month, day.day, 12, tzinfo=UTC))
    lunch_note = next(n for n in repository.find(ws, model.Note) if n.text == "Lunch dislike 1")
    repository.save(ws, model.Action("Answer the lunch worry", "HR", date(2026, 10, 1),
                                     note_id=lunch_note.id, session_id=lunch_note.session_id,
                                     department_id=night.id))
    ws.close(backup=False)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def read_sheet(book, name: str) -> list[dict[str, str]]:
    rows = list(book[name].iter_rows(values_only=True))
    return [{h: "" if v is None else str(v) for h, v in zip(rows[0], row, strict=True)}
            for row in rows[1:]]


def exported(cli, path: Path, out: Path, fmt: str, *extra: str) -> dict[str, list[dict]]:
    code, _, err = cli("export", "-w", str(path), "--format", fmt, "--out", str(out),
                       *extra)
    assert code == 0, err
    if fmt == "csv":
        return {name: read_csv(out / f"{name}.csv") for name in ("notes", "rankings", "actions")}
    book = load_workbook(out)
    return {name: read_sheet(book, name) for name in ("notes", "rankings", "actions")}


def lunch_rows(notes: list[dict]) -> list[dict]:
    return [r for r in notes if r["Text"].startswith("Lunch ")]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_lunch_notes_are_only_pooled(cli, mixed, tmp_path, fmt):
    out = tmp_path / ("out" if fmt == "csv" else "out.xlsx")
    notes = exported(cli, mixed, out, fmt)["notes"]
    lunch = lunch_rows(notes)
    assert sorted(r["Text"] for r in lunch) == sorted(
        [f"Lunch like {n}" for n in range(1, 7)] + [f"Lunch dislike {n}" for n in range(1, 7)])
    for row in lunch:
        assert row["Session"] == "lunch interviews, pooled"
        assert row["Department"] == "" and row["Guide item"] == "" and row["Minute"] == ""
        cells = " | ".join(row.values())
        assert ISO_DAY.search(cells) is None, cells  # no day, no timestamp
        assert not any(d in cells for d in DEPARTMENTS), cells
        assert "L-0" not in cells and "Lunch interview" not in cells, cells
    # the order does not follow the sessions: likes and dislikes are not interleaved by lunch
    assert [r["Kind"] for r in lunch] == sorted(r["Kind"] for r in lunch)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_small_groups_are_left_out_with_a_row_saying_why(cli, mixed, tmp_path, fmt):
    out = tmp_path / ("out" if fmt == "csv" else "out.xlsx")
    tables = exported(cli, mixed, out, fmt)
    rankings, notes = tables["rankings"], tables["notes"]
    ranked = [r for r in rankings if r["Respondent"]]
    assert {r["Session"] for r in ranked} == {BIG}  # not the small group, no lunch
    assert len({r["Respondent"] for r in ranked}) == 6
    assert {r["Session date"] for r in ranked} == {"2026-05"}  # 6 people: near the threshold
    left = [r for r in rankings if not r["Respondent"]]
    assert len(left) == 1 and LEFT_OUT in " ".join(left[0].values())
    assert not [r for r in notes if SMALL in " ".join(r.values())]
    assert not [r for r in notes if r["Text"].startswith(SMALL)]
    why = [r for r in notes if r["Session"] == "left out"]
    assert why and "anonymity threshold of 5" in why[0]["Text"]
    big = [r for r in notes if r["Text"].startswith(BIG)]
    assert len(big) == 6 and {(r["Session"], r["Department"], r["Session date"])
                                for r in big} == {(BIG, "Warehouse", "2026-05")}


def test_an_action_on_a_lunch_note_does_not_quote_it(cli, mixed, tmp_path):
    actions = exported(cli, mixed, tmp_path / "out", "csv")["actions"]
    (row,) = [r for r in actions if r["Action"] == "Answer the lunch worry"]
    assert row["You said"] == "" and row["Session date"] == ""
    assert row["Created (UTC)"] == row["Updated (UTC)"] == ""  # they would date the lunch
    assert "Lunch interview" not in row["Session"]


def test_a_higher_threshold_leaves_the_lunch_pool_out(cli, mixed, tmp_path):
    tables = exported(cli, mixed, tmp_path / "out", "csv", "--threshold", "7")
    notes = tables["notes"]
    assert lunch_rows(notes) == []
    assert any("lunch" in r["Text"].lower() and "anonymity threshold of 7" in r["Text"]
               for r in notes if r["Session"] == "left out")
    assert not [r for r in tables["rankings"] if r["Respondent"]]  # 6 < 7: nothing shown
    code, _, err = cli("export", "-w", str(mixed), "--format", "csv",
                       "--out", str(tmp_path / "x"), "--threshold", "2")
    assert code == 2 and "at least 3" in err and err.count("\n") == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_show_codes_gives_the_detail_and_says_what_it_reveals(cli, mixed, tmp_path, fmt):
    out = tmp_path / ("out" if fmt == "csv" else "out.xlsx")
    code, printed, err = cli("export", "-w", str(mixed), "--format", fmt,
                             "--out", str(out))
    assert code == 0 and err == "" and printed.startswith("Wrote")  # no warning without it
    code, _, err = cli("export", "-w", str(mixed), "--format", fmt, "--out", str(out),
                       "--show-codes", "--force")
    assert code == 0
    warning = err.strip()
    assert err.count("\n") == 1 and warning.lower().startswith("warning")
    for word in ("codes", "dates", "lunch"):
        assert word in warning.lower(), warning
    if fmt == "csv":
        notes, rankings = read_csv(out / "notes.csv"), read_csv(out / "rankings.csv")
    else:
        book = load_workbook(out)
        notes, rankings = read_sheet(book, "notes"), read_sheet(book, "rankings")
    lunch = {r["Text"]: r for r in lunch_rows(notes)}
    assert lunch["Lunch like 1"]["Session date"] == LUNCH_DAYS[0].isoformat()
    assert lunch["Lunch like 1"]["Department"] == "Night shift"
    assert lunch["Lunch like 1"]["Participant"] == "L-001"
    assert SMALL in {r["Session"] for r in rankings}
    assert "N-001" in {r["Respondent"] for r in rankings}


# --------------------------------------------------------------------------- forms import

def _forms(tmp_path, header: str, rows: list[str]) -> Path:
    path = tmp_path / "forms.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _codes(path: Path) -> set[str]:
    ws = open_ws(path, create=False)
    try:
        return {p.code for p in repository.find(ws, model.Participant)}
    finally:
        ws.close(backup=False)


@pytest.mark.parametrize("column", ["Participant name", "Participant full name",
                                    "Deltagernavn", "Participant e-mail", "Participant Navn"])
def test_a_forms_column_named_like_a_name_is_refused_as_the_code(cli, tmp_path, column):
    ws_path = tmp_path / "w.focusgroup"
    open_ws(ws_path).close(backup=False)
    path = _forms(tmp_path, f"ID,{column},Role,Rank what matters most",
                  ["1,Mette Hansen,employee,Good wages;Job security;",
                   "2,Ole Olsen,employee,Job security;Good wages;"])
    code, out, err = cli("import", "rankings", str(path), "-w", str(ws_path))
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert column in err
    assert _codes(ws_path) == set()


def test_the_code_column_is_chosen_over_a_name_column(cli, tmp_path):
    ws_path = tmp_path / "w.focusgroup"
    open_ws(ws_path).close(backup=False)
    path = _forms(tmp_path, "ID,Participant name,Participant code,Role,Rank what matters most",
                  ["1,Mette Hansen,C-101,employee,Good wages;Job security;",
                   "2,Ole Olsen,C-102,employee,Job security;Good wages;"])
    code, _, err = cli("import", "rankings", str(path), "-w", str(ws_path))
    assert code == 0, err
    assert _codes(ws_path) == {"C-101", "C-102"}


def test_actions_of_pooled_or_left_out_sessions_say_no_department_or_time(cli, demo_file,
                                                                           tmp_path):
    """An action keeps only what its session's notes may show: a left-out or lunch session
    is not tied to its department, and no action carries the exact time it was written."""
    out = tmp_path / "actions.csv"
    code, _, err = cli("export", "-w", str(demo_file), "--format", "csv", "--what", "actions",
                       "--out", str(out))
    assert code == 0, err
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows
    for row in rows:
        assert "T" not in (row["Created (UTC)"] + row["Updated (UTC)"]), row
        if row["Session"] and "pooled" not in row["Session"] and row["Session date"] == "":
            assert row["Department"] == "", row  # a left-out session
        if "lunch interviews" in row["Session"]:
            assert row["Department"] == "", row
