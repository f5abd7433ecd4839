"""User text on its way into a reportlab Paragraph: hostile until escaped.

Every string that came from a person goes through :func:`markup` (or :func:`para`), which

1. removes NUL and other control characters (``domain.privacy.strip_control``),
2. drops characters the embedded font cannot print (emoji and other characters outside the
   Basic Multilingual Plane, scripts DejaVu Sans lacks) instead of printing a wrong glyph, and
   soft hyphens and explicit bidi controls,
3. puts right-to-left runs (Hebrew, Arabic) into visual order line by line (python-bidi),
4. escapes ``& < >`` so ``<b>``, ``&amp;``, ``x<y``, ``<img src=…>`` and ``<para>`` print
   literally and are never interpreted (no file is ever read),
5. keeps line breaks as ``<br/>``.

Very long words are broken by the paragraph styles (``splitLongWords``), and paragraphs split
across pages, so a 20,000-character note simply continues on the next page.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from focusgroup.domain.privacy import strip_control
from focusgroup.reports.fonts import covered

RTL_CLASSES = frozenset({"R", "AL"})
RTL_BLOCKS = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff"
                        "\U00010800-\U00010fff\U0001e800-\U0001efff]")
"""The Unicode blocks set aside for right-to-left scripts (and the RIGHT-TO-LEFT MARK): every
character of bidi class R or AL lies in one of them, so text without a match needs no
character-by-character look-up."""
DROPPED = frozenset("\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Soft hyphens (reportlab would print them as hyphens) and explicit bidi embeddings and
overrides (the order is worked out here, by python-bidi)."""


def printable(text: str | None) -> str:
    """``text`` with only characters the report font can print (plus line breaks)."""
    if text and text.isascii() and text.isprintable():
        return text  # printable ASCII: the font has every glyph, nothing to drop
    cleaned = strip_control(text)
    keep = _printable_characters()
    if set(cleaned) <= keep:  # the usual case (Danish letters, dashes): nothing to drop
        return cleaned
    return "".join(c for c in cleaned if c in keep)


@cache
def _printable_characters() -> frozenset[str]:
    return frozenset(chr(point) for point in covered()) - DROPPED | {"\n"}


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in RTL_CLASSES for c in RTL_BLOCKS.findall(text))


def visual(line: str) -> str:
    """A line in visual order: right-to-left runs reversed for left-to-right drawing."""
    if not has_rtl(line):
        return line
    from bidi import get_display

    return get_display(line)


def markup(text: str | None) -> str:
    """Safe paragraph markup for user text: cleaned, in visual order, escaped."""
    lines = printable(text).split("\n")
    return "<br/>".join(escape(visual(line)) for line in lines)


