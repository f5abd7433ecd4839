"""Charts drawn with reportlab.graphics, readable in greyscale print: solid against dashed, filled
against open, and every bar and dot labelled with its number."""

from __future__ import annotations

from collections.abc import Sequence

from focusgroup.reports.styles import ACCENT, INK, MUTED, PRIMARY, RULE
from focusgroup.reports.text import printable, visual

LABEL_SIZE = 8
SMALL = 7


def _fit(text: str, width: float, font: str, size: float, lines: int = 2) -> list[str]:
    """``text`` wrapped into at most ``lines`` lines of ``width`` points (the last one cut
    with an ellipsis)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = " ".join(printable(text).split()).split(" ")
    out: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] += " …"
    fitted = []
    for line in out:
        while line and stringWidth(line, font, size) > width:
            line = line[:-2] + "…"
        fitted.append(visual(line))
    return fitted


def _legend_item(drawing, x: float, y: float, text: str, *, fill, stroke, dash=None,
                 line: bool = False, circle: str | None = None) -> float:
    """Draw one legend entry at (x, y); return the x after it."""
    from reportlab.graphics.shapes import Circle, Line, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from focusgroup.reports.fonts import REGULAR

    if line:
        drawing.add(Line(x, y + 3, x + 22, y + 3, strokeColor=stroke, strokeWidth=2,
                         strokeDashArray=dash))
        x += 26
    elif circle:
        drawing.add(Circle(x + 4, y + 3, 3.6, fillColor=fill, strokeColor=stroke,
                           strokeWidth=1.2))
        x += 11
    else:
        drawing.add(Rect(x, y - 1, 14, 8, fillColor=fill, strokeColor=stroke, strokeWidth=1,
                         strokeDashArray=dash))
        x += 18
    drawing.add(String(x, y, text, fontName=REGULAR, fontSize=SMALL + 0.5,
                       fillColor=_color(INK)))
    return x + stringWidth(text, REGULAR, SMALL + 0.5) + 14


def _color(hex_code: str):
    from reportlab.lib import colors

    return colors.HexColor(hex_code)


def _ticks(top: int) -> list[int]:
    step = 1
    for candidate in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        step = candidate
        if top / candidate <= 6:
            break
    return list(range(0, top + 1, step))


def theme_bars(rows: Sequence[tuple[str, int, int]], likes: str, dislikes: str,
               width: float = 480):
    """Likes and dislikes per theme as pairs of horizontal bars.

    Args:
        rows: (theme, likes, dislikes), drawn top to bottom.
        likes: Legend text for likes (solid, filled bars).
        dislikes: Legend text for dislikes (light bars with a dashed outline).
    """
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    from focusgroup.reports.fonts import REGULAR

    label_w, bar_h, gap, top_pad, bottom_pad = 130, 7.5, 7, 22, 18
    row_h = 2 * bar_h + gap
    height = top_pad + bottom_pad + row_h * len(rows)
    drawing = Drawing(width, height, initialFontName=REGULAR)
    plot_x, plot_w = label_w + 8, width - label_w - 30
    largest = max([1, *(max(l_, d) for _, l_, d in rows)])
    ticks = _ticks(largest)
    scale = plot_w / max(ticks[-1], largest)
    base_y = bottom_pad
    for tick in ticks:
        x = plot_x + tick * scale
        drawing.add(Line(x, base_y - 2, x, height - top_pad + 2, strokeColor=_color(RULE),
                         strokeWidth=0.5))
        drawing.add(String(x, base_y - 11, str(tick), fontName=REGULAR, fontSize=SMALL,
                           fillColor=_color(MUTED), textAnchor="middle"))
    for index, (theme, n_like, n_dislike) in enumerate(rows):
        y = height - top_pad - (index + 1) * row_h + gap / 2
        lines = _fit(theme, label_w, REGULAR, LABEL_SIZE)
        mid = y + bar_h + (len(lines) - 1) * (LABEL_SIZE + 1) / 2 - 3
        for k, text in enumerate(lines):
            drawing.add(String(label_w, mid - k * (LABEL_SIZE + 1), text, fontName=REGULAR,
                               fontSize=LABEL_SIZE, fillColor=_color(INK), textAnchor="end"))
        for offset, value, solid in ((bar_h, n_like, True), (0, n_dislike, False)):
            bar_y = y + offset
            if value:
                drawing.add(Rect(plot_x, bar_y, value * scale, bar_h - 1,
                                 fillColor=_color(PRIMARY if solid else "#fbe3c6"),
                                 strokeColor=_color(PRIMARY if solid else ACCENT),
                                 strokeWidth=0.9, strokeDashArray=None if solid else [2.5, 1.5]))
            drawing.add(String(plot_x + value * scale + 3, bar_y + 0.8, str(value),
                               fontName=REGULAR, fontSize=SMALL, fillColor=_color(INK)))
    x = plot_x
    x = _legend_item(drawing, x, height - 11, likes, fill=_color(PRIMARY),
                     stroke=_color(PRIMARY))
    _legend_item(drawing, x, height - 11, dislikes, fill=_color("#fbe3c6"),
                 stroke=_color(ACCENT), dash=[2.5, 1.5])
    return drawing


def gap_dumbbell(rows: Sequence[tuple[str, float, float]], texts: dict[str, str],
                 width: float = 480):
    """The perception gap as a dumbbell chart: one row per need in the employees' order, a
    filled dot at the employees' group rank, an open dot at the rank managers predicted, and a
    line between them: solid where managers underestimate the need, dashed where they
    overestimate it, thin grey where they agree (less than a place apart).

    Args:
        rows: (label, employees' rank, managers' predicted rank).
        texts: ``employees``, ``managers``, ``under``, ``over``, ``axis_left``, ``axis_right``
            (already translated).
    """
    from reportlab.graphics.shapes import Circle, Drawing, Line, String

    from focusgroup.reports.fonts import REGULAR

    count = len(rows)
    label_w, row_h, top_pad, bottom_pad = 190, 19, 30, 40
    height = top_pad + bottom_pad + row_h * count
    drawing = Drawing(width, height, initialFontName=REGULAR)
    plot_x, plot_w = label_w + 16, width - label_w - 30
    ranks = [r for _, e, m in rows for r in (e, m)]
    top = max([count, *[int(r + 0.999) for r in ranks]]) if rows else 1

    def x_of(rank: float) -> float:
        return plot_x + (rank - 1) / max(1, top - 1) * plot_w

    axis_y = height - top_pad + 8
    for rank in range(1, top + 1):
        x = x_of(rank)
        drawing.add(Line(x, bottom_pad - 4, x, axis_y - 4, strokeColor=_color(RULE),
                         strokeWidth=0.4))
        drawing.add(String(x, axis_y, str(rank), fontName=REGULAR, fontSize=SMALL,
                           fillColor=_color(MUTED), textAnchor="middle"))
    drawing.add(String(plot_x, axis_y + 10, texts["axis_left"], fontName=REGULAR,
                       fontSize=SMALL, fillColor=_color(MUTED)))
    drawing.add(String(plot_x + plot_w, axis_y + 10, texts["axis_right"], fontName=REGULAR,
                       fontSize=SMALL, fillColor=_color(MUTED), textAnchor="end"))
    for index, (label, employees, managers) in enumerate(rows):
        y = height - top_pad - (index + 0.5) * row_h
        lines = _fit(label, label_w, REGULAR, LABEL_SIZE)
        start = y + (len(lines) - 1) * (LABEL_SIZE + 1) / 2 - 3
        for k, text in enumerate(lines):
            drawing.add(String(label_w, start - k * (LABEL_SIZE + 1), text, fontName=REGULAR,
                               fontSize=LABEL_SIZE, fillColor=_color(INK), textAnchor="end"))
        difference = managers - employees
        if difference >= 1:
            color, dash, stroke = PRIMARY, None, 2.2
        elif difference <= -1:
            color, dash, stroke = ACCENT, [4, 2.5], 2.2
        else:
            color, dash, stroke = MUTED, None, 1
        drawing.add(Line(x_of(employees), y, x_of(managers), y, strokeColor=_color(color),
                         strokeWidth=stroke, strokeDashArray=dash))
        # the open ring is a little larger, so it still shows around a dot at the same rank
        drawing.add(Circle(x_of(managers), y, 5, fillColor=_color("#ffffff"),
                           strokeColor=_color(INK), strokeWidth=1.3))
        drawing.add(Circle(x_of(employees), y, 3.6, fillColor=_color(INK),
                           strokeColor=_color(INK), strokeWidth=1))
    legend_y = 12
    x = 0.0
    x = _legend_item(drawing, x, legend_y, texts["employees"], fill=_color(INK),
                     stroke=_color(INK), circle="filled")
    x = _legend_item(drawing, x, legend_y, texts["managers"], fill=_color("#ffffff"),
                     stroke=_color(INK), circle="open")
    x = 0.0
    x = _legend_item(drawing, x, legend_y - 12, texts["under"], fill=None,
                     stroke=_color(PRIMARY), line=True)
    _legend_item(drawing, x, legend_y - 12, texts["over"], fill=None, stroke=_color(ACCENT),
                 dash=[4, 2.5], line=True)
    return drawing
