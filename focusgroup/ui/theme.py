"""The qt-material theme (light or dark) plus a few rules of our own for cards and headings."""

from __future__ import annotations

import tempfile

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
# qt-material sets the palette's text colour to its primary colour at 36 % opacity: text painted
# from the palette (search results, HTML lists) came out pale. It is set opaque after it.
TEXT = {"dark": "#ffffff", "light": "#1b1b1b"}
THEME_CSS = {"dark": _NAV_SELECTED.format("#00695c", "#ffffff"),
             "light": _NAV_SELECTED.format("#d0e4fb", "#0d2a4d")}

_applied: str | None = None
_icons: str | None = None  # qt-material's icons when the home folder is not writable


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


def _apply_qt_material(app: QApplication, theme: str) -> None:
    """qt-material as its documentation shows, on every start and every switch: it renders the
    style sheet, registers its fonts, sets the palette's text colour and writes its icons to
    ~/.qt_material (in a private temporary folder when the home folder is not writable)."""
    from qt_material import apply_stylesheet

    options = {"theme": THEMES[theme], "invert_secondary": theme == "light",
               "extra": dict(EXTRA), "style": None}  # the style is ours: SortArrowStyle
    try:
        apply_stylesheet(app, **options)
    except OSError:
        global _icons
        _icons = _icons or tempfile.mkdtemp(prefix="focusgroup-theme-")
        apply_stylesheet(app, parent=_icons, **options)  # an absolute path: used as it is


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply once per theme change; unknown names fall back to light."""
    global _applied
    theme = theme if theme in THEMES else "light"
    if _applied == theme:
        return
    if not isinstance(app.style(), SortArrowStyle):
        app.setStyle(SortArrowStyle(QStyleFactory.create("Fusion")))
    _apply_qt_material(app, theme)
    palette = QGuiApplication.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT[theme]))
    QGuiApplication.setPalette(palette)
    app.setStyleSheet(app.styleSheet() + EXTRA_CSS + THEME_CSS[theme])  # as qt-material's
    app.setProperty("focusgroup_theme", theme)  # docs add custom rules
    _applied = theme


def current_theme(app: QApplication) -> str:
    return app.property("focusgroup_theme") or "light"
