"""Things a user sees at once in the real window: sort arrows, theme switches, empty pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from focusgroup.domain.model import Session
from focusgroup.storage import repository


def _arrow_points_down(header, section: int) -> bool:
    """Read the sort indicator off the painted header: a ▼ is wider at its top."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    left = right - 24  # the indicator sits at the right end of the section
    background = QColor(image.pixel(left, 1))
    widths = []
    for y in range(image.height()):
        widths.append(sum(1 for x in range(left, right)
                          if _far(QColor(image.pixel(x, y)), background)))
    rows = [(y, w) for y, w in enumerate(widths) if w]
    assert rows, "no sort indicator painted"
    top, bottom = rows[0][1], rows[-1][1]
    assert top != bottom
    return top > bottom


def _far(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 90


def test_the_sessions_sort_arrow_points_the_way_the_list_runs(window, qtbot):
    for day in (date(2026, 1, 5), date(2026, 6, 5), date(2026, 11, 5)):
        repository.save(window.ws, Session(f"Round of {day:%B}", date=day))
    window.refresh()
    window.nav.setCurrentRow(1)
    view = window.sessions
    qtbot.waitExposed(view.table)
    first = view.model.index(0, 4).data()
    assert first == "Round of November"  # newest first …
    assert _arrow_points_down(view.table.horizontalHeader(), 0)  # … so the arrow says ▼
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.model.index(0, 4).data() == "Round of January"
    assert not _arrow_points_down(view.table.horizontalHeader(), 0)


def test_empty_pages_say_what_would_fill_them(window, qtbot):
    pages = {1: window.sessions, 2: window.departments, 4: window.actions,
             6: window.initiatives}
    for row, view in pages.items():
        window.nav.setCurrentRow(row)
        qtbot.waitExposed(view.table)
        hint = view.table.empty_hint
        assert hint.isVisible() and "No " in hint.text(), row
    repository.save(window.ws, Session("Round 1", date=date(2026, 3, 1)))
    window.refresh()
    window.nav.setCurrentRow(1)
    assert not window.sessions.table.empty_hint.isVisible()
