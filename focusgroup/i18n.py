"""The one catalogue of the layers without Qt: their sentences, dates and numbers in a language.

Every sentence the domain, services and reports say is written in English and *is* its own
msgid: a :class:`~focusgroup.messages.Message` template, or a plain string marked with
:func:`N_` (or passed to a report's ``tr``). ``packaging/update_translations.sh`` collects them
with ``pybabel extract`` into ``resources/locale/<lang>/LC_MESSAGES/focusgroup.po`` and compiles
the ``.mo`` beside it, which is committed and loaded here with Babel's ``Translations``.

Dates and numbers follow the language through Babel (CLDR): "3. maj 2026", "2,5", "20.000".
The command line stays English (``str(message)``); the interface renders a message in its own
language (``focusgroup.ui.labels.message``), a report in the report's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from focusgroup.messages import Message

DOMAIN = "focusgroup"
LANGUAGES = ("en", "da")
LOCALES = {"en": "en_GB", "da": "da_DK"}  # English reports write "3 May 2026", as before
_FIXED = re.compile(r"\.(\d+)f")


def _locale_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if (candidate / "locale").is_dir():
            return candidate / "locale"
    return here.parent / "resources" / "locale"


LOCALE_DIR = _locale_dir()


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it here."""
    return text


def language(lang: str) -> str:
    """``"en"`` or ``"da"`` for ``lang`` (region variants such as ``"da_DK"`` or ``"en-GB"``
    accepted); ValueError for a language the app does not speak."""
    primary = lang.replace("-", "_").split("_", 1)[0].lower()
    if primary not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    return primary


@cache
def translations(lang: str) -> NullTranslations:
    """The compiled catalogue of ``lang`` (English: the msgids themselves)."""
    code = language(lang)
    if code == "en":
        return NullTranslations()
    return Translations.load(str(LOCALE_DIR), [code], DOMAIN)


def gettext(text: str, lang: str) -> str:
    """``text`` (an English msgid) in ``lang``; the English text when it has no translation."""
    return translations(lang).gettext(text)


def render(text: str, lang: str) -> str:
    """A Message in ``lang``: its template translated and its values (numbers the way the
    language writes them, nested messages translated too) filled in; a plain str translated
    as a msgid."""
    if isinstance(text, Message):
        return text.render(lambda template: gettext(template, lang),
                           lambda value, spec: number_field(value, spec, lang))
    return gettext(text, lang)


def number_field(value: float, spec: str, lang: str) -> str:
    """A number written into a message: ``{n:,}`` grouped ("20.000"), ``{x:.2f}`` with that many
    decimals ("0,35"), ``{n}`` as is but with the language's decimal sign ("2,5")."""
    locale = LOCALES[language(lang)]
    fixed = _FIXED.fullmatch(spec)
    if spec == ",":
        return format_decimal(value, locale=locale)
    if fixed:
        digits = int(fixed.group(1))
        return format_decimal(value, format="0." + "0" * digits if digits else "0",
                              locale=locale)
    if spec == "":
        return format_decimal(value, locale=locale, group_separator=False,
                              decimal_quantization=False)
    return format(value, spec)


def day(value: date | None, lang: str, *, short: bool = False) -> str:
    """A date: "3 May 2026" / "3. maj 2026" (``short``: "3 Mar 2026" / "3. mar. 2026");
    "—" for none."""
    if value is None:
        return "—"
    return format_date(value, "medium" if short else "long", locale=LOCALES[language(lang)])


def decimal(value: float, lang: str, digits: int | None = None) -> str:
    """``value`` with ``digits`` decimals ("0,35"), or as many as it has ("2,5", "3")."""
    if digits is None:
        return number_field(value, "", lang)
    return number_field(value, f".{digits}f", lang)
