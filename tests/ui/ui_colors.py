"""Reading colours off painted widgets, as a reader's eye would (shared by the UI tests)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
            + 0.0722 * channel(color.blue()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(image: QImage) -> float:
    """The contrast of the strongest ink against the commonest colour (the background)."""
    colors = Counter(image.pixel(x, y) for x in range(image.width())
                     for y in range(image.height()))
    background = QColor(colors.most_common(1)[0][0])
    ink = max((QColor(c) for c in colors), key=lambda c: contrast(c, background))
    return contrast(ink, background)
