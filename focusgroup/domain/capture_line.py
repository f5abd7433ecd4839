"""The capture line's little language, so a facilitator never reaches for the mouse.

``+`` like, ``-`` dislike, ``!`` idea, ``?`` question, ``"`` quote, ``n:`` need, anything else an
observation. ``@P-003`` attributes the note to a participant, ``#canteen`` tags it with a theme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from focusgroup.domain.model import NoteKind
from focusgroup.messages import Message

MAX_NOTE = 20_000

PREFIXES: tuple[tuple[str, NoteKind], ...] = (
    ("n:", NoteKind.NEED),
    ("+", NoteKind.LIKE),
    ("-", NoteKind.DISLIKE),
    ("!", NoteKind.IDEA),
    ("?", NoteKind.QUESTION),
    ('"', NoteKind.QUOTE),
    ("“", NoteKind.QUOTE),
    ("„", NoteKind.QUOTE),
)
SHORTCUT_KINDS: tuple[NoteKind, ...] = (  # Ctrl+1 … Ctrl+7
    NoteKind.LIKE, NoteKind.DISLIKE, NoteKind.IDEA, NoteKind.NEED, NoteKind.QUOTE,
    NoteKind.QUESTION, NoteKind.OBSERVATION,
)

_MENTION = re.compile(r"(?<![\w@])@([\w][\w.\-]*[\w]|[\w])", re.UNICODE)
_TAG = re.compile(r"(?<![\w#&])#([\w][\w\-]*)", re.UNICODE)


_NOT_IN_TAG = re.compile(r"[^\w]+", re.UNICODE)


def theme_tag(name: str) -> str:
    """How a theme is written as a #tag: "Tools & equipment" gives "Tools-equipment"."""
    return _NOT_IN_TAG.sub("-", name).strip("-")


def same_theme(tag: str, name: str) -> bool:
    """Whether ``tag`` (as typed after #) names the theme ``name``, in any case."""
    return theme_tag(tag).casefold() == theme_tag(name).casefold()


class NoteTooLong(ValueError):
    pass


@dataclass(frozen=True)
class ParsedNote:
    kind: NoteKind
    text: str
    participant_code: str | None
    themes: tuple[str, ...]


# Unicode's categories Cc (C0 controls, DEL, C1 controls) and Cs (surrogates), but for line
# breaks and tabs: one regular expression instead of a look-up per character (an import of
# 20,000 answers spent seconds here).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Remove NUL and other control characters (keeping line breaks and tabs)."""
    return _CONTROL.sub("", text)


def kind_from_prefix(line: str) -> tuple[NoteKind, str]:
    stripped = line.lstrip()
    for prefix, kind in PREFIXES:
        if stripped[: len(prefix)].lower() == prefix:
            rest = stripped[len(prefix):].strip()
            if kind is NoteKind.QUOTE:
                rest = rest.rstrip('"”“').strip()
            return kind, rest
    return NoteKind.OBSERVATION, stripped.strip()


def parse_line(line: str, kind: NoteKind | None = None) -> ParsedNote | None:
    """What the facilitator typed, as a note; ``None`` when nothing is left to save.

    ``kind`` (from Ctrl+1…7) overrides the prefix; the prefix is still removed.
    """
    line = clean_text(line)
    if len(line) > MAX_NOTE:
        raise NoteTooLong(Message("A note can be at most {most:,} characters; this one has "
                                  "{length:,}.", most=MAX_NOTE, length=len(line)))
    prefixed_kind, text = kind_from_prefix(line)
    code = None
    mention = _MENTION.search(text)
    if mention:
        code = mention.group(1)
        text = text[: mention.start()] + text[mention.end():]
    themes: list[str] = []
    for match in _TAG.finditer(text):
        name = match.group(1)
        if name.casefold() not in {t.casefold() for t in themes}:
            themes.append(name)
    text = _TAG.sub("", text)
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    if prefixed_kind is NoteKind.QUOTE:
        text = text.rstrip('"”“').strip()
    text = re.sub(r"^[,:;\s]+", "", text)
    if not text:
        return None
    return ParsedNote(kind or prefixed_kind, text, code, tuple(themes))
