"""The frame every report shares: title block, headings that become PDF bookmarks, a header and
a footer on every page ("Confidential", generation date, workspace, "Page 3 of 7"), and the
English/Danish translation table of everything the report itself says.

:func:`render` is the one entry point: it takes the plain data gathered by
``focusgroup.services.reports`` and writes the PDF. reportlab is imported lazily.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from focusgroup.domain.model import ActionStatus, DepartmentKind, NoteKind, SessionKind
from focusgroup.reports.i18n import TEXTS
from focusgroup.reports.styles import (
    CELL_PADDING,
    INK,
    MUTED,
    PAGE_MARGIN_MM,
    PRIMARY,
    RULE,
    styles,
)
from focusgroup.reports.text import has_rtl, markup, printable, visual

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
}


class Tr:
    """The report's words in one language: ``tr("key", n=3)``, dates and numbers."""

    def __init__(self, lang: str):
        self.lang = "da" if lang.lower().startswith("da") else "en"
        self._index = 0 if self.lang == "en" else 1

    def __call__(self, key: str, **values) -> str:
        text = TEXTS[key][self._index]
        return text.format(**values) if values else text

    def date(self, day: date | None, *, short: bool = False) -> str:
        if day is None:
            return "—"
        month = MONTHS[self.lang][day.month - 1]
        if short and len(month) > 3:
            month = month[:3] + ("." if self.lang == "da" else "")
        return f"{day.day}. {month} {day.year}" if self.lang == "da" else \
            f"{day.day} {month} {day.year}"

    def span(self, start: date | None, end: date | None) -> str:
        if start and end and start == end:
            return self.date(start)
        if start and end:
            return f"{self.date(start)} – {self.date(end)}"
        if start:
            return self("from_date", day=self.date(start))
        if end:
            return self("until_date", day=self.date(end))
        return self("all_time")

    def number(self, value: float | None, digits: int = 2) -> str:
        if value is None:
            return "—"
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.lang == "da" else text

    def rank(self, value: float) -> str:
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang == "da" else text

    def people(self, n: int) -> str:
        return self("person_one") if n == 1 else self("people_n", n=n)

    def session_kind(self, kind: SessionKind) -> str:
        return self(f"kind_{kind.value}")

    def note_kind(self, kind: NoteKind) -> str:
        return self(f"notes_{kind.value}")

    def status(self, status: ActionStatus) -> str:
        return self(f"status_{status.value}")

    def department_kind(self, kind: DepartmentKind) -> str:
        return self(f"dept_{kind.value}")


# --------------------------------------------------------------------------- flowables

def heading(text: str, level: int = 0):
    """A heading that becomes a bookmark in the PDF outline (levels 0 and 1)."""
    item = _paragraph(text, "h1" if level == 0 else "h2" if level == 1 else "h3")
    item.outline_level = level if level < 2 else None
    item.outline_text = " ".join(printable(text).split())[:120]
    return item


def paragraph(text: str, style: str = "body", *, prefix: str = ""):
    """A paragraph of ``text`` (cleaned and escaped here); ``prefix`` is markup put before it
    (``<b>Title:</b> ``)."""
    from reportlab.platypus import Paragraph

    if prefix:
        return Paragraph(prefix + markup(text), styles()[style])
    return _paragraph(text, style)


def bullets(texts, style: str = "note", bullet: str = "•") -> list:
    return [_paragraph(text, style, bullet) for text in texts]


def _paragraph(text: str, style: str, bullet: str | None = None):
    """A Paragraph of ``text``. A single line of single-spaced text goes to reportlab as one
    fragment in ``style`` (what its markup parser makes of text without markup, which it
    would otherwise parse for nothing); anything else is escaped and parsed."""
    from reportlab.platypus import Paragraph

    line = printable(text)
    if "\n" not in line:
        line = visual(line)
        if line and " ".join(line.split()) == line:
            fragment = _fragment(style).clone(text=line, link=[], us_lines=[])
            return Paragraph(escape(line), styles()[style], bulletText=bullet,
                             frags=[fragment])
    return Paragraph(markup(text), styles()[style], bulletText=bullet)


@cache
def _fragment(style: str):
    """The fragment reportlab's parser makes of a word in ``style``: its font, size and
    colour, to be cloned with other text."""
    from reportlab.platypus import Paragraph

    [fragment] = Paragraph("x", styles()[style]).frags
    return fragment


def suppressed(sentence: str):
    return paragraph(sentence, "suppressed")


