"""Importing rankings from files, checked where a user would look: the workspace afterwards."""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focusgroup.domain.model import (
    Department,
    NeedsItem,
    Participant,
    Perspective,
    Ranking,
    Role,
    Session,
    SessionKind,
    SessionStatus,
)
from focusgroup.services import import_rankings as importer
from focusgroup.services.analysis import Scope, analyse, default_needs_list, find_needs_list
from focusgroup.services.errors import InvalidInput
from focusgroup.services.import_rankings import ImportOptions, apply_plan, read_rankings_file
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import bulk, queries, repository

TODAY = date(2026, 5, 4)
HEADER = "participant,role,perspective,item,rank\n"
KEYS = ["appreciation", "in_on_things", "personal_problems", "job_security", "good_wages",
        "interesting_work", "promotion_growth", "loyalty", "working_conditions",
        "tactful_discipline"]


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def do_import(ws, path, **options):
    plan = read_rankings_file(ws, path, ImportOptions(today=TODAY, **options))
    return plan, apply_plan(ws, plan)


def records(ws, needs_list=None):
    needs_list = needs_list or default_needs_list(ws)
    return {(r.participant_id, r.perspective): r
            for r in queries.ranking_records(ws, needs_list.id)}


def by_code(ws) -> dict[str, Participant]:
    return {p.code: p for p in repository.find(ws, Participant)}


@pytest.fixture
def ws_path(tmp_path):
    """A closed workspace file, for the command line (which takes the lock itself)."""
    path = tmp_path / "w.focusgroup"
    ws = open_ws(path)
    repository.save(ws, Department("Warehouse"))
    ws.close()
    return path


def test_long_csv_with_partial_and_tied_rankings_gives_a_gap(workspace, tmp_path):
    rows = [HEADER]
    for n in range(1, 4):  # employees: appreciation first, wages tied second
        rows += [f"E-{n},employee,own,Appreciation of work done,1\n",
                 f"E-{n},Employee,own,god løn,2\n",
                 f"E-{n},employee,own,  GOOD working conditions ,2\n"]
    for n in range(1, 4):  # managers' predictions: wages first
        rows += [f"M-{n},manager,predicted,GOOD WAGES,1\n",
                 f"M-{n},manager,predicted,job_security,2\n",
                 f"M-{n},manager,PREDICTED,anerkendelse af udført arbejde,8\n"]
    path = write(tmp_path, "rankings.csv", "".join(rows))

    plan, result = do_import(workspace, path, session="Survey spring 2026")

    assert plan.ok and plan.format == "long CSV"
    assert result.summary() == (
        "Imported 6 rankings (3 employees' own, 3 managers' predictions) from rankings.csv "
        "into session 'Survey spring 2026'; 6 new participants.")
    people = by_code(workspace)
    found = records(workspace)
    employee = found[people["E-1"].id, Perspective.OWN]
    assert employee.entries == {"appreciation": 1, "good_wages": 2, "working_conditions": 2}
    assert employee.role is Role.EMPLOYEE and employee.day == TODAY
    manager = found[people["M-2"].id, Perspective.PREDICTED]
    assert manager.entries == {"good_wages": 1, "job_security": 2, "appreciation": 8}
    session = repository.get(workspace, Session, employee.session_id)
    assert (session.title, session.kind, session.status) == (
        "Survey spring 2026", SessionKind.SURVEY, SessionStatus.CLOSED)
    assert set(queries.session_participant_ids(workspace, session.id)) == {
        p.id for p in people.values()}

    result = analyse(workspace, default_needs_list(workspace), Scope(), threshold=3)
    assert result.employees.people == 3 and result.predicted.people == 3
    by_key = {item.key: item for item in result.gap.items}
    assert by_key["appreciation"].employee_rank == 1
    assert by_key["appreciation"].difference > 0  # managers underestimate appreciation
    assert by_key["good_wages"].difference < 0
    assert any("appreciation" in line for line in result.headline())


