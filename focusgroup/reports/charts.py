"""Charts drawn with reportlab.graphics, readable in greyscale print: solid against dashed,
filled against open, and every bar and dot labelled with its number.

Each chart is a list of Drawings: a chart with more rows than sit comfortably on a page is cut
into parts of at most ``ROWS_PER_PART`` rows, drawn to the same scale, so a needs list of any
length prints."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.lib.utils import simpleSplit
from reportlab.lib.validators import Auto
from reportlab.pdfbase.pdfmetrics import stringWidth

from focusgroup.reports.fonts import REGULAR
from focusgroup.reports.styles import ACCENT, INK, MUTED, PRIMARY, RULE
from focusgroup.reports.text import printable, visual

LABEL_SIZE = 8
SMALL = 7
ROWS_PER_PART = 15
LIGHT_ORANGE = "#fbe3c6"  # the fill of a dislikes bar, under its dashed orange outline
BAR_DASH = [2.5, 1.5]
GAP_DASH = [4, 2.5]


def _parts(rows: Sequence) -> list[Sequence]:
    """``rows`` in parts of at most ``ROWS_PER_PART``, as even as can be (60 → 4 × 15)."""
    count = max(1, math.ceil(len(rows) / ROWS_PER_PART))
    size = max(1, math.ceil(len(rows) / count))
    return [rows[start:start + size] for start in range(0, len(rows), size)] or [rows]


def _label(text: str, width: float, lines: int = 2) -> list[str]:
    """``text`` wrapped into at most ``lines`` lines of ``width`` points, the last one cut
    short with an ellipsis when the text is longer."""
    found = simpleSplit(" ".join(printable(text).split()), REGULAR, LABEL_SIZE, width) or [""]
    if len(found) > lines:
        found = found[:lines]
        found[-1] += " …"
    fitted = []
    for line in found:
        while len(line) > 1 and stringWidth(line, REGULAR, LABEL_SIZE) > width:
            line = line[:-2] + "…"
        fitted.append(visual(line))
    return fitted


def _text(x: float, y: float, text: str, size: float = SMALL, color: str = MUTED,
          anchor: str = "start") -> String:
    return String(x, y, text, fontName=REGULAR, fontSize=size, fillColor=HexColor(color),
                  textAnchor=anchor)


def _row_label(drawing: Drawing, text: str, right: float, middle: float, width: float) -> None:
    lines = _label(text, width)
    top = middle + (len(lines) - 1) * (LABEL_SIZE + 1) / 2 - 3
    for k, line in enumerate(lines):
        drawing.add(_text(right, top - k * (LABEL_SIZE + 1), line, LABEL_SIZE, INK, "end"))


def _legend_item(drawing: Drawing, x: float, y: float, text: str, *, fill, stroke: str,
                 dash=None, line: bool = False, circle: bool = False) -> float:
    """Draw one legend entry at (x, y); return the x after it."""
    if line:
        drawing.add(Line(x, y + 3, x + 22, y + 3, strokeColor=HexColor(stroke), strokeWidth=2,
                         strokeDashArray=dash))
        x += 26
    elif circle:
        drawing.add(Circle(x + 4, y + 3, 3.6, fillColor=fill, strokeColor=HexColor(stroke),
                           strokeWidth=1.2))
        x += 11
    else:
        drawing.add(Rect(x, y - 1, 14, 8, fillColor=fill, strokeColor=HexColor(stroke),
                         strokeWidth=1, strokeDashArray=dash))
        x += 18
    drawing.add(_text(x, y, text, SMALL + 0.5, INK))
    return x + stringWidth(text, REGULAR, SMALL + 0.5) + 14


def theme_bars(rows: Sequence[tuple[str, int, int]], likes: str, dislikes: str,
               width: float = 480) -> list[Drawing]:
    """Likes and dislikes per theme as pairs of horizontal bars (reportlab's
    ``HorizontalBarChart``), the legend (reportlab's ``Legend``, swatches taken from the bars)
    above the first part. A long list is cut into parts drawn to one scale.

    Args:
        rows: (theme, likes, dislikes), drawn top to bottom.
        likes: Legend text for likes (solid, filled bars).
        dislikes: Legend text for dislikes (light bars with a dashed outline).
    """
    label_w, bar_h, gap, legend_h, axis_h = 130, 7.5, 7, 22, 18
    row_h = 2 * bar_h + gap
    plot_x, plot_w = label_w + 8, width - label_w - 30
    largest = max([1, *(max(n_like, n_dislike) for _, n_like, n_dislike in rows)])
    drawings = []
    for number, part in enumerate(_parts(rows)):
        top = legend_h if number == 0 else 6
        part = part or [("", 0, 0)]  # no themes: the axis and the legend alone
        height = top + axis_h + row_h * len(part)
        drawing = Drawing(width, height, initialFontName=REGULAR)
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = plot_x, axis_h, plot_w, row_h * len(part)
        # the first series is drawn lowest in each pair: dislikes, so that likes sit on top
        chart.data = [[d for _, _, d in part], [n for _, n, _ in part]]
        # a point between the two bars of a theme; half the gap above and below each pair
        chart.barWidth, chart.barSpacing, chart.groupSpacing = bar_h - 1, 1, gap + 1
        chart.strokeColor = None
        for series, (fill, stroke, dash) in enumerate(((LIGHT_ORANGE, ACCENT, BAR_DASH),
                                                       (PRIMARY, PRIMARY, None))):
            bars = chart.bars[series]
            bars.fillColor, bars.strokeColor = HexColor(fill), HexColor(stroke)
            bars.strokeWidth, bars.strokeDashArray = 0.9, dash
        chart.barLabelFormat = "%d" if rows else None
        chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
        chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, SMALL
        chart.barLabels.fillColor = HexColor(INK)
        value_axis = chart.valueAxis
        # every part to the same scale, its steps chosen by reportlab (whole numbers: counts)
        value_axis.valueMin, value_axis.valueMax = 0, largest
        value_axis.valueStep = 1 if largest <= 5 else None
        value_axis.labelTextFormat = "%d"
        value_axis.visibleGrid, value_axis.visibleAxis = True, False
        value_axis.gridStrokeColor, value_axis.gridStrokeWidth = HexColor(RULE), 0.5
        value_axis.visibleTicks = False
        value_axis.labels.fontName, value_axis.labels.fontSize = REGULAR, SMALL
        value_axis.labels.fillColor = HexColor(MUTED)
        value_axis.labels.dy = -2
        categories = chart.categoryAxis
        categories.reverseDirection = True  # the first theme on top
        categories.categoryNames = ["\n".join(_label(theme, label_w)) for theme, _, _ in part]
        categories.visibleAxis = categories.visibleTicks = False
        categories.labels.fontName, categories.labels.fontSize = REGULAR, LABEL_SIZE
        categories.labels.fillColor = HexColor(INK)
        categories.labels.boxAnchor, categories.labels.textAnchor = "e", "end"
        categories.labels.dx, categories.labels.leading = -8, LABEL_SIZE + 1
        drawing.add(chart)
        if number == 0:
            legend = Legend()
            # swatches drawn by the chart from its own bars; likes named first
            legend.colorNamePairs = [(Auto(obj=chart, index=1), likes),
                                     (Auto(obj=chart, index=0), dislikes)]
            legend.x, legend.y, legend.boxAnchor = plot_x, height - 4, "nw"
            legend.alignment, legend.columnMaximum = "right", 1
            legend.dx, legend.dy, legend.variColumn = 14, 8, True
            legend.fontName, legend.fontSize = REGULAR, SMALL + 0.5
            legend.fillColor = HexColor(INK)
            legend.dxTextSpace, legend.autoXPadding = 4, 14
            drawing.add(legend)
        drawings.append(drawing)
    return drawings


def gap_dumbbell(rows: Sequence[tuple[str, float, float]], texts: dict[str, str],
                 width: float = 480) -> list[Drawing]:
    """The perception gap as a dumbbell chart: one row per need in the employees' order, a
    filled dot at the employees' group rank, an open dot at the rank managers predicted, and a
    line between them: solid where managers underestimate the need, dashed where they
    overestimate it, thin grey where they agree (less than a place apart). Every part has the
    rank axis above it; the legend is under the last.

    Args:
        rows: (label, employees' rank, managers' predicted rank).
        texts: ``employees``, ``managers``, ``under``, ``over``, ``axis_left``, ``axis_right``
            (already translated).
    """
    label_w, row_h, top_pad, legend_h = 190, 19, 30, 40
    plot_x, plot_w = label_w + 16, width - label_w - 30
    top = max([len(rows), *[math.ceil(r) for _, e, m in rows for r in (e, m)]]) if rows else 1
    # every place numbered on a short list; 1, 5, 10, … on a long one
    marked = [r for r in range(1, top + 1) if top <= 20 or r == 1 or r % 5 == 0]

    def x_of(rank: float) -> float:
        return plot_x + (rank - 1) / max(1, top - 1) * plot_w

    parts = _parts(rows)
    drawings = []
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        bottom = legend_h if last else 8
        height = top_pad + bottom + row_h * len(part)
        drawing = Drawing(width, height, initialFontName=REGULAR)
        axis_y = height - top_pad + 8
        for rank in marked:
            drawing.add(Line(x_of(rank), bottom - 4, x_of(rank), axis_y - 4,
                             strokeColor=HexColor(RULE), strokeWidth=0.4))
            drawing.add(_text(x_of(rank), axis_y, str(rank), anchor="middle"))
        drawing.add(_text(plot_x, axis_y + 10, texts["axis_left"]))
        drawing.add(_text(plot_x + plot_w, axis_y + 10, texts["axis_right"], anchor="end"))
        for index, (label, employees, managers) in enumerate(part):
            y = height - top_pad - (index + 0.5) * row_h
            _row_label(drawing, label, label_w, y, label_w)
            difference = managers - employees
            if difference >= 1:
                color, dash, stroke = PRIMARY, None, 2.2
            elif difference <= -1:
                color, dash, stroke = ACCENT, GAP_DASH, 2.2
            else:
                color, dash, stroke = MUTED, None, 1
            drawing.add(Line(x_of(employees), y, x_of(managers), y, strokeColor=HexColor(color),
                             strokeWidth=stroke, strokeDashArray=dash))
            # the open ring is a little larger, so it still shows around a dot at the same rank
            drawing.add(Circle(x_of(managers), y, 5, fillColor=white,
                               strokeColor=HexColor(INK), strokeWidth=1.3))
            drawing.add(Circle(x_of(employees), y, 3.6, fillColor=HexColor(INK),
                               strokeColor=HexColor(INK), strokeWidth=1))
        if last:
            x = _legend_item(drawing, 0, 12, texts["employees"], fill=HexColor(INK), stroke=INK,
                             circle=True)
            _legend_item(drawing, x, 12, texts["managers"], fill=white, stroke=INK, circle=True)
            x = _legend_item(drawing, 0, 0, texts["under"], fill=None, stroke=PRIMARY, line=True)
            _legend_item(drawing, x, 0, texts["over"], fill=None, stroke=ACCENT, dash=GAP_DASH,
                         line=True)
        drawings.append(drawing)
    return drawings
