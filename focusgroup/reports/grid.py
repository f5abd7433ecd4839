"""The reports' tables: a shaded header row, light zebra rows, a rule under the header and
under the last row (and under the part of a table that continues on the next page), numbers
right-aligned, the header repeated on every page a table runs onto. Text is set in the cell
styles of ``styles.py`` (``cell``, ``cell_bold``, ``cell_head``), as the wrapped cells are.

A :class:`Grid` draws its cells straight onto the canvas: one-line text with one text object
for the whole table, longer text as the Paragraph it was given. reportlab's general Table does
the same job through per-cell styles, spans and line commands, which made the tables the most
expensive part of a period summary.
"""

from __future__ import annotations

from functools import cache

from focusgroup.reports.styles import CELL_PADDING, INK, RULE, SHADE, styles

PAD_X = CELL_PADDING / 2  # left and right of every cell
PAD_Y = 3  # above and below
ZEBRA = "#f8fafc"
HEAD = -1  # the row number of a header row; data rows count from 0


def grid(cells: list[list], widths: list[float], *, right: tuple[int, ...] = (),
         header: bool = True, bold_first: bool = False, repeat: bool = True):
    """A table of ``cells`` (plain strings, one line each or several lines split by ``\\n``,
    or flowables such as Paragraphs) in columns of ``widths`` points. With ``header`` the
    first row is the header; with ``repeat`` it is drawn again at the top of every page the
    table continues on. ``right`` lists the right-aligned columns; ``bold_first`` sets the
    first column in bold."""
    rows = [(HEAD if header and r == 0 else r - int(header), row) for r, row in
            enumerate(cells)]
    return _grid_class()(rows, list(widths), frozenset(right), bold_first,
                         repeat and header)


@cache
def _grid_class():
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.platypus import Flowable

    ink, rule = colors.HexColor(INK), colors.HexColor(RULE)
    shade, zebra = colors.HexColor(SHADE), colors.HexColor(ZEBRA)
    # (font, size, leading) and colour of a header cell, a cell and a bold cell
    looks = {name: ((style.fontName, style.fontSize, style.leading), style.textColor)
             for name, style in styles().items() if name in ("cell_head", "cell", "cell_bold")}

    class Grid(Flowable):
        """Rows of (number, cells): ``HEAD`` for a header row, else the data row's number in
        the whole table (odd ones are shaded, also after a page break)."""

        def __init__(self, rows, widths, right, bold_first, repeat, heights=None):
            super().__init__()
            self.rows, self.widths, self.right = rows, widths, right
            self.bold_first, self.repeat = bold_first, repeat
            self.heights = heights
            self.hAlign = "LEFT"
            self.spaceAfter = 4

        def _look(self, number: int, column: int):
            """((font, size, leading), colour) of a text cell."""
            if number == HEAD:
                return looks["cell_head"]
            return looks["cell_bold" if self.bold_first and column == 0 else "cell"]

        def _heights(self) -> list[float]:
            if self.heights is None:
                found = []
                for number, cells in self.rows:
                    tallest = 0.0
                    for column, value in enumerate(cells):
                        if isinstance(value, str):
                            height = self._look(number, column)[0][2] * (value.count("\n") + 1)
                        else:
                            height = value.wrap(self.widths[column] - 2 * PAD_X, 1e6)[1]
                        tallest = max(tallest, height)
                    found.append(tallest + 2 * PAD_Y)
                self.heights = found
            return self.heights

        def wrap(self, available_width, available_height):
            self.width, self.height = sum(self.widths), sum(self._heights())
            return self.width, self.height

        def split(self, available_width, available_height):
            heights = self._heights()
            used, fits = 0.0, 0
            for height in heights:
                if used + height > available_height + 1e-6:
                    break
                used, fits = used + height, fits + 1
            head = 1 if self.rows and self.rows[0][0] == HEAD else 0
            if fits <= head or fits == len(self.rows):
                return []  # not even one data row fits here (or all of it does: no split)
            first = Grid(self.rows[:fits], self.widths, self.right, self.bold_first,
                         self.repeat, heights[:fits])
            again = self.rows[:head] if self.repeat else []
            rest = Grid(again + self.rows[fits:], self.widths, self.right, self.bold_first,
                        self.repeat, heights[:len(again)] + heights[fits:])
            return [first, rest]

        def draw(self):
            canv, heights = self.canv, self._heights()
            edges = [0.0]
            for width in self.widths:
                edges.append(edges[-1] + width)
            top = sum(heights)
            y = top
            for (number, _cells), height in zip(self.rows, heights, strict=True):
                fill = shade if number == HEAD else zebra if number % 2 else None
                if fill is not None:
                    canv.setFillColor(fill)
                    canv.rect(0, y - height, edges[-1], height, stroke=0, fill=1)
                y -= height
            text, current = canv.beginText(), None
            y = top
            for (number, cells), height in zip(self.rows, heights, strict=True):
                for column, value in enumerate(cells):
                    if not isinstance(value, str):
                        # drawn where it stands, so the PDF's text stays in reading order
                        canv.drawText(text)
                        _width, tall = value.wrap(self.widths[column] - 2 * PAD_X, 1e6)
                        value.drawOn(canv, edges[column] + PAD_X, y - PAD_Y - tall)
                        text, current = canv.beginText(), None
                        continue
                    look = font, color = self._look(number, column)
                    if look != current:
                        text.setFont(*font)
                        text.setFillColor(color)
                        current = look
                    name, size, leading = font
                    baseline = y - PAD_Y - size
                    for line in value.split("\n"):
                        x = edges[column] + PAD_X
                        if column in self.right:
                            x = edges[column + 1] - PAD_X - getFont(name).stringWidth(line, size)
                        text.setTextOrigin(x, baseline)
                        text.textOut(line)
                        baseline -= leading
                y -= height
            canv.drawText(text)
            canv.setLineCap(1)
            y = top
            for (number, _cells), height in zip(self.rows, heights, strict=True):
                y -= height
                if number == HEAD:
                    canv.setStrokeColor(ink)
                    canv.setLineWidth(0.8)
                    canv.line(0, y, edges[-1], y)
            if self.rows and self.rows[-1][0] != HEAD:  # a header alone keeps its own rule
                canv.setStrokeColor(rule)
                canv.setLineWidth(0.6)
                canv.line(0, 0, edges[-1], 0)

    return Grid


