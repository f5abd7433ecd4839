"""Needs & gap: what employees want vs what managers think they want, for a chosen scope."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.cadence import add_months
from focusgroup.domain.model import NeedsList
from focusgroup.services.analysis import GapResult, Scope, analyse, default_needs_list
from focusgroup.services.departments import list_departments
from focusgroup.services.needs_lists import get_list, lists_to_choose
from focusgroup.services.sessions import sessions_newest_first
from focusgroup.services.trends import TrendResult, department_trend, rounds_of
from focusgroup.services.workspaces import Workspace
from focusgroup.ui.labels import needs_list_name, number, term
from focusgroup.ui.theme import current_theme
from focusgroup.ui.widgets.cards import Card, LinesCard, label
from focusgroup.ui.widgets.gap_chart import OVER, UNDER, GapChart


class NeedsGapView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.threshold = 5
        self.result: GapResult | None = None

        # The page scrolls as a whole: chart and table keep a readable size in a small window.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        scroll.setWidget(page)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Needs & perception gap"), "title"))
        header.addStretch(1)
        self.lists_button = QPushButton(self.tr("Needs &lists…"))
        header.addWidget(self.lists_button)
        self.import_button = QPushButton(self.tr("I&mport…"))
        header.addWidget(self.import_button)
        self.enter_button = QPushButton(self.tr("En&ter rankings…"))
        self.enter_button.setProperty("role", "primary")
        header.addWidget(self.enter_button)
        layout.addLayout(header)

        filters = QHBoxLayout()
        self.needs_list = QComboBox()
        self.department = QComboBox()
        self.period = QComboBox()
        self.session = QComboBox()
        for combo, letters in ((self.needs_list, 20), (self.department, 12), (self.period, 12),
                               (self.session, 14)):  # room for a typical entry each
            combo.setMinimumContentsLength(letters)
        for caption, combo in ((self.tr("L&ist:"), self.needs_list),
                               (self.tr("De&partment:"), self.department),
                               (self.tr("Pe&riod:"), self.period),
                               (self.tr("Sessi&on:"), self.session)):
            text = QLabel(caption)
            text.setBuddy(combo)
            filters.addWidget(text)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)

        self.headline = Card(self.tr("In words"))
        self.sentences = label("", wrap=True)
        self.sentences.setTextFormat(Qt.TextFormat.RichText)
        self.headline.body.addWidget(self.sentences)
        layout.addWidget(self.headline)
        self.trend = LinesCard(self.tr("Employees' ranking since the previous round"), "")
        layout.addWidget(self.trend)
        self.trend.hide()
        self.legend = label(
            self.tr("<span style='color:%1'>━━ managers underestimate</span> &nbsp;&nbsp; "
                    "<span style='color:%2'>╍╍ managers overestimate</span>")
            .replace("%1", UNDER).replace("%2", OVER), "muted")
        layout.addWidget(self.legend)
        self.chart = GapChart()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            term("Need"), term("Employees"), term("Managers think"),
            term("Gap"), term("Mean rank"), term("Top 3")])
        tips = ["", self.tr("Employees' group rank"), self.tr("Managers' predicted group rank"),
                self.tr("Managers' rank minus employees' rank: positive means managers "
                        "underestimate the need"),
                self.tr("Employees' mean rank"),
                self.tr("How many employees put it in their top 3")]
        for column, tip in enumerate(tips):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart.setMinimumHeight(360)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.table)

        self.needs_list.currentIndexChanged.connect(self._list_changed)
        for combo in (self.department, self.period, self.session):
            combo.currentIndexChanged.connect(self.refresh)

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None, threshold: int = 5) -> None:
        self.ws = ws
        self.threshold = threshold
        self.enter_button.setEnabled(ws is not None and not ws.read_only)
        self._fill_filters()
        self.refresh()

    def _list_changed(self) -> None:
        self._fill_filters()  # the rounds depend on the list
        self.refresh()

    def _fill_filters(self) -> None:
        combos = (self.needs_list, self.department, self.session, self.period)
        for combo in combos:
            combo.blockSignals(True)
        previous = (self.needs_list.currentData(), self.department.currentData(),
                    self.session.currentData(), self.period.currentData())
        for combo in combos:
            combo.clear()
        self.period.addItem(self.tr("Last 6 months"), 6)
        self.period.addItem(self.tr("Last 12 months"), 12)
        self.period.addItem(term("All time"), 0)
        self.department.addItem(term("All departments"), None)
        self.session.addItem(self.tr("All sessions"), None)
        if self.ws is not None:
            default = default_needs_list(self.ws)
            for needs_list in lists_to_choose(self.ws, default):
                self.needs_list.addItem(needs_list_name(needs_list.name), needs_list.id)
            chosen = default if self.needs_list.findData(previous[0]) < 0 else get_list(
                self.ws, previous[0])
            for period in reversed(rounds_of(self.ws, chosen) if chosen else []):
                self.period.addItem(self.tr("Round %1 – %2").replace(
                    "%1", period.start.isoformat()).replace("%2", period.end.isoformat()),
                    f"{period.start.isoformat()}/{period.end.isoformat()}")
            for department in list_departments(self.ws):
                self.department.addItem(department.name, department.id)
            for session in sessions_newest_first(self.ws):
                day = session.date.isoformat() if session.date else "—"
                self.session.addItem(f"{day}  {session.title}", session.id)
        for combo, value in zip(combos, previous, strict=True):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def scope(self) -> Scope:
        period = self.period.currentData()
        session_id = self.session.currentData()
        if session_id:  # a single session: its own date decides
            return Scope(session_id=session_id)
        department_id = self.department.currentData()
        if isinstance(period, str):  # a round: "start/end"
            start, end = (date.fromisoformat(part) for part in period.split("/"))
            return Scope(since=start, until=end, department_id=department_id)
        since = add_months(date.today(), -period) if period else None
        return Scope(since=since, until=None, department_id=department_id)

    def selected_list(self) -> NeedsList | None:
        if self.ws is None or self.needs_list.currentData() is None:
            return None
        return get_list(self.ws, self.needs_list.currentData())

    def refresh(self) -> None:
        needs_list = self.selected_list()
        self.period.setEnabled(self.session.currentData() is None)
        self.department.setEnabled(self.session.currentData() is None)
        if self.ws is None or needs_list is None:
            self.result = None
            self._show_message(self.tr("Open a workspace to see rankings."))
            return
        self.result = analyse(self.ws, needs_list, self.scope(), self.threshold)
        self._show(self.result)
        department_id = self.department.currentData()
        if department_id and self.session.currentData() is None:
            result = department_trend(self.ws, needs_list, department_id, self.threshold)
            self._show_trend(result, self.result.labels(self._lang()))
        else:
            self.trend.hide()

    # -- display -------------------------------------------------------------------------
    def _lang(self) -> str:
        return "da" if QLocale().language() == QLocale.Language.Danish else "en"

    def _show_trend(self, result: TrendResult, labels: dict[str, str]) -> None:
        self.trend.show()
        if result.previous is None:
            self.trend.set_lines([escape(self.tr(
                "Only one round of rankings so far; the trend appears after the next one."))])
            return
        period = self.tr("%1 – %2 compared with %3 – %4.").replace(
            "%1", result.current.start.isoformat()).replace(
            "%2", result.current.end.isoformat()).replace(
            "%3", result.previous.start.isoformat()).replace(
            "%4", result.previous.end.isoformat())
        if not result.shown:
            self.trend.set_lines([escape(period + " " + self.tr(
                "Not shown: each round needs at least %1 employees (%2 and %3).").replace(
                "%1", str(result.threshold)).replace("%2", str(result.previous_people)).replace(
                "%3", str(result.current_people)))])
            return
        lines = [f"<span style='color:gray'>{escape(period)}</span>"]
        for item in result.biggest_moves_first():
            arrow, word = ("▲", self.tr("up")) if item.moved > 0 else ("▼", self.tr("down"))
            lines.append(escape(f"{arrow} {labels.get(item.key, item.key)}: "
                                f"{number(item.previous_rank)} → {number(item.current_rank)} "
                                f"({word} {number(abs(item.moved))})"))
        if len(lines) == 1:
            lines.append(escape(term("No need moved by a whole place.")))
        self.trend.set_lines(lines)

    def _show_message(self, text: str) -> None:
        self.sentences.setText(escape(text))
        self.chart.clear()
        self.chart.hide()
        self.legend.hide()
        self.table.setRowCount(0)
        self.table.hide()

    def _show(self, result: GapResult) -> None:
        if result.gap is None:
            parts = []
            for name, group in ((self.tr("employees' own rankings"), result.employees),
                                (self.tr("managers' predictions"), result.predicted)):
                parts.append(self.tr("%1: %2 people").replace("%1", name).replace(
                    "%2", str(group.people)) + (
                    "" if group.shown else " " + self.tr("(%1 more needed)").replace(
                        "%1", str(group.missing))))
            self._show_message(self.tr(
                "Not shown: both sides need at least %1 people to protect anonymity. "
                "In this scope: %2.").replace("%1", str(result.threshold)).replace(
                "%2", "; ".join(parts)))
            return
        lang = self._lang()
        labels = result.labels(lang)
        sentences = result.headline(lang)
        people = self.tr("%1 employees and %2 managers and supervisors.").replace(
            "%1", str(result.employees.people)).replace("%2", str(result.predicted.people))
        self.sentences.setText("<br>".join(f"<b>{escape(s)}</b>" for s in sentences[:-1])
                               + f"<br>{escape(sentences[-1])} {escape(people)}")
        dark = current_theme(QApplication.instance()) == "dark"
        self.chart.show_gap(result.gap, labels, self.tr("What employees want"),
                            term("What managers think they want"), dark)
        self.chart.show()
        self.legend.show()
        stats = result.employees.ranking.by_key()
        ordered = result.gap_in_employee_order()
        self.table.setRowCount(len(ordered))
        for row, item in enumerate(ordered):
            values = [labels[item.key], number(item.employee_rank), number(item.manager_rank),
                      number(item.difference, signed=True),
                      number(stats[item.key].mean_rank, decimals=2), number(stats[item.key].top3)]
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.show()
        self._fit_table()

    def _fit_table(self) -> None:
        """Every row shown without a scroll bar of its own (the page scrolls instead)."""
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(rows + self.table.horizontalHeader().height()
                                  + 2 * self.table.frameWidth() + 2)