def test_a_new_needs_list_is_made_from_the_files_items_in_first_seen_order(workspace, tmp_path):
    path = write(tmp_path, "pulse.csv", HEADER + "P-1,employee,own,Independence,2\n"
                 "P-1,employee,own,Recognition ,1\n"
                 "P-2,employee,own,recognition,1\n"
                 "P-2,employee,own,Pay (before tax),3\n"
                 "P-2,employee,own,independence,2\n")

    plan, result = do_import(workspace, path, needs_list="Pulse 2026")

    assert [i.label_en for i in plan.items] == ["Independence", "Recognition", "Pay (before tax)"]
    assert "new needs list 'Pulse 2026'" in result.summary()
    needs_list = find_needs_list(workspace, "pulse 2026")
    items = sorted(repository.find_by(workspace, NeedsItem, list_id=needs_list.id),
                   key=lambda i: i.position)
    assert [(i.key, i.label_en, i.position) for i in items] == [
        ("independence", "Independence", 1), ("recognition", "Recognition", 2),
        ("pay_before_tax", "Pay (before tax)", 3)]
    p2 = by_code(workspace)["P-2"]
    assert records(workspace, needs_list)[p2.id, Perspective.OWN].entries == {
        "recognition": 1, "pay_before_tax": 3, "independence": 2}
    # a second import onto the now existing list matches its items
    again = read_rankings_file(workspace, path, ImportOptions(needs_list="PULSE 2026"))
    assert again.ok and again.new_needs_list is None and again.replaced == 2


MS_FORMS = (
    "\ufeffID,Start time,Completion time,Email,Name,Role,Rank what matters most to you\n"
    "1,5/4/26 10:01:02,5/4/26 10:03:40,anonymous,,Employee,"
    "Appreciation of work done;Feeling “in” on things;Good wages;\n"
    "2,5/4/26 10:05:02,5/4/26 10:06:40,anonymous,,medarbejder,"
    "Good wages;Job security;Appreciation of work done;\n"
    "3,5/4/26 10:07:02,5/4/26 10:08:40,anonymous,,Leder,Good wages;Job security;\n"
    "4,5/4/26 10:09:02,5/4/26 10:09:40,anonymous,,Mellemleder,\n"
)


def test_a_microsoft_forms_export_imports_with_generated_codes(workspace, tmp_path):
    repository.save(workspace, Participant("F-001"))  # made-up codes must not clash
    path = write(tmp_path, "Motivation survey.csv", MS_FORMS)

    plan, result = do_import(workspace, path)

    assert plan.format == "Microsoft Forms export"
    assert any("line 5: no ranking answer" in note for note in plan.notes)
    people = by_code(workspace)
    assert {"F-002", "F-003", "F-004"} <= set(people) and "F-005" not in people
    assert people["F-004"].role is Role.MANAGER and people["F-003"].role is Role.EMPLOYEE
    found = records(workspace)
    assert found[people["F-002"].id, Perspective.OWN].entries == {
        "appreciation": 1, "in_on_things": 2, "good_wages": 3}
    assert found[people["F-004"].id, Perspective.OWN].entries == {
        "good_wages": 1, "job_security": 2}
    assert result.sessions == ("Imported rankings Motivation survey.csv",)
    assert result.summary().startswith(
        "Imported 3 rankings (2 employees' own, 1 manager's own) from Motivation survey.csv")


def test_a_forms_export_with_code_and_perspective_columns(workspace, tmp_path):
    path = write(tmp_path, "forms.csv",
                 "ID,Participant code,Role,Perspective,Rank these\n"
                 "1,L-1,manager,predicted,Good wages;Job security;\n"
                 "2,L-2,employee,,Job security;Good wages;\n")
    do_import(workspace, path)
    people = by_code(workspace)
    found = records(workspace)
    assert found[people["L-1"].id, Perspective.PREDICTED].entries == {
        "good_wages": 1, "job_security": 2}
    assert (people["L-2"].id, Perspective.OWN) in found


def test_a_google_forms_grid_imports(workspace, tmp_path):
    path = write(tmp_path, "google.csv",
                 "Timestamp,Role,Rank these [Appreciation of work done],Rank these [Good wages],"
                 "Rank these [Job security],Rank these [Interesting work]\n"
                 "2026/05/04 10:00:00 AM CET,Employee,1st,2nd,,\n"
                 "2026/05/04 10:01:00 AM CET,Manager,3rd,1st,2nd,4th\n"
                 "2026/05/04 10:02:00 AM CET,Employee,1,1,3,\n"
                 "2026/05/04 10:03:00 AM CET,Employee,,,,\n")

    plan, _ = do_import(workspace, path, date="2026-04-30")

    assert plan.format == "Google Forms ranking grid" and plan.problems == []
    entries = sorted((r.role, tuple(sorted(r.entries.items())), r.day)
                     for r in records(workspace).values())
    day = date(2026, 4, 30)
    assert entries == sorted([
        (Role.EMPLOYEE, (("appreciation", 1), ("good_wages", 2)), day),
        (Role.MANAGER, (("appreciation", 3), ("good_wages", 1), ("interesting_work", 4),
                        ("job_security", 2)), day),
        (Role.EMPLOYEE, (("appreciation", 1), ("good_wages", 1), ("job_security", 3)), day),
    ])


