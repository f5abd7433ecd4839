"""The frame every report shares: title block, headings that become PDF bookmarks, tables, a
header and a footer on every page ("Confidential", generation date, workspace, "Page 3 of 7"),
and the report's words in English or Danish.

:func:`render` is the one entry point: it takes the plain data gathered by
``focusgroup.services.reports`` and writes the PDF. This package imports reportlab as it
loads; the service imports it only when a report is built.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    LayoutError,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from focusgroup import i18n
from focusgroup.domain.model import ActionStatus, DepartmentKind, NoteKind, SessionKind
from focusgroup.i18n import N_
from focusgroup.messages import Message
from focusgroup.reports.fonts import BOLD, REGULAR, register_fonts
from focusgroup.reports.styles import (
    CELL_PADDING,
    INK,
    MUTED,
    PAGE_MARGIN_MM,
    PRIMARY,
    RULE,
    SHADE,
    ZEBRA,
    styles,
)
from focusgroup.reports.text import markup, printable

OUTLINE_LEVELS = {"h1": 0, "h2": 1}  # headings in these styles become bookmarks
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)  # else a table sets Helvetica (not embedded)


class ReportLayoutError(Exception):
    """reportlab could not lay the report out: ``too_large`` when a part does not fit on a
    page, else ``str()`` says why in one line."""

    def __init__(self, reason: str, *, too_large: bool = False):
        super().__init__(reason)
        self.too_large = too_large


SESSION_KINDS = {SessionKind.FOCUS_GROUP: N_("Focus group"),
                 SessionKind.LUNCH_INTERVIEW: N_("Lunch interview"),
                 SessionKind.FIELD_VISIT: N_("Field visit"), SessionKind.SURVEY: N_("Survey")}
NOTE_KINDS = {NoteKind.LIKE: N_("Likes"), NoteKind.DISLIKE: N_("Dislikes"),
              NoteKind.IDEA: N_("Ideas"), NoteKind.NEED: N_("Needs"), NoteKind.QUOTE: N_("Quotes"),
              NoteKind.QUESTION: N_("Questions"), NoteKind.OBSERVATION: N_("Observations")}
STATUSES = {ActionStatus.OPEN: N_("Open"), ActionStatus.IN_PROGRESS: N_("In progress"),
            ActionStatus.DONE: N_("Done"), ActionStatus.DROPPED: N_("Dropped")}
DEPARTMENT_KINDS = {DepartmentKind.TEAM: N_("Team"), DepartmentKind.DEPARTMENT: N_("Department"),
                    DepartmentKind.SUPPLIER: N_("Supplier"),
                    DepartmentKind.CONTRACTOR: N_("Contractor"), DepartmentKind.OTHER: N_("Other")}


class Tr:
    """The report's words in one language: ``tr("{n} people", n=3)`` (an English msgid of the
    catalogue, see :mod:`focusgroup.i18n`), dates and numbers."""

    def __init__(self, lang: str):
        self.lang = "da" if lang.lower().startswith("da") else "en"

    def __call__(self, text: str, **values) -> str:
        """``text`` in the report's language; a Message (a domain sentence) is rendered with its
        own values, numbers among ``values`` are written the way the language does."""
        return i18n.render(text if isinstance(text, Message) else Message(text, **values),
                           self.lang)

    def date(self, day: date | None, *, short: bool = False) -> str:
        return i18n.day(day, self.lang, short=short)

    def span(self, start: date | None, end: date | None) -> str:
        if start and end and start == end:
            return self.date(start)
        if start and end:
            return f"{self.date(start)} – {self.date(end)}"
        if start:
            return self(N_("from {day}"), day=self.date(start))
        if end:
            return self(N_("up to {day}"), day=self.date(end))
        return self(N_("All time"))

    def number(self, value: float | None, digits: int = 2) -> str:
        return "—" if value is None else i18n.decimal(value, self.lang, digits)

    def rank(self, value: float) -> str:
        return i18n.decimal(value, self.lang)

    def people(self, n: int) -> str:
        return self(N_("1 person")) if n == 1 else self(N_("{n} people"), n=n)

    def session_kind(self, kind: SessionKind) -> str:
        return self(SESSION_KINDS[kind])

    def note_kind(self, kind: NoteKind) -> str:
        return self(NOTE_KINDS[kind])

    def status(self, status: ActionStatus) -> str:
        return self(STATUSES[status])

    def department_kind(self, kind: DepartmentKind) -> str:
        return self(DEPARTMENT_KINDS[kind])


# --------------------------------------------------------------------------- flowables

def heading(text: str, level: int = 0) -> Paragraph:
    """A heading; levels 0 and 1 become bookmarks in the PDF outline."""
    return paragraph(text, ("h1", "h2", "h3")[min(level, 2)])


def paragraph(text: str, style: str = "body", *, prefix: str = "") -> Paragraph:
    """A paragraph of ``text`` (cleaned and escaped here); ``prefix`` is markup put before it
    (``<b>Title:</b> ``)."""
    return Paragraph(prefix + markup(text), styles()[style])


def bullets(texts, style: str = "note", bullet: str = "•") -> list[Paragraph]:
    return [Paragraph(markup(text), styles()[style], bulletText=bullet) for text in texts]


def suppressed(sentence: str) -> Paragraph:
    return paragraph(sentence, "suppressed")


def quoted(text: str, lang: str) -> str:
    """``text`` in the language's quotation marks: “…” in English, »…« in Danish."""
    return f"»{text}«" if lang == "da" else f"“{text}”"


