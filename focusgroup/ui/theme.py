"""The qt-material theme (light or dark) plus a few rules of our own for cards and headings."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionHeader,
)

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

# qt-material selects with its primary colour and white text: 1.6:1 on the dark theme's mint,
# 2.8:1 on the light theme's blue. The navigation keeps one readable pair, focused or not.
_NAV_SELECTED = """
QListWidget#navigation::item:selected, QListWidget#navigation::item:selected:focus,
QListWidget#navigation::item:selected:active {{ background-color: {0}; color: {1}; }}
"""
# qt-material sets the palette's text colour to its primary colour at 36 % opacity when it
# renders a theme (so on a theme's first use, not when read from the cache): text painted from
# the palette (search results, HTML lists) came out pale until the next start. Both paths now
# set the same opaque colour.
TEXT = {"dark": "#ffffff", "light": "#1b1b1b"}
THEME_CSS = {"dark": _NAV_SELECTED.format("#00695c", "#ffffff"),
             "light": _NAV_SELECTED.format("#d0e4fb", "#0d2a4d")}

_applied: str | None = None


class SortArrowStyle(QProxyStyle):
    """Fusion, with the sort arrow the way people read it: ▼ for a list that runs from the
    largest (newest) down, ▲ for one that runs up. Qt paints them the other way round."""

    _SWAP = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
             QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if (element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
                and isinstance(option, QStyleOptionHeader) and option.sortIndicator in self._SWAP):
            option = QStyleOptionHeader(option)
            option.sortIndicator = self._SWAP[option.sortIndicator]
        super().drawPrimitive(element, option, painter, widget)


EXTRA = {"density_scale": "-1", "font_family": "DejaVu Sans, Noto Sans, sans-serif"}


def _qt_material_dir() -> Path | None:
    """qt-material's package folder, found without importing it (its import costs ~50 ms)."""
    spec = importlib.util.find_spec("qt_material")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _cache_dir(theme: str) -> Path:
    """One folder per theme, qt-material version and options: style sheet plus its icons."""
    package = _qt_material_dir()
    stamp = ""
    with contextlib.suppress(OSError, TypeError):
        stamp = str((package / "__init__.py").stat().st_mtime_ns) if package else ""
    key = hashlib.sha1(repr((stamp, THEMES[theme], sorted(EXTRA.items()))).encode()).hexdigest()
    return Path(user_cache_dir("focusgroup", appauthor=False)) / f"theme-{theme}-{key[:12]}"


def _load_cached(folder: Path) -> str | None:
    """The cached style sheet, if it and its icons were written completely (and the icons are
    still there: a cache cleaner may have removed them)."""
    with contextlib.suppress(OSError, UnicodeDecodeError):
        if (folder / "complete").exists() and (folder / "icons" / "primary").is_dir():
            return (folder / "style.qss").read_text(encoding="utf-8")
    return None


def _render(app: QApplication, theme: str, folder: Path) -> str | None:
    """Let qt-material render the style sheet and icons, then keep both for later starts."""
    from qt_material import apply_stylesheet

    options = {"theme": THEMES[theme], "invert_secondary": theme == "light", "extra": dict(EXTRA)}
    try:  # icons go to our own folder (not the shared ~/.qt_material), one per theme
        apply_stylesheet(app, parent=str(folder / "icons"), **options)
    except OSError:  # a cache folder we cannot write: qt-material's default place, which it
        apply_stylesheet(app, **options)  # has already pointed Qt's icon path at
        return None
    stylesheet = app.styleSheet()
    with contextlib.suppress(OSError):
        (folder / "style.qss").write_text(stylesheet, encoding="utf-8")
        (folder / "complete").write_text("ok\n", encoding="utf-8")
    return stylesheet


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply once per theme change; unknown names fall back to light.

    qt-material renders its style sheet from a template and rewrites its icons on every call
    (~0.1 s with its import); both are cached per theme and qt-material version, so later
    starts only read one file and point Qt at the icon folder.
    """
    global _applied
    theme = theme if theme in THEMES else "light"
    if _applied == theme:
        return
    folder = _cache_dir(theme)
    stylesheet = _load_cached(folder)
    own_icons = True
    if stylesheet is None:
        stylesheet = _render(app, theme, folder)
        if stylesheet is None:
            stylesheet, own_icons = app.styleSheet(), False
    if not isinstance(app.style(), SortArrowStyle):
        app.setStyle(SortArrowStyle(QStyleFactory.create("Fusion")))
    QDir.setSearchPaths("icon", [str(folder / "icons") if own_icons
                                 else str(Path.home() / ".qt_material" / "theme")])
    palette = QGuiApplication.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT[theme]))
    QGuiApplication.setPalette(palette)
    app.setStyleSheet(stylesheet + EXTRA_CSS + THEME_CSS[theme])
    app.setProperty("focusgroup_theme", theme)
    _applied = theme


def current_theme(app: QApplication) -> str:
    return app.property("focusgroup_theme") or "light"