def test_three_bad_rows_exit_2_list_their_lines_and_write_nothing(cli, tmp_path, ws_path):
    path = write(tmp_path, "rankings.csv", HEADER +
                 "P-1,employee,own,Good wages,1\n"
                 "P-1,employee,own,Free pizza,2\n"          # line 3
                 "P-2,boss,own,Job security,1\n"            # line 4
                 "P-2,employee,own,Job security,1\n"
                 "P-3,employee,own,Appreciation of work done,first\n")  # line 6
    ws = open_ws(ws_path, create=False)
    before = queries.table_counts(ws)
    ws.close()

    code, out, err = cli("import", "rankings", str(path), "--workspace", str(ws_path))

    assert code == 2 and out == "" and "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines[0] == "focusgroup: rankings.csv: 3 problems, nothing was imported:"
    assert lines[1:] == ["line 3: unknown item 'Free pizza'",
                         "line 4: unknown role 'boss' (use employee, supervisor, manager or other)",
                         "line 6: rank 'first' is not a positive whole number"]
    ws = open_ws(ws_path, create=False)
    assert queries.table_counts(ws) == before
    ws.close()


def test_the_command_line_imports_and_says_what_it_did(cli, tmp_path, ws_path):
    path = write(tmp_path, "r.csv", HEADER + "P-1,employee,own,Good wages,1\n"
                 "P-2,manager,predicted,Good wages,1\n")
    argv = ["import", "rankings", str(path), "-w", str(ws_path), "--session", "Spring",
            "--department", "warehouse", "--date", "2026-03-01"]
    code, out, err = cli(*argv, "--dry-run")
    assert code == 0 and out.startswith("Would import 2 rankings") and "--dry-run" in out
    code, out, err = cli(*argv)
    assert code == 0, err
    assert out.strip() == ("Imported 2 rankings (1 employee's own, 1 manager's prediction) from "
                           "r.csv into session 'Spring'; 2 new participants.")
    ws = open_ws(ws_path, create=False)
    [session] = repository.find_by(ws, Session, title="Spring")
    [department] = repository.find_by(ws, Department, name="Warehouse")
    assert session.date == date(2026, 3, 1) and session.department_id == department.id
    assert {p.department_id for p in repository.find(ws, Participant)} == {department.id}
    ws.close()
    code, out, _ = cli(*argv)  # the same file again replaces, never doubles
    assert code == 0 and "2 earlier rankings replaced" in out
    ws = open_ws(ws_path, create=False)
    assert queries.table_counts(ws)["rankings"] == 2
    ws.close()


@pytest.mark.parametrize("options, message", [
    ({"department": "Nowhere"}, 'no department called "Nowhere"'),
    ({"date": "1/5/2026"}, "--date needs a date like 2026-05-31"),
])
def test_bad_options_are_one_line(cli, tmp_path, ws_path, options, message):
    path = write(tmp_path, "r.csv", HEADER + "P-1,employee,own,Good wages,1\n")
    flags = [part for k, v in options.items() for part in (f"--{k}", v)]
    code, _, err = cli("import", "rankings", str(path), "-w", str(ws_path), *flags)
    assert code == 2 and message in err and err.count("\n") == 1


@pytest.mark.parametrize("rank", ["0", "-1", "x", "1.5"])
def test_a_rank_must_be_a_positive_whole_number(workspace, tmp_path, rank):
    path = write(tmp_path, "r.csv", HEADER + f"P-1,employee,own,Good wages,{rank}\n")
    plan = read_rankings_file(workspace, path)
    assert plan.problems == [f"line 2: rank '{rank}' is not a positive whole number"]
    with pytest.raises(InvalidInput, match="1 problem, nothing was imported"):
        apply_plan(workspace, plan)
    assert queries.table_counts(workspace)["rankings"] == 0


@pytest.mark.parametrize("rows, problem", [
    ("P-1,employee,own,Good wages,1\nP-1,employee,own,god løn,2\n",
     "line 3: 'god løn' is ranked twice for P-1 (own; also on line 2)"),
    ("P-1,chef,own,Good wages,1\n",
     "line 2: unknown role 'chef' (use employee, supervisor, manager or other)"),
    ("P-1,employee,mine,Good wages,1\n",
     "line 2: unknown perspective 'mine' (use own or predicted)"),
    (",employee,own,Good wages,1\n", "line 2: the participant code is empty"),
    ("P-1,employee,predicted,Good wages,1\n", "line 2: P-1 is an employee; predictions"),
    ("P-1,employee,own,Good wages,11\n", "line 2: rank 11 is larger than the number of items"),
    ("P-1,employee,own,Good wages,1\nP-1,manager,own,Job security,2\n",
     "line 3: P-1 has role employee on line 2, manager here"),
])
def test_bad_rows_are_reported(workspace, tmp_path, rows, problem):
    plan = read_rankings_file(workspace, write(tmp_path, "r.csv", HEADER + rows))
    assert len(plan.problems) == 1 and plan.problems[0].startswith(problem)


