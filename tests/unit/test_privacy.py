"""Anonymity decisions: threshold, suppression sentences, redaction, cleaning, lunch pooling."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusgroup.domain.model import SessionKind
from focusgroup.domain.privacy import (
    MIN_THRESHOLD,
    REDACTED,
    Redactor,
    SessionPeople,
    effective_threshold,
    export_date,
    export_notes_plan,
    gap_sentence,
    groups_left_out,
    looks_like_a_name,
    lunch_sentence,
    meets_threshold,
    pool_sessions,
    reportable_alone,
    split_groups,
    strip_control,
    suppression_sentence,
    trend_sentence,
)
from focusgroup.i18n import render


def test_threshold_is_distinct_people_and_never_below_three():
    assert MIN_THRESHOLD == 3
    assert effective_threshold(1) == 3 and effective_threshold(7) == 7
    assert meets_threshold(5, 5) and not meets_threshold(4, 5)
    assert not meets_threshold(2, 1)  # a threshold below 3 is raised to 3
    assert meets_threshold(3, 0)


def test_suppression_sentence_says_so_and_why_in_both_languages():
    en = suppression_sentence("department", 2, 5)
    assert en == ("This department is not shown: 2 people took part, fewer than the anonymity "
                  "threshold of 5, so individual people could be recognised.")
    da = render(suppression_sentence("department", 1, 5), "da")
    assert da.startswith("Denne afdeling vises ikke: 1 person deltog, færre end")
    assert "anonymitetsgrænsen på 5" in da
    assert suppression_sentence("session", 0, 4).startswith("This session is not shown: nobody")
    assert "never reported on their own" in lunch_sentence(5)
    assert "aldrig vist hver for sig" in render(lunch_sentence(5), "da")
    assert gap_sentence(12, 4, 5) == (
        "The perception gap is not shown: it needs at least 5 people on each side to protect "
        "anonymity (employees: 12 people; managers and supervisors: 4 people).")
    assert "på hver side" in render(gap_sentence(12, 1, 5), "da")
    assert "1 person)" in render(gap_sentence(12, 1, 5), "da")
    assert trend_sentence(4, 9, 5).startswith("The trend is not shown: each round needs at "
                                              "least 5 employees")
    assert "forrige runde: 4 personer" in render(trend_sentence(4, 9, 5), "da")
    with pytest.raises(ValueError):
        render(suppression_sentence("group", 1, 5), "fr")


@pytest.mark.parametrize(("text", "expected"), [
    ("Mette says thanks", "[name] says thanks"),
    ("METTE HANSEN said so", "[name] said so"),
    ("mette  hansen", "[name]"),
    ("Mettes kage og Mette's kaffe", "[name] kage og [name] kaffe"),
    ("Hansen was there", "[name] was there"),
    ("Metter and Mettesen stay", "Metter and Mettesen stay"),  # whole words only
    ("Ask P-014 and p-014 or P-999", "Ask [name] and [name] or [name]"),
    ("A4 paper, item X-12 and XP-014 stay", "A4 paper, item [name] and XP-014 stay"),
    ("Sofie Jensen og Bo Sørensen", "[name] og [name]"),
])
def test_names_and_codes_are_redacted(text, expected):
    redactor = Redactor(["Mette Hansen", "Sofie Jensen", "Bo Sørensen", None, ""],
                        ["P-014", "P-002"])
    assert redactor.redact(text) == expected


def test_codes_can_be_kept_but_names_never():
    redactor = Redactor(["Karim Nasser"], ["P-014"], redact_codes=False)
    assert redactor("P-014 is Karim") == f"P-014 is {REDACTED}"
    assert Redactor().redact("plain text, P-014") == "plain text, [name]"
    assert Redactor(redact_codes=False).redact("plain text, P-014") == "plain text, P-014"


def test_control_characters_are_removed_and_line_breaks_kept():
    assert strip_control("a\x00b\x07c\r\nd\re\tf\x85g") == "abc\nd\ne f\ng"
    assert strip_control("x\ty", keep_tabs=True) == "x\ty"
    assert strip_control("\ufffe\uffffok\ufdd0") == "ok"
    assert strip_control(None) == ""
    assert strip_control("\u200fעברית\u200e") == "\u200fעברית\u200e"  # bidi marks stay


@given(st.text(max_size=200))
def test_cleaned_text_has_no_control_characters(text):
    cleaned = strip_control(text)
    assert not any(ord(c) < 32 and c != "\n" for c in cleaned)
    assert "\x7f" not in cleaned


@given(st.lists(st.text(alphabet="abcdefghij", min_size=2, max_size=8), min_size=1,
                max_size=4), st.text(max_size=60))
def test_a_known_name_never_survives_redaction(names, filler):
    redactor = Redactor(names)
    text = f"{filler} {names[0]} {filler}"
    assert names[0] not in redactor.redact(text).split()


def _people(session_id, kind, *people):
    return SessionPeople(session_id, kind, frozenset(people))


def test_lunch_interviews_are_never_reported_alone():
    lunch = _people("l1", SessionKind.LUNCH_INTERVIEW, *"abcdefgh")  # even with many names
    assert not reportable_alone(lunch, 5)
    group = _people("g1", SessionKind.FOCUS_GROUP, *"abcde")
    assert reportable_alone(group, 5)
    assert not reportable_alone(_people("g2", SessionKind.FOCUS_GROUP, *"abcd"), 5)


def test_lunches_are_pooled_only_when_the_pool_meets_the_threshold():
    lunches = [_people(f"l{i}", SessionKind.LUNCH_INTERVIEW, p) for i, p in enumerate("abc")]
    small = pool_sessions(lunches, 5)
    assert not small.shown and small.people == 3 and small.session_ids == ()
    group = _people("g", SessionKind.FOCUS_GROUP, "c", "d", "e")
    pooled = pool_sessions([*lunches, group], 5)
    assert pooled.shown and pooled.people == 5
    assert set(pooled.lunch_ids) == {"l0", "l1", "l2"}
    assert set(pooled.session_ids) == {"l0", "l1", "l2", "g"}
    same_person = [_people(f"x{i}", SessionKind.LUNCH_INTERVIEW, "a") for i in range(9)]
    assert not pool_sessions(same_person, 3).shown  # nine lunches with one person: still one
    assert not pool_sessions([], 3).shown


# --------------------------------------------------------------------------- exports

def _dated(session_id, kind, day, department, *people):
    return SessionPeople(session_id, kind, frozenset(people), department, day)


def test_export_dates_are_cut_to_the_month_near_the_threshold():
    day = date(2026, 5, 5)
    assert export_date(day, 10, 5) == "2026-05-05"  # twice the threshold: the day
    assert export_date(day, 9, 5) == export_date(day, 5, 5) == "2026-05"
    assert export_date(None, 50, 5) is None
    assert export_date(day, 5, 1) == "2026-05"  # the threshold is never below 3


def test_an_export_plan_pools_lunches_and_small_sessions():
    lunch, group = SessionKind.LUNCH_INTERVIEW, SessionKind.FOCUS_GROUP
    plan = export_notes_plan([
        _dated("big", group, date(2026, 5, 5), "W", *"abcdef"),
        _dated("small", group, date(2026, 6, 1), "N", "x", "y"),
        *[_dated(f"l{i}", lunch, date(2026, 3, 1), "W", p) for i, p in enumerate("pqrst")],
        _dated("late", lunch, date(2026, 9, 9), "N", "u"),
    ], 5)
    assert plan.alone == {"big": 6}
    lunches, small = plan.pools
    assert lunches.lunch and lunches.department is None and lunches.people == 6
    assert lunches.shown and set(lunches.session_ids) == {f"l{i}" for i in range(5)} | {"late"}
    # September has one person: no row may carry a month that tells it apart
    assert set(lunches.dates.values()) == {"2026-03 – 2026-09"}
    assert not small.shown and small.department == "N"
    assert "small sessions in N" in small.left_out(4) and "notes: 4" in small.left_out(4)
    march = export_notes_plan([_dated(f"l{i}", lunch, date(2026, 3, i + 1), "W", p)
                               for i, p in enumerate("pqrst")], 5).pools[0]
    assert set(march.dates.values()) == {"2026-03"}  # enough people in each month


def test_ranking_groups_below_the_threshold_are_left_out_and_counted():
    shown, left = split_groups({"a": set("abcde"), "b": set("ab"), "c": {"x"}}, 5)
    assert shown == {"a": 5} and left == {"b": 2, "c": 1}
    assert groups_left_out(2, 3, 5) == ("2 groups below the anonymity threshold of 5 were "
                                        "left out (rankings: 3).")
    assert groups_left_out(1, 1, 5).startswith("1 group below")


@pytest.mark.parametrize(("header", "name"), [
    ("Participant name", True), ("Name", True), ("Full name", True), ("Navn", True),
    ("Deltagernavn", True), ("Respondent name", True), ("Email", True), ("E-mail", True),
    ("Participant code", False), ("Kode", False), ("Deltager", False), ("Role", False),
])
def test_headers_that_ask_for_a_name(header, name):
    assert looks_like_a_name(header.casefold()) is name
    assert looks_like_a_name(header) is name


NAME_PART = st.from_regex(r"[A-Za-zæøÅ][A-Za-zæøÅ.\-'|*+?\\$^{}]{0,6}[A-Za-zæøÅ]", fullmatch=True)


@given(st.lists(NAME_PART, min_size=1, max_size=3),
       st.lists(st.sampled_from([" ", "  ", "\t", "\xa0", " \n "]), min_size=2, max_size=2),
       st.sampled_from(["said", "(", "—", "1."]))
def test_names_with_pattern_characters_and_any_spacing_are_redacted(parts, spaces, before):
    """A name is matched as the literal text it is (``.``, ``|``, ``\\``, ``*`` … mean
    nothing special), its parts separated by any run of white space."""
    name = " ".join(parts)
    written = spaces[0].join(parts) if len(parts) > 1 else parts[0]
    redactor = Redactor([name, "Bo Li"], ["P-014"])
    assert redactor.redact(f"{before} {written}, later") == f"{before} {REDACTED}, later"
    assert redactor.redact(f"{before} {written.upper()}{spaces[1]}P-014") \
        == f"{before} {REDACTED}{strip_control(spaces[1])}{REDACTED}"
    assert redactor.redact("42 / 7, x.y") == "42 / 7, x.y"
