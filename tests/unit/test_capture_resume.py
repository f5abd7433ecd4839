"""A session is dated the day it is held, and a reopened one carries on where it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from focusgroup.domain.model import Department, GuideItem, Session, SessionStatus
from focusgroup.services.capture import Capture
from focusgroup.services.overview import cadence_overview
from focusgroup.storage import repository


def _planned(ws, day):
    dept = repository.save(ws, Department("CleanTeam ApS", cadence_months=6))
    repository.save(ws, Session("Round 1", status=SessionStatus.CLOSED, department_id=dept.id,
                                date=date(2025, 11, 1)))
    session = repository.save(ws, Session("Round 2", department_id=dept.id, date=day))
    repository.save_all(ws, [GuideItem(session.id, "Q1", 1, 10),
                             GuideItem(session.id, "Q2", 2, 10)])
    return dept, session


def test_running_a_planned_session_early_dates_it_today(workspace, clock):
    today = clock.now.date()
    dept, session = _planned(workspace, today + timedelta(days=20))
    capture = Capture(workspace, session.id, clock)
    capture.start()
    stored = repository.get(workspace, Session, session.id)
    assert stored.date == today and capture.redated_from == today + timedelta(days=20)
    (status,) = cadence_overview(workspace, today)
    assert status.last_listened == today and not status.overdue(today)


def test_a_held_date_in_the_future_is_not_last_listened(workspace, clock):
    """Sessions run early before this was fixed kept their planned date."""
    today = clock.now.date()
    dept, session = _planned(workspace, today + timedelta(days=20))
    repository.save(workspace, replace(session, status=SessionStatus.RUNNING))
    (status,) = cadence_overview(workspace, today)
    assert status.last_listened == date(2025, 11, 1) and status.overdue(today)


def test_the_guide_question_and_its_clock_survive_reopening(workspace, clock):
    _, session = _planned(workspace, None)
    capture = Capture(workspace, session.id, clock)
    capture.start()
    clock.advance(minutes=3)
    capture.next_item()
    clock.advance(minutes=7)
    again = Capture(workspace, session.id, clock)  # after Back, or a crash
    assert again.current_item.text == "Q2"
    assert again.item_elapsed() == timedelta(minutes=7)
