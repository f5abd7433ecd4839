"""Fixtures for the unit tests: workspaces with rankings in them."""

from __future__ import annotations

from datetime import date

import pytest

from focusgroup.domain import model
from focusgroup.domain.model import Perspective, Role
from focusgroup.services.analysis import default_needs_list
from focusgroup.storage import repository

EMPLOYEE_ORDER = ["appreciation", "in_on_things", "personal_problems", "job_security",
                  "good_wages", "interesting_work", "promotion_growth", "loyalty",
                  "working_conditions", "tactful_discipline"]
SUPERVISOR_ORDER = ["good_wages", "job_security", "promotion_growth", "working_conditions",
                    "interesting_work", "loyalty", "tactful_discipline", "appreciation",
                    "personal_problems", "in_on_things"]


def add_ranking(ws, needs_list, items, participant, perspective, order, session):
    ranking = model.Ranking(needs_list.id, participant.id, perspective, session.id)
    by_key = {i.key: i for i in items}
    entries = [model.RankingEntry(ranking.id, by_key[k].id, pos)
               for pos, k in enumerate(order, start=1)]
    repository.save_all(ws, [ranking, *entries])


@pytest.fixture
def rank():
    """``rank(ws, needs_list, items, participant, perspective, order, session)``."""
    return add_ranking


@pytest.fixture
def ranked(workspace):
    """6 employees who put appreciation first; 5 managers who predict good wages first."""
    ws = workspace
    needs_list = default_needs_list(ws)
    items = sorted(repository.find_by(ws, model.NeedsItem, list_id=needs_list.id),
                   key=lambda i: i.position)
    session = repository.save(ws, model.Session("Round 1", date=date(2026, 10, 1),
                                                status=model.SessionStatus.CLOSED))
    employee_order, manager_order = EMPLOYEE_ORDER, SUPERVISOR_ORDER
    for n in range(6):
        person = repository.save(ws, model.Participant(f"P-{n:03}", Role.EMPLOYEE))
        add_ranking(ws, needs_list, items, person, Perspective.OWN, employee_order, session)
    for n in range(5):
        person = repository.save(ws, model.Participant(f"M-{n:03}", Role.MANAGER))
        add_ranking(ws, needs_list, items, person, Perspective.PREDICTED, manager_order, session)
        add_ranking(ws, needs_list, items, person, Perspective.OWN, employee_order[:3], session)
    return ws, needs_list
