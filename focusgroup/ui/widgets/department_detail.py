"""Beside the departments table: the selected department's sessions and its ranking trend."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from focusgroup.domain.model import Department
from focusgroup.services.analysis import default_needs_list
from focusgroup.services.needs_lists import items_of
from focusgroup.services.sessions import session_rows
from focusgroup.services.trends import department_trend
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.labels import number, term
from focusgroup.ui.widgets.cards import LinesCard


class DepartmentDetail(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.timeline = LinesCard(self.tr("Timeline"), self.tr("No sessions yet."))
        self.trend = LinesCard(term("Trend since the previous round"),
                               self.tr("Two rounds of rankings are needed for a trend."))
        layout.addWidget(self.timeline, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.trend, 1, Qt.AlignmentFlag.AlignTop)

    def show_department(self, ws: Workspace | None, department: Department | None,
                        threshold: int) -> None:
        if ws is None or department is None:
            self.timeline.set_lines([])
            self.trend.set_lines([])
            return
        rows = [r for r in session_rows(ws) if r.department == department.name]
        self.timeline.set_lines([
            f"<b>{escape(labels.day(r.date))}</b> · "
            f"{escape(labels.session_kind(r.kind))} · {escape(r.title)} "
            f"<span style='color:gray'>("
            + escape(self.tr("%1 notes, %2").replace("%1", number(r.notes)).replace(
                "%2", labels.session_status(r.status)))
            + ")</span>"
            for r in rows])
        needs_list = default_needs_list(ws)
        if needs_list is None:
            self.trend.set_lines([])
            return
        result = department_trend(ws, needs_list, department.id, threshold)
        if result.previous is None:
            self.trend.set_lines([])
            return
        if not result.shown:
            self.trend.set_lines([escape(self.tr(
                "Hidden to protect anonymity: each round needs at least %1 employees "
                "(%2 and %3).").replace("%1", str(threshold)).replace(
                "%2", str(result.previous_people)).replace("%3", str(result.current_people)))])
            return
        lang = "da" if QLocale().language() == QLocale.Language.Danish else "en"
        names = {i.key: i.label(lang) for i in items_of(ws, needs_list)}
        lines = []
        for item in result.biggest_moves_first():
            arrow = "▲" if item.moved > 0 else "▼"
            lines.append(escape(f"{arrow} {names.get(item.key, item.key)}: "
                                f"{number(item.previous_rank)} → {number(item.current_rank)}"))
        self.trend.set_lines(lines or [escape(term("No need moved by a whole place."))])
