"""What a person types into the search box, as a safe SQLite FTS5 query.

Words match as prefixes ("anerk" finds "anerkendelse"), "quoted words" match as a phrase,
and nothing the user types can break the query syntax.
"""

from __future__ import annotations

import re

_PART = re.compile(r'"([^"]*)"|(\S+)')
_WORD_CHARS = re.compile(r"[\w\-']+", re.UNICODE)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(text: str) -> str | None:
    """``None`` when there is nothing to search for."""
    terms: list[str] = []
    for phrase, word in _PART.findall(text or ""):
        if phrase.strip():
            terms.append(_quote(" ".join(phrase.split())))
        elif word:
            for piece in _WORD_CHARS.findall(word):
                terms.append(_quote(piece) + "*")
    return " AND ".join(terms) if terms else None