class Quote(Flowable):
    """A paragraph with a rule down its left side; splits across pages like the paragraph
    inside it."""

    indent = 14

    def __init__(self, inner: Paragraph):
        super().__init__()
        self.inner = inner

    def wrap(self, available_width, available_height):
        _width, height = self.inner.wrap(available_width - self.indent, available_height)
        self.width, self.height = available_width, height
        return available_width, height

    def split(self, available_width, available_height):
        return [Quote(part) for part in
                self.inner.split(available_width - self.indent, available_height)]

    def getSpaceBefore(self):  # noqa: N802 - reportlab's API
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):  # noqa: N802 - reportlab's API
        return self.inner.getSpaceAfter()

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(HexColor(PRIMARY))
        self.canv.setLineWidth(2)
        self.canv.line(4, 0, 4, self.height)
        self.canv.restoreState()
        self.inner.drawOn(self.canv, self.indent, 0)


def quote(text: str, lang: str = "en") -> Quote:
    """A quotation in typographic quotes with a rule on its left."""
    return Quote(paragraph(quoted(text, lang), "quote"))


def table(rows: list[list], widths: list[float], *, right: tuple[int, ...] = (),
          header: bool = True, bold_first: bool = False) -> Table:
    """A table of plain values (cleaned and escaped here) in columns of ``widths`` points: with
    ``header`` the first row is a shaded header repeated on every page; light zebra rows;
    ``right`` lists the right-aligned columns; a long cell wraps."""
    s = styles()
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c, value in enumerate(row):
            name = "cell_head" if header and r == 0 else \
                "cell_bold" if bold_first and c == 0 else "cell"
            if c in right:
                name = f"{name}_right" if f"{name}_right" in s else name
            line.append(paragraph("" if value is None else str(value), name))
        cells.append(line)
    first = 1 if header else 0
    style = [CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
             ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
             ("TOPPADDING", (0, 0), (-1, -1), 3),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("ROWBACKGROUNDS", (0, first), (-1, -1), [None, HexColor(ZEBRA)]),
             ("LINEBELOW", (0, -1), (-1, -1), 0.6, HexColor(RULE))]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HexColor(SHADE)),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(INK))]
    return Table(cells, colWidths=widths, repeatRows=first, hAlign="LEFT", style=style,
                 spaceAfter=4)


def stats(pairs: list[tuple[str, str]], width: float) -> Table:
    """A row of big numbers with captions ("12 / sessions held")."""
    cells = [[[paragraph(value, "stat"), paragraph(caption, "stat_caption")]
              for value, caption in pairs]]
    return Table(cells, colWidths=[width / len(pairs)] * len(pairs), hAlign="LEFT", style=[
        CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.6, HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])


def together(parts: list) -> list:
    """Keep ``parts`` on one page when they fit (a table is not left with two rows)."""
    return [KeepTogether(parts)]


def spacer(height: float = 6) -> Spacer:
    return Spacer(1, height)


def title_block(kicker: str, title: str, subtitle: str, meta_line: str) -> list:
    return [paragraph(kicker.upper(), "meta"), paragraph(title, "title"),
            paragraph(subtitle, "subtitle"), paragraph(meta_line, "meta"),
            HRFlowable(width="100%", thickness=1.2, color=HexColor(PRIMARY),
                       spaceBefore=6, spaceAfter=6)]


def content_width() -> float:
    return A4[0] - 2 * PAGE_MARGIN_MM * mm


# --------------------------------------------------------------------------- document

class NumberedCanvas(Canvas):
    """Writes the total page count once it is known, as a form each footer refers to."""

    def save(self) -> None:
        self.beginForm("page_total", lowerx=0, lowery=0, upperx=60, uppery=12)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(HexColor(MUTED))
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


