"""Discussion-guide templates shipped with the app, in English and Danish, as plain data.

Three guides: the classic focus-group route (opening, introductory, transition, key and ending
questions: twelve questions for two hours), a ready *internal customer* guide (what works, what
gets in the way, what you need from us, stop/start, the needs-ranking exercise) and a short guide
for a lunch conversation or a field visit. A saved template has the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from focusgroup.messages import Message

LANGUAGES = ("en", "da")
MAX_ITEMS = 60
MIN_MINUTES, MAX_MINUTES = 1, 240


@dataclass(frozen=True)
class GuideTemplate:
    """A named, ordered list of ``(question or topic, planned minutes)``."""

    id: str  # "builtin:<key>:<lang>" for shipped templates, a UUID for saved ones
    name: str
    lang: str  # "en", "da", or "" for a saved template that belongs to no language
    items: tuple[tuple[str, int], ...]
    built_in: bool = False
    description: str = ""
    created_at: datetime | None = None

    @property
    def total_minutes(self) -> int:
        return sum(minutes for _, minutes in self.items)


# -- the classic focus-group route: 12 questions, 120 minutes ------------------------------------
_CLASSIC_EN = (
    # opening
    ("Tell us your first name, where you work, and one thing you enjoy doing when you are "
     "not at work.", 5),
    # introductory
    ("When you think about working here, what is the first thing that comes to mind?", 8),
    # transition
    ("Think back to a working day that went really well. What made it a good day?", 10),
    ("And a day that went badly: what happened, and what would have helped?", 10),
    # key questions
    ("When do you feel that your work is appreciated? Give us an example.", 15),
    ('How do you find out what is going on here? When do you feel "in" on things, and when '
     "left out?", 15),
    ("If you could change one thing about the way you are managed, what would it be?", 15),
    ("What would make you want to stay here for five more years, and what could make you "
     "leave?", 12),
    ("Needs ranking: on your own, rank the list of what people want from work. Then we talk "
     "about your top three.", 10),
    # ending
    ("All things considered: of everything we talked about today, what matters most to you?", 7),
    ("Summary: the facilitator sums up what we heard. Is that a fair picture? What is "
     "missing?", 8),
    ("Is there anything we should have talked about but didn't?", 5),
)
_CLASSIC_DA = (
    ("Fortæl dit fornavn, hvor du arbejder, og én ting du godt kan lide at lave, når du har "
     "fri.", 5),
    ("Når du tænker på at arbejde her, hvad er så det første, du kommer i tanke om?", 8),
    ("Tænk tilbage på en arbejdsdag, der gik rigtig godt. Hvad gjorde den god?", 10),
    ("Og en dag, der gik skævt: hvad skete der, og hvad ville have hjulpet?", 10),
    ("Hvornår føler du, at dit arbejde bliver værdsat? Giv gerne et eksempel.", 15),
    ("Hvordan finder du ud af, hvad der foregår her? Hvornår føler du dig informeret og "
     "inddraget, og hvornår holdt udenfor?", 15),
    ("Hvis du kunne ændre én ting ved den måde, du bliver ledet på, hvad skulle det så være?", 15),
    ("Hvad skal der til, for at du stadig er her om fem år, og hvad kunne få dig til at gå?", 12),
    ("Behovsrangering: rangér hver for sig listen over, hvad folk ønsker sig af deres arbejde. "
     "Bagefter taler vi om jeres tre vigtigste.", 10),
    ("Alt taget i betragtning: af alt det, vi har talt om i dag, hvad betyder mest for dig?", 7),
    ("Opsummering: ordstyreren samler op på, hvad vi har hørt. Er det et retvisende billede? "
     "Hvad mangler?", 8),
    ("Er der noget, vi burde have talt om, som vi ikke har været inde på?", 5),
)

# -- the internal customer guide: 75 minutes ------------------------------------------------------
_INTERNAL_EN = (
    ("Welcome, purpose and ground rules: what is said here is reported without names.", 5),
    ("What works well for you in how we work with you today?", 12),
    ("What gets in your way? Where do we make your work harder than it needs to be?", 15),
    ("What do you need from us to do your job well?", 15),
    ("What should we stop doing, and what should we start doing?", 12),
    ("Needs ranking: rank the list on your own, then we compare the top three.", 10),
    ("Closing: if we can fix only one thing first, what should it be? Anything we did not "
     "ask about?", 6),
)
_INTERNAL_DA = (
    ("Velkomst, formål og spilleregler: det, der bliver sagt her, gengives uden navne.", 5),
    ("Hvad fungerer godt for dig i samarbejdet med os i dag?", 12),
    ("Hvad står i vejen for dig? Hvor gør vi dit arbejde sværere, end det behøver at være?", 15),
    ("Hvad har du brug for fra os for at kunne gøre dit arbejde godt?", 15),
    ("Hvad skal vi holde op med, og hvad skal vi begynde at gøre?", 12),
    ("Behovsrangering: rangér listen hver for sig, og så sammenligner vi de tre vigtigste.", 10),
    ("Afrunding: hvis vi kun kan rette én ting først, hvad skal det så være? Er der noget, vi "
     "ikke har spurgt om?", 6),
)

# -- a lunch conversation or a field visit: 25 minutes --------------------------------------------
_SHORT_EN = (
    ("How are things going for you at the moment?", 5),
    ("What do you like about your work here?", 5),
    ("What gets in your way or annoys you?", 5),
    ("What is on your mind? Is there anything you would like us to know?", 5),
    ("Which three things on the needs list matter most to you?", 3),
    ("Is there something I can follow up on for you, and by when?", 2),
)
_SHORT_DA = (
    ("Hvordan går det med dig for tiden?", 5),
    ("Hvad kan du godt lide ved dit arbejde her?", 5),
    ("Hvad står i vejen for dig, eller hvad irriterer dig?", 5),
    ("Hvad går du og tænker på? Er der noget, du gerne vil have, at vi ved?", 5),
    ("Hvilke tre ting på behovslisten betyder mest for dig?", 3),
    ("Er der noget, jeg kan følge op på for dig, og hvornår?", 2),
)

BUILT_IN: tuple[GuideTemplate, ...] = (
    GuideTemplate(
        "builtin:classic:en", "Classic focus group (2 hours)", "en", _CLASSIC_EN, True,
        "Opening, introductory, transition, key and ending questions."),
    GuideTemplate(
        "builtin:internal_customer:en", "Internal customer (75 min)", "en", _INTERNAL_EN, True,
        "What works, what gets in the way, what you need from us, stop/start, needs ranking."),
    GuideTemplate(
        "builtin:short:en", "Lunch or field visit (25 min)", "en", _SHORT_EN, True,
        "A short conversation with one person or a small team."),
    GuideTemplate(
        "builtin:classic:da", "Klassisk fokusgruppe (2 timer)", "da", _CLASSIC_DA, True,
        "Åbnings-, introduktions-, overgangs-, nøgle- og afslutningsspørgsmål."),
    GuideTemplate(
        "builtin:internal_customer:da", "Intern kunde (75 min.)", "da", _INTERNAL_DA, True,
        "Hvad virker, hvad står i vejen, hvad har du brug for, stop/start, behovsrangering."),
    GuideTemplate(
        "builtin:short:da", "Frokost eller feltbesøg (25 min.)", "da", _SHORT_DA, True,
        "En kort samtale med én person eller et lille team."),
)


def built_in(lang: str | None = None) -> list[GuideTemplate]:
    """The shipped templates in ``lang`` (all languages when ``None``)."""
    return [t for t in BUILT_IN if lang is None or t.lang == lang]


def guide_problems(items: list[tuple[str, int]] | tuple[tuple[str, int], ...]) -> list[str]:
    """Why a guide cannot be used, one sentence per problem; empty when it is fine."""
    problems = []
    if len(items) > MAX_ITEMS:
        problems.append(Message("A guide can have at most {most} items; this one has {count}.",
                                most=MAX_ITEMS, count=len(items)))
    for number, (text, minutes) in enumerate(items, start=1):
        if not " ".join(str(text or "").split()):
            problems.append(Message("Guide item {number} has no text.", number=number))
        elif len(text) > 1000:
            problems.append(Message("Guide item {number} is longer than 1,000 characters.",
                                    number=number))
        if (not isinstance(minutes, int) or isinstance(minutes, bool)
                or not MIN_MINUTES <= minutes <= MAX_MINUTES):
            problems.append(Message("Guide item {number}: planned minutes must be between "
                                    "{least} and {most}.", number=number, least=MIN_MINUTES,
                                    most=MAX_MINUTES))
    return problems
