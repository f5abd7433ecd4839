"""Suggested themes: from the words of the notes already in each theme, explainable and local."""

from __future__ import annotations

from focusgroup.domain.theme_suggest import ThemeSuggester, normalise, words

THEMES = {
    "Communication": [
        "We are never informed when the rota changes.",
        "Information about the new rota comes far too late.",
        "Managers don't tell us what is going on; we hear rumours first.",
        "Vi hører om ændringer fra kunderne, før vi hører om dem internt.",
    ],
    "Pay": [
        "Wages have not kept up with prices.",
        "When is the next pay negotiation?",
        "Lønnen er lavere end i andre kundeservicecentre.",
    ],
    "Tools & equipment": [
        "The hand scanners lose Wi-Fi at the back of aisle 14.",
        "Two forklifts have been waiting for repair for weeks.",
        "CRM-systemet er langsomt og går ned flere gange om ugen.",
    ],
    "Canteen": [
        "More vegetarian options in the canteen.",
        "Kantinen er god, især salatbaren.",
    ],
}


def test_a_note_about_the_rota_suggests_the_theme_that_talks_about_the_rota():
    suggestion = ThemeSuggester(THEMES).suggest("Nobody tells us about the new rota")
    assert suggestion is not None
    assert suggestion.theme == "Communication"
    assert "rota" in suggestion.shared
    assert 0 < suggestion.score <= 1


def test_shared_words_explain_the_suggestion_in_the_notes_own_words():
    suggestion = ThemeSuggester(THEMES).suggest("The forklifts are still waiting for repair")
    assert suggestion.theme == "Tools & equipment"
    assert set(suggestion.shared) >= {"forklifts", "repair"}
    assert "the" not in suggestion.shared and "for" not in suggestion.shared


def test_danish_notes_match_through_light_normalisation():
    suggester = ThemeSuggester(THEMES)
    assert suggester.suggest("Hvad med lønnen?").theme == "Pay"
    assert suggester.suggest("Maden i kantinen").theme == "Canteen"
    assert normalise("vagtplanen") == normalise("vagtplaner") == "vagtplan"
    assert normalise("changes") == normalise("change")
    assert normalise("informed") == normalise("inform")


def test_a_theme_name_alone_is_evidence():
    suggester = ThemeSuggester({**THEMES, "Parking": []})
    assert suggester.suggest("There is never any parking after 8").theme == "Parking"


def test_no_suggestion_below_the_threshold_or_without_words():
    suggester = ThemeSuggester(THEMES)
    assert suggester.suggest("Some flexibility while my mother is in hospital.") is None
    assert suggester.suggest("the and of, og det er") is None
    assert suggester.suggest("") is None
    assert ThemeSuggester({}).suggest("anything about the rota") is None
    strict = ThemeSuggester(THEMES, threshold=0.99)
    assert strict.suggest("Nobody tells us about the new rota") is None


def test_stop_words_in_both_languages_are_left_out():
    assert [w for _, w in words("The rota is not the problem; det er vagtplanen")] == [
        "rota", "problem", "vagtplanen"]


def test_rank_orders_themes_and_can_exclude_one():
    suggester = ThemeSuggester(THEMES, threshold=0.0)
    ranked = suggester.rank("rota and wages", limit=5)
    assert {s.theme for s in ranked[:2]} == {"Communication", "Pay"}
    assert ranked == sorted(ranked, key=lambda s: -s.score)
    assert suggester.suggest("rota and wages", exclude=["communication"]).theme == "Pay"

