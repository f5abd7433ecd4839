"""Initiatives: ask before you invest. Put a planned investment to the sessions of the people it
is for, collect the notes and hands for and against, and decide on that evidence."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import Initiative
from focusgroup.services import initiatives as svc
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.initiatives import Evidence, InitiativeRow, InitiativeStatus, Tally
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.models.table import Column, RowsModel, sorted_table
from focusgroup.ui.widgets.cards import Card, LinesCard, label
from focusgroup.ui.widgets.stance_bar import HandsDialog

NO_COST = -1.0
QUOTES_SHOWN = 50  # of each stance; the title counts them all, a last line says how many more


def tr(text: str) -> str:
    return QCoreApplication.translate("InitiativesView", text)


def status_text(status: str) -> str:
    return {
        InitiativeStatus.PROPOSED: tr("Proposed"),
        InitiativeStatus.DECIDED_YES: tr("Decided: yes"),
        InitiativeStatus.DECIDED_NO: tr("Decided: no"),
        InitiativeStatus.PARKED: tr("Parked"),
    }.get(status, status)


def cost_text(cost: float | None) -> str:
    return "—" if cost is None else number_text(cost)


def day_text(value: date | None) -> str:
    return labels.day(value)


def number_text(value: float) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # C omits grouping
    return locale.toString(float(value), "f", 0)


class InitiativeDialog(QDialog):
    """Add or edit an initiative: title, what it is, estimated cost and status."""

    def __init__(self, ws: Workspace, initiative: Initiative | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.initiative = ws, initiative
        self.saved: Initiative | None = None
        self.setWindowTitle(self.tr("Edit initiative") if initiative else
                            self.tr("Add initiative"))
        self.setMinimumWidth(540)
        self.title = QLineEdit(initiative.title if initiative else "")
        self.title.setMaxLength(svc.MAX_TITLE)
        self.title.setPlaceholderText(self.tr("e.g. Fitness room in building B"))
        self.description = QPlainTextEdit(initiative.description if initiative else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.description.setPlaceholderText(self.tr("What would be built or changed, for whom"))
        self.cost = QDoubleSpinBox()
        self.cost.setRange(NO_COST, svc.MAX_COST)
        self.cost.setDecimals(0)
        self.cost.setGroupSeparatorShown(True)
        self.cost.setSpecialValueText(self.tr("not estimated"))
        cost = initiative.estimated_cost if initiative else None
        self.cost.setValue(NO_COST if cost is None else cost)
        self.status = QComboBox()
        for status in InitiativeStatus:
            self.status.addItem(status_text(status), status.value)
        self.status.setCurrentIndex(self.status.findData(
            initiative.status if initiative else InitiativeStatus.PROPOSED.value))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Estimated &cost:"), self.cost)
        form.addRow(self.tr("&Status:"), self.status)
        self.error = label("", "warning", wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.title.setFocus()

    def accept(self) -> None:
        cost = None if self.cost.value() <= NO_COST else self.cost.value()
        values = (self.title.text(), self.description.toPlainText(), cost,
                  self.status.currentData())
        try:
            self.saved = (svc.edit_initiative(self.ws, self.initiative, *values) if self.initiative
                          else svc.create_initiative(self.ws, *values))
        except (InvalidInput, WorkspaceError) as error:
            self.error.setText(labels.message(error))
            return
        super().accept()


class PutDialog(QDialog):
    """Put an initiative to a session: it is added at the end of the session's guide."""

    def __init__(self, ws: Workspace, initiative: Initiative, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.initiative = ws, initiative
        self.setWindowTitle(self.tr("Put to a session"))
        self.setMinimumWidth(560)
        self.session = QComboBox()
        for choice in svc.candidate_sessions(ws, initiative.id):
            if choice.asked:
                continue
            parts = [choice.title, day_text(choice.date) if choice.date else "",
                     labels.session_status(choice.status), choice.department or ""]
            self.session.addItem("  ·  ".join(p for p in parts if p), choice.id)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, svc.MAX_MINUTES)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("&Session:"), self.session)
        form.addRow(self.tr("&Planned time:"), self.minutes)
        self.preview = label("", "muted", wrap=True)
        self.error = label("", "warning", wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Put to session"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Ask before you invest: the people in the session discuss “%1”. Mark their notes "
            "for or against, and count hands.").replace("%1", initiative.title), wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.minutes.valueChanged.connect(self._preview)
        self._preview()
        if self.session.count() == 0:
            self.error.setText(self.tr("It has been put to every session already. Plan a new "
                                       "session first."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def guide_text(self) -> str:
        return self.tr("Initiative: %1").replace("%1", self.initiative.title)

    def _preview(self) -> None:
        self.preview.setText(self.tr("Added at the end of the guide: %1 (%2 min)").replace(
            "%1", self.guide_text()).replace("%2", str(self.minutes.value())))

    def accept(self) -> None:
        try:
            svc.put_to_session(self.ws, self.initiative.id, self.session.currentData(),
                               self.minutes.value(), self.guide_text())
        except (InvalidInput, WorkspaceError) as error:
            self.error.setText(labels.message(error))
            return
        super().accept()


class InitiativesView(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.evidence: Evidence | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Initiatives"), "title"), 1)
        self.add_button = QPushButton(self.tr("&Add initiative…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.put_button = QPushButton(self.tr("&Put to a session…"))
        self.hands_button = QPushButton(self.tr("Re&cord hands…"))
        for button in (self.edit_button, self.put_button, self.hands_button, self.add_button):
            header.addWidget(button)
        self.add_button.setProperty("role", "primary")
        layout.addLayout(header)
        layout.addWidget(label(self.tr(
            "Ask before you invest. Put what the organisation plans to spend money on to the "
            "sessions of the people it is for; mark their notes for or against and count hands."),
            "muted", wrap=True))
        self.model = RowsModel([
            Column(self.tr("Initiative"), lambda r: r.initiative.title),
            Column(self.tr("Cost"), lambda r: cost_text(r.initiative.estimated_cost),
                   lambda r: -1 if r.initiative.estimated_cost is None
                   else r.initiative.estimated_cost),
            Column(labels.term("Status"), lambda r: status_text(r.initiative.status)),
            Column(self.tr("Asked in"), self._asked_text, lambda r: r.sessions_asked),
            Column(self.tr("For / against"), self._for_against_text,
                   lambda r: r.notes.in_favour - r.notes.against),
        ])
        self.proxy, self.table = sorted_table(self.model, self, self.tr(
            "No initiatives yet. Before the money is spent on a gym, a new shift plan or a "
            "benefit, add it with “Add initiative…” and put it to the sessions of the people "
            "it is for."))
        head = self.table.horizontalHeader()
        head.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # open questions first
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([150, 520])
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.put_button.clicked.connect(self.put_selected)
        self.hands_button.clicked.connect(self.record_hands)
        self.table.activated.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)

    def _asked_text(self, row: InitiativeRow) -> str:
        if row.sessions_asked == 0:
            return self.tr("not asked yet")
        return self.tr("1 session") if row.sessions_asked == 1 else self.tr(
            "%1 sessions").replace("%1", str(row.sessions_asked))

    def _for_against_text(self, row: InitiativeRow) -> str:
        if row.sessions_asked == 0 and row.notes.total == 0:
            return "—"
        text = self.tr("notes %1 / %2").replace("%1", str(row.notes.in_favour)).replace(
            "%2", str(row.notes.against))
        if row.counted_sessions:
            text += self.tr("  ·  hands %1 / %2").replace("%1", str(row.hands.in_favour)).replace(
                "%2", str(row.hands.against))
        return text

    def _detail(self) -> QScrollArea:
        page = QWidget()
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 8, 8, 0)
        body.setSpacing(10)
        self.summary = Card()
        self.heading = label("", "heading", wrap=True)
        self.facts = label("", "muted", wrap=True)
        self.description = label("", wrap=True)
        self.totals = label("", "subtitle", wrap=True)
        self.point = label(self.tr("Decide on what people said, not on what management assumed."),
                           "quote", wrap=True)
        for widget in (self.heading, self.facts, self.description, self.totals, self.point):
            self.summary.body.addWidget(widget)
        body.addWidget(self.summary)
        below = QHBoxLayout()
        self.departments = LinesCard(labels.term("By department"), self.tr(
            "Not put to any session yet."))
        self.sessions = LinesCard(self.tr("Asked in"), self.tr("Not put to any session yet."))
        below.addWidget(self.departments, 1, Qt.AlignmentFlag.AlignTop)
        below.addWidget(self.sessions, 1, Qt.AlignmentFlag.AlignTop)
        body.addLayout(below)
        quotes = QHBoxLayout()
        self.quotes_for = LinesCard(self.tr("For"), self.tr("No notes marked for yet."))
        self.quotes_against = LinesCard(self.tr("Against"), self.tr("No notes marked against yet."))
        self.for_title = self.quotes_for.body.itemAt(0).widget()
        self.against_title = self.quotes_against.body.itemAt(0).widget()
        quotes.addWidget(self.quotes_for, 1, Qt.AlignmentFlag.AlignTop)
        quotes.addWidget(self.quotes_against, 1, Qt.AlignmentFlag.AlignTop)
        body.addLayout(quotes)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.detail = scroll
        return scroll

    # -- data ------------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        rows = svc.list_initiatives(self.ws) if self.ws is not None else []
        self.model.set_rows(rows)
        if rows:
            ids = [r.initiative.id for r in rows]
            keep = ids.index(chosen.initiative.id) if chosen and chosen.initiative.id in ids else 0
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(keep, 0)).row())
        self.show_selected()

    def selected(self) -> InitiativeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(self.proxy.mapToSource(rows[0])) if rows else None

    def select(self, initiative_id: str) -> None:
        for row, item in enumerate(self.model.rows):
            if item.initiative.id == initiative_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _enable(self) -> None:
        writable = self.ws is not None and not self.ws.read_only
        chosen = self.selected() is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.put_button.setEnabled(writable and chosen)
        self.hands_button.setEnabled(writable and bool(self.evidence and self.evidence.sessions))

    # -- the evidence ------------------------------------------------------------------------
    def show_selected(self, *_args) -> None:
        row = self.selected()
        self.evidence = svc.evidence(self.ws, row.initiative.id, QUOTES_SHOWN) \
            if row and self.ws else None
        self.detail.setVisible(self.evidence is not None)
        self._enable()
        if self.evidence is None:
            return
        ev, initiative = self.evidence, self.evidence.initiative
        self.heading.setText(initiative.title)
        self.facts.setText(self.tr("%1  ·  estimated cost %2").replace(
            "%1", status_text(initiative.status)).replace(
            "%2", cost_text(initiative.estimated_cost)))
        self.description.setText(initiative.description)
        self.description.setVisible(bool(initiative.description))
        self.totals.setText(self.totals_text(ev))
        self.for_title.setText(self.tr("For (%1)").replace("%1", str(ev.quotes_for_total)))
        self.against_title.setText(
            self.tr("Against (%1)").replace("%1", str(ev.quotes_against_total)))
        self.quotes_for.set_lines([self._quote(q) for q in ev.quotes_for],
                                  more=ev.quotes_for_total - len(ev.quotes_for))
        self.quotes_against.set_lines([self._quote(q) for q in ev.quotes_against],
                                      more=ev.quotes_against_total - len(ev.quotes_against))
        self.departments.set_lines([self._department(d) for d in ev.departments])
        self.sessions.set_lines([self._session(s) for s in ev.sessions])

    def totals_text(self, ev: Evidence) -> str:
        """E.g. "12 for, 3 against, 5 neutral notes; hands: 18 for / 6 against in 2 sessions"."""
        if not ev.sessions:
            return self.tr("Not put to any session yet: nobody has been asked. Put it to the "
                           "sessions of the people it is for before the money is spent.")
        n = ev.notes
        text = self.tr("%1 for, %2 against, %3 neutral notes").replace(
            "%1", str(n.in_favour)).replace("%2", str(n.against)).replace("%3", str(n.neutral))
        return text + "; " + self.hands_text(ev.hands, ev.counted_sessions)

    def hands_text(self, hands: Tally, sessions: int) -> str:
        if sessions == 0:
            return self.tr("no count of hands yet")
        text = self.tr("hands: %1 for / %2 against").replace(
            "%1", str(hands.in_favour)).replace("%2", str(hands.against))
        if hands.neutral:
            text += self.tr(" / %1 neutral").replace("%1", str(hands.neutral))
        where = self.tr(" in 1 session") if sessions == 1 else self.tr(
            " in %1 sessions").replace("%1", str(sessions))
        return text + where

    def _quote(self, quote: svc.Quote) -> str:
        where = "  ·  ".join(escape(p) for p in (
            quote.session_title, day_text(quote.session_date) if quote.session_date else "",
            quote.department or "") if p)
        return (f"<i>“{escape(quote.text)}”</i><br>"
                f"<span style='color: gray; font-size: small'>{labels.note_kind(quote.kind)}"
                f"  ·  {where}</span>")

    def _department(self, row: svc.DepartmentEvidence) -> str:
        name = escape(row.department or labels.term("No department"))
        n = row.notes
        notes = self.tr("%1 for, %2 against, %3 neutral notes").replace(
            "%1", str(n.in_favour)).replace("%2", str(n.against)).replace("%3", str(n.neutral))
        hands = self.hands_text(row.hands, row.counted_sessions)
        return "{}: {}; {}".format(f"<b>{name}</b>", escape(notes), escape(hands))

    def _session(self, row: svc.AskedSession) -> str:
        parts = [day_text(row.date) if row.date else "", labels.session_status(row.status),
                 row.department or ""]
        hands = (self.tr("no count of hands") if row.hands is None else
                 self.tr("hands: %1 for / %2 against").replace(
                     "%1", str(row.hands.in_favour)).replace("%2", str(row.hands.against)))
        notes = self.tr("notes: %1 for / %2 against").replace(
            "%1", str(row.notes.in_favour)).replace("%2", str(row.notes.against))
        return (f"<b>{escape(row.title)}</b>  <span style='color: gray'>"
                f"{escape('  ·  '.join(p for p in parts if p))}</span><br>"
                f"{escape(notes)}  ·  {escape(hands)}")

    def texts(self) -> dict[str, list[str]]:
        """What a reader sees on the initiative page, as plain text (for tests)."""
        return {"totals": [self.totals.text()], "for": self.quotes_for.texts(),
                "against": self.quotes_against.texts(),
                "departments": self.departments.texts(), "sessions": self.sessions.texts()}

    # -- buttons -----------------------------------------------------------------------------
    def _changed(self, initiative_id: str | None = None) -> None:
        self.refresh()
        if initiative_id:
            self.select(initiative_id)
        self.changed.emit()

    def add(self) -> None:
        if self.ws is None or self.ws.read_only:
            return
        dialog = InitiativeDialog(self.ws, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)

    def edit_selected(self, *_args) -> None:
        row = self.selected()
        if self.ws is None or row is None or self.ws.read_only:
            return
        dialog = InitiativeDialog(self.ws, row.initiative, self)
        if dialog.exec():
            self._changed(row.initiative.id)

    def put_selected(self) -> None:
        row = self.selected()
        if self.ws is None or row is None or self.ws.read_only:
            return
        if PutDialog(self.ws, row.initiative, self).exec():
            self._changed(row.initiative.id)

    def record_hands(self) -> None:
        row, ev = self.selected(), self.evidence
        if self.ws is None or row is None or ev is None or not ev.sessions or self.ws.read_only:
            return
        sessions = [(s.session_id, "  ·  ".join(p for p in (
            s.title, day_text(s.date) if s.date else "", s.department or "") if p), s.hands)
            for s in ev.sessions]
        if HandsDialog(self.ws, row.initiative, sessions, self).exec():
            self._changed(row.initiative.id)
