"""Every user option, declared once with its type, default, limits and where it lives.

Options that protect data (anonymity threshold, backups kept, default cadence) live in the
workspace (``WORKSPACE``: its ``meta`` table, read and written by
``focusgroup.services.workspace_settings``), so the app and every CLI command obey the same values;
a workspace that stores none gets the declared default. Personal UI preferences (``PERSONAL``:
theme, language, recent files) live in QSettings (``focusgroup.ui.settings``). Validation lives
here so the app and the CLI say the same thing about a bad value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from focusgroup.domain.ranking_input import whole_number
from focusgroup.messages import Message

PERSONAL, WORKSPACE = "personal", "workspace"


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    place: str = PERSONAL

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

    def parse(self, text: str) -> Any:
        """``text`` typed by a person as this option's value; ``ValueError`` carrying a
        one-line :class:`Message` when it is not a whole number within the limits."""
        value = whole_number(str(text))  # digits 0-9 only: not "٧", "²" or "1_0"
        low, high = self.minimum, self.maximum
        if value is None or (low is not None and value < low) or (
                high is not None and value > high):
            raise ValueError(Message("{key} must be a whole number from {least} to {most}.",
                                     key=self.key, least=low, most=high))
        return value


THEME = Option("appearance/theme", str, "light", choices=("light", "dark"))
LANGUAGE = Option("appearance/language", str, "en", choices=("en", "da"))
ANONYMITY_THRESHOLD = Option("anonymity_threshold", int, 5, minimum=3, maximum=50,
                             place=WORKSPACE)
BACKUPS_KEPT = Option("backups_kept", int, 10, minimum=1, maximum=200, place=WORKSPACE)
# A routine backup (on opening or closing after changes) is made at most once per this many
# minutes; 0 makes one after every change. Risky steps (migration, merge, erasure, restore,
# import of a file) always get their own verified backup first.
BACKUP_INTERVAL = Option("backup_interval_minutes", int, 60, minimum=0, maximum=10080,
                         place=WORKSPACE)
# All of a workspace's backups together take at most this many times the workspace's size
# (the oldest go first; the newest is always kept).
BACKUP_SPACE = Option("backups_size_factor", int, 3, minimum=1, maximum=100, place=WORKSPACE)
DEFAULT_CADENCE_MONTHS = Option("cadence_months", int, 6, minimum=1, maximum=36, place=WORKSPACE)
RECENT_FILES = Option("files/recent", list, [])
LAST_WORKSPACE = Option("files/last_workspace", str, "")

ALL: tuple[Option, ...] = (
    THEME,
    LANGUAGE,
    ANONYMITY_THRESHOLD,
    BACKUPS_KEPT,
    DEFAULT_CADENCE_MONTHS,
    BACKUP_INTERVAL,
    BACKUP_SPACE,
    RECENT_FILES,
    LAST_WORKSPACE,
)
IN_WORKSPACE: tuple[Option, ...] = tuple(o for o in ALL if o.place == WORKSPACE)
"""The options stored in the workspace, in the order ``focusgroup config`` lists them."""