def figures(pairs: list[tuple[str, str]], width: float):
    """A row of big numbers with their captions ("12 / sessions held"), side by side in
    equal columns with a thin rule between them; a long caption wraps in its column."""
    return _figures_class()(pairs, width)


@cache
def _figures_class():
    from reportlab.lib import colors
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Flowable

    from focusgroup.reports.text import printable, visual

    value_style, caption_style = styles()["stat"], styles()["stat_caption"]
    value_font, caption_font = ((style.fontName, style.fontSize, style.leading)
                                for style in (value_style, caption_style))
    left, right, above, below = 8, 6, 2, 4

    class Figures(Flowable):
        def __init__(self, pairs, width):
            super().__init__()
            self.column = width / max(1, len(pairs))
            inner = self.column - left - right
            self.cells = [[[visual(line) for line in simpleSplit(
                " ".join(printable(text).split()), font[0], font[1], inner)] or [""]
                for text, font in ((value, value_font), (caption, caption_font))]
                for value, caption in pairs]
            self.width = width
            self.height = above + below + max(
                (len(v) * value_font[2] + len(c) * caption_font[2] for v, c in self.cells),
                default=0)
            self.hAlign = "LEFT"

        def wrap(self, available_width, available_height):
            return self.width, self.height

        def draw(self):
            canv = self.canv
            for index, (values, captions) in enumerate(self.cells):
                x = index * self.column
                if index:
                    canv.setStrokeColor(colors.HexColor(RULE))
                    canv.setLineWidth(0.6)
                    canv.line(x, 0, x, self.height)
                y = self.height - above
                for lines, font, color in ((values, value_font, value_style.textColor),
                                           (captions, caption_font, caption_style.textColor)):
                    name, size, leading = font
                    canv.setFont(name, size, leading)
                    canv.setFillColor(color)
                    for line in lines:
                        # a paragraph's first baseline sits one font size below its top
                        canv.drawString(x + left, y - size, line)
                        y -= leading

    return Figures
