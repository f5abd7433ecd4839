"""Themes across sessions (affinity mapping): notes with their themes for a scope, like/dislike
counts per theme, and the changes of the board — each change one transaction."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from focusgroup.domain import model
from focusgroup.messages import Message
from focusgroup.storage import repository
from focusgroup.storage.errors import WorkspaceError
from focusgroup.storage.records import from_row, to_row
from focusgroup.storage.workspace import Workspace


class ThemeNameTaken(WorkspaceError):
    """Another theme already has that name (case and Danish letters folded)."""


class ThemeNotEmpty(WorkspaceError):
    """Only a theme without notes can be deleted."""


class ThemeMissing(WorkspaceError):
    """The theme was deleted meanwhile (another window, an undo)."""


@dataclass(frozen=True)
class ThemedNote:
    """A note as the board shows it: where it was said, and the ids of its themes."""

    id: str
    text: str
    kind: model.NoteKind
    session_id: str
    session_title: str
    day: date | None  # the session's date, else the day the note was taken
    department_id: str | None
    department: str | None
    theme_ids: tuple[str, ...]


@dataclass(frozen=True)
class ThemeCounts:
    notes: int
    likes: int
    dislikes: int


# The scope as named parameters: :department, :since, :until (None = any).
_SCOPE = """
    (:department IS NULL OR s.department_id = :department)
    AND (:since IS NULL OR COALESCE(s.date, substr(n.created_at, 1, 10)) >= :since)
    AND (:until IS NULL OR COALESCE(s.date, substr(n.created_at, 1, 10)) <= :until)
"""


def _scope(department_id: str | None, since: date | None, until: date | None) -> dict:
    return {"department": department_id, "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None}


# The same scope over the kept counts (schema step 8): a count's day is its note's.
_COUNTED_SCOPE = """
    (:department IS NULL OR s.department_id = :department)
    AND (:since IS NULL OR COALESCE(s.date, bc.day) >= :since)
    AND (:until IS NULL OR COALESCE(s.date, bc.day) <= :until)
