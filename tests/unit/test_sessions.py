"""Planning sessions: guide templates (built-in and saved), validation, participants, schema v3."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlite_utils import Database

from focusgroup.domain import guides
from focusgroup.domain.model import (
    Department,
    GuideItem,
    Note,
    Participant,
    Role,
    Session,
    SessionKind,
    SessionStatus,
)
from focusgroup.services import sessions as service
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import queries, repository
from focusgroup.storage.migrations import migrate
from focusgroup.storage.schema import CURRENT_VERSION, STEPS
from focusgroup.storage.workspace import open_workspace


# -- the shipped guides ------------------------------------------------------------------------
def test_every_guide_exists_in_english_and_danish_with_the_same_shape():
    for key in ("classic", "internal_customer", "short"):
        en = next(t for t in guides.BUILT_IN if t.id == f"builtin:{key}:en")
        da = next(t for t in guides.BUILT_IN if t.id == f"builtin:{key}:da")
        assert [m for _, m in en.items] == [m for _, m in da.items]
        assert guides.guide_problems(en.items) == [] == guides.guide_problems(da.items)
        assert en.name != da.name


def test_the_classic_route_is_twelve_questions_for_two_hours():
    classic = guides.built_in("en")[0]
    assert len(classic.items) == 12 and classic.total_minutes == 120
    internal = next(t for t in guides.built_in("da") if "internal_customer" in t.id)
    assert 60 <= internal.total_minutes <= 90
    texts = " ".join(text for text, _ in internal.items)
    assert "holde op med" in texts and "Behovsrangering" in texts
    short = next(t for t in guides.built_in("en") if "short" in t.id)
    assert short.total_minutes <= 30


def test_guide_problems_name_the_item():
    assert guides.guide_problems([("Hello", 5), ("  ", 5), ("Bye", 0)]) == [
        "Guide item 2 has no text.",
        "Guide item 3: planned minutes must be between 1 and 240."]
    assert guides.guide_problems([("q", 1)] * 61)[0].startswith("A guide can have at most 60")


# -- planning ----------------------------------------------------------------------------------
def test_plan_a_session_with_guide_and_participants(workspace):
    ws = workspace
    dept = repository.save(ws, Department("HR"))
    person = service.add_participant(ws, "P-001", Role.EMPLOYEE, dept.id, name="Åse Ødegård")
    template = guides.built_in("da")[1]
    session = service.plan_session(
        ws, title="  Ydelser   fra HR ", kind="focus_group", department_id=dept.id,
        date=date(2026, 11, 23), facilitator="Mette", about="HR benefits desk",
        guide=list(template.items), participant_ids=[person.id, person.id])
    stored = repository.get(ws, Session, session.id)
    assert stored.title == "Ydelser fra HR" and stored.status is SessionStatus.PLANNED
    assert (stored.kind, stored.date, stored.about) == (
        SessionKind.FOCUS_GROUP, date(2026, 11, 23), "HR benefits desk")
    items = service.guide_of(ws, session.id)
    assert [(g.text, g.planned_minutes, g.position) for g in items] == [
        (text, minutes, n) for n, (text, minutes) in enumerate(template.items, start=1)]
    assert queries.session_participant_ids(ws, session.id) == [person.id]
    assert repository.get(ws, Participant, person.id).name == "Åse Ødegård"


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": "   "}, "needs a title"),
    ({"title": "x" * 201}, "at most 200"),
    ({"kind": "picnic"}, "Unknown session kind"),
    ({"guide": [("Warm-up", 0)]}, "between 1 and 240"),
    ({"guide": [("Warm-up", 241)]}, "between 1 and 240"),
    ({"guide": [("", 10)]}, "has no text"),
    ({"guide": [("q", 2)] * 61}, "at most 60 items"),
    ({"department_id": "nope"}, "department no longer exists"),
    ({"participant_ids": ["ghost"]}, "participant no longer exists"),
])
def test_bad_plans_store_nothing(workspace, changes, message):
    args = {"title": "Round 1", "kind": SessionKind.FOCUS_GROUP, "department_id": None,
            "date": None, "facilitator": "", "about": "", "guide": [("Warm-up", 5)]}
    args.update(changes)
    with pytest.raises(InvalidInput, match=message):
        service.plan_session(workspace, **args)
    assert repository.find(workspace, Session) == []
    assert repository.find(workspace, GuideItem) == []


def test_sixty_items_of_four_hours_are_allowed(workspace):
    session = service.plan_session(workspace, title="Long day", kind="field_visit",
                                   department_id=None, date=None, facilitator="", about="",
                                   guide=[(f"Stop {n}", 240) for n in range(60)])
    assert len(service.guide_of(workspace, session.id)) == 60


# -- templates ---------------------------------------------------------------------------------
def test_save_a_sessions_guide_as_a_template_and_find_it(workspace):
    ws = workspace
    session = service.plan_session(ws, title="Lager", department_id=None, date=None,
                                   facilitator="", about="",
                                   guide=[("Hvad virker?", 10), ("Hvad driller? 🙂", 15)])
    saved = service.save_guide_as_template(ws, session.id, "Lagerets guide", lang="da")
    assert saved.items == (("Hvad virker?", 10), ("Hvad driller? 🙂", 15))
    danish = service.templates(ws, "da")
    assert [t.name for t in danish][-1] == "Lagerets guide"
    assert all(t.lang == "da" for t in danish)
    assert "Lagerets guide" not in [t.name for t in service.templates(ws, "en")]
    assert len(service.templates(ws)) == len(guides.BUILT_IN) + 1
    with pytest.raises(InvalidInput, match="already a template"):
        service.save_guide_as_template(ws, session.id, "LAGERETS GUIDE", lang="da")
    again = service.save_template(ws, "lagerets guide", [("Kun ét spørgsmål", 5)], lang="da",
                                  replace=True)
    assert again.id == saved.id
    stored = [t for t in service.templates(ws) if not t.built_in]
    assert [(t.name, t.items) for t in stored] == [("lagerets guide", (("Kun ét spørgsmål", 5),))]
    service.delete_template(ws, stored[0])
    assert [t for t in service.templates(ws) if not t.built_in] == []


def test_a_template_without_language_shows_in_every_language(workspace):
    service.save_template(workspace, "Ours", [("Anything?", 5)])
    assert "Ours" in [t.name for t in service.templates(workspace, "en")]
    assert "Ours" in [t.name for t in service.templates(workspace, "da")]


@pytest.mark.parametrize(("name", "guide", "message"), [
    ("", [("q", 5)], "needs a name"),
    ("Classic focus group (2 hours)", [("q", 5)], "built-in"),
    ("Empty", [], "guide is empty"),
    ("Bad", [("q", 500)], "between 1 and 240"),
])
def test_bad_templates_are_refused(workspace, name, guide, message):
    with pytest.raises(InvalidInput, match=message):
        service.save_template(workspace, name, guide)
    with pytest.raises(InvalidInput, match="cannot be deleted"):
        service.delete_template(workspace, guides.BUILT_IN[0])


# -- participants ------------------------------------------------------------------------------
def test_participant_codes_are_unique_and_suggested(workspace):
    ws = workspace
    assert service.suggest_code(ws) == "P-001"
    service.add_participant(ws, "P-001", "employee", None)
    service.add_participant(ws, "P-006", Role.SUPERVISOR, None)
    assert service.suggest_code(ws) == "P-007"
    with pytest.raises(InvalidInput, match="P-001 already exists; the next free code is P-007"):
        service.add_participant(ws, "p-001", Role.EMPLOYEE, None)
    for code in ("", "P 1", "x" * 33):
        with pytest.raises(InvalidInput):
            service.add_participant(ws, code, Role.EMPLOYEE, None)
    with pytest.raises(InvalidInput, match="Unknown role"):
        service.add_participant(ws, "P-100", "boss", None)
    assert [p.code for p in service.list_participants(ws)] == ["P-001", "P-006"]


def test_participants_are_reused_across_sessions(workspace):
    ws = workspace
    person = service.add_participant(ws, "P-001", Role.EMPLOYEE, None)
    first = service.plan_session(ws, title="Round 1", participant_ids=[person.id])
    second = service.plan_session(ws, title="Round 2")
    service.add_to_session(ws, second.id, [person.id])
    service.add_to_session(ws, second.id, [person.id])  # twice is harmless
    assert queries.session_participant_ids(ws, first.id) == [person.id]
    assert queries.session_participant_ids(ws, second.id) == [person.id]
    with pytest.raises(InvalidInput):
        service.add_to_session(ws, "nope", [person.id])


# -- schema step 3 -----------------------------------------------------------------------------
def test_a_version_2_workspace_upgrades_to_3_and_keeps_its_notes(tmp_path):
    path = tmp_path / "v2.focusgroup"
    db = Database(sqlite3.connect(path, isolation_level=None))
    migrate(db, steps=STEPS[:2])
    db.execute("INSERT INTO sessions (id, kind, status, title, created_at) "
               "VALUES ('s1', 'focus_group', 'closed', 'Runde 1', '2026-01-01T00:00:00Z')")
    db.execute("INSERT INTO notes (id, session_id, kind, text, created_at, updated_at) VALUES "
               "('n1', 's1', 'like', 'Kaffen i kantinen er god', '2026-01-01T00:00:00Z', "
               "'2026-01-01T00:00:00Z')")
    db.execute("INSERT INTO drafts (session_id, text, updated_at) "
               "VALUES ('s1', 'halvt skrev', '2026-01-01T00:00:00Z')")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.conn.close()

    with open_workspace(path, backup_dir=tmp_path / "backups") as ws:
        assert ws.version == CURRENT_VERSION >= 3
        assert queries.search_note_ids(ws, "kantinen") == ["n1"]
        assert "guide_templates" in ws.db.table_names()
        assert queries.integrity_problems(ws) == []
        service.save_template(ws, "Efter opgradering", [("Virker det?", 5)], lang="da")
        assert [t.name for t in service.templates(ws, "da") if not t.built_in] == [
            "Efter opgradering"]
    with open_workspace(path) as ws:
        assert [n.text for n in repository.find(ws, Note)] == ["Kaffen i kantinen er god"]
        assert ws.db.execute("SELECT text FROM drafts").fetchone()[0] == "halvt skrev"
