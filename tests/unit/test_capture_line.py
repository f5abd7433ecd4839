"""The capture line: prefixes, @participant, #theme, cleaning, limits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusgroup.domain.capture_line import MAX_NOTE, NoteTooLong, parse_line
from focusgroup.domain.model import NoteKind as K


@pytest.mark.parametrize(("line", "kind", "text"), [
    ("+ the new shift plan works", K.LIKE, "the new shift plan works"),
    ("- nobody tells us anything", K.DISLIKE, "nobody tells us anything"),
    ("!a thank-you board", K.IDEA, "a thank-you board"),
    ("? who decides the rota", K.QUESTION, "who decides the rota"),
    ('"We only hear about it afterwards"', K.QUOTE, "We only hear about it afterwards"),
    ("N: warm food on late shifts", K.NEED, "warm food on late shifts"),
    ("people nod when pay comes up", K.OBSERVATION, "people nod when pay comes up"),
    ("+ Vi får ros 👍 מצוין", K.LIKE, "Vi får ros 👍 מצוין"),
])
def test_prefixes(line, kind, text):
    parsed = parse_line(line)
    assert (parsed.kind, parsed.text) == (kind, text)


def test_participant_and_themes_are_lifted_out():
    parsed = parse_line("- @P-003 the canteen closes too early #canteen #Late-shift #canteen")
    assert parsed.participant_code == "P-003"
    assert parsed.themes == ("canteen", "Late-shift")
    assert parsed.text == "the canteen closes too early"


def test_an_email_address_is_not_a_mention_and_c_sharp_not_a_tag():
    parsed = parse_line("write to hr@example.com about C# training")
    assert parsed.participant_code is None and parsed.themes == ()
    assert parsed.text == "write to hr@example.com about C# training"


def test_shortcut_kind_overrides_the_prefix():
    assert parse_line("+ actually a question", K.QUESTION).kind is K.QUESTION


@pytest.mark.parametrize("line", ["", "   ", "+", "#only-a-tag", "@P-001", "n:  "])
def test_nothing_to_save(line):
    assert parse_line(line) is None


def test_nul_and_control_characters_are_removed_but_line_breaks_kept():
    assert parse_line("a\x00b\x07c\nd").text == "abc\nd"


def test_too_long_is_refused():
    with pytest.raises(NoteTooLong, match="20,000"):
        parse_line("x" * (MAX_NOTE + 1))
    assert parse_line("x" * MAX_NOTE).text == "x" * MAX_NOTE


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_parses_without_error(text):
    parsed = parse_line(text)
    if parsed is not None:
        assert parsed.text == parsed.text.strip() and "\x00" not in parsed.text


def test_a_quote_followed_by_a_tag_loses_both_quote_marks():
    parsed = parse_line('"We find out when we arrive" #communication')
    assert parsed.text == "We find out when we arrive" and parsed.themes == ("communication",)
