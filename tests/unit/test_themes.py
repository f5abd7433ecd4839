"""Themes across sessions: the board for a scope, assign/move/remove, rename, merge, split —
each checked in the workspace file itself."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from focusgroup.domain.model import Department, Note, NoteKind, Session, Theme
from focusgroup.services import themes
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import repository
from focusgroup.storage.capture import add_note

WAGES_TEXT = "Wages have not kept up with prices."


def links(ws) -> set[tuple[str, str]]:
    """(note text, theme name) for every link, read straight from the file."""
    rows = ws.db.execute("SELECT n.text, t.name FROM note_themes nt JOIN notes n ON "
                         "n.id = nt.note_id JOIN themes t ON t.id = nt.theme_id").fetchall()
    return {(r[0], r[1]) for r in rows}


def theme_names_in_db(ws) -> list[str]:
    return sorted(r[0] for r in ws.db.execute("SELECT name FROM themes").fetchall())


@pytest.fixture
def ws(workspace):
    """Two departments, an old and a recent session, notes with and without themes."""
    wh = repository.save(workspace, Department("Warehouse"))
    cs = repository.save(workspace, Department("Customer Service"))
    today = date.today()
    old = repository.save(workspace, Session("Warehouse round 1", department_id=wh.id,
                                             date=today - timedelta(days=300)))
    new = repository.save(workspace, Session("Customer Service round 2", department_id=cs.id,
                                             date=today - timedelta(days=20)))
    notes = [
        (old, "We are never informed when the rota changes.", NoteKind.DISLIKE,
         ("Communication",)),
        (old, "The Monday stand-up works well.", NoteKind.LIKE, ("Communication",)),
        (new, "Information about the rota comes too late.", NoteKind.DISLIKE,
         ("Communication", "Shift planning")),
        (new, "Wages have not kept up with prices.", NoteKind.DISLIKE, ("Pay",)),
        (new, "The raise in May was welcome.", NoteKind.LIKE, ("Pay",)),
        (new, "Nobody tells us about the new rota", NoteKind.DISLIKE, ()),
        (old, "Hot lunch on Fridays is a highlight.", NoteKind.LIKE, ()),
    ]
    for session, text, kind, names in notes:
        add_note(workspace, Note(session.id, text, kind), names)
    workspace.test_ids = {"wh": wh.id, "cs": cs.id}
    return workspace


def note_id(ws, text: str) -> str:
    (found,) = repository.find_by(ws, Note, text=text)
    return found.id


def theme_id(ws, name: str) -> str:
    (found,) = repository.find_by(ws, Theme, name=name)
    return found.id


def whole_board(ws, scope=themes.Scope()):  # noqa: B008
    """The whole board as a reader scrolling every column to its end sees it."""
    heads = themes.heads(ws, scope)
    finder = themes.suggester(ws)

    def column(head):
        cards, more = themes.column_page(ws, scope, head.theme_id, limit=100_000,
                                         suggest=finder if head.theme is None else None)
        assert more is None
        return SimpleNamespace(name=head.name, theme_id=head.theme_id, cards=cards,
                               notes=head.notes, likes=head.likes, dislikes=head.dislikes)

    columns = [column(head) for head in heads.themes]
    return SimpleNamespace(unthemed=column(heads.unthemed), themes=columns, notes=heads.notes,
                           column=lambda theme_id: next(c for c in columns
                                                        if c.theme_id == theme_id))


def test_the_board_has_an_unthemed_column_and_one_per_theme_with_counts(ws):
    board = whole_board(ws)
    assert [c.name for c in board.themes] == ["Communication", "Pay", "Shift planning"]
    assert {c.text for c in board.unthemed.cards} == {
        "Nobody tells us about the new rota", "Hot lunch on Fridays is a highlight."}
    communication = board.themes[0]
    assert (len(communication.cards), communication.likes, communication.dislikes) == (3, 1, 2)
    assert (communication.notes, board.unthemed.notes, board.notes) == (3, 2, 7)
    pay = board.column(theme_id(ws, "Pay"))
    assert (pay.likes, pay.dislikes) == (1, 1)
    both = next(c for c in communication.cards if c.text.startswith("Information"))
    assert both.themes == ("Communication", "Shift planning")
    assert both.session_title == "Customer Service round 2"
    assert both.department == "Customer Service"


def test_the_unthemed_rota_note_is_suggested_communication_with_its_reasons(ws):
    board = whole_board(ws)
    rota = next(c for c in board.unthemed.cards if "rota" in c.text)
    assert rota.suggestion is not None
    assert rota.suggestion.theme == "Communication"
    assert "rota" in rota.suggestion.shared
    assert all(c.suggestion is None for c in board.themes[0].cards)


def test_the_scope_filters_by_department_and_period(ws):
    recent = whole_board(ws, themes.Scope(months=6))
    communication = recent.column(theme_id(ws, "Communication"))
    assert [c.text for c in communication.cards] == ["Information about the rota comes too late."]
    assert (communication.likes, communication.dislikes) == (0, 1)
    assert [c.text for c in recent.unthemed.cards] == ["Nobody tells us about the new rota"]
    warehouse = whole_board(ws, themes.Scope(department_id=ws.test_ids["wh"]))
    assert len(warehouse.column(theme_id(ws, "Communication")).cards) == 2
    assert warehouse.column(theme_id(ws, "Pay")).cards == []  # an empty column, still there
    assert themes.Scope(months=12, today=date(2026, 8, 31)).since == date(2025, 8, 31)
    assert themes.Scope().since is None


def test_assign_by_name_adds_a_theme_and_creates_a_new_one(ws):
    rota, lunch = note_id(ws, "Nobody tells us about the new rota"), note_id(
        ws, "Hot lunch on Fridays is a highlight.")
    theme = themes.assign(ws, [rota], "communication")  # any case finds the existing theme
    assert theme.name == "Communication"
    themes.assign(ws, [lunch, rota], "  #Canteen ")
    assert theme_names_in_db(ws) == ["Canteen", "Communication", "Pay", "Shift planning"]
    assert {("Nobody tells us about the new rota", "Communication"),
            ("Nobody tells us about the new rota", "Canteen"),
            ("Hot lunch on Fridays is a highlight.", "Canteen")} <= links(ws)
    assert whole_board(ws).unthemed.cards == []


def test_add_to_by_id_and_move_between_themes(ws):
    wages = note_id(ws, "Wages have not kept up with prices.")
    communication, pay = theme_id(ws, "Communication"), theme_id(ws, "Pay")
    themes.add_to(ws, [wages], communication)  # a plain drop adds
    assert {("Wages have not kept up with prices.", "Pay"),
            ("Wages have not kept up with prices.", "Communication")} <= links(ws)
    themes.add_to(ws, [wages], communication, move_from=pay)  # Shift+drop moves
    assert ("Wages have not kept up with prices.", "Pay") not in links(ws)
    themes.move(ws, [wages], communication, "Money")
    assert ("Wages have not kept up with prices.", "Money") in links(ws)
    assert ("Wages have not kept up with prices.", "Communication") not in links(ws)


def test_remove_takes_the_theme_off_and_keeps_the_theme(ws):
    stand_up = note_id(ws, "The Monday stand-up works well.")
    themes.remove(ws, [stand_up], theme_id(ws, "Communication"))
    assert ("The Monday stand-up works well.", "Communication") not in links(ws)
    assert "Communication" in theme_names_in_db(ws)
    assert "The Monday stand-up works well." in {
        c.text for c in whole_board(ws).unthemed.cards}


def test_rename_refuses_a_clash_but_allows_a_change_of_case(ws):
    pay = theme_id(ws, "Pay")
    with pytest.raises(InvalidInput, match="already a theme called Communication"):
        themes.rename(ws, pay, "COMMUNICATION")
    assert themes.rename(ws, pay, "Wages & pay").name == "Wages & pay"
    assert themes.rename(ws, pay, "wages & PAY").name == "wages & PAY"
    assert theme_names_in_db(ws) == ["Communication", "Shift planning", "wages & PAY"]
    assert ("Wages have not kept up with prices.", "wages & PAY") in links(ws)


def test_bad_names_are_refused(ws):
    rota = note_id(ws, "Nobody tells us about the new rota")
    for bad in ("", "   ", "#", "x" * 81):
        with pytest.raises(InvalidInput):
            themes.assign(ws, [rota], bad)
    with pytest.raises(InvalidInput):
        themes.rename(ws, theme_id(ws, "Pay"), "")
    with pytest.raises(InvalidInput, match="Select"):
        themes.assign(ws, [], "Pay")
    assert themes.clean_name("x" * 80) == "x" * 80
    assert theme_names_in_db(ws) == ["Communication", "Pay", "Shift planning"]


def test_merge_moves_every_link_and_deletes_the_source(ws):
    communication, shifts = theme_id(ws, "Communication"), theme_id(ws, "Shift planning")
    themes.merge(ws, shifts, communication)
    assert theme_names_in_db(ws) == ["Communication", "Pay"]
    rows = ws.db.execute("SELECT count(*) FROM note_themes WHERE theme_id = ?",
                         [communication]).fetchone()
    assert rows[0] == 3  # the note that had both is not linked twice
    assert not ws.db.execute("SELECT 1 FROM note_themes WHERE theme_id = ?", [shifts]).fetchall()
    with pytest.raises(InvalidInput):
        themes.merge(ws, communication, communication)
    with pytest.raises(InvalidInput, match="no longer exists"):
        themes.merge(ws, shifts, communication)


def test_split_moves_the_selected_notes_into_a_new_theme(ws):
    communication = theme_id(ws, "Communication")
    rota_notes = [note_id(ws, "We are never informed when the rota changes."),
                  note_id(ws, "Information about the rota comes too late.")]
    new = themes.split(ws, communication, rota_notes, "Rota information")
    assert new.name == "Rota information"
    assert {t for n, t in links(ws) if "rota" in n} == {"Rota information", "Shift planning"}
    assert ("The Monday stand-up works well.", "Communication") in links(ws)
    with pytest.raises(InvalidInput, match="already a theme"):
        themes.split(ws, communication, [note_id(ws, "The Monday stand-up works well.")], "pay")


def test_a_note_deleted_meanwhile_is_refused_and_nothing_is_stored(ws):
    with pytest.raises(InvalidInput, match="no longer exists"):
        themes.assign(ws, [note_id(ws, WAGES_TEXT), "no-such-note"], "Brand new")
    assert theme_names_in_db(ws) == ["Communication", "Pay", "Shift planning"]
    with pytest.raises(InvalidInput, match="no longer exists"):
        themes.add_to(ws, [note_id(ws, WAGES_TEXT)], "no-such-theme")


def test_create_and_delete_only_an_empty_theme(ws):
    parking = themes.create(ws, "Parking")
    with pytest.raises(InvalidInput):
        themes.create(ws, "parking")
    with pytest.raises(InvalidInput, match="without notes"):
        themes.delete_empty(ws, theme_id(ws, "Pay"))
    themes.delete_empty(ws, parking.id)
    assert theme_names_in_db(ws) == ["Communication", "Pay", "Shift planning"]


def test_suggestions_for_given_notes(ws):
    (rota,) = repository.find_by(ws, Note, text="Nobody tells us about the new rota")
    found = themes.suggestions(ws, [rota])
    assert found[rota.id].theme == "Communication"


def test_the_demo_workspace_board(tmp_path):
    from focusgroup.services.demo_file import write_demo_file
    from focusgroup.services.workspaces import open_ws

    write_demo_file(tmp_path / "demo.focusgroup")
    demo = open_ws(tmp_path / "demo.focusgroup", create=False)
    try:
        board = whole_board(demo)
        assert len(board.themes) == 10
        assert board.unthemed.cards and any(c.suggestion for c in board.unthemed.cards)
        counted = demo.db.execute(
            "SELECT t.name, sum(n.kind = 'like'), sum(n.kind = 'dislike') FROM note_themes nt "
            "JOIN themes t ON t.id = nt.theme_id JOIN notes n ON n.id = nt.note_id "
            "GROUP BY t.name").fetchall()
        assert {r[0]: (r[1], r[2]) for r in counted} == {
            c.name: (c.likes, c.dislikes) for c in board.themes}
    finally:
        demo.close(backup=False)


def _counted_afresh(ws, scope=themes.Scope()):  # noqa: B008
    """The board's counts read from the notes themselves, not from the kept counts."""
    where = ("(:d IS NULL OR s.department_id = :d) AND (:since IS NULL OR "
             "COALESCE(s.date, substr(n.created_at, 1, 10)) >= :since)")
    args = {"d": scope.department_id, "since": scope.since.isoformat() if scope.since else None}
    per_theme = {r[0]: (r[1], r[2], r[3]) for r in ws.conn.execute(
        "SELECT nt.theme_id, count(*), sum(n.kind = 'like'), sum(n.kind = 'dislike') "
        "FROM note_themes nt JOIN notes n ON n.id = nt.note_id JOIN sessions s ON "
        f"s.id = n.session_id WHERE {where} GROUP BY nt.theme_id", args)}
    loose = ws.conn.execute(
        "SELECT count(*), coalesce(sum(n.kind = 'like'), 0), coalesce(sum(n.kind = 'dislike'), "
        "0) FROM notes n JOIN sessions s ON s.id = n.session_id WHERE NOT EXISTS (SELECT 1 FROM "
        f"note_themes nt WHERE nt.note_id = n.id) AND {where}", args).fetchone()
    every = ws.conn.execute(f"SELECT count(*) FROM notes n JOIN sessions s ON s.id = "
                            f"n.session_id WHERE {where}", args).fetchone()[0]
    return per_theme, tuple(loose), every


