"""Sentences for people from the pure-Python layers, in any language the app speaks.

The domain, storage and services know no Qt and no interface language, yet their messages
("A department called Warehouse already exists.") reach the screen. Such a message is built as
``Message("A department called {name} already exists.", name=name)``: it *is* the English text
(a ``str``, so the command line and logs print it unchanged) and it keeps its template and
values, so the app can look the template up in its Danish catalogue and fill in the same values
(:func:`focusgroup.ui.labels.message`, :func:`focusgroup.i18n.render`).
``packaging/update_translations.sh`` collects every ``Message("…")`` template into the gettext
catalogue (``pybabel extract -k Message``), with the template as its msgid.

Write the template as a literal string with ``{name}`` fields (format specs such as ``{n:,}``
are allowed); pass values by keyword. A value may itself be a Message: it is translated too.
"""

from __future__ import annotations

import string
from typing import Any


class Message(str):
    """English text that remembers its template and values."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def render(self, translate, number=None) -> str:
        """This message with ``translate(template)`` as the template (values translated too).
        ``number(value, format_spec)``, if given, writes the numbers the way the language does
        ("20.000" and "2,5" in Danish, where "20,000" would read as twenty)."""
        values = {key: value.render(translate, number) if isinstance(value, Message) else value
                  for key, value in self.values.items()}
        template = translate(self.template) or self.template
        try:
            if not values:
                return template
            return _Formatter(number).format(template, **values)
        except (KeyError, IndexError, ValueError):  # a broken translation: English, not a crash
            return str(self)

    def __reduce__(self):  # stays a Message across processes and copies
        return (_rebuild, (self.template, self.values))


class _Formatter(string.Formatter):
    def __init__(self, number):
        super().__init__()
        self.number = number

    def format_field(self, value: Any, format_spec: str) -> str:
        if (self.number is not None and isinstance(value, int | float)
                and not isinstance(value, bool)):
            return self.number(value, format_spec)
        return super().format_field(value, format_spec)


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)


def text_of(error: BaseException) -> str:
    """The message an error was raised with: the Message itself when there is one."""
    if error.args and isinstance(error.args[0], str) and len(error.args) == 1:
        return error.args[0]
    return str(error)
