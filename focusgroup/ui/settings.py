"""The user's personal options (theme, language, recent files), read and written through
QSettings (declared in ``focusgroup.options``). The options that protect data live in the
workspace instead (``focusgroup.services.workspace_settings``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from focusgroup import options
from focusgroup.options import Option

MAX_RECENT = 8


class Settings:
    """One object for every option; values are cleaned to their declared type and limits."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings("focusgroup", "focusgroup")

    @classmethod
    def at(cls, path: Path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, option: Option) -> Any:
        _personal(option)
        raw = self._q.value(option.key, None)
        if raw is None:
            return list(option.default) if isinstance(option.default, list) else option.default
        if option.type is list:
            return [str(v) for v in raw] if isinstance(raw, list) else ([str(raw)] if raw else [])
        return option.clean(raw)

    def set(self, option: Option, value: Any) -> None:
        _personal(option)
        self._q.setValue(option.key, value if option.type is list else option.clean(value))
        self._q.sync()

    def recent_files(self) -> list[str]:
        return [p for p in self.get(options.RECENT_FILES) if Path(p).exists()]

    def remember(self, path: Path) -> None:
        text = str(Path(path).absolute())
        recent = [p for p in self.get(options.RECENT_FILES) if p != text]
        self.set(options.RECENT_FILES, [text, *recent][:MAX_RECENT])
        self.set(options.LAST_WORKSPACE, text)


def _personal(option: Option) -> None:
    if option.place != options.PERSONAL:
        raise ValueError(f"{option.key} is stored in the workspace, not in QSettings")
