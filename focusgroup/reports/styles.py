"""Paragraph and table styles of every report: one sober look, printable in black and white."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from focusgroup.reports.fonts import register_fonts

INK = "#1f2933"
MUTED = "#5f6b7a"
PRIMARY = "#1e6fb8"  # the app's blue; managers underestimate, likes
ACCENT = "#e07b00"  # the app's orange; managers overestimate, dislikes
RULE = "#c9d2dc"
SHADE = "#f1f4f8"  # a table's header row
ZEBRA = "#f8fafc"  # every other row of a table
WARN = "#b3261e"

PAGE_MARGIN_MM = 18
CELL_PADDING = 8  # left + right padding of a table cell, in points


@cache
def styles() -> dict:
    """Named ParagraphStyles (built once, after the fonts are registered)."""
    regular, bold = register_fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13.2,
                          textColor=colors.HexColor(INK), bulletFontName=regular,
                          splitLongWords=1, alignment=TA_LEFT, spaceAfter=3)

    def make(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    found = {
        "body": base,
        "title": make("title", fontName=bold, fontSize=21, leading=26, spaceAfter=4,
                      textColor=colors.HexColor(INK)),
        "subtitle": make("subtitle", fontSize=12, leading=16, spaceAfter=2,
                         textColor=colors.HexColor(PRIMARY)),
        "meta": make("meta", fontSize=8.5, leading=11.5, textColor=colors.HexColor(MUTED)),
        "h1": make("h1", fontName=bold, fontSize=14.5, leading=18, spaceBefore=16,
                   spaceAfter=6, textColor=colors.HexColor(PRIMARY), keepWithNext=1),
        "h2": make("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4,
                   keepWithNext=1),
        "h3": make("h3", fontName=bold, fontSize=9.5, leading=12.5, spaceBefore=6,
                   spaceAfter=2, textColor=colors.HexColor(MUTED), keepWithNext=1),
        "note": make("note", leftIndent=14, bulletIndent=4, spaceAfter=2.5),
        "quote": make("quote", leftIndent=0, rightIndent=16, spaceBefore=3, spaceAfter=6,
                      textColor=colors.HexColor("#2c3e50"), fontSize=9.5, leading=13.5),
        "lead": make("lead", fontName=bold, fontSize=10, leading=13.5, spaceAfter=3),
        "muted_keep": make("muted_keep", textColor=colors.HexColor(MUTED), fontSize=8.5,
                           leading=11.5, keepWithNext=1),
        "headline": make("headline", fontName=bold, fontSize=11, leading=15, spaceAfter=4),
        "suppressed": make("suppressed", backColor=colors.HexColor(SHADE),
                           borderColor=colors.HexColor(RULE), borderWidth=0.6,
                           borderPadding=(6, 7, 6, 7), spaceBefore=6, spaceAfter=10,
                           leftIndent=7, rightIndent=7),
        "muted": make("muted", textColor=colors.HexColor(MUTED), fontSize=8.5, leading=11.5),
        "cell": make("cell", fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": make("cell_bold", fontName=bold, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_head": make("cell_head", fontName=bold, fontSize=8, leading=10, spaceAfter=0,
                          textColor=colors.HexColor(MUTED)),
        "cell_right": make("cell_right", fontSize=8.5, leading=11, spaceAfter=0,
                           alignment=TA_RIGHT),
        "cell_head_right": make("cell_head_right", fontName=bold, fontSize=8, leading=10,
                                spaceAfter=0, alignment=TA_RIGHT,
                                textColor=colors.HexColor(MUTED)),
        "stat": make("stat", fontName=bold, fontSize=18, leading=21, spaceAfter=0,
                     textColor=colors.HexColor(PRIMARY)),
        "stat_caption": make("stat_caption", fontSize=8, leading=10, spaceAfter=0,
                             textColor=colors.HexColor(MUTED)),
        "warn": make("warn", textColor=colors.HexColor(WARN)),
    }
    return found
