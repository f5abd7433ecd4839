"""The needs lists shipped with the app: the ten classic motivators and a short four-item list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NeedDefinition:
    key: str
    label_en: str
    label_da: str


CLASSIC_TEN_NAME = "Classic motivators (10)"
CLASSIC_TEN: tuple[NeedDefinition, ...] = (
    NeedDefinition("appreciation", "Appreciation of work done", "Anerkendelse af udført arbejde"),
    NeedDefinition("in_on_things", 'Feeling "in" on things', "At føle sig informeret og inddraget"),
    NeedDefinition(
        "personal_problems",
        "Sympathetic understanding of personal problems",
        "Forståelse for personlige problemer",
    ),
    NeedDefinition("job_security", "Job security", "Jobsikkerhed"),
    NeedDefinition("good_wages", "Good wages", "God løn"),
    NeedDefinition("interesting_work", "Interesting work", "Interessant arbejde"),
    NeedDefinition("promotion_growth", "Promotion and growth", "Forfremmelse og udvikling"),
    NeedDefinition("loyalty", "Loyalty from management", "Loyalitet fra ledelsen"),
    NeedDefinition("working_conditions", "Good working conditions", "Gode arbejdsforhold"),
    NeedDefinition("tactful_discipline", "Tactful discipline", "Taktfuld disciplin"),
)

SHORT_FOUR_NAME = "Recognition, independence, contribution, pay"
SHORT_FOUR: tuple[NeedDefinition, ...] = (
    NeedDefinition("recognition", "Recognition", "Anerkendelse"),
    NeedDefinition("independence", "Independence", "Selvstændighed"),
    NeedDefinition("contribution", "Contribution to the company", "Bidrag til virksomheden"),
    NeedDefinition("pay", "Pay", "Løn"),
)

_DANISH_NAMES = {
    CLASSIC_TEN_NAME: "Klassiske motivationsfaktorer (10)",
    SHORT_FOUR_NAME: "Anerkendelse, selvstændighed, bidrag, løn",
}


def list_name(name: str, lang: str = "en") -> str:
    """A needs list's name in ``lang``. The built-in lists keep their English name in the
    workspace (import files and the command line refer to it); other names are the user's."""
    return _DANISH_NAMES.get(name, name) if lang.lower().startswith("da") else name


BUILT_IN: dict[str, tuple[NeedDefinition, ...]] = {
    CLASSIC_TEN_NAME: CLASSIC_TEN,
    SHORT_FOUR_NAME: SHORT_FOUR,
}
