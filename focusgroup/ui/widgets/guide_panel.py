"""The guide panel: the current question, its clock against the plan, and the session clock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget

from focusgroup.domain.model import GuideItem
from focusgroup.ui.widgets.cards import Card, label

AMBER, RED = "#e0a000", "#c62828"


def minutes_text(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    return f"{seconds // 60:02}:{seconds % 60:02}"


def clock_state(elapsed: timedelta, planned: timedelta) -> str:
    """"ok", then "amber" in the last fifth of the planned time, then "red" when over."""
    if planned.total_seconds() <= 0 or elapsed <= planned * 0.8:
        return "ok"
    return "amber" if elapsed <= planned else "red"


class GuidePanel(Card):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Discussion guide"), parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(220)
        self.session_clock = label("", "big-number")
        self.session_hint = label("", "muted", wrap=True)
        self.current = label("", "heading", wrap=True)
        self.item_clock = label("", "subtitle", wrap=True)
        self.items = QListWidget()
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items.setWordWrap(True)  # a narrow panel wraps its questions instead of cutting them
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        for widget in (self.session_clock, self.session_hint, self.current, self.item_clock):
            self.body.addWidget(widget)
        self.body.addWidget(label(self.tr("PgUp / PgDown: previous / next question"), "muted",
                                  wrap=True))
        self.body.addWidget(self.items, 1)
        self.state = "ok"
        self.signal_text = ""

    def set_guide(self, guide: list[GuideItem], current: int) -> None:
        self.items.clear()
        for index, item in enumerate(guide):
            entry = QListWidgetItem(f"{index + 1}. {item.text}  ({item.planned_minutes} min)")
            entry.setToolTip(item.text)
            self.items.addItem(entry)
        if guide:
            self.items.setCurrentRow(current)
            self.current.setText(guide[current].text)
        else:
            self.current.setText(self.tr("No guide for this session: notes are still timed."))

    def tick(self, item: GuideItem | None, item_elapsed: timedelta,
             session_elapsed: timedelta | None, planned_total: timedelta,
             closed: bool = False) -> None:
        if closed:  # no clock runs: how long it took, if known
            self.state = "ok"
            self.item_clock.setStyleSheet("")
            self.item_clock.setText("")
            self.session_clock.setText(minutes_text(session_elapsed) if session_elapsed
                                       else "—")
            self.signal_text = ""
            self.session_hint.setText(self.tr("The session is closed."))
            return
        if item is not None:
            planned = timedelta(minutes=item.planned_minutes)
            self.state = clock_state(item_elapsed, planned)
            color = {"ok": "", "amber": AMBER, "red": RED}[self.state]
            self.item_clock.setStyleSheet(f"color: {color}; font-weight: 600;" if color else "")
            self.item_clock.setText(self.tr("%1 of %2 min on this question").replace(
                "%1", minutes_text(item_elapsed)).replace("%2", str(item.planned_minutes)))
        if session_elapsed is None:
            self.session_clock.setText("00:00")
            self.session_hint.setText(self.tr("The clock starts with the first note or Start."))
            return
        self.session_clock.setText(minutes_text(session_elapsed))
        left = planned_total - session_elapsed
        self.signal_text = ""
        if planned_total.total_seconds() > 0:
            if timedelta(0) < left <= timedelta(minutes=5):
                self.signal_text = self.tr("5 minutes left: time to close.")
            elif timedelta(minutes=5) < left <= timedelta(minutes=15):
                self.signal_text = self.tr("15 minutes left: move towards the ending questions.")
            elif left <= timedelta(0):
                self.signal_text = self.tr("Over the planned time.")
        plan = self.tr("of %1 planned").replace(
            "%1", minutes_text(planned_total)) if planned_total.total_seconds() else ""
        self.session_hint.setText(" ".join(t for t in (plan, self.signal_text) if t))