"""


def _counted(ws: Workspace, where: str, scope: dict) -> list[tuple]:
    sql = f"""
        SELECT bc.theme_id, sum(bc.notes),
               sum(CASE WHEN bc.kind = '{model.NoteKind.LIKE.value}' THEN bc.notes END),
               sum(CASE WHEN bc.kind = '{model.NoteKind.DISLIKE.value}' THEN bc.notes END)
        FROM board_counts bc JOIN sessions s ON s.id = bc.session_id
        WHERE {where} AND {_COUNTED_SCOPE}
        GROUP BY bc.theme_id
    """
    return ws.conn.execute(sql, scope).fetchall()


def theme_counts(ws: Workspace, *, department_id: str | None = None,
                 since: date | None = None, until: date | None = None) -> dict[str, ThemeCounts]:
    """Per theme id: its notes, likes and dislikes in the scope (themes without any: absent)."""
    rows = _counted(ws, "bc.theme_id NOT IN ('', '*')", _scope(department_id, since, until))
    return {r[0]: ThemeCounts(r[1], r[2] or 0, r[3] or 0) for r in rows if r[1]}


def themed_sample(ws: Workspace, per_theme: int) -> list[tuple[str, str]]:
    """(theme name, note text): each theme's ``per_theme`` most recently themed notes, what
    suggestions learn from (read through the theme index, never the whole workspace)."""
    sql = """
        SELECT t.name, n.text FROM themes t
        JOIN note_themes nt ON nt.rowid IN (
            SELECT x.rowid FROM note_themes x INDEXED BY idx_note_themes_theme_id
            WHERE x.theme_id = t.id ORDER BY x.rowid DESC LIMIT :per_theme)
        JOIN notes n ON n.id = nt.note_id
    """
    return [(r[0], r[1]) for r in ws.conn.execute(sql, {"per_theme": int(per_theme)})]


def changes(ws: Workspace) -> int:
    """Rows changed through this connection since it opened: grows with every write."""
    return ws.conn.total_changes


def all_themes(ws: Workspace) -> list[model.Theme]:
    return sorted(repository.find(ws, model.Theme), key=lambda t: t.name.casefold())


def theme_note_count(ws: Workspace, theme_id: str) -> int:
    row = ws.conn.execute("SELECT count(*) FROM note_themes WHERE theme_id = ?", [theme_id])
    return int(row.fetchone()[0])


def _find_by_name(ws: Workspace, name: str) -> model.Theme | None:
    # SQLite's lower() folds ASCII only; compare in Python so "LØN" finds "løn".
    wanted = name.casefold()
    return next((t for t in all_themes(ws) if t.name.casefold() == wanted), None)


def theme_by_name(ws: Workspace, name: str) -> model.Theme | None:
    return _find_by_name(ws, name)


@contextlib.contextmanager
def atomic(ws: Workspace) -> Iterator[None]:
    """One transaction; a note or theme deleted meanwhile is a :class:`ThemeMissing`."""
    try:
        with repository.atomic(ws):
            yield
    except sqlite3.IntegrityError as error:
        raise ThemeMissing(Message(
            "A note or theme no longer exists; look again at the board.")) from error


def _require(ws: Workspace, theme_id: str) -> None:
    if ws.conn.execute("SELECT 1 FROM themes WHERE id = ?", [theme_id]).fetchone() is None:
        raise ThemeMissing(Message("That theme no longer exists."))


def _get_or_create(ws: Workspace, name: str) -> model.Theme:
    theme = _find_by_name(ws, name)
    if theme is None:
        theme = model.Theme(name)
        ws.db["themes"].insert(to_row(theme))
    return theme


def _link(ws: Workspace, note_ids: Iterable[str], theme_id: str) -> None:
    ws.conn.executemany("INSERT OR IGNORE INTO note_themes (note_id, theme_id) VALUES (?, ?)",
                      [(note_id, theme_id) for note_id in note_ids])


def _unlink(ws: Workspace, note_ids: Iterable[str], theme_id: str) -> None:
    ws.conn.executemany("DELETE FROM note_themes WHERE note_id = ? AND theme_id = ?",
                      [(note_id, theme_id) for note_id in note_ids])


def create_theme(ws: Workspace, name: str) -> model.Theme:
    """A new, empty theme; refuses a name that is taken."""
    with atomic(ws):
        if _find_by_name(ws, name) is not None:
            raise ThemeNameTaken(Message("There is already a theme called {name}.", name=name))
        theme = model.Theme(name)
        ws.db["themes"].insert(to_row(theme))
    return theme


def assign_notes(ws: Workspace, note_ids: list[str], theme_name: str, *,
                 move_from: str | None = None) -> model.Theme:
    """Give the notes the theme named ``theme_name`` (created if new). With ``move_from`` (a
    theme id) the notes leave that theme at the same time: a move, or a split into a new theme."""
    with atomic(ws):
        if move_from is not None:
            _require(ws, move_from)
        theme = _get_or_create(ws, theme_name)
        _link(ws, note_ids, theme.id)
        if move_from is not None and move_from != theme.id:
            _unlink(ws, note_ids, move_from)
    return theme


def link_notes(ws: Workspace, note_ids: list[str], theme_id: str, *,
               move_from: str | None = None) -> None:
    """Add an existing theme to the notes (optionally taking them out of ``move_from``)."""
    with atomic(ws):
        _require(ws, theme_id)
        _link(ws, note_ids, theme_id)
        if move_from is not None and move_from != theme_id:
            _unlink(ws, note_ids, move_from)


def unlink_notes(ws: Workspace, note_ids: list[str], theme_id: str) -> None:
    with atomic(ws):
        _unlink(ws, note_ids, theme_id)


def rename_theme(ws: Workspace, theme_id: str, name: str) -> model.Theme:
    """Rename; refuses a name another theme has (a change of case of its own name is fine)."""
    with atomic(ws):
        _require(ws, theme_id)
        other = _find_by_name(ws, name)
        if other is not None and other.id != theme_id:
            raise ThemeNameTaken(Message("There is already a theme called {name}.",
                                          name=other.name))
        ws.conn.execute("UPDATE themes SET name = ? WHERE id = ?", [name, theme_id])
        row = ws.conn.execute("SELECT created_at FROM themes WHERE id = ?", [theme_id]).fetchone()
    return from_row(model.Theme, {"id": theme_id, "name": name, "created_at": row[0]})


def merge_themes(ws: Workspace, source_id: str, target_id: str) -> None:
    """Every note of the source gets the target theme; then the source is deleted."""
    if source_id == target_id:
        return
    with atomic(ws):
        _require(ws, source_id)
        _require(ws, target_id)
        ws.conn.execute(
            "INSERT OR IGNORE INTO note_themes (note_id, theme_id) "
            "SELECT note_id, ? FROM note_themes WHERE theme_id = ?", [target_id, source_id])
        ws.conn.execute("DELETE FROM note_themes WHERE theme_id = ?", [source_id])
        ws.conn.execute("DELETE FROM themes WHERE id = ?", [source_id])


def delete_empty_theme(ws: Workspace, theme_id: str) -> None:
    with atomic(ws):
        if theme_note_count(ws, theme_id):
            raise ThemeNotEmpty(Message(
                "Only a theme without notes can be deleted; merge it instead."))
        ws.conn.execute("DELETE FROM themes WHERE id = ?", [theme_id])



# --------------------------------------------------------------------------- undo

@dataclass(frozen=True)
class ThemeState:
    """The themes and links around some notes and themes, as they were: what undo puts back."""

    themes: tuple[tuple[str, str, str], ...]  # id, name, created_at of those that existed
    links: tuple[tuple[str, str], ...]  # note id, theme id


def _in(column: str, values: tuple[str, ...]) -> tuple[str, list[str]]:
    return (f"{column} IN ({', '.join('?' for _ in values)})" if values else "0"), list(values)


def theme_state(ws: Workspace, note_ids: Iterable[str], theme_ids: Iterable[str]) -> ThemeState:
    """The links of ``note_ids`` and of ``theme_ids``, and those themes' rows."""
    notes, themes = tuple(note_ids), tuple(theme_ids)
    by_theme, theme_params = _in("id", themes)
    rows = ws.conn.execute(f"SELECT id, name, created_at FROM themes WHERE {by_theme}",
                           theme_params).fetchall()
    by_note, note_params = _in("note_id", notes)
    linked, link_params = _in("theme_id", themes)
    links = ws.conn.execute(f"SELECT note_id, theme_id FROM note_themes WHERE {by_note} OR "
                            f"{linked}", note_params + link_params).fetchall()
    return ThemeState(tuple(tuple(r) for r in rows), tuple(sorted(tuple(r) for r in links)))