class ReportDocument(BaseDocTemplate):
    """A4 pages with the report's header and footer; headings become bookmarks; ``check()``
    runs after every flowable (it may raise to stop) and ``progress(fraction)`` follows."""

    def __init__(self, path: Path | BinaryIO, tr: Tr, *, header: str, workspace: str,
                 generated: str, items: int, progress: Callable[[float], None],
                 check: Callable[[], None], **info) -> None:
        margin = PAGE_MARGIN_MM * mm
        target = path if hasattr(path, "write") else str(path)
        super().__init__(target, pagesize=A4, leftMargin=margin, rightMargin=margin,
                         topMargin=margin + 2 * mm, bottomMargin=margin + 2 * mm,
                         author="focusgroup", creator="focusgroup", initialFontName=REGULAR,
                         lang="da-DK" if tr.lang == "da" else "en-GB", **info)
        self.tr, self.generated = tr, generated
        self.header_text = " ".join(printable(header).split())[:90]
        self.workspace_text = " ".join(printable(workspace).split())[:50]
        self.items, self.done, self.progress, self.check = max(1, items), 0, progress, check
        self.stopped: BaseException | None = None
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate)])

    def decorate(self, canvas, doc) -> None:
        """The header (from page 2 on) and the footer."""
        margin, (width, height) = PAGE_MARGIN_MM * mm, A4
        canvas.saveState()
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.5)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(HexColor(MUTED))
        if doc.page > 1:
            canvas.drawString(margin, height - 12 * mm, self.header_text)
            canvas.drawRightString(width - margin, height - 12 * mm, self.workspace_text)
            canvas.line(margin, height - 13.5 * mm, width - margin, height - 13.5 * mm)
        canvas.line(margin, 13.5 * mm, width - margin, 13.5 * mm)
        confidential = self.tr("Confidential")
        canvas.setFont(BOLD, 7.5)
        canvas.setFillColor(HexColor(INK))
        canvas.drawString(margin, 9.5 * mm, confidential)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(HexColor(MUTED))
        canvas.drawString(margin + stringWidth(confidential, BOLD, 7.5), 9.5 * mm,
                          "  ·  " + self.tr("generated {day}", day=self.generated))
        label = self.tr("Page {page} of", page=doc.page)
        x = width - margin - 22 * mm
        canvas.drawString(x, 9.5 * mm, label)
        canvas.translate(x + stringWidth(label + " ", REGULAR, 7.5), 9.5 * mm)
        canvas.doForm("page_total")
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's hook
        try:
            self.check()
        except BaseException as error:
            self.stopped = error
            raise
        level = OUTLINE_LEVELS.get(getattr(getattr(flowable, "style", None), "name", None))
        if isinstance(flowable, Paragraph) and level is not None:
            key = f"h{self.done}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText()[:120], key, level=level,
                                      closed=level > 0)
        self.done += 1
        self.progress(min(1.0, self.done / self.items))


def render(data, path: str | Path | BinaryIO, *, progress: Callable[[float], None] | None = None,
           check: Callable[[], None] | None = None) -> None:
    """Write the report described by ``data`` (from ``focusgroup.services.reports``) to
    ``path`` (a file name or a binary file open for writing). ``check()`` is called after
    every flowable and may raise to stop the build; anything else that goes wrong in laying
    out the report raises :class:`ReportLayoutError`."""
    from focusgroup.reports import gap_report, session_report, summary_report

    register_fonts()
    meta = data.meta
    tr = Tr(meta.lang)
    module = {"session": session_report, "summary": summary_report, "gap": gap_report}[
        meta.kind]
    doc = None
    try:
        kicker, title, subtitle = module.titles(data, tr)
        generated = tr.date(meta.generated.date())
        meta_line = "  ·  ".join([tr("Workspace: {name}", name=meta.workspace),
                                  tr("generated {day}", day=generated),
                                  tr("Anonymity threshold: {n} people", n=meta.threshold)])
        story = [*title_block(kicker, title, subtitle, meta_line), *module.story(data, tr)]
        target = path if hasattr(path, "write") else Path(path)
        doc = ReportDocument(target, tr, header=f"{kicker} · {title}",
                             workspace=meta.workspace, generated=generated, items=len(story),
                             progress=progress or (lambda _f: None),
                             check=check or (lambda: None), title=f"{kicker}: {title}",
                             subject=subtitle)
        doc.build(story, canvasmaker=NumberedCanvas)
    except OSError:
        raise  # the file could not be written: said so where it is written
    except Exception as error:
        if doc is not None and error is doc.stopped:
            raise
        reason = " ".join(str(error).split())[:160] or type(error).__name__
        raise ReportLayoutError(reason, too_large=isinstance(error, LayoutError)) from error
    if progress:
        progress(1.0)