def _counted_kept(ws, scope=themes.Scope()):  # noqa: B008
    heads = themes.heads(ws, scope)
    return ({h.theme_id: (h.notes, h.likes, h.dislikes) for h in heads.themes if h.notes},
            (heads.unthemed.notes, heads.unthemed.likes, heads.unthemed.dislikes), heads.notes)


def test_the_kept_board_counts_follow_every_change_of_notes_and_themes(ws):
    from focusgroup.services.capture import Capture

    scopes = [themes.Scope(), themes.Scope(months=6),
              themes.Scope(department_id=ws.test_ids["wh"])]

    def agree():
        for scope in scopes:
            assert _counted_kept(ws, scope) == _counted_afresh(ws, scope)

    agree()
    rota = note_id(ws, "Nobody tells us about the new rota")
    lunch = note_id(ws, "Hot lunch on Fridays is a highlight.")
    communication, pay = theme_id(ws, "Communication"), theme_id(ws, "Pay")
    themes.add_to(ws, [rota, lunch], communication)
    agree()
    themes.add_to(ws, [rota], pay, move_from=communication)
    agree()
    touched = themes.before_change(ws, [rota, lunch], [pay])
    themes.remove(ws, [rota, lunch], pay)
    agree()
    change = themes.after_change(ws, touched)
    change.undo(ws)
    agree()
    themes.merge(ws, pay, communication)
    agree()
    (session_id,) = ws.conn.execute(
        "SELECT session_id FROM notes WHERE id = ?", [lunch]).fetchone()
    capture = Capture(ws, session_id)
    stored = repository.get(ws, Note, lunch)
    capture.set_kind(stored, NoteKind.DISLIKE)
    agree()
    capture.add("A brand new note about parking")
    agree()
    capture.delete(repository.get(ws, Note, lunch))  # it had a theme
    capture.delete(repository.get(ws, Note, note_id(ws, "A brand new note about parking")))
    agree()
