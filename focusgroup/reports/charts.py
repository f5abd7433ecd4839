"""Charts painted straight onto the PDF canvas, readable in greyscale print: solid against
dashed, filled against open, and every bar and dot labelled with its number.

Each chart is a plain platypus flowable that keeps a short list of drawing operations (lines,
rectangles, circles, strings; origin at the bottom left of the chart) and replays them with the
canvas when it is drawn, so no reportlab.graphics shape tree is built, validated or rendered.
A chart does not split: one that does not fit moves whole to the next page."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from focusgroup.reports.styles import ACCENT, INK, MUTED, PRIMARY, RULE
from focusgroup.reports.text import printable, visual

LABEL_SIZE = 8
SMALL = 7
WHITE = "#ffffff"
LIGHT_ORANGE = "#fbe3c6"  # the fill of a dislikes bar, under its dashed orange outline
BAR_DASH = (2.5, 1.5)
GAP_DASH = (4, 2.5)

# The drawing operations a chart replays (colours as hex codes, dash None for a solid line):
#   ("line", x1, y1, x2, y2, stroke, line_width, dash)
#   ("rect", x, y, width, height, fill or None, stroke, line_width, dash)
#   ("circle", x, y, radius, fill, stroke, line_width)
#   ("text", x, y, text, font_size, colour, anchor)  anchor: "start", "end" or "middle"


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


def _legend_item(ops: list, x: float, y: float, text: str, *, fill: str | None, stroke: str,
                 dash: tuple[float, ...] | None = None, line: bool = False,
                 circle: bool = False) -> float:
    """Add one legend entry at (x, y) to ``ops``; return the x after it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from focusgroup.reports.fonts import REGULAR

    if line:
        ops.append(("line", x, y + 3, x + 22, y + 3, stroke, 2, dash))
        x += 26
    elif circle:
        ops.append(("circle", x + 4, y + 3, 3.6, fill, stroke, 1.2))
        x += 11
    else:
        ops.append(("rect", x, y - 1, 14, 8, fill, stroke, 1, dash))
        x += 18
    ops.append(("text", x, y, text, SMALL + 0.5, INK, "start"))
    return x + stringWidth(text, REGULAR, SMALL + 0.5) + 14


@cache
def _color(hex_code: str):
    from reportlab.lib import colors

    return colors.HexColor(hex_code)


