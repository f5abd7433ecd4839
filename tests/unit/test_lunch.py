"""The lunch quick log: one call, one transaction: session, notes, partial ranking, actions."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from focusgroup.domain.model import (
    Action,
    Department,
    NeedsItem,
    Note,
    NoteKind,
    Participant,
    Perspective,
    Ranking,
    RankingEntry,
    Role,
    Session,
    SessionKind,
    SessionStatus,
)
from focusgroup.services import lunch
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.errors import InvalidInput
from focusgroup.services.rankings import list_items
from focusgroup.storage import queries, repository


@pytest.fixture
def setup(workspace):
    dept = repository.save(workspace, Department("Lageret"))
    items = list_items(workspace, default_needs_list(workspace))
    return workspace, dept, items


def _log(ws, dept, **changes):
    args = dict(department_id=dept.id, participant="P-012", role=Role.EMPLOYEE,
                likes="", dislikes="", on_mind="", top_needs=[], follow_ups=[],
                facilitator="Mette", day=date(2026, 11, 20))
    args.update(changes)
    return lunch.log_lunch(ws, **args)


def _notes(ws, session):
    notes = sorted(repository.find_by(ws, Note, session_id=session.id),
                   key=lambda n: (n.created_at, n.text))
    return {(n.kind, n.text) for n in notes}


def test_a_whole_lunch_in_one_call(setup):
    ws, dept, items = setup
    clock = lambda: datetime(2026, 11, 20, 13, 5, tzinfo=UTC)  # noqa: E731
    session = _log(
        ws, dept, likes="- the new gloves\n\n• kollegerne  ", dislikes="vagtplanen kommer sent",
        on_mind="Worried about the move to the new hall 😟",
        top_needs=[items[0].id, items[4].id, items[1].id],
        follow_ups=[("Send the rota two weeks ahead", "Jens", date(2026, 12, 1)), ("", "", None)],
        clock=clock)
    stored = repository.get(ws, Session, session.id)
    assert (stored.title, stored.kind, stored.status, stored.date, stored.facilitator) == (
        "Lunch interview", SessionKind.LUNCH_INTERVIEW, SessionStatus.CLOSED,
        date(2026, 11, 20), "Mette")
    assert stored.department_id == dept.id
    person = repository.find_by(ws, Participant, code="P-012")[0]
    assert person.role is Role.EMPLOYEE and person.department_id == dept.id
    assert _notes(ws, session) == {
        (NoteKind.LIKE, "the new gloves"), (NoteKind.LIKE, "kollegerne"),
        (NoteKind.DISLIKE, "vagtplanen kommer sent"),
        (NoteKind.OBSERVATION, "Worried about the move to the new hall 😟")}
    assert {n.participant_id for n in repository.find_by(ws, Note, session_id=session.id)} == {
        person.id}
    [ranking] = repository.find_by(ws, Ranking, session_id=session.id)
    assert ranking.perspective is Perspective.OWN and ranking.participant_id == person.id
    entries = {e.item_id: e.rank for e in repository.find_by(ws, RankingEntry,
                                                              ranking_id=ranking.id)}
    assert entries == {items[0].id: 1, items[4].id: 2, items[1].id: 3}
    [action] = repository.find_by(ws, Action, session_id=session.id)
    assert (action.title, action.owner, action.due, action.department_id) == (
        "Send the rota two weeks ahead", "Jens", date(2026, 12, 1), dept.id)
    assert queries.session_participant_ids(ws, session.id) == [person.id]
    # The lunch counts as listening to the department.
    assert queries.last_session_dates(ws) == {dept.id: date(2026, 11, 20)}
    # The ranking is seen by the analyses as a partial own ranking.
    [record] = queries.ranking_records(ws, ranking.needs_list_id, session_id=session.id)
    assert sorted(record.entries.values()) == [1, 2, 3]


def test_an_anonymous_person_gets_a_generated_code(setup):
    ws, dept, items = setup
    repository.save(ws, Participant("ANON-002", Role.EMPLOYEE))
    session = _log(ws, dept, participant=None, role=Role.SUPERVISOR, likes="Ro på",
                   top_needs=[items[2].id])
    assert repository.get(ws, Session, session.id).title == "Lunch interview (anonymous)"
    [ranking] = repository.find_by(ws, Ranking, session_id=session.id)
    person = repository.get(ws, Participant, ranking.participant_id)
    assert person.code == "ANON-003" and person.role is Role.SUPERVISOR and person.name is None
    [entry] = repository.find_by(ws, RankingEntry, ranking_id=ranking.id)
    assert entry.rank == 1


def test_an_existing_participant_by_id_or_code(setup):
    ws, dept, _ = setup
    known = repository.save(ws, Participant("P-003", Role.MANAGER))
    first = _log(ws, dept, participant=known.id, role=Role.MANAGER, likes="a")
    second = _log(ws, dept, participant="p-003", role=Role.MANAGER, likes="b")
    assert repository.get(ws, Session, first.id).title == "Lunch interview"  # no code in it
    for session in (first, second):
        assert queries.session_participant_ids(ws, session.id) == [known.id]
    assert len(repository.find(ws, Participant)) == 1
    with pytest.raises(InvalidInput, match="registered as manager"):
        _log(ws, dept, participant="P-003", role=Role.EMPLOYEE, likes="c")


@pytest.mark.parametrize(("changes", "message"), [
    ({}, "Nothing to save"),
    ({"likes": "ok", "participant": "P 12"}, "code"),
    ({"likes": "ok", "participant": ""}, "code"),
    ({"likes": "ok", "role": "boss"}, "Unknown role"),
    ({"likes": "ok", "department_id": "gone"}, "department"),
    ({"likes": "x" * 20_001}, "20,000"),
    ({"likes": "ok", "follow_ups": [("", "Jens", None)]}, "no title"),
    ({"likes": "ok", "follow_ups": [("t" * 301, "", None)]}, "too long"),
    ({"likes": "ok", "facilitator": "f" * 201}, "facilitator"),
    ({"likes": "ok", "top_needs": ["nope"]}, "no longer on the needs list"),
])
def test_invalid_logs_write_nothing(setup, changes, message):
    ws, dept, _ = setup
    with pytest.raises(InvalidInput, match=message):
        _log(ws, dept, **changes)
    assert repository.find(ws, Session) == [] and repository.find(ws, Note) == []
    assert repository.find(ws, Participant) == [] and repository.find(ws, Action) == []
    assert repository.find(ws, Ranking) == []


def test_needs_must_be_three_different_items_of_one_list(setup):
    ws, dept, items = setup
    with pytest.raises(InvalidInput, match="at most 3"):
        _log(ws, dept, top_needs=[i.id for i in items[:4]])
    with pytest.raises(InvalidInput, match="picked twice"):
        _log(ws, dept, top_needs=[items[0].id, items[0].id])
    other = [i for i in repository.find(ws, NeedsItem) if i.list_id != items[0].list_id]
    with pytest.raises(InvalidInput, match="one needs list"):
        _log(ws, dept, top_needs=[items[0].id, other[0].id])
    assert repository.find(ws, Session) == []


def test_a_failure_half_way_rolls_everything_back(setup, monkeypatch):
    ws, dept, items = setup

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(queries, "add_session_participants", broken)
    with pytest.raises(RuntimeError):
        _log(ws, dept, likes="a", top_needs=[items[0].id], follow_ups=[("t", "o", None)])
    assert repository.find(ws, Session) == [] and repository.find(ws, Note) == []
    assert repository.find(ws, Participant) == [] and repository.find(ws, RankingEntry) == []


def test_defaults_come_from_the_last_lunch(setup):
    ws, dept, _ = setup
    assert lunch.defaults(ws) == lunch.LunchDefaults("", None)
    _log(ws, dept, likes="a", facilitator="Birgitte")
    assert lunch.defaults(ws) == lunch.LunchDefaults("Birgitte", dept.id)


def test_lines_drop_bullets_blank_lines_and_control_characters():
    assert lunch.lines("- one\n  2) two\n\n*three\x00\n  \n– four ") == [
        "one", "two", "*three", "four"]