def restore_theme_state(ws: Workspace, state: ThemeState, note_ids: Iterable[str],
                        theme_ids: Iterable[str]) -> None:
    """Put ``state`` back for these notes and themes: their links as they were, themes that did
    not exist removed, and those that did with their old names. Refuses (and changes nothing)
    when a note is gone or another theme has taken a name since."""
    notes, themes = tuple(note_ids), tuple(theme_ids)
    with atomic(ws):
        by_note, note_params = _in("note_id", notes)
        linked, link_params = _in("theme_id", themes)
        ws.conn.execute(f"DELETE FROM note_themes WHERE {by_note} OR {linked}",
                        note_params + link_params)
        kept = {row[0] for row in state.themes}
        gone = tuple(t for t in themes if t not in kept)
        by_theme, theme_params = _in("id", gone)
        ws.conn.execute(f"DELETE FROM themes WHERE {by_theme}", theme_params)
        ws.conn.executemany(
            "INSERT INTO themes (id, name, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name", state.themes)
        ws.conn.executemany("INSERT OR IGNORE INTO note_themes (note_id, theme_id) VALUES (?, ?)",
                            state.links)


# --------------------------------------------------------------------------- board pages
# The board reads one page of a column at a time (a few hundred notes), newest first, and
# counts in SQL: a 500,000-note workspace is never read whole. Unthemed notes come newest note
# first; a theme's notes most recently themed first (the note just dropped is on top). Each
# page goes on from the last row of the one before (keyset), so a deep page costs what the
# first does.
_PAGE_COLUMNS = """
    SELECT n.id, n.text, n.kind, n.session_id, s.title,
           COALESCE(s.date, substr(n.created_at, 1, 10)) AS day,
           s.department_id, d.name,
           (SELECT group_concat(x.theme_id, char(31)) FROM note_themes x
            WHERE x.note_id = n.id) AS theme_ids,
           {key} AS page_key
"""


