"""Initiatives: ask before you invest — put to sessions, notes marked for/against, hands counted,
and the evidence read back without codes or names."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest
from sqlite_utils import Database

from focusgroup.domain.model import (
    Department,
    GuideItem,
    Initiative,
    Note,
    NoteKind,
    Participant,
    Session,
    SessionStatus,
)
from focusgroup.services import initiatives as svc
from focusgroup.services.capture import Capture
from focusgroup.services.errors import InvalidInput
from focusgroup.services.initiatives import Stance, Tally
from focusgroup.storage import repository, schema
from focusgroup.storage.migrations import migrate
from focusgroup.storage.schema import CURRENT_VERSION, STEPS
from focusgroup.storage.workspace import open_workspace

NOON = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def clock():
    return NOON


@pytest.fixture
def asked(workspace):
    """A gym put to a warehouse focus group and a canteen lunch interview."""
    ws = workspace
    warehouse = repository.save(ws, Department("Warehouse"))
    canteen = repository.save(ws, Department("Canteen"))
    mette = repository.save(ws, Participant("P-014", name="Mette Hansen",
                                            department_id=warehouse.id))
    focus = repository.save(ws, Session("Warehouse round 2", date=date(2026, 3, 4),
                                        department_id=warehouse.id))
    repository.save(ws, GuideItem(focus.id, "What works well?", 1, 15))
    lunch = repository.save(ws, Session("Lunch interview P-014", date=date(2026, 3, 6),
                                        department_id=canteen.id))
    gym = svc.create_initiative(ws, "Fitness room in building B", "The old archive", 250000)
    svc.put_to_session(ws, gym.id, focus.id, 15, clock=clock)
    svc.put_to_session(ws, gym.id, lunch.id, clock=clock)
    return ws, gym, focus, lunch, mette


def note(ws, session, text, kind=NoteKind.OBSERVATION, participant=None):
    return repository.save(ws, Note(session.id, text, kind,
                                    participant.id if participant else None))


# -- the schema step ---------------------------------------------------------------------------
def test_a_workspace_at_the_previous_version_upgrades_and_keeps_its_data(tmp_path):
    step = STEPS.index(schema._step_4_initiatives_asked) + 1
    path = tmp_path / "old.focusgroup"
    db = Database(sqlite3.connect(path, isolation_level=None))
    migrate(db, steps=STEPS[:step - 1])
    db.execute("INSERT INTO sessions (id, kind, status, title, created_at) "
               "VALUES ('s1', 'focus_group', 'closed', 'Round 1', '2026-01-01T00:00:00Z')")
    db.execute("INSERT INTO notes (id, session_id, kind, text, created_at, updated_at) VALUES "
               "('n1', 's1', 'like', 'A gym would help the night shift', "
               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
    db.execute("INSERT INTO initiatives (id, title, description, estimated_cost, status, "
               "created_at) VALUES ('i1', 'Gym', '', 1000.0, 'proposed', "
               "'2026-01-01T00:00:00Z')")
    db.conn.close()
    with open_workspace(path, backup_dir=tmp_path / "b") as ws:
        assert ws.version == CURRENT_VERSION >= step
        assert repository.get(ws, Initiative, "i1").estimated_cost == 1000.0
        assert repository.get(ws, Note, "n1").text == "A gym would help the night shift"
        assert {"initiative_sessions", "note_stances"} <= set(ws.db.table_names())
        svc.put_to_session(ws, "i1", "s1")  # the new tables work on the old data
        svc.set_stance(ws, "n1", "i1", "for")
        assert svc.evidence(ws, "i1").notes == Tally(1, 0, 0)


def test_the_new_tables_refuse_bad_values(asked):
    ws, gym, focus, _, _ = asked
    n = note(ws, focus, "maybe")
    with pytest.raises(sqlite3.IntegrityError):
        ws.db.execute("INSERT INTO note_stances VALUES (?, ?, 'perhaps')", [n.id, gym.id])
    with pytest.raises(sqlite3.IntegrityError):
        ws.db.execute("UPDATE initiative_sessions SET for_count = -1")


# -- create and edit ---------------------------------------------------------------------------
def test_create_and_edit_check_what_they_are_given(workspace):
    gym = svc.create_initiative(workspace, "  Fitness   room ", "  ", None)
    assert (gym.title, gym.description, gym.estimated_cost, gym.status) == (
        "Fitness room", "", None, "proposed")
    for bad in ("", " " * 5, "x" * 201):
        with pytest.raises(InvalidInput):
            svc.create_initiative(workspace, bad)
    for cost in (-1, float("nan"), "1000", True):
        with pytest.raises(InvalidInput):
            svc.create_initiative(workspace, "Gym", estimated_cost=cost)
    with pytest.raises(InvalidInput, match="Unknown status"):
        svc.create_initiative(workspace, "Gym", status="maybe")
    edited = svc.edit_initiative(workspace, gym, "Fitness room in B", "Old archive", 0,
                                 "decided-yes")
    stored = repository.get(workspace, Initiative, gym.id)
    assert stored == edited and stored.estimated_cost == 0.0 and stored.status == "decided-yes"
    assert stored.created_at == gym.created_at
    assert len(svc.create_initiative(workspace, "x" * 200).title) == 200


# -- putting it to a session -------------------------------------------------------------------
def test_put_to_a_session_adds_a_guide_item_at_the_end(asked):
    ws, gym, focus, lunch, _ = asked
    guide = sorted(repository.find_by(ws, GuideItem, session_id=focus.id),
                   key=lambda g: g.position)
    assert [(g.position, g.text, g.planned_minutes) for g in guide] == [
        (1, "What works well?", 15), (2, "Initiative: Fitness room in building B", 15)]
    (only,) = repository.find_by(ws, GuideItem, session_id=lunch.id)
    assert (only.position, only.planned_minutes) == (1, 10)
    assert ws.db.execute("SELECT count(*) FROM initiative_sessions").fetchone()[0] == 2
    assert Capture(ws, focus.id).guide[-1].text == "Initiative: Fitness room in building B"
    with pytest.raises(InvalidInput, match="already been put"):
        svc.put_to_session(ws, gym.id, focus.id)
    with pytest.raises(InvalidInput, match="minutes"):
        svc.put_to_session(ws, svc.create_initiative(ws, "Other").id, focus.id, 0)
    choices = svc.candidate_sessions(ws, gym.id)
    assert {c.title: c.asked for c in choices} == {"Warehouse round 2": True,
                                                   "Lunch interview P-014": True}


# -- stances and hands -------------------------------------------------------------------------
def test_stances_need_the_initiative_put_to_the_notes_session(asked):
    ws, gym, focus, _, _ = asked
    other = repository.save(ws, Session("Not asked"))
    stray = note(ws, other, "a gym? no")
    with pytest.raises(InvalidInput, match="not been put"):
        svc.set_stance(ws, stray, gym, "against")
    n = note(ws, focus, "a gym would be nice")
    assert svc.set_stance(ws, n, gym, "for") is Stance.FOR
    assert svc.set_stance(ws, n, gym, Stance.AGAINST) is Stance.AGAINST  # changed, not added
    assert ws.db.execute("SELECT stance FROM note_stances").fetchall() == [("against",)]
    with pytest.raises(InvalidInput, match="stance"):
        svc.set_stance(ws, n, gym, "perhaps")
    assert svc.set_stance(ws, n, gym, None) is None
    assert svc.stance_of(ws, n, gym) is None
    assert ws.db.execute("SELECT count(*) FROM note_stances").fetchone()[0] == 0


def test_deleting_a_note_takes_its_stance_with_it(asked):
    ws, gym, focus, _, _ = asked
    cap = Capture(ws, focus.id)
    n, _ = cap.add("+ a gym would be great")
    svc.set_stance(ws, n, gym, "for")
    snapshot = cap.delete(n)
    assert ws.db.execute("SELECT count(*) FROM note_stances").fetchone()[0] == 0
    cap.restore(snapshot)  # undo: the note comes back with its stance
    assert svc.stance_of(ws, n, gym) == "for"


def test_hands_are_whole_numbers_and_can_be_cleared(asked):
    ws, gym, focus, _, _ = asked
    for bad in ((-1, 2, None), (1.5, 2, None), (3, None, None), (None, 2, 1), (True, 1, 0)):
        with pytest.raises(InvalidInput):
            svc.record_hands(ws, gym.id, focus.id, *bad)
    svc.record_hands(ws, gym.id, focus.id, 9, 3, None, clock=clock)
    assert ws.db.execute("SELECT for_count, against_count, neutral_count, counted_at "
                         "FROM initiative_sessions WHERE session_id = ?", [focus.id]).fetchone(
    ) == (9, 3, None, "2026-03-04T12:00:00Z")
    (row,) = svc.session_initiatives(ws, focus.id)
    assert row.hands == Tally(9, 3, 0) and row.initiative == gym
    svc.record_hands(ws, gym.id, focus.id, None, None, None)
    assert svc.session_initiatives(ws, focus.id)[0].hands is None
    other = repository.save(ws, Session("Not asked"))
    with pytest.raises(InvalidInput, match="not been put"):
        svc.record_hands(ws, gym.id, other.id, 1, 1)


# -- the evidence ------------------------------------------------------------------------------
def test_an_initiative_collects_for_and_against_notes_and_counts(asked):
    ws, gym, focus, lunch, mette = asked
    marks = [
        (focus, "Mette says a gym would help after night shifts", NoteKind.LIKE, "for"),
        (focus, "Training before the shift would wake me up", NoteKind.IDEA, "for"),
        (focus, "Rather fix the heating first", NoteKind.DISLIKE, "against"),
        (focus, "Who cleans it?", NoteKind.QUESTION, "neutral"),
        (lunch, "P-014 thinks 250,000 is better spent on wages", NoteKind.QUOTE, "against"),
        (lunch, "I would use it twice a week", NoteKind.QUOTE, "for"),
    ]
    for session, text, kind, stance in marks:
        svc.set_stance(ws, note(ws, session, text, kind, mette), gym, stance)
    note(ws, focus, "unmarked: the coffee is fine")
    svc.record_hands(ws, gym.id, focus.id, 18, 6, 2, clock=clock)

    ev = svc.evidence(ws, gym.id)
    assert ev.sessions_asked == 2 and ev.counted_sessions == 1
    assert ev.notes == Tally(3, 2, 1) and ev.hands == Tally(18, 6, 2)
    assert [(d.department, d.sessions, d.counted_sessions, d.notes, d.hands)
            for d in ev.departments] == [
        ("Canteen", 1, 0, Tally(1, 1, 0), Tally(0, 0, 0)),
        ("Warehouse", 1, 1, Tally(2, 1, 1), Tally(18, 6, 2))]
    assert [q.text for q in ev.quotes_for] == [
        "[name] says a gym would help after night shifts",
        "Training before the shift would wake me up", "I would use it twice a week"]
    against = ev.quotes_against
    assert [(q.text, q.kind, q.session_title, q.session_date, q.department) for q in against] == [
        ("Rather fix the heating first", NoteKind.DISLIKE, "Warehouse round 2",
         date(2026, 3, 4), "Warehouse"),
        ("[name] thinks 250,000 is better spent on wages", NoteKind.QUOTE,
         "Lunch interview [name]", date(2026, 3, 6), "Canteen")]
    assert [s.title for s in ev.sessions] == ["Lunch interview [name]", "Warehouse round 2"]
    assert ev.sessions[1].hands == Tally(18, 6, 2) and ev.sessions[0].hands is None
    assert ev.sessions[1].status is SessionStatus.PLANNED
    text = repr(ev)
    assert "P-014" not in text and "Mette" not in text and mette.id not in text

    (row,) = svc.list_initiatives(ws)
    assert (row.sessions_asked, row.counted_sessions, row.notes, row.hands) == (
        2, 1, Tally(3, 2, 1), Tally(18, 6, 2))


def test_an_initiative_not_yet_asked_has_empty_evidence(workspace):
    gym = svc.create_initiative(workspace, "Gym")
    ev = svc.evidence(workspace, gym)
    assert (ev.sessions, ev.notes, ev.hands, ev.departments, ev.quotes_for) == (
        (), Tally(), Tally(), (), ())
    with pytest.raises(InvalidInput, match="no longer exists"):
        svc.evidence(workspace, "nope")


def test_the_list_puts_open_questions_first(workspace):
    decided = svc.create_initiative(workspace, "Decided", status="decided-no")
    proposed = svc.create_initiative(workspace, "Proposed")
    assert [r.initiative.id for r in svc.list_initiatives(workspace)] == [proposed.id, decided.id]


def test_latest_note_and_session_stances_serve_the_stance_bar(asked):
    ws, gym, focus, _, _ = asked
    assert svc.latest_note(ws, focus.id) is None
    cap = Capture(ws, focus.id)
    first, _ = cap.add("first")
    last, _ = cap.add("second")
    assert svc.latest_note(ws, focus.id).id == last.id
    svc.set_stance(ws, first, gym, "against")
    assert svc.session_stances(ws, focus.id, gym.id) == {first.id: Stance.AGAINST}
    assert svc.session_initiatives(ws, focus.id)[0].notes == Tally(0, 1, 0)


def test_erasing_a_person_takes_the_stances_of_their_notes_with_them(asked):
    from focusgroup.services.erase import erase

    ws, gym, focus, _, mette = asked
    theirs = note(ws, focus, "I want the gym", participant=mette)
    other = note(ws, focus, "Mette Hansen would use it")
    svc.set_stance(ws, theirs, gym, "for")
    svc.set_stance(ws, other, gym, "for")
    erase(ws, "P-014")
    assert ws.db.execute("SELECT note_id FROM note_stances").fetchall() == [(other.id,)]
    (quote,) = svc.evidence(ws, gym).quotes_for
    assert quote.text == "[name] would use it"