@cache
def _quote_class():
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    class Quote(Flowable):
        """A paragraph with a rule down its left side; splits across pages like the
        paragraph inside it."""

        indent = 14

        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def wrap(self, available_width, available_height):
            _w, height = self.inner.wrap(available_width - self.indent, available_height)
            self.width, self.height = available_width, height
            return available_width, height

        def split(self, available_width, available_height):
            parts = self.inner.split(available_width - self.indent, available_height)
            return [Quote(part) for part in parts]

        def getSpaceBefore(self):  # noqa: N802 - reportlab's API
            return self.inner.getSpaceBefore()

        def getSpaceAfter(self):  # noqa: N802 - reportlab's API
            return self.inner.getSpaceAfter()

        def draw(self):
            self.canv.saveState()
            self.canv.setStrokeColor(colors.HexColor(PRIMARY))
            self.canv.setLineWidth(2)
            self.canv.line(4, 0, 4, self.height)
            self.canv.restoreState()
            self.inner.drawOn(self.canv, self.indent, 0)

    return Quote


def quoted(text: str, lang: str) -> str:
    """``text`` in the language's quotation marks: “…” in English, »…« in Danish."""
    return f"»{text}«" if lang == "da" else f"“{text}”"


def quote(text: str, lang: str = "en"):
    """A quotation in typographic quotes with a rule on its left."""
    return _quote_class()(paragraph(quoted(text, lang), "quote"))


def table(rows: list[list], widths: list[float], *, right: tuple[int, ...] = (),
          header: bool = True, bold_first: bool = False, repeat: bool = True):
    """A table of plain strings (cleaned here); a cell too long for one line wraps."""
    from focusgroup.reports.grid import grid

    s = styles()
    cells = []
    fitted: dict[tuple[str, str, int], str] = {}  # a column repeats its values ("Focus group")
    for r, row in enumerate(rows):
        line = []
        for c, value in enumerate(row):
            if header and r == 0:
                name = "cell_head_right" if c in right else "cell_head"
            elif c in right:
                name = "cell_right"
            else:
                name = "cell_bold" if bold_first and c == 0 else "cell"
            if hasattr(value, "wrap"):  # a flowable of the caller's
                line.append(value)
                continue
            value = "" if value is None else str(value)
            cell = fitted.get((value, name, c))
            if cell is None:
                cell = _cell(value, s[name], widths[c])
                if isinstance(cell, str):
                    fitted[value, name, c] = cell
            line.append(cell)
        cells.append(line)
    return grid(cells, widths, right=right, header=header, bold_first=bold_first,
                repeat=repeat)


