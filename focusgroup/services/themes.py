"""Themes board (affinity mapping across sessions): what the board shows for a scope, and what a
user does on it — assign, move, remove, rename, merge, split — plus suggested themes for unthemed
notes from the words of the notes already in each theme."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from focusgroup.domain.cadence import add_months
from focusgroup.domain.model import Note, NoteKind, Theme
from focusgroup.domain.theme_suggest import Suggestion, ThemeSuggester
from focusgroup.messages import Message, text_of
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import themes as store
from focusgroup.storage.themes import ThemedNote
from focusgroup.storage.workspace import Workspace

MAX_NAME = 80


@dataclass(frozen=True)
class Scope:
    """Which notes the board shows: a department (None = all) and the last ``months`` (None =
    all time), counted back from ``today``."""

    department_id: str | None = None
    months: int | None = None
    today: date | None = None

    @property
    def since(self) -> date | None:
        if not self.months:
            return None
        return add_months(self.today or date.today(), -self.months)


@dataclass(frozen=True)
class BoardCard:
    """One note on the board. ``suggestion`` is only filled for unthemed notes."""

    note_id: str
    text: str
    kind: NoteKind
    session_title: str
    day: date | None
    department: str | None
    themes: tuple[str, ...]  # names, sorted
    suggestion: Suggestion | None = None


# -- reading --------------------------------------------------------------------------------
def theme_names(ws: Workspace) -> list[str]:
    return [t.name for t in store.all_themes(ws)]


def suggestions(ws: Workspace, notes: Iterable[Note | ThemedNote | BoardCard]
                ) -> dict[str, Suggestion]:
    """Per note id, the suggested theme for each note that has one."""
    found_by = suggester(ws)
    result = {}
    for note in notes:
        note_id = note.note_id if isinstance(note, BoardCard) else note.id
        found = found_by.suggest(note.text)
        if found is not None:
            result[note_id] = found
    return result


@dataclass(frozen=True)
class ColumnHead:
    """A column's header as SQL counts it for the scope (``theme`` None: the unthemed)."""

    theme: Theme | None
    notes: int = 0
    likes: int = 0
    dislikes: int = 0

    @property
    def theme_id(self) -> str | None:
        return self.theme.id if self.theme else None

    @property
    def name(self) -> str:
        return self.theme.name if self.theme else ""


@dataclass(frozen=True)
class BoardHeads:
    """What the board shows before any card: the columns with their counts."""

    unthemed: ColumnHead
    themes: list[ColumnHead]
    notes: int  # every note in the scope, themed or not

    def column(self, theme_id: str | None) -> ColumnHead | None:
        if theme_id is None:
            return self.unthemed
        return next((c for c in self.themes if c.theme_id == theme_id), None)


def _where(scope: Scope) -> dict:
    return {"department_id": scope.department_id, "since": scope.since}


def heads(ws: Workspace, scope: Scope = Scope()) -> BoardHeads:
    """Every theme as a column (empty ones too, alphabetically), the unthemed column first,
    each with its notes, likes and dislikes in the scope — counted in SQL."""
    counts = store.theme_counts(ws, **_where(scope))
    columns = []
    for theme in store.all_themes(ws):
        count = counts.get(theme.id)
        columns.append(ColumnHead(theme, *((count.notes, count.likes, count.dislikes)
                                           if count else (0, 0, 0))))
    loose = store.unthemed_counts(ws, **_where(scope))
    return BoardHeads(ColumnHead(None, loose.notes, loose.likes, loose.dislikes), columns,
                      store.scoped_note_count(ws, **_where(scope)))


SAMPLE_PER_THEME = 50
_learned: dict[tuple[int, str, int], ThemeSuggester] = {}


def suggester(ws: Workspace) -> ThemeSuggester:
    """What suggestions learn from: each theme's name and its most recently themed notes (a
    bounded sample, so a large workspace is not read whole). Kept until the workspace changes,
    so switching the board's filters does not learn it all again."""
    key = (id(ws), str(ws.path), store.changes(ws))
    found = _learned.get(key)
    if found is None:
        by_theme: dict[str, list[str]] = {t.name: [] for t in store.all_themes(ws)}
        for name, text in store.themed_sample(ws, SAMPLE_PER_THEME):
            by_theme.setdefault(name, []).append(text)
        found = ThemeSuggester(by_theme)
        _learned.clear()
        _learned[key] = found
    return found


def column_page(ws: Workspace, scope: Scope, theme_id: str | None, *,
                after: int | None = None, limit: int = 200,
                suggest: ThemeSuggester | None = None) -> tuple[list[BoardCard], int | None]:
    """One page of a column (``theme_id`` None: unthemed notes, newest first; a theme: most
    recently themed first) and the key the next page goes on from (None: no more rows). With
    ``suggest`` the cards carry their suggested theme."""
    rows = store.column_page(ws, theme_id, after=after, limit=limit, **_where(scope))
    names = {t.id: t.name for t in store.all_themes(ws)} if rows else {}
    cards = []
    for row in rows:
        note = row.note
        cards.append(BoardCard(
            note.id, note.text, note.kind, note.session_title, note.day, note.department,
            tuple(sorted((names[t] for t in note.theme_ids if t in names), key=str.casefold)),
            suggest.suggest(note.text) if suggest is not None else None))
    return cards, (rows[-1].key if len(rows) == limit else None)


