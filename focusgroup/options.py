"""Every user option, declared once with its type, default and limits.

The GUI stores them with QSettings (``focusgroup.ui.settings``); the CLI uses the defaults or its
flags. Validation lives here so both say the same thing about a bad value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def clean(self, value: Any) -> Any:
        """The value as ``type`` within limits; the default when it cannot be read."""
        try:
            if self.type is bool:
                value = value if isinstance(value, bool) else str(value).lower() in {"1", "true"}
            else:
                value = self.type(value)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        if self.minimum is not None and value < self.minimum:
            return self.minimum
        if self.maximum is not None and value > self.maximum:
            return self.maximum
        return value


THEME = Option("appearance/theme", str, "light", choices=("light", "dark"))
LANGUAGE = Option("appearance/language", str, "en", choices=("en", "da"))
ANONYMITY_THRESHOLD = Option("privacy/anonymity_threshold", int, 5, minimum=3, maximum=50)
DEFAULT_CADENCE_MONTHS = Option("listening/default_cadence_months", int, 6, minimum=1, maximum=36)
BACKUPS_KEPT = Option("storage/backups_kept", int, 10, minimum=1, maximum=200)
RECENT_FILES = Option("files/recent", list, [])
LAST_WORKSPACE = Option("files/last_workspace", str, "")

ALL: tuple[Option, ...] = (
    THEME,
    LANGUAGE,
    ANONYMITY_THRESHOLD,
    DEFAULT_CADENCE_MONTHS,
    BACKUPS_KEPT,
    RECENT_FILES,
    LAST_WORKSPACE,
)
