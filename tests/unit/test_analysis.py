"""Rankings and the perception gap read from a workspace, with the anonymity threshold."""

from __future__ import annotations

from datetime import date

from focusgroup.domain import model
from focusgroup.domain.model import Perspective
from focusgroup.services.analysis import Scope, analyse, latest_gap
from focusgroup.storage import repository


def test_gap_in_words_from_the_workspace(ranked):
    ws, needs_list = ranked
    result = analyse(ws, needs_list, Scope(), threshold=5)
    assert (result.employees.people, result.predicted.people, result.managers_own.people) == (
        6, 5, 5)
    headline = result.headline("en")
    assert "Managers underestimate feeling \"in\" on things by 8 places." in headline
    assert "Managers underestimate appreciation of work done by 7 places." in headline
    assert headline[-1].startswith("Managers' picture matches employees' poorly")
    assert "Lederne undervurderer anerkendelse af udført arbejde med 7 pladser." in (
        result.headline("da"))


def test_groups_below_the_threshold_are_not_computed(ranked):
    ws, needs_list = ranked
    result = analyse(ws, needs_list, Scope(), threshold=6)
    assert result.employees.shown and result.employees.missing == 0
    assert not result.predicted.shown and result.predicted.missing == 1
    assert result.predicted.ranking is None and result.gap is None
    assert result.headline() == []


def test_scope_by_date_and_latest_gap(ranked):
    ws, needs_list = ranked
    assert analyse(ws, needs_list, Scope(since=date(2026, 10, 2)), 5).employees.people == 0
    assert latest_gap(ws, 5, today=date(2026, 11, 23)).gap is not None
    assert latest_gap(ws, 5, today=date(2027, 6, 1)).gap is None


def test_only_a_persons_latest_ranking_counts(ranked, rank):
    ws, needs_list = ranked
    items = sorted(repository.find_by(ws, model.NeedsItem, list_id=needs_list.id),
                   key=lambda i: i.position)
    later = repository.save(ws, model.Session("Round 2", date=date(2026, 11, 1)))
    person = repository.find_by(ws, model.Participant, code="P-000")[0]
    rank(ws, needs_list, items, person, Perspective.OWN, ["tactful_discipline"], later)
    result = analyse(ws, needs_list, Scope(), threshold=5)
    assert result.employees.people == 6
    stats = result.employees.ranking.by_key()
    assert stats["tactful_discipline"].top3 == 1


def test_analysing_already_read_rankings_matches_reading_them_per_scope(tmp_path):
    """A report reads every ranking once and filters in Python (Scope.holds); each scope must
    give exactly what the SQL filter gives."""
    from focusgroup.services.analysis import default_needs_list
    from focusgroup.services.demo_file import write_demo_file
    from focusgroup.services.trends import department_trend
    from focusgroup.services.workspaces import open_ws
    from focusgroup.storage import queries

    write_demo_file(tmp_path / "demo.focusgroup")
    ws = open_ws(tmp_path / "demo.focusgroup", create=False)
    needs_list = default_needs_list(ws)
    everyone = queries.ranking_records(ws, needs_list.id)
    departments = [d.id for d in repository.find(ws, model.Department)]
    sessions = [s.id for s in repository.find(ws, model.Session)]
    days = sorted({r.day for r in everyone if r.day})
    scopes = [Scope(), Scope(since=days[len(days) // 2]), Scope(until=days[len(days) // 3]),
              Scope(since=days[1], until=days[-2])]
    scopes += [Scope(department_id=d) for d in departments]
    scopes += [Scope(session_id=s) for s in sessions]
    compared = 0
    for scope in scopes:
        for threshold in (3, 5):
            read = analyse(ws, needs_list, scope, threshold)
            reused = analyse(ws, needs_list, scope, threshold, everyone)
            assert reused == read, scope
            compared += read.employees.people
    assert compared > 0  # the scopes held rankings, so the comparison meant something
    for department in departments:
        assert department_trend(ws, needs_list, department, 3, everyone) == department_trend(
            ws, needs_list, department, 3)
    ws.close()


def test_ranking_records_hold_every_stored_entry_and_skip_an_empty_ranking(ranked):
    from focusgroup.storage import queries

    ws, needs_list = ranked
    items = {i.id: i.key for i in repository.find_by(ws, model.NeedsItem,
                                                      list_id=needs_list.id)}
    stored: dict[str, dict[str, int]] = {}
    for entry in repository.find(ws, model.RankingEntry):
        stored.setdefault(entry.ranking_id, {})[items[entry.item_id]] = entry.rank
    person = repository.find_by(ws, model.Participant, code="P-000")[0]
    empty = repository.save(ws, model.Ranking(needs_list.id, person.id, Perspective.OWN))
    records = queries.ranking_records(ws, needs_list.id)
    assert {r.ranking_id: r.entries for r in records} == stored
    assert empty.id not in stored and len(records) == 16
    assert sorted(len(r.entries) for r in records)[:5] == [3] * 5  # the partial rankings
    assert {r.role for r in records} == {model.Role.EMPLOYEE, model.Role.MANAGER}
    assert {r.perspective for r in records} == {Perspective.OWN, Perspective.PREDICTED}


def test_ranking_records_survive_item_ids_with_separators_and_a_damaged_rank(ranked):
    """Ids copied from another file by a merge may hold anything; a damaged rank reaches the
    analysis as stored (which rejects it with its own message)."""
    import pytest

    from focusgroup.storage import queries

    ws, needs_list = ranked
    before = {r.ranking_id: r.entries for r in queries.ranking_records(ws, needs_list.id)}
    items = repository.find_by(ws, model.NeedsItem, list_id=needs_list.id)
    ws.conn.execute("PRAGMA foreign_keys = OFF")
    odd_ids = [["item one", "item,two"], ["unit\x1fsep", "record\x1esep"]]
    for batch, renamed in zip(odd_ids, (items[:2], items[2:4]), strict=True):
        for item, odd in zip(renamed, batch, strict=True):
            ws.conn.execute("UPDATE needs_items SET id = ? WHERE id = ?", [odd, item.id])
            ws.conn.execute("UPDATE ranking_entries SET item_id = ? WHERE item_id = ?",
                            [odd, item.id])
        after = {r.ranking_id: r.entries for r in queries.ranking_records(ws, needs_list.id)}
        assert after == before, batch
    ranking_id = next(iter(before))
    ws.conn.execute("UPDATE ranking_entries SET rank = 2.5 WHERE ranking_id = ? "
                    "AND rank = 1", [ranking_id])
    damaged = {r.ranking_id: r.entries for r in queries.ranking_records(ws, needs_list.id)}
    assert 2.5 in damaged[ranking_id].values()
    with pytest.raises(TypeError, match="must be an int"):
        analyse(ws, needs_list, Scope(), threshold=5)
