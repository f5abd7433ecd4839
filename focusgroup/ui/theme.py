"""The qt-material theme (light or dark) plus a few rules of our own for cards and headings."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtWidgets import QApplication

THEMES = {"light": "light_blue.xml", "dark": "dark_teal.xml"}

EXTRA_CSS = """
QLabel[role="title"] { font-size: 22px; font-weight: 600; }
QLabel[role="subtitle"] { font-size: 14px; }
QLabel[role="heading"] { font-size: 16px; font-weight: 600; padding-top: 6px; }
QLabel[role="muted"] { color: palette(mid); }
QLabel[role="big-number"] { font-size: 28px; font-weight: 600; }
QLabel[role="warning"] { color: #c62828; font-weight: 600; }
QFrame[role="card"] { border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 8px; }
QPushButton[role="primary"] { background-color: #1e6fb8; color: white; border-color: #1e6fb8; }
QPushButton[role="primary"]:hover { background-color: #2b82d1; }
QLabel[role="quote"] { font-style: italic; padding: 2px 0 2px 10px;
    border-left: 3px solid #1e6fb8; }
QListWidget#navigation { font-size: 14px; border: none; }
QListWidget#navigation::item { padding: 10px 14px; }
"""

_applied: str | None = None


EXTRA = {"density_scale": "-1", "font_family": "DejaVu Sans, Noto Sans, sans-serif"}


def _cache_file(theme: str) -> Path:
    import qt_material

    key = hashlib.sha1(repr((getattr(qt_material, "__version__", ""), THEMES[theme],
                             sorted(EXTRA.items()))).encode()).hexdigest()[:12]
    return Path(user_cache_dir("focusgroup", appauthor=False)) / f"theme-{theme}-{key}.qss"


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply once per theme change; unknown names fall back to light.

    qt-material renders its style sheet from a template on every call (~0.1 s); the result is
    cached per theme and qt-material version, so later starts only regenerate its icons.
    """
    global _applied
    theme = theme if theme in THEMES else "light"
    if _applied == theme:
        return
    from qt_material import apply_stylesheet, get_theme, set_icons_theme

    invert = theme == "light"
    cache = _cache_file(theme)
    stylesheet = None
    with contextlib.suppress(OSError):
        stylesheet = cache.read_text(encoding="utf-8") if cache.exists() else None
    if stylesheet:
        app.setStyle("Fusion")
        set_icons_theme(get_theme(THEMES[theme], invert), parent="theme")
    else:
        apply_stylesheet(app, theme=THEMES[theme], invert_secondary=invert, extra=dict(EXTRA))
        stylesheet = app.styleSheet()
        with contextlib.suppress(OSError):
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_text(stylesheet, encoding="utf-8")
    app.setStyleSheet(stylesheet + EXTRA_CSS)
    app.setProperty("focusgroup_theme", theme)
    _applied = theme


def current_theme(app: QApplication) -> str:
    return app.property("focusgroup_theme") or "light"
