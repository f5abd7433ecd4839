"""A saved guide template is free text like any other: erasing a person blanks their name and
code inside its questions and its name, and the template still opens afterwards."""

from __future__ import annotations

from focusgroup.domain.model import Participant, Role
from focusgroup.services import sessions
from focusgroup.services.workspaces import open_ws
from focusgroup.storage import repository


def _templates(path):
    ws = open_ws(path, create=False)
    try:
        return [(t.name, t.items) for t in sessions.templates(ws) if not t.built_in]
    finally:
        ws.close()


def test_erasing_a_person_redacts_saved_templates_and_keeps_them_readable(tmp_path, cli):
    path = tmp_path / "guides.focusgroup"
    ws = open_ws(path)
    # a code that is also a number of minutes, a name that is also a word of the stored form
    repository.save(ws, Participant("12", Role.EMPLOYEE, name='Minna "Text" Quist'))
    sessions.save_template(ws, "Follow-up with Minna Quist", [
        ("Ask Quist (12) about the rota", 12), ("What did Minna mean by text?", 5)])
    sessions.save_template(ws, "Other", [("Lunch", 12)])
    ws.close()
    code, out, err = cli("erase", "-w", str(path), "--participant", "12", "--yes")
    assert code == 0, err
    assert _templates(path) == [
        ("Follow-up with [name] [name]", (("Ask [name] ([name]) about the rota", 12),
                                         ("What did [name] mean by [name]?", 5))),
        ("Other", (("Lunch", 12),)),
    ]
    assert b"Quist" not in path.read_bytes() and b"Minna" not in path.read_bytes()


def test_a_template_not_stored_as_json_is_still_redacted(tmp_path, cli):
    import sqlite3

    path = tmp_path / "odd.focusgroup"
    ws = open_ws(path)
    repository.save(ws, Participant("P-031", Role.EMPLOYEE, name="Birthe Skovgaard"))
    sessions.save_template(ws, "Plain", [("Opening", 5)])
    ws.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE guide_templates SET items = 'Ask Skovgaard, P-031'")
    conn.close()
    assert cli("erase", "-w", str(path), "--participant", "P-031", "--yes")[0] == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT items FROM guide_templates").fetchall() == [
        ("Ask [name], [name]",)]
    conn.close()
