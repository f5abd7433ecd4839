"""DejaVu Sans (regular and bold) registered with reportlab, so æøå, €, typographic quotes and
right-to-left scripts print and are embedded. The TTFs ship in ``resources/fonts`` (installed as
``focusgroup/_resources/fonts``); the system's DejaVu is the fallback."""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import focusgroup

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
SYSTEM_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
               Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"),
               Path("C:/Windows/Fonts"))

_lock = threading.Lock()


def font_dirs() -> list[Path]:
    """Where the TTFs are looked for, in order."""
    package = Path(focusgroup.__file__).resolve().parent
    return [package / "_resources" / "fonts", package.parent / "resources" / "fonts",
            *SYSTEM_DIRS]


def find_font(filename: str) -> Path:
    for folder in font_dirs():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"The font {filename} was not found (looked in "
                            f"{', '.join(str(d) for d in font_dirs())}).")


@cache
def _register() -> tuple[str, str]:
    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(find_font(filename))))
    # <b> inside a paragraph picks the bold face; there is no italic face, so italic stays upright
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def register_fonts() -> tuple[str, str]:
    """Register the fonts once (thread-safe); return the regular and bold font names."""
    with _lock:
        return _register()


@cache
def covered() -> frozenset[int]:
    """Code points the regular face has a glyph for (reportlab prints only the BMP)."""
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(c for c in face.charToGlyph if c <= 0xFFFF)
