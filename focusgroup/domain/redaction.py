"""Cleaning and redaction of free text, for every report, export and view (see
:mod:`focusgroup.domain.privacy`, which re-exports these).

* **Cleaning** — NUL and other control characters are removed before text goes anywhere.
* **Redaction** — known real names (full names and each part of them, so first names too) and
  participant codes inside free text become ``[name]``; matching is case-insensitive, on whole
  words, and also catches a genitive ``s``/``'s`` ("Mettes", "Mette's"). Codes are the known
  ones plus anything shaped like a code (one capital letter, a dash, 2–4 digits: ``P-014``).

Pure Python (no Qt, no SQL, no reportlab).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["CODE_SHAPE", "REDACTED", "Redactor", "strip_control"]

REDACTED = "[name]"
CODE_SHAPE = r"[A-Z]-\d{2,4}"
"""Anything shaped like a participant code is redacted even when the workspace does not know it
(case-sensitive: a capital letter, a dash and 2–4 digits, e.g. ``P-014``)."""


# --------------------------------------------------------------------------- cleaning

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def strip_control(text: str | None, *, keep_tabs: bool = False) -> str:
    """``text`` without NUL, control characters, surrogates and non-characters.

    Line breaks are kept (``\\r\\n`` and ``\\r`` become ``\\n``); tabs become a space unless
    ``keep_tabs``. Format characters (bidi marks, zero-width joiners) are kept.
    """
    if not text:
        return ""
    if text.isprintable():  # no control, surrogate, non-character or line break: as is
        return text
    text = _LINE_BREAKS.sub("\n", text)
    kept = []
    for char in text:
        if char == "\n":
            kept.append(char)
        elif char == "\t":
            kept.append(char if keep_tabs else " ")
        elif unicodedata.category(char) in ("Cc", "Cs") or _noncharacter(char):
            continue
        else:
            kept.append(char)
    return "".join(kept)


def _noncharacter(char: str) -> bool:
    point = ord(char)
    return 0xFDD0 <= point <= 0xFDEF or (point & 0xFFFE) == 0xFFFE


# --------------------------------------------------------------------------- redaction

def _name_parts(name: str) -> list[str]:
    """The full name and each of its parts with at least two letters ("Mette Hansen" gives
    "Mette Hansen", "Mette", "Hansen")."""
    words = [w for w in re.split(r"[\s()\[\],;]+", name) if w]
    parts = [" ".join(words)] if len(words) > 1 else []
    parts += [w for w in words if sum(c.isalpha() for c in w) >= 2]
    return parts


def _alternation(words: list[str]) -> str:
    """``words`` as alternatives of a pattern, in this order: each escaped, with every run of
    white space inside a word matching any run of white space."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


class Redactor:
    """Replaces known names and codes in free text with ``[name]``.

    >>> Redactor(["Mette Hansen"], ["P-014"]).redact("Mette and mette hansen met p-014.")
    '[name] and [name] met [name].'

    The rule is one pattern: every known word (longest first, a full name before its parts,
    then alphabetically), case-insensitive, on whole words, with an optional genitive; and,
    after it, the code shape. With hundreds of people that alternation is slow to try at every
    position of a text, so the pattern is tried only where a word could start (a character
    that matches, case-insensitively, the first letter of some known word, or a capital for
    the code shape), and there with only the known words that start with that letter, in the
    same order: the same matches, found without trying the words that cannot match there.
    """

    def __init__(self, names: Iterable[str | None] = (), codes: Iterable[str | None] = (),
                 *, redact_codes: bool = True, keep_tabs: bool = False):
        self.keep_tabs = keep_tabs
        words: set[str] = set()
        for name in names:
            if name and name.strip():
                words.update(_name_parts(name.strip()))
        self.redact_codes = redact_codes
        if redact_codes:
            words.update(code.strip() for code in codes if code and code.strip())
        # Longest first (a full name before its parts), then alphabetically.
        self._words = sorted(words, key=lambda w: (-len(w), w.casefold()))
        self._by_first: dict[str, list[int]] = {}  # first letter -> positions in _words
        for index, word in enumerate(self._words):
            self._by_first.setdefault(word.split()[0][0], []).append(index)
        self._first_tests = {first: re.compile(rf"(?i:{re.escape(first)})")
                             for first in self._by_first}
        starts = []
        if self._by_first:
            letters = "".join(re.escape(first) for first in self._by_first)
            starts.append(f"(?i:[{letters}])")
        if redact_codes:
            starts.append("[A-Z]")  # where a code can start (see CODE_SHAPE)
        self._starts = re.compile(rf"(?<!\w)(?:{'|'.join(starts)})") if starts else None
        self._at_char: dict[str, re.Pattern[str]] = {}
        self._at_words: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _pattern_at(self, char: str) -> re.Pattern[str]:
        """The rule for a text position that starts with ``char``: the known words whose first
        letter matches it (as the whole pattern would match it), then the code shape."""
        found = self._at_char.get(char)
        if found is None:
            indices = tuple(sorted(i for first, test in self._first_tests.items()
                                   if test.fullmatch(char) for i in self._by_first[first]))
            found = self._at_words.get(indices)
            if found is None:
                patterns = []
                if indices:
                    known = _alternation([self._words[i] for i in indices])
                    patterns.append(rf"(?i:(?<!\w)(?:{known})(?:['’]?s)?(?!\w))")
                if self.redact_codes:
                    patterns.append(rf"(?<!\w){CODE_SHAPE}(?!\w)")
                found = self._at_words[indices] = re.compile("|".join(patterns) or "(?!)")
            self._at_char[char] = found
        return found

    def redact(self, text: str | None) -> str:
        """Clean ``text`` (see :func:`strip_control`) and replace names and codes."""
        cleaned = strip_control(text, keep_tabs=self.keep_tabs)
        if self._starts is None:
            return cleaned
        kept: list[str] = []
        end = 0
        for start in self._starts.finditer(cleaned):
            position = start.start()
            if position < end:
                continue  # inside the name just replaced
            found = self._pattern_at(cleaned[position]).match(cleaned, position)
            if found:
                kept += [cleaned[end:position], REDACTED]
                end = found.end()
        if not kept:
            return cleaned
        kept.append(cleaned[end:])
        return "".join(kept)

    def __call__(self, text: str | None) -> str:
        return self.redact(text)