@dataclass(frozen=True)
class PagedNote:
    note: ThemedNote
    key: int  # where the next page goes on from


def column_page(ws: Workspace, theme_id: str | None, *, department_id: str | None = None,
                since: date | None = None, until: date | None = None,
                after: int | None = None, limit: int = 200) -> list[PagedNote]:
    """One page of a board column (``theme_id`` None: the unthemed notes) in the scope, going on
    after ``after`` (the ``key`` of the last row already shown)."""
    params = _scope(department_id, since, until) | {"after": after, "limit": int(limit),
                                                     "theme": theme_id}
    if theme_id is None:
        sql = _PAGE_COLUMNS.format(key="n.rowid") + f"""
            FROM notes n
            JOIN sessions s ON s.id = n.session_id
            LEFT JOIN departments d ON d.id = s.department_id
            WHERE NOT EXISTS (SELECT 1 FROM note_themes nt WHERE nt.note_id = n.id)
              AND (:after IS NULL OR n.rowid < :after) AND {_SCOPE}
            ORDER BY n.rowid DESC LIMIT :limit"""
    else:
        sql = _PAGE_COLUMNS.format(key="nt.rowid") + f"""
            FROM note_themes nt INDEXED BY idx_note_themes_theme_id
            JOIN notes n ON n.id = nt.note_id
            JOIN sessions s ON s.id = n.session_id
            LEFT JOIN departments d ON d.id = s.department_id
            WHERE nt.theme_id = :theme AND (:after IS NULL OR nt.rowid < :after) AND {_SCOPE}
            ORDER BY nt.rowid DESC LIMIT :limit"""
    return [
        PagedNote(ThemedNote(r[0], r[1], model.NoteKind(r[2]), r[3], r[4],
                             date.fromisoformat(r[5]) if r[5] else None, r[6], r[7],
                             tuple(r[8].split("\x1f")) if r[8] else ()), int(r[9]))
        for r in ws.conn.execute(sql, params).fetchall()
    ]


def unthemed_counts(ws: Workspace, *, department_id: str | None = None,
                    since: date | None = None, until: date | None = None) -> ThemeCounts:
    """The notes without a theme in the scope: how many, and their likes and dislikes."""
    rows = _counted(ws, "bc.theme_id = ''", _scope(department_id, since, until))
    return ThemeCounts(*(r or 0 for r in rows[0][1:])) if rows else ThemeCounts(0, 0, 0)


def scoped_note_count(ws: Workspace, *, department_id: str | None = None,
                      since: date | None = None, until: date | None = None) -> int:
    """All notes in the scope, themed or not."""
    rows = _counted(ws, "bc.theme_id = '*'", _scope(department_id, since, until))
    return int(rows[0][1] or 0) if rows else 0