def test_unknown_department_in_a_row_and_missing_columns(workspace, tmp_path):
    path = write(tmp_path, "r.csv", "participant,role,perspective,item,rank,department,date\n"
                 "P-1,employee,own,Good wages,1,Nowhere,2026-01-01\n"
                 "P-2,employee,own,Good wages,1,,2026-13-01\n")
    assert read_rankings_file(workspace, path).problems == [
        "line 2: unknown department 'Nowhere'",
        "line 3: date '2026-13-01' is not a date like 2026-05-31"]
    path = write(tmp_path, "short.csv", "participant,item,rank\nP-1,Good wages,1\n")
    assert read_rankings_file(workspace, path).problems == [
        "line 1: missing columns role, perspective "
        "(the header needs participant,role,perspective,item,rank)"]


def test_rows_name_their_session_department_and_date(workspace, tmp_path):
    repository.save(workspace, Department("Lager og værksted"))
    existing = repository.save(workspace, Session("Spring round", date=date(2026, 3, 1)))
    path = write(tmp_path, "r.csv", "participant,role,perspective,item,rank,department,session,"
                 "date\nP-1,employee,own,Good wages,1,LAGER OG VÆRKSTED,Autumn round,2026-10-01\n"
                 "P-2,employee,own,Good wages,1,,spring round,\n")
    plan, _ = do_import(workspace, path, session="unused")
    assert [s.title for s in plan.new_sessions] == ["Autumn round"]
    department = repository.find_by(workspace, Department, name="Lager og værksted")[0]
    autumn = plan.new_sessions[0]
    assert autumn.date == date(2026, 10, 1) and autumn.department_id == department.id
    people = by_code(workspace)
    found = records(workspace)
    assert found[people["P-2"].id, Perspective.OWN].session_id == existing.id
    assert found[people["P-1"].id, Perspective.OWN].department_id == department.id


def test_an_existing_participant_is_reused_and_a_role_mismatch_reported(workspace, tmp_path):
    boss = repository.save(workspace, Participant("M-7", Role.MANAGER))
    path = write(tmp_path, "r.csv", HEADER + "M-7,manager,predicted,Good wages,1\n")
    plan, result = do_import(workspace, path)
    assert plan.new_participants == [] and result.new_participants == 0
    assert [p.code for p in repository.find(workspace, Participant)] == ["M-7"]
    assert records(workspace)[boss.id, Perspective.PREDICTED].entries == {"good_wages": 1}

    path = write(tmp_path, "r2.csv", HEADER + "M-7,employee,own,Good wages,1\n")
    assert read_rankings_file(workspace, path).problems == [
        "line 2: M-7 is registered as manager, not employee"]


def test_a_failure_half_way_writes_nothing(workspace, tmp_path, monkeypatch):
    path = write(tmp_path, "r.csv", HEADER + "".join(
        f"P-{n},employee,own,Good wages,1\n" for n in range(5)))
    plan = read_rankings_file(workspace, path)
    before = queries.table_counts(workspace)
    calls = []
    real = bulk._insert

    def flaky(ws, table, columns, rows, **kw):  # the rankings go in, then their entries fail
        calls.append(table)
        if table == "ranking_entries":
            raise OSError("disk pulled out")
        real(ws, table, columns, rows, **kw)

    monkeypatch.setattr(bulk, "_insert", flaky)
    with pytest.raises(OSError):
        apply_plan(workspace, plan)
    assert "rankings" in calls
    assert queries.table_counts(workspace) == before


def test_reading_is_a_preview_that_writes_nothing(workspace, tmp_path):
    path = write(tmp_path, "r.csv", HEADER + "P-1,employee,own,Good wages,1\n"
                 "P-2,manager,predicted,Job security,1\n")
    before = queries.table_counts(workspace)
    plan = read_rankings_file(workspace, path, ImportOptions(needs_list="New list"))
    assert queries.table_counts(workspace) == before
    assert plan.counts == {(Role.EMPLOYEE, Perspective.OWN): 1,
                           (Role.MANAGER, Perspective.PREDICTED): 1}
    assert [p.code for p in plan.new_participants] == ["P-1", "P-2"]
    assert plan.new_needs_list.name == "New list" and len(plan.items) == 2
    assert [s.title for s in plan.new_sessions] == ["Imported rankings r.csv"]
    assert plan.summary().startswith("Would import 2 rankings")


