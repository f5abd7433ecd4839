"""Both themes: the selected page in the navigation stays readable, focused or not."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
            + 0.0722 * channel(color.blue()))


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _selected_item_contrast(nav) -> float:
    """Background and text of the selected row, read off the painted list."""
    rect = nav.visualItemRect(nav.currentItem())
    image = nav.viewport().grab(rect).toImage()
    colors = Counter(image.pixel(x, y) for x in range(image.width())
                     for y in range(image.height()))
    background = QColor(colors.most_common(1)[0][0])
    text = max((QColor(c) for c in colors), key=lambda c: _contrast(c, background))
    return _contrast(text, background)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_selected_page_is_readable(theme, qtbot, settings, tmp_path, qapp):
    from focusgroup import options
    from focusgroup.app import build_main_window
    from focusgroup.ui.theme import apply_theme

    settings.set(options.THEME, theme)
    window = build_main_window(tmp_path / "team.focusgroup", settings)
    qtbot.addWidget(window)
    try:
        window.show()
        window.nav.setCurrentRow(2)
        window.nav.setFocus()
        qtbot.waitUntil(window.nav.hasFocus)
        assert _selected_item_contrast(window.nav) >= 4.5  # WCAG AA for normal text
        window.sessions.table.setFocus()  # the selection without focus, too
        assert _selected_item_contrast(window.nav) >= 4.5
    finally:
        window.close_workspace()
        apply_theme(qapp, "light")
