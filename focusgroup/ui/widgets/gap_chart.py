"""The perception-gap slope chart: employees' ranks on the left, managers' predictions on the
right, one line per need; lines cross where the two sides disagree."""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from focusgroup.domain.gap import Gap
from focusgroup.ui.labels import number

UNDER = "#1e6fb8"  # managers underestimate: blue, solid
OVER = "#e07b00"  # managers overestimate: orange, dashed (tells them apart in greyscale too)
SAME = "#9e9e9e"


def _axis_labels(ranks: dict[str, float], labels: dict[str, str]) -> list[tuple[float, str]]:
    """One label per distinct rank, tied items joined with " / "."""
    by_rank: dict[float, list[str]] = {}
    for key, rank in ranks.items():
        by_rank.setdefault(rank, []).append(labels.get(key, key))
    return [(rank, f"{number(rank)}. " + " / ".join(names))
            for rank, names in sorted(by_rank.items())]


class GapChart(QChartView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(360)
        self.dark = False
        self.setChart(QChart())

    def show_gap(self, gap: Gap, labels: dict[str, str], left: str, right: str,
                 dark: bool = False) -> None:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark
                       else QChart.ChartTheme.ChartThemeLight)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        count = len(gap.items)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(0, 1)
        x_axis.append(left, 0)
        x_axis.append(right, 1)
        x_axis.setGridLineVisible(False)
        font = QFont()
        font.setPointSize(9)
        axes = []
        for ranks in ({i.key: i.employee_rank for i in gap.items},
                      {i.key: i.manager_rank for i in gap.items}):
            axis = QCategoryAxis()
            axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            axis.setStartValue(0.5)
            for rank, text in _axis_labels(ranks, labels):
                axis.append(text, rank)
            axis.setRange(0.5, count + 0.5)
            axis.setReverse(True)
            axis.setGridLineVisible(False)
            axis.setLabelsFont(font)
            axes.append(axis)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axes[0], Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axes[1], Qt.AlignmentFlag.AlignRight)
        for item in gap.items:
            series = QLineSeries()
            series.append(0, item.employee_rank)
            series.append(1, item.manager_rank)
            if item.difference >= 1:
                pen = QPen(QColor(UNDER), 3)
            elif item.difference <= -1:
                pen = QPen(QColor(OVER), 3, Qt.PenStyle.DashLine)
            else:
                pen = QPen(QColor(SAME), 2)
            series.setPen(pen)
            series.setPointsVisible(True)
            series.setName(labels.get(item.key, item.key))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(axes[0])
        self.setChart(chart)
        self.dark = dark

    def clear(self) -> None:
        self.setChart(QChart())