def test_semicolon_windows_1252_and_excel_files(workspace, tmp_path):
    text = "participant;role;perspective;item;rank\r\nP-1;medarbejder;egen;God løn;1\r\n"
    plan, _ = do_import(workspace, write(tmp_path, "da.csv", text, "cp1252"))
    assert plan.ok and any("Windows-1252" in n for n in plan.notes)
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["participant", "role", "perspective", "item", "rank"])
    book.active.append(["P-2", "leder", "predicted", "Good wages", 1])
    book.save(tmp_path / "r.xlsx")
    plan, _ = do_import(workspace, tmp_path / "r.xlsx")
    assert plan.ok
    people = by_code(workspace)
    assert people["P-2"].role is Role.MANAGER
    assert records(workspace)[people["P-1"].id, Perspective.OWN].entries == {"good_wages": 1}


@pytest.mark.parametrize("kind", ["binary", "missing", "folder", "empty", "text"])
def test_files_that_are_not_rankings_are_one_line_exit_2(cli, tmp_path, ws_path, kind):
    target = tmp_path / "input.csv"
    if kind == "binary":
        target.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    elif kind == "folder":
        target.mkdir()
    elif kind == "empty":
        target.write_text("\n\n")
    elif kind == "text":
        target.write_text("milk\neggs\n")
    code, out, err = cli("import", "rankings", str(target), "-w", str(ws_path))
    assert code == 2 and out == ""
    assert err.startswith("focusgroup: ") and err.count("\n") == 1 and "Traceback" not in err


def test_a_missing_workspace_is_not_created(cli, tmp_path):
    path = write(tmp_path, "r.csv", HEADER + "P-1,employee,own,Good wages,1\n")
    code, _, err = cli("import", "rankings", str(path), "-w", str(tmp_path / "no.fg"))
    assert code == 2 and "no workspace" in err.lower() and not (tmp_path / "no.fg").exists()


def test_too_many_problems_are_capped(workspace, tmp_path):
    path = write(tmp_path, "r.csv", HEADER + "".join(
        f"P-{n},employee,own,Nothing {n},1\n" for n in range(30)))
    message = read_rankings_file(workspace, path).problem_message().splitlines()
    assert message[0] == "r.csv: 30 problems, nothing was imported:"
    assert len(message) == 1 + importer.MAX_LISTED + 1 and message[-1] == "… and 10 more."


people_rankings = st.lists(
    st.tuples(
        st.sampled_from([(Role.EMPLOYEE, Perspective.OWN), (Role.MANAGER, Perspective.PREDICTED),
                         (Role.SUPERVISOR, Perspective.OWN)]),
        st.dictionaries(st.sampled_from(KEYS), st.integers(1, 4), min_size=1),
    ),
    min_size=1, max_size=6,
)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=people_rankings, spelling=st.sampled_from(["key", "en", "da"]))
def test_what_is_written_is_what_is_read_back(workspace, tmp_path, people, spelling):
    test_what_is_written_is_what_is_read_back.runs = n = getattr(
        test_what_is_written_is_what_is_read_back, "runs", 0) + 1
    needs_list = default_needs_list(workspace)
    items = {i.key: i for i in repository.find_by(workspace, NeedsItem, list_id=needs_list.id)}
    lines = [HEADER]
    for person, ((role, perspective), ranks) in enumerate(people):
        for key, rank in ranks.items():
            name = {"key": key, "en": items[key].label_en, "da": items[key].label_da}[spelling]
            lines.append(f'X{n}-{person},{role.value},{perspective.value},"{name}",{rank}\n')
    path = write(tmp_path, f"round{n}.csv", "".join(lines))

    plan, _ = do_import(workspace, path, session=f"Round {n}")

    assert plan.problems == []
    session = repository.find_by(workspace, Session, title=f"Round {n}")[0]
    back = queries.ranking_records(workspace, needs_list.id, session_id=session.id)
    codes = {p.id: p.code for p in repository.find(workspace, Participant)}
    assert sorted((codes[r.participant_id], r.role, r.perspective, r.entries) for r in back
                  ) == sorted((f"X{n}-{person}", role, perspective, ranks)
                              for person, ((role, perspective), ranks) in enumerate(people))
    assert len(repository.find_by(workspace, Ranking, session_id=session.id)) == len(people)
