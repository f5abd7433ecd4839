"""Redaction finds exactly what the one pattern of the rule finds (every known word, longest
first, case-insensitive, whole words, genitive; then the code shape), however the Redactor
goes about it: checked against that pattern, built here as the rule states it, on generated
names and texts full of letters whose case is tricky (İ ı ſ K ß ẞ), apostrophes and dashes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from focusgroup.domain.privacy import CODE_SHAPE, REDACTED, Redactor, strip_control
from focusgroup.domain.redaction import _name_parts


def reference(names: list[str], codes: list[str], text: str, redact_codes: bool = True) -> str:
    words: set[str] = set()
    for name in names:
        if name and name.strip():
            words.update(_name_parts(name.strip()))
    if redact_codes:
        words.update(code.strip() for code in codes if code and code.strip())
    ordered = sorted(words, key=lambda w: (-len(w), w.casefold()))
    known = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
    patterns = []
    if known:
        patterns.append(rf"(?i:(?<!\w)(?:{known})(?:['’]?s)?(?!\w))")
    if redact_codes:
        patterns.append(rf"(?<!\w){CODE_SHAPE}(?!\w)")
    cleaned = strip_control(text)
    return re.compile("|".join(patterns)).sub(REDACTED, cleaned) if patterns else cleaned


LETTERS = "aAeEiIİıkKKsSſßẞoOæøåÆØÅmMtT'’-. \t\n(),;P0123456789"
NAME = st.text(st.sampled_from(LETTERS), max_size=14)
TEXT = st.text(st.sampled_from(LETTERS + "xyz!?"), max_size=80)


@settings(max_examples=400, deadline=None)
@given(st.lists(NAME, max_size=6), st.lists(NAME, max_size=3), TEXT, st.booleans())
def test_redaction_finds_what_the_whole_pattern_finds(names, codes, text, redact_codes):
    redactor = Redactor(names, codes, redact_codes=redact_codes)
    assert redactor(text) == reference(names, codes, text, redact_codes)


def test_known_cases_still_redact():
    names = ["Mette Hansen", "Ida Sørensen", "O'Brien"]
    redactor = Redactor(names, ["P-014"])
    text = "METTE said İda's and Mettes idea; o'brien met p-014 and Q-77, not Mettelise."
    assert redactor(text) == reference(names, ["P-014"], text)
    assert redactor(text) == ("[name] said [name] and [name] idea; [name] met [name] and "
                              "[name], not Mettelise.")
