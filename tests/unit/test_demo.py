"""The demo workspace: what a user opening it would look for (no Qt)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from focusgroup.domain import model
from focusgroup.domain.cadence import cadence_status
from focusgroup.domain.needs import CLASSIC_TEN, CLASSIC_TEN_NAME
from focusgroup.domain.ranking import normalise_ranking
from focusgroup.services.demo import build_demo
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import queries, repository

TODAY = date(2026, 3, 10)
KEYS = [d.key for d in CLASSIC_TEN]


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FOCUSGROUP_DATA_DIR", str(tmp_path))  # backups go here
    return tmp_path


@pytest.fixture
def demo(data_dir):
    ws = open_ws(data_dir / "demo.focusgroup")
    build_demo(ws, TODAY)
    yield ws
    ws.close()


def _rankings(ws) -> list[tuple[queries.SessionRow, model.Participant, model.Ranking, dict]]:
    """Rankings on the classic list with their session, participant and ``key -> rank``."""
    classic = next(n for n in repository.find(ws, model.NeedsList) if n.name == CLASSIC_TEN_NAME)
    keys = {i.id: i.key for i in repository.find(ws, model.NeedsItem) if i.list_id == classic.id}
    positions: dict[str, dict[str, int]] = {}
    for entry in repository.find(ws, model.RankingEntry):
        positions.setdefault(entry.ranking_id, {})[keys[entry.item_id]] = entry.rank
    sessions = {s.id: s for s in queries.session_rows(ws)}
    people = {p.id: p for p in repository.find(ws, model.Participant)}
    return [
        (sessions[r.session_id], people[r.participant_id], r, positions[r.id])
        for r in repository.find(ws, model.Ranking)
        if r.needs_list_id == classic.id
    ]


def _round(row: queries.SessionRow) -> int:
    return 1 if row.date < TODAY - timedelta(days=120) else 2


def test_counts_and_integrity(data_dir):
    ws = open_ws(data_dir / "demo.focusgroup")
    try:
        counts = build_demo(ws)  # today by default
        assert counts["departments"] == 4
        assert counts["notes"] == len(repository.find(ws, model.Note))
        assert 25 <= counts["participants"] <= 40
        assert counts["initiatives"] == 1 and 6 <= counts["actions"] <= 12
        assert queries.integrity_problems(ws) == []
    finally:
        ws.close()


def test_departments_include_partners_and_one_is_overdue(demo):
    departments = repository.find(demo, model.Department)
    kinds = Counter(d.kind for d in departments)
    assert len(departments) == 4
    assert kinds[model.DepartmentKind.SUPPLIER] == 1
    assert kinds[model.DepartmentKind.CONTRACTOR] == 1
    last = queries.last_session_dates(demo)
    overdue = {d.name for d in departments if cadence_status(d, last.get(d.id)).overdue(TODAY)}
    partners = {d.name for d in departments if d.kind in (model.DepartmentKind.SUPPLIER,
                                                          model.DepartmentKind.CONTRACTOR)}
    assert overdue and overdue <= partners  # the internal departments are up to date
    assert all(d.id in last for d in departments)  # everyone has been listened to at least once


def test_sessions_of_every_kind_and_one_planned(demo):
    rows = queries.session_rows(demo)
    kinds = Counter(r.kind for r in rows)
    assert kinds[model.SessionKind.FOCUS_GROUP] >= 6
    assert kinds[model.SessionKind.LUNCH_INTERVIEW] >= 3
    assert kinds[model.SessionKind.FIELD_VISIT] == 1
    planned = [r for r in rows if r.status is model.SessionStatus.PLANNED]
    assert len(planned) == 1
    assert planned[0].date > TODAY and planned[0].notes == 0
    held = [r for r in rows if r.status is not model.SessionStatus.PLANNED]
    assert all(r.status is model.SessionStatus.CLOSED and r.date < TODAY for r in held)
    assert all(r.participants == 1 for r in rows if r.kind is model.SessionKind.LUNCH_INTERVIEW)
    dates = sorted(r.date for r in held if r.kind is model.SessionKind.FOCUS_GROUP)
    assert (dates[-1] - dates[0]).days >= 150  # two rounds, about six months apart


def test_notes_in_english_and_danish_of_all_kinds(demo):
    notes = repository.find(demo, model.Note)
    assert 150 <= len(notes) <= 260
    assert any(ch in n.text for n in notes for ch in "æøå")
    kinds = {n.kind for n in notes}
    assert {"like", "dislike", "idea", "need", "quote", "question"} <= {k.value for k in kinds}
    assert sum(n.participant_id is not None for n in notes) > len(notes) / 2
    assert any(n.participant_id is None for n in notes)  # some said by the group
    rows = {r.id: r for r in queries.session_rows(demo)}
    assert all(n.created_at.date() == rows[n.session_id].date for n in notes)


def test_focus_group_notes_follow_the_guide_and_the_clock(demo):
    rows = {r.id: r for r in queries.session_rows(demo)}
    by_session: dict[str, list[model.Note]] = {}
    for note in repository.find(demo, model.Note):
        by_session.setdefault(note.session_id, []).append(note)
    focus_groups = [s for s in by_session if rows[s].kind is model.SessionKind.FOCUS_GROUP]
    assert len(focus_groups) >= 6
    for session_id in focus_groups:
        notes = sorted(by_session[session_id], key=lambda n: n.created_at)
        assert all(n.guide_item_id is not None for n in notes)
        offsets = [n.offset_seconds for n in notes]
        assert offsets == sorted(set(offsets))  # strictly increasing


def test_most_notes_are_tagged_with_themes(demo):
    themes = {t.name for t in repository.find(demo, model.Theme)}
    assert {"Recognition", "Communication", "Shift planning", "Pay"} <= themes
    notes = repository.find(demo, model.Note)
    # there is no read model for the links yet, so count them on the table itself
    tagged = {row["note_id"] for row in demo.db["note_themes"].rows}
    assert len(tagged) > 0.7 * len(notes)
    assert queries.search_note_ids(demo, "kunde*")  # the search index knows the notes too


def test_quotes_name_people_who_did_not_say_them(demo):
    people = repository.find(demo, model.Participant)
    named = {p.name.split()[0]: p.id for p in people if p.name}
    assert 2 <= len(named) < len(people) / 2  # real names are optional and rare
    mentions = [(n, first) for n in repository.find(demo, model.Note) for first in named
                if first in n.text]
    assert any(n.kind is model.NoteKind.QUOTE for n, _ in mentions)
    assert all(n.participant_id != named[first] for n, first in mentions)


def test_rankings_per_round_pass_the_anonymity_threshold(demo):
    rankings = _rankings(demo)
    focus_group = [r for r in rankings if r[0].kind is model.SessionKind.FOCUS_GROUP]
    for n in (1, 2):
        own = [r for r in focus_group if _round(r[0]) == n and r[2].perspective.value == "own"
               and r[1].role is model.Role.EMPLOYEE]
        predicted = [r for r in focus_group
                     if _round(r[0]) == n and r[2].perspective.value == "predicted"]
        assert len(own) >= 8 and len(predicted) >= 5
        assert all(r[1].role in (model.Role.SUPERVISOR, model.Role.MANAGER) for r in predicted)
    partial = [p for *_, p in rankings if len(p) < len(KEYS)]
    tied = [p for *_, p in rankings if len(set(p.values())) < len(p)]
    assert len(partial) >= 3 and 1 <= len(tied) <= 2
    lunches = [r for r in rankings if r[0].kind is model.SessionKind.LUNCH_INTERVIEW]
    assert lunches and all(len(p) == 3 for *_, p in lunches)


def test_the_perception_gap_shows(demo):
    def mean_rank(rows, key):
        ranks = [normalise_ranking(p, KEYS)[key] for *_, p in rows]
        return sum(ranks) / len(ranks)

    rankings = _rankings(demo)
    own = [r for r in rankings
           if r[2].perspective is model.Perspective.OWN and r[1].role is model.Role.EMPLOYEE]
    predicted = [r for r in rankings if r[2].perspective is model.Perspective.PREDICTED]
    assert mean_rank(own, "appreciation") < mean_rank(predicted, "appreciation") - 3
    assert mean_rank(own, "good_wages") > mean_rank(predicted, "good_wages") + 2
    # between the rounds the leaders' guess about appreciation moved closer
    first, second = ([r for r in predicted if _round(r[0]) == n] for n in (1, 2))
    assert mean_rank(second, "appreciation") < mean_rank(first, "appreciation")


def test_actions_close_the_loop(demo):
    actions = repository.find(demo, model.Action)
    done = [a for a in actions if a.status is model.ActionStatus.DONE]
    still_open = [a for a in actions if a.status in (model.ActionStatus.OPEN,
                                                     model.ActionStatus.IN_PROGRESS)]
    assert done and all(a.comment for a in done)
    assert any(a.due and a.due > TODAY for a in still_open)
    assert sum(1 for a in still_open if a.due and a.due < TODAY) == 1
    assert all(a.note_id or a.session_id for a in actions)
    initiative = repository.find(demo, model.Initiative)[0]
    assert initiative.estimated_cost == 250000.0


def test_the_demo_is_deterministic(data_dir):
    texts = []
    for name in ("a", "b"):
        ws = open_ws(data_dir / f"{name}.focusgroup")
        try:
            build_demo(ws, TODAY)
            codes = {p.id: p.code for p in repository.find(ws, model.Participant)}
            texts.append(sorted(
                (n.created_at, n.kind.value, n.text, codes.get(n.participant_id or ""))
                for n in repository.find(ws, model.Note)
            ))
        finally:
            ws.close()
    assert texts[0] == texts[1]