def _cell(value: str, style, width: float):
    """Text that fits on one line is drawn as a plain string (the table styles it, and it
    costs a fraction of a paragraph to lay out); anything longer wraps in a Paragraph."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.platypus import Paragraph

    clean = printable(value)
    if ("\n" not in clean and not has_rtl(clean)
            and getFont(style.fontName).stringWidth(clean, style.fontSize)
            <= width - CELL_PADDING):
        return clean
    return Paragraph(markup(value), style)


def stats(pairs: list[tuple[str, str]], width: float):
    """A row of big numbers with captions ("12 / sessions held")."""
    from focusgroup.reports.grid import figures

    return figures(pairs, width)


def together(parts: list) -> list:
    """Keep ``parts`` on one page when they fit (a table is not left with two rows)."""
    from reportlab.platypus import KeepTogether

    return [KeepTogether(parts)]


def spacer(height: float = 6):
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def title_block(kicker: str, title: str, subtitle: str, meta_line: str) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable

    return [paragraph(kicker.upper(), "meta"), paragraph(title, "title"),
            paragraph(subtitle, "subtitle"), paragraph(meta_line, "meta"),
            HRFlowable(width="100%", thickness=1.2, color=colors.HexColor(PRIMARY),
                       spaceBefore=6, spaceAfter=6)]


def content_width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return A4[0] - 2 * PAGE_MARGIN_MM * mm


# --------------------------------------------------------------------------- document

def _canvas_class():
    from reportlab.pdfgen.canvas import Canvas

    from focusgroup.reports.fonts import REGULAR

    class NumberedCanvas(Canvas):
        """Writes the total page count once it is known, as a form each footer refers to."""

        def save(self) -> None:
            self.beginForm("page_total", lowerx=0, lowery=0, upperx=60, uppery=12)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(0, 0, str(self.getPageNumber() - 1))
            self.endForm()
            super().save()

    return NumberedCanvas


@cache
def _frame_class():
    from reportlab.platypus import Frame

    class BodyFrame(Frame):
        """The page's frame. reportlab deep-copies the frame each time it measures a group
        kept together (a heading with what follows it), to keep what the measuring adds to
        the frame out of the real one; a shallow copy does that too (what is added is set
        on the copy), and costs a small part of a deep one."""

        def __deepcopy__(self, memo):
            return copy.copy(self)

    return BodyFrame


def _build(story: list, path: Path | BinaryIO, tr: Tr, *, title: str, header: str, workspace: str,
           generated: str, subject: str, progress: Callable[[float], None],
           check: Callable[[], None]) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, PageTemplate

    from focusgroup.reports.fonts import BOLD, REGULAR

    margin = PAGE_MARGIN_MM * mm
    width, height = A4
    rule, muted, ink = (colors.HexColor(c) for c in (RULE, MUTED, INK))
    header_text = " ".join(printable(header).split())[:90]
    workspace_text = " ".join(printable(workspace).split())[:50]
    workspace_x = width - margin - stringWidth(workspace_text, REGULAR, 7.5)
    confidential = tr("confidential")
    footer_rest = f"  ·  {tr('generated', day=generated)}"
    rest_x = margin + stringWidth(confidential, BOLD, 7.5)
    page_x = width - margin - 22 * mm

    def decorate(canvas, doc) -> None:
        """Header (from page 2) and footer, in one text object per page."""
        canvas.saveState()
        canvas.setStrokeColor(rule)
        canvas.setLineWidth(0.5)
        text = canvas.beginText()
        if doc.page > 1:
            text.setFont(REGULAR, 7.5)
            text.setFillColor(muted)
            for x, line in ((margin, header_text), (workspace_x, workspace_text)):
                text.setTextOrigin(x, height - 12 * mm)
                text.textOut(line)
            canvas.line(margin, height - 13.5 * mm, width - margin, height - 13.5 * mm)
        canvas.line(margin, 13.5 * mm, width - margin, 13.5 * mm)
        # in reading order, so text extraction gives "Confidential · generated … Page 3 of 7"
        text.setFont(BOLD, 7.5)
        text.setFillColor(ink)
        text.setTextOrigin(margin, 9.5 * mm)
        text.textOut(confidential)
        text.setFont(REGULAR, 7.5)
        text.setFillColor(muted)
        label = tr("page_of", page=doc.page)
        for x, line in ((rest_x, footer_rest), (page_x, label)):
            text.setTextOrigin(x, 9.5 * mm)
            text.textOut(line)
        canvas.drawText(text)
        canvas.translate(page_x + stringWidth(label + " ", REGULAR, 7.5), 9.5 * mm)
        canvas.doForm("page_total")
        canvas.restoreState()

    total = max(1, len(story))

    class Document(BaseDocTemplate):
        done = 0
        keys = 0

        def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's hook
            check()
            level = getattr(flowable, "outline_level", None)
            if level is not None:
                self.keys += 1
                key = f"h{self.keys}"
                self.canv.bookmarkPage(key, fit="XYZ", left=0,
                                       top=self.frame._y + flowable.height + 14)
                self.canv.addOutlineEntry(flowable.outline_text, key, level=level,
                                          closed=level > 0)
            self.done += 1
            progress(min(1.0, self.done / total))

    target = path if hasattr(path, "write") else str(path)
    doc = Document(target, pagesize=A4, leftMargin=margin, rightMargin=margin,
                   topMargin=margin + 2 * mm, bottomMargin=margin + 2 * mm, title=title,
                   author="focusgroup", subject=subject, creator="focusgroup",
                   initialFontName=REGULAR, lang="da-DK" if tr.lang == "da" else "en-GB")
    frame = _frame_class()(margin, margin + 2 * mm, width - 2 * margin,
                           height - 2 * margin - 4 * mm,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=decorate)])
    doc.build(story, canvasmaker=_canvas_class())
    progress(1.0)


def render(data, path: str | Path | BinaryIO, *, progress: Callable[[float], None] | None = None,
           check: Callable[[], None] | None = None) -> None:
    """Write the report described by ``data`` (from ``focusgroup.services.reports``) to
    ``path`` (a file name or a binary file open for writing). ``check()`` is called after
    every flowable and may raise to stop the build."""
    from focusgroup.reports import gap_report, session_report, summary_report
    from focusgroup.reports.fonts import register_fonts

    register_fonts()
    meta = data.meta
    tr = Tr(meta.lang)
    module = {"session": session_report, "summary": summary_report, "gap": gap_report}[
        meta.kind]
    kicker, title, subtitle = module.titles(data, tr)
    generated = tr.date(meta.generated.date())
    meta_line = "  ·  ".join([tr("workspace_is", name=meta.workspace),
                              tr("generated", day=generated),
                              tr("threshold_is", n=meta.threshold)])
    story = [*title_block(kicker, title, subtitle, meta_line), *module.story(data, tr)]
    target = path if hasattr(path, "write") else Path(path)
    _build(story, target, tr, title=f"{kicker}: {title}", header=f"{kicker} · {title}",
           workspace=meta.workspace, generated=generated, subject=subtitle,
           progress=progress or (lambda _f: None), check=check or (lambda: None))