@cache
def chart_class():
    """The flowable class of both charts (made on first use, so that importing this module
    does not import reportlab)."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.platypus import Flowable

    from focusgroup.reports.fonts import REGULAR

    class Chart(Flowable):
        """A fixed-size chart: its drawing operations, painted with the canvas."""

        def __init__(self, width: float, height: float, ops: list[tuple]):
            super().__init__()
            self.width, self.height, self.ops = width, height, ops

        def __repr__(self) -> str:
            return f"Chart({self.width:g} x {self.height:g}, {len(self.ops)} operations)"

        def wrap(self, availWidth, availHeight):
            return self.width, self.height

        def split(self, availWidth, availHeight):
            return []  # kept whole: it moves to the next page instead

        def draw(self) -> None:
            canv = self.canv
            canv.setLineCap(0)
            canv.setLineJoin(0)
            # the state last set, so that each change is written once
            state = {"stroke": None, "fill": None, "width": None, "dash": False}

            def stroke(color: str, width: float, dash) -> None:
                if state["stroke"] != color:
                    canv.setStrokeColor(_color(color))
                    state["stroke"] = color
                if state["width"] != width:
                    canv.setLineWidth(width)
                    state["width"] = width
                if state["dash"] != dash:
                    if dash:
                        canv.setDash(list(dash))
                    else:
                        canv.setDash()
                    state["dash"] = dash

            def fill(color: str) -> None:
                if state["fill"] != color:
                    canv.setFillColor(_color(color))
                    state["fill"] = color

            texts = []
            for op in self.ops:
                kind = op[0]
                if kind == "text":
                    texts.append(op)
                elif kind == "line":
                    _, x1, y1, x2, y2, color, width, dash = op
                    stroke(color, width, dash)
                    canv.line(x1, y1, x2, y2)
                elif kind == "rect":
                    _, x, y, w, h, fill_color, color, width, dash = op
                    stroke(color, width, dash)
                    if fill_color is not None:
                        fill(fill_color)
                    canv.rect(x, y, w, h, stroke=1, fill=int(fill_color is not None))
                else:
                    _, x, y, radius, fill_color, color, width = op
                    stroke(color, width, None)
                    fill(fill_color)
                    canv.circle(x, y, radius, stroke=1, fill=1)
            # every label over the shapes, in one text object
            text, current = canv.beginText(), None
            width_of = getFont(REGULAR).stringWidth
            for _, x, y, label, size, color, anchor in texts:
                if (size, color) != current:
                    text.setFont(REGULAR, size)
                    text.setFillColor(_color(color))
                    current = (size, color)
                if anchor == "end":
                    x -= width_of(label, size)
                elif anchor == "middle":
                    x -= width_of(label, size) / 2
                text.setTextOrigin(x, y)
                text.textOut(label)
            canv.drawText(text)

    return Chart


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
    from focusgroup.reports.fonts import REGULAR

    label_w, bar_h, gap, top_pad, bottom_pad = 130, 7.5, 7, 22, 18
    row_h = 2 * bar_h + gap
    height = top_pad + bottom_pad + row_h * len(rows)
    ops: list[tuple] = []
    plot_x, plot_w = label_w + 8, width - label_w - 30
    largest = max([1, *(max(l_, d) for _, l_, d in rows)])
    ticks = _ticks(largest)
    scale = plot_w / max(ticks[-1], largest)
    base_y = bottom_pad
    for tick in ticks:
        x = plot_x + tick * scale
        ops.append(("line", x, base_y - 2, x, height - top_pad + 2, RULE, 0.5, None))
        ops.append(("text", x, base_y - 11, str(tick), SMALL, MUTED, "middle"))
    for index, (theme, n_like, n_dislike) in enumerate(rows):
        y = height - top_pad - (index + 1) * row_h + gap / 2
        lines = _fit(theme, label_w, REGULAR, LABEL_SIZE)
        mid = y + bar_h + (len(lines) - 1) * (LABEL_SIZE + 1) / 2 - 3
        for k, text in enumerate(lines):
            ops.append(("text", label_w, mid - k * (LABEL_SIZE + 1), text, LABEL_SIZE, INK,
                        "end"))
        for offset, value, solid in ((bar_h, n_like, True), (0, n_dislike, False)):
            bar_y = y + offset
            if value:
                ops.append(("rect", plot_x, bar_y, value * scale, bar_h - 1,
                            PRIMARY if solid else LIGHT_ORANGE, PRIMARY if solid else ACCENT,
                            0.9, None if solid else BAR_DASH))
            ops.append(("text", plot_x + value * scale + 3, bar_y + 0.8, str(value), SMALL, INK,
                        "start"))
    x = plot_x
    x = _legend_item(ops, x, height - 11, likes, fill=PRIMARY, stroke=PRIMARY)
    _legend_item(ops, x, height - 11, dislikes, fill=LIGHT_ORANGE, stroke=ACCENT, dash=BAR_DASH)
    return chart_class()(width, height, ops)


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
    from focusgroup.reports.fonts import REGULAR

    count = len(rows)
    label_w, row_h, top_pad, bottom_pad = 190, 19, 30, 40
    height = top_pad + bottom_pad + row_h * count
    ops: list[tuple] = []
    plot_x, plot_w = label_w + 16, width - label_w - 30
    ranks = [r for _, e, m in rows for r in (e, m)]
    top = max([count, *[int(r + 0.999) for r in ranks]]) if rows else 1

    def x_of(rank: float) -> float:
        return plot_x + (rank - 1) / max(1, top - 1) * plot_w

    axis_y = height - top_pad + 8
    for rank in range(1, top + 1):
        x = x_of(rank)
        ops.append(("line", x, bottom_pad - 4, x, axis_y - 4, RULE, 0.4, None))
        ops.append(("text", x, axis_y, str(rank), SMALL, MUTED, "middle"))
    ops.append(("text", plot_x, axis_y + 10, texts["axis_left"], SMALL, MUTED, "start"))
    ops.append(("text", plot_x + plot_w, axis_y + 10, texts["axis_right"], SMALL, MUTED,
                "end"))
    for index, (label, employees, managers) in enumerate(rows):
        y = height - top_pad - (index + 0.5) * row_h
        lines = _fit(label, label_w, REGULAR, LABEL_SIZE)
        start = y + (len(lines) - 1) * (LABEL_SIZE + 1) / 2 - 3
        for k, text in enumerate(lines):
            ops.append(("text", label_w, start - k * (LABEL_SIZE + 1), text, LABEL_SIZE, INK,
                        "end"))
        difference = managers - employees
        if difference >= 1:
            color, dash, stroke = PRIMARY, None, 2.2
        elif difference <= -1:
            color, dash, stroke = ACCENT, GAP_DASH, 2.2
        else:
            color, dash, stroke = MUTED, None, 1
        ops.append(("line", x_of(employees), y, x_of(managers), y, color, stroke, dash))
        # the open ring is a little larger, so it still shows around a dot at the same rank
        ops.append(("circle", x_of(managers), y, 5, WHITE, INK, 1.3))
        ops.append(("circle", x_of(employees), y, 3.6, INK, INK, 1))
    legend_y = 12
    x = 0.0
    x = _legend_item(ops, x, legend_y, texts["employees"], fill=INK, stroke=INK, circle=True)
    x = _legend_item(ops, x, legend_y, texts["managers"], fill=WHITE, stroke=INK, circle=True)
    x = 0.0
    x = _legend_item(ops, x, legend_y - 12, texts["under"], fill=None, stroke=PRIMARY,
                     line=True)
    _legend_item(ops, x, legend_y - 12, texts["over"], fill=None, stroke=ACCENT, dash=GAP_DASH,
                 line=True)
    return chart_class()(width, height, ops)
