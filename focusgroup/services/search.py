"""Search every note: prefix and phrase queries, with filters, best match first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from focusgroup.domain.model import NoteKind, Role
from focusgroup.domain.search_query import fts_query
from focusgroup.storage import queries
from focusgroup.storage.queries import SearchHit
from focusgroup.storage.workspace import Workspace

MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class SearchFilters:
    kind: NoteKind | None = None
    department_id: str | None = None
    theme: str | None = None
    role: Role | None = None
    since: date | None = None
    until: date | None = None


def _filters(f: SearchFilters | None) -> dict:
    f = f or SearchFilters()
    return {"kind": f.kind.value if f.kind else None, "department_id": f.department_id,
            "theme": f.theme, "role": f.role.value if f.role else None, "since": f.since,
            "until": f.until}


def search(ws: Workspace, text: str, filters: SearchFilters | None = None,
           limit: int = 200, offset: int = 0) -> list[SearchHit]:
    """The best matches first: ``limit`` of them from ``offset`` (a page)."""
    match = fts_query(text)
    if match is None:
        return []
    return queries.search_notes(ws, match, limit=limit, offset=offset, **_filters(filters))


def count_hits(ws: Workspace, text: str, filters: SearchFilters | None = None,
               at_most: int | None = None) -> int:
    """How many notes the search finds in all (every page), counting up to ``at_most``."""
    match = fts_query(text)
    return 0 if match is None else queries.count_search_hits(ws, match, at_most=at_most,
                                                              **_filters(filters))


def split_marks(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as (text, is_match) pieces, so a view can style the matches."""
    pieces: list[tuple[str, bool]] = []
    rest = snippet
    while MARK_START in rest:
        before, _, rest = rest.partition(MARK_START)
        match, _, rest = rest.partition(MARK_END)
        if before:
            pieces.append((before, False))
        pieces.append((match, True))
    if rest:
        pieces.append((rest, False))
    return pieces
