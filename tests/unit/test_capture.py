"""The capture service: one commit per note, guide item and offset, draft, undoable delete."""

from __future__ import annotations

from datetime import timedelta

import pytest

from focusgroup.domain.model import (
    Action,
    GuideItem,
    Note,
    NoteKind,
    Participant,
    Role,
    Session,
    SessionStatus,
)
from focusgroup.services.capture import Capture, UnknownParticipant
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import repository


@pytest.fixture
def capture(workspace, clock):
    session = repository.save(workspace, Session("Warehouse round 2"))
    repository.save_all(workspace, [
        GuideItem(session.id, "What works well for you?", 1, 15),
        GuideItem(session.id, "What gets in your way?", 2, 20),
    ])
    repository.save(workspace, Participant("P-003", Role.EMPLOYEE))
    cap = Capture(workspace, session.id, clock)
    cap.start()
    return cap, clock


def test_a_note_records_kind_participant_themes_guide_item_and_offset(capture):
    cap, clock = capture
    clock.advance(minutes=3)
    note, themes = cap.add("- @P-003 the rota comes too late #shift-planning")
    stored = repository.get(cap.ws, Note, note.id)
    assert stored.kind is NoteKind.DISLIKE and stored.text == "the rota comes too late"
    assert repository.get(cap.ws, Participant, stored.participant_id).code == "P-003"
    assert stored.guide_item_id == cap.guide[0].id and stored.offset_seconds == 180
    assert themes == ["shift-planning"] and cap.notes()[0][1] == ["shift-planning"]
    clock.advance(minutes=2)
    cap.next_item()
    note2, _ = cap.add("+ the new gloves #Shift-Planning")
    assert repository.get(cap.ws, Note, note2.id).guide_item_id == cap.guide[1].id
    assert cap.theme_names() == ["shift-planning"]  # matched, not duplicated


def test_unknown_participant_stores_nothing_until_created(capture):
    cap, _ = capture
    with pytest.raises(UnknownParticipant) as raised:
        cap.add("@P-099 says hello")
    assert raised.value.code == "P-099" and cap.notes() == []
    cap.create_participant("P-099", Role.SUPERVISOR)
    assert cap.add("@P-099 says hello")[0].participant_id is not None


def test_codes_are_matched_whatever_the_letter_case(capture):
    """As in the lunch log and erasure: "@p-003" typed in a hurry is P-003, and "p-003" cannot
    be created beside it."""
    cap, _ = capture
    exact = cap.add("@P-003 first")[0].participant_id
    assert cap.add("@p-003 second")[0].participant_id == exact
    with pytest.raises(InvalidInput, match="P-003 already exists"):
        cap.create_participant("p-003")
    danish = cap.create_participant("ÆBLE-1").id
    assert cap.add("@æble-1 also letters beyond ASCII")[0].participant_id == danish


def test_draft_is_kept_and_cleared_by_the_note(capture):
    cap, _ = capture
    cap.save_draft("+ half a thou")
    assert Capture(cap.ws, cap.session.id).draft() == "+ half a thou"
    cap.add("+ half a thought, finished")
    assert cap.draft() is None


def test_delete_and_restore_keep_themes_and_action_links(capture):
    cap, _ = capture
    note, _ = cap.add("! a thank-you board #recognition")
    action = repository.save(cap.ws, Action("Put up a board", note_id=note.id))
    snapshot = cap.delete(note)
    assert cap.notes() == [] and repository.get(cap.ws, Action, action.id).note_id is None
    cap.restore(snapshot)
    assert cap.notes()[0][1] == ["recognition"]
    assert repository.get(cap.ws, Action, action.id).note_id == note.id


def test_edit_kind_and_bad_edits(capture):
    cap, _ = capture
    note, _ = cap.add("canteen is busy")
    note = cap.set_kind(cap.edit_text(note, "canteen is too busy at 12"), NoteKind.DISLIKE)
    stored = repository.get(cap.ws, Note, note.id)
    assert (stored.text, stored.kind) == ("canteen is too busy at 12", NoteKind.DISLIKE)
    with pytest.raises(InvalidInput):
        cap.edit_text(note, "   ")
    with pytest.raises(InvalidInput, match="20,000"):
        cap.add("x" * 20_001)


def test_timers_and_close_summary(capture):
    cap, clock = capture
    clock.advance(minutes=16)
    assert cap.item_elapsed() == timedelta(minutes=16) and cap.planned == timedelta(minutes=35)
    cap.add("+ @P-003 good")
    cap.add("- bad")
    clock.advance(minutes=30)
    summary = cap.close()
    assert cap.session.status is SessionStatus.CLOSED
    assert summary.notes_by_kind == {NoteKind.LIKE: 1, NoteKind.DISLIKE: 1}
    assert summary.participants == 1 and summary.duration == timedelta(minutes=46)


def test_reopening_resumes_at_the_last_guide_item(capture):
    cap, _ = capture
    cap.next_item()
    cap.add("on item two")
    assert Capture(cap.ws, cap.session.id).current == 1


def test_any_unicode_is_stored_exactly(capture):
    cap, _ = capture
    text = "Vi får ros 👍 — שלום — مرحبا — <b>&amp;</b> =SUM(A1)"
    note, _ = cap.add(text + "\x00")
    assert repository.get(cap.ws, Note, note.id).text == text