# -- changing -------------------------------------------------------------------------------
def clean_name(name: str) -> str:
    """A theme name as stored: whitespace collapsed, a leading ``#`` dropped; 1–80 characters."""
    name = " ".join((name or "").split()).lstrip("#").strip()
    if not name:
        raise InvalidInput(Message("A theme needs a name."))
    if len(name) > MAX_NAME:
        raise InvalidInput(Message("A theme name can be at most {most} characters.",
                                   most=MAX_NAME))
    return name


def _ids(note_ids: Iterable[str]) -> list[str]:
    ids = list(dict.fromkeys(note_ids))
    if not ids:
        raise InvalidInput(Message("Select one or more notes first."))
    return ids


def _storing(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except (store.ThemeNameTaken, store.ThemeNotEmpty, store.ThemeMissing) as error:
        raise InvalidInput(text_of(error)) from error


def create(ws: Workspace, name: str) -> Theme:
    return _storing(store.create_theme, ws, clean_name(name))


def assign(ws: Workspace, note_ids: Iterable[str], theme_name: str) -> Theme:
    """Add the theme (by name, created if new) to the notes; their other themes stay."""
    return _storing(store.assign_notes, ws, _ids(note_ids), clean_name(theme_name))


def add_to(ws: Workspace, note_ids: Iterable[str], theme_id: str,
           move_from: str | None = None) -> None:
    """Add an existing theme to the notes (a drop); with ``move_from`` they leave that theme."""
    _storing(store.link_notes, ws, _ids(note_ids), theme_id, move_from=move_from)


def move(ws: Workspace, note_ids: Iterable[str], from_theme_id: str, theme_name: str) -> Theme:
    """Take the notes out of one theme and into another (by name, created if new)."""
    return _storing(store.assign_notes, ws, _ids(note_ids), clean_name(theme_name),
                    move_from=from_theme_id)


def remove(ws: Workspace, note_ids: Iterable[str], theme_id: str) -> None:
    """Take the theme off the notes (the theme stays, even if empty)."""
    store.unlink_notes(ws, _ids(note_ids), theme_id)


def rename(ws: Workspace, theme_id: str, new_name: str) -> Theme:
    return _storing(store.rename_theme, ws, theme_id, clean_name(new_name))


def merge(ws: Workspace, source_id: str, target_id: str) -> None:
    """All notes of the source theme join the target; the source theme disappears."""
    if source_id == target_id:
        raise InvalidInput(Message("Choose another theme to merge into."))
    _storing(store.merge_themes, ws, source_id, target_id)


def split(ws: Workspace, theme_id: str, note_ids: Iterable[str], new_name: str) -> Theme:
    """Move the selected notes of a theme into a new theme."""
    name = clean_name(new_name)
    ids = _ids(note_ids)
    if store.theme_by_name(ws, name) is not None:
        raise InvalidInput(Message("There is already a theme called {name}; drag the notes "
                                   "onto it with Shift held to move them there.", name=name))
    return _storing(store.assign_notes, ws, ids, name, move_from=theme_id)


def delete_empty(ws: Workspace, theme_id: str) -> None:
    _storing(store.delete_empty_theme, ws, theme_id)


def note_count(ws: Workspace, theme_id: str) -> int:
    """All notes of the theme, whatever the board's scope."""
    return store.theme_note_count(ws, theme_id)


# --------------------------------------------------------------------------- undo

@dataclass(frozen=True)
class Change:
    """One change on the board, as before and after states of the notes and themes it
    touched, so it can be undone and done again."""

    note_ids: tuple[str, ...]
    theme_ids: tuple[str, ...]
    before: store.ThemeState
    after: store.ThemeState

    def undo(self, ws: Workspace) -> None:
        _storing(store.restore_theme_state, ws, self.before, self.note_ids, self.theme_ids)

    def redo(self, ws: Workspace) -> None:
        _storing(store.restore_theme_state, ws, self.after, self.note_ids, self.theme_ids)


def before_change(ws: Workspace, note_ids: Iterable[str], theme_ids: Iterable[str | None],
                  theme_names: Iterable[str] = ()) -> tuple[tuple[str, ...], set[str],
                                                             store.ThemeState]:
    """What a change is about to touch (themes named by name included) and how it is now."""
    themes = {t for t in theme_ids if t}
    for name in theme_names:
        try:
            found = store.theme_by_name(ws, clean_name(name))
        except InvalidInput:  # the change itself will refuse the name
            found = None
        if found is not None:
            themes.add(found.id)
    notes = tuple(dict.fromkeys(note_ids))
    return notes, themes, store.theme_state(ws, notes, themes)


def after_change(ws: Workspace, touched: tuple[tuple[str, ...], set[str], store.ThemeState],
                 new_theme_ids: Iterable[str | None] = ()) -> Change:
    """The finished change: ``touched`` from :func:`before_change` plus any theme it made."""
    notes, themes, before = touched
    themes = tuple(sorted(themes | {t for t in new_theme_ids if t}))
    return Change(notes, themes, before, store.theme_state(ws, notes, themes))
