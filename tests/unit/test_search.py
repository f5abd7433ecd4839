"""Search over notes: prefix, phrase, Danish letters, filters, hostile input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusgroup.domain.model import Department, Note, NoteKind, Session
from focusgroup.domain.search_query import fts_query
from focusgroup.services.search import SearchFilters, search, split_marks
from focusgroup.storage import repository
from focusgroup.storage.capture import add_note


@pytest.fixture
def notes(workspace):
    dept = repository.save(workspace, Department("Kundeservice"))
    session = repository.save(workspace, Session("Runde 2", date=date(2026, 10, 1),
                                                 department_id=dept.id))
    other = repository.save(workspace, Session("Warehouse", date=date(2026, 4, 1)))
    made = {
        "a": Note(session.id, "Vi savner anerkendelse fra ledelsen", NoteKind.DISLIKE),
        "b": Note(session.id, "Anerkendelse betyder mere end løn", NoteKind.QUOTE),
        "c": Note(other.id, "The new shift plan came two weeks ahead", NoteKind.LIKE),
        "d": Note(other.id, "Shift swaps are hard to arrange", NoteKind.DISLIKE),
    }
    for key, note in made.items():
        add_note(workspace, note, ("recognition",) if key in "ab" else ("shifts",))
    return workspace, made, dept


def test_prefix_phrase_and_danish(notes):
    ws, made, _ = notes
    assert {h.note_id for h in search(ws, "anerk")} == {made["a"].id, made["b"].id}
    assert [h.note_id for h in search(ws, '"shift plan"')] == [made["c"].id]
    assert [h.note_id for h in search(ws, "løn")] == [made["b"].id]
    assert search(ws, "shift anerk") == []  # every word must match


def test_filters(notes):
    ws, made, dept = notes
    assert [h.note_id for h in search(ws, "anerk", SearchFilters(kind=NoteKind.QUOTE))] == [
        made["b"].id]
    assert len(search(ws, "shift", SearchFilters(department_id=dept.id))) == 0
    assert len(search(ws, "shift", SearchFilters(theme="SHIFTS"))) == 2
    assert len(search(ws, "shift", SearchFilters(since=date(2026, 5, 1)))) == 0


def test_matches_are_marked(notes):
    ws, made, _ = notes
    (hit,) = search(ws, '"shift plan"')
    pieces = split_marks(hit.snippet)
    assert ("shift plan", True) in pieces or ("shift", True) in pieces


@pytest.mark.parametrize("text", ['"', "AND", "OR NOT", "*", "(", "NEAR(", "a:b", "-x", "^"])
def test_hostile_queries_do_not_fail(notes, text):
    ws, _, _ = notes
    search(ws, text)


@given(st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(text):
    query = fts_query(text)
    assert query is None or query.count('"') % 2 == 0
