"""Rounds and the trend between a department's last two rounds."""

from __future__ import annotations

from datetime import date, timedelta

from focusgroup.domain import model
from focusgroup.domain.model import Perspective, Role
from focusgroup.domain.rounds import Round, group_rounds
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.demo import build_demo
from focusgroup.services.needs_lists import items_of
from focusgroup.services.trends import department_trend
from focusgroup.storage import repository


def test_days_close_together_form_one_round():
    days = [date(2026, 3, 2), date(2026, 3, 20), date(2026, 4, 10), date(2026, 10, 1),
            date(2026, 10, 5)]
    assert group_rounds(days) == [Round(date(2026, 3, 2), date(2026, 4, 10)),
                                  Round(date(2026, 10, 1), date(2026, 10, 5))]
    assert group_rounds([]) == []


def test_trend_shows_what_rose_and_fell(workspace, rank):
    ws = workspace
    dept = repository.save(ws, model.Department("Warehouse"))
    needs_list = default_needs_list(ws)
    items = items_of(ws, needs_list)
    keys = [i.key for i in items]
    spring = repository.save(ws, model.Session("Spring", date=date(2026, 4, 1),
                                               department_id=dept.id))
    autumn = repository.save(ws, model.Session("Autumn", date=date(2026, 10, 1),
                                               department_id=dept.id))
    moved = [keys[2], keys[0], keys[1], *keys[3:]]  # item 3 rises to 1st
    for n in range(5):
        person = repository.save(ws, model.Participant(f"P-{n}", Role.EMPLOYEE,
                                                       department_id=dept.id))
        rank(ws, needs_list, items, person, Perspective.OWN, keys, spring)
        rank(ws, needs_list, items, person, Perspective.OWN, moved, autumn)
    result = department_trend(ws, needs_list, dept.id, threshold=5)
    assert result.previous.start == date(2026, 4, 1) and result.current.end == date(2026, 10, 1)
    by_key = {t.key: t for t in result.items}
    assert by_key[keys[2]].moved == 2 and by_key[keys[2]].current_rank == 1
    assert by_key[keys[0]].moved == -1
    assert not department_trend(ws, needs_list, dept.id, threshold=6).shown


def test_the_demo_has_a_trend_for_the_warehouse(workspace):
    today = date(2026, 11, 23)
    build_demo(workspace, today)
    warehouse = repository.find_by(workspace, model.Department, name="Warehouse")[0]
    result = department_trend(workspace, default_needs_list(workspace), warehouse.id, 5)
    assert result.shown
    assert (result.current.start - result.previous.end) > timedelta(days=60)
