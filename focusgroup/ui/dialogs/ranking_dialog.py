"""Enter needs rankings fast: code, role, view, then the order typed as "3 1 5 2" and Enter."""

from __future__ import annotations

import contextlib
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import NeedsList, Perspective, Role, Session
from focusgroup.domain.ranking_input import OrderError, parse_order
from focusgroup.services import rankings as service
from focusgroup.services.codes import find_by_code
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.sessions import (
    get_session,
    list_participants,
    participant_codes,
    sessions_newest_first,
)
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label


class RankingDialog(QDialog):
    """Each Enter in the order field saves one person's ranking and readies the next one."""

    saved = Signal()

    def __init__(self, ws: Workspace, needs_list: NeedsList, session_id: str | None = None,
                 parent: QWidget | None = None, *, department_id: str | None = None,
                 lang: str = "en"):
        super().__init__(parent)
        self.ws = ws
        self.needs_list = needs_list
        self.items = service.list_items(ws, needs_list)
        self.names = [item.label(lang) for item in self.items]
        self.setWindowTitle(self.tr("Enter rankings — %1").replace(
            "%1", labels.needs_list_name(needs_list.name)))
        self.resize(760, 620)
        layout = QVBoxLayout(self)

        self.session = QComboBox()
        sessions = sessions_newest_first(ws)
        for session in sessions:
            day = session.date.isoformat() if session.date else "—"
            self.session.addItem(f"{day}  {session.title}", session.id)
        if not session_id and department_id:  # the department's latest session
            session_id = next((s.id for s in sessions if s.department_id == department_id),
                              None)
        if session_id:
            self.session.setCurrentIndex(max(self.session.findData(session_id), 0))
        top = QHBoxLayout()
        caption = QLabel(self.tr("Se&ssion:"))
        caption.setBuddy(self.session)
        top.addWidget(caption)
        top.addWidget(self.session, 1)
        layout.addLayout(top)

        legend = QGridLayout()
        half = (len(self.items) + 1) // 2
        for index, name in enumerate(self.names):
            legend.addWidget(label(f"<b>{index + 1}</b>&nbsp; {escape(name)}"),
                             index % half, index // half)
        drag = QVBoxLayout()
        drag.addWidget(label(self.tr("…or drag into order:"), "muted"))
        self.drag_list = QListWidget()
        self.drag_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.drag_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        for number, name in enumerate(self.names, start=1):
            entry_item = QListWidgetItem(f"{number}  {name}")
            entry_item.setData(Qt.ItemDataRole.UserRole, number)
            self.drag_list.addItem(entry_item)
        self.drag_list.setMaximumHeight(150)
        drag.addWidget(self.drag_list)
        self.top_n = QSpinBox()
        self.top_n.setRange(1, max(len(self.items), 1))
        self.top_n.setValue(len(self.items))
        self.top_n.setPrefix(self.tr("use the top "))
        self.use_drag = QPushButton(self.tr("Use this &order"))
        row = QHBoxLayout()
        row.addWidget(self.top_n)
        row.addWidget(self.use_drag)
        drag.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(legend, 3)
        columns.addLayout(drag, 2)
        layout.addLayout(columns)
        self.use_drag.clicked.connect(self.order_from_drag)

        entry = QGridLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("P-007")
        codes = [p.code for p in list_participants(ws)]
        self.code.setCompleter(QCompleter(codes, self))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(labels.role(role), role.value)
        self.perspective = QComboBox()
        self.perspective.addItem(self.tr("Own: what I want"), Perspective.OWN.value)
        self.perspective.addItem(self.tr("Predicted: what my employees want"),
                                 Perspective.PREDICTED.value)
        self.order = QLineEdit()
        self.order.setPlaceholderText(self.tr("e.g. 3 1 5 2   (ties: 1=5; leave out unranked)"))
        self.save_button = QPushButton(self.tr("Save"))
        for column, (caption, widget) in enumerate((
                (self.tr("&Code"), self.code), (self.tr("&Role"), self.role),
                (self.tr("&View"), self.perspective), (self.tr("&Order"), self.order))):
            text = QLabel(caption)
            text.setBuddy(widget)
            entry.addWidget(text, 0, column)
            entry.addWidget(widget, 1, column)
        entry.addWidget(self.save_button, 1, 4)
        entry.setColumnStretch(3, 2)
        layout.addLayout(entry)
        self.preview = label("", "muted", wrap=True)  # the typed order in words
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.preview)
        self.message = label("", wrap=True)
        layout.addWidget(self.message)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Role"), self.tr("View"), self.tr("Order")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)  # "Perspektiv" is not cut off
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.order.returnPressed.connect(self.save_current)
        self.order.textChanged.connect(self._preview)
        for button in self.findChildren(QPushButton):  # else Enter saves, then clicks a default
            button.setAutoDefault(False)  # button: a second save of the emptied order
        self.save_button.clicked.connect(self.save_current)
        self.code.editingFinished.connect(self._code_entered)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.session.currentIndexChanged.connect(self._session_changed)
        self._suggest_code()
        self.code.selectAll()
        self.code.setFocus()
        self._fill_table()

    def order_from_drag(self) -> None:
        """Put the dragged order (its top N) into the order field, ready for Enter."""
        numbers = [self.drag_list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.drag_list.count())][: self.top_n.value()]
        self.order.setText(" ".join(str(n) for n in numbers))
        self.order.setFocus()

    def current_session(self) -> Session | None:
        key = self.session.currentData()
        return get_session(self.ws, key)

    def _suggest_code(self, after: str | None = None) -> None:
        """The next participant to enter: the session's own people first, then the code after
        the last one entered."""
        session = self.current_session()
        self.code.setText(service.next_participant(self.ws, session, self.needs_list, after)
                          if session is not None else service.next_code(self.ws))
        self._code_entered()

    def _session_changed(self) -> None:
        self._fill_table()
        self._suggest_code()
        self.code.selectAll()

    def _preview(self, text: str) -> None:
        try:
            order = parse_order(text, len(self.items)) if text.strip() else {}
        except OrderError:
            order = {}
        self.preview.setText(self._named(order))

    def _named(self, order: dict[int, int]) -> str:
        """Positions of item numbers as words: "1. Good wages · 2. Appreciation = Security"."""
        by_position: dict[int, list[int]] = {}
        for number, position in order.items():
            by_position.setdefault(position, []).append(number)
        return " · ".join(f"{position}. " + " = ".join(self.names[n - 1]
                                                      for n in sorted(by_position[position]))
                          for position in sorted(by_position))

    def _code_entered(self) -> None:
        with contextlib.suppress(InvalidInput):  # a code that could be two people: no guess
            if (known := find_by_code(self.ws, self.code.text())) is not None:
                self.role.setCurrentIndex(self.role.findData(known.role.value))

    def _role_changed(self) -> None:
        if Role(self.role.currentData()) is Role.EMPLOYEE:
            self.perspective.setCurrentIndex(0)

    def save_current(self) -> None:
        session = self.current_session()
        if session is None:
            self._say(self.tr("Plan or pick a session first."), error=True)
            return
        try:
            saved = service.save_typed_ranking(
                self.ws, session, self.needs_list, self.code.text(),
                Role(self.role.currentData()), Perspective(self.perspective.currentData()),
                self.order.text())
        except (InvalidInput, WorkspaceError) as error:
            self._say(labels.message(error), error=True)
            self.order.setFocus()
            return
        self._say(self.tr("Saved %1's ranking.").replace("%1", saved.participant.code))
        self._fill_table()
        self.saved.emit()
        self.order.clear()
        self.code.completer().model().setStringList(  # type: ignore[attr-defined]
            [p.code for p in list_participants(self.ws)])
        self._suggest_code(after=saved.participant.code)  # on to the next person
        self.order.setFocus()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("role", "warning" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(escape(text))

    def _fill_table(self) -> None:
        session = self.current_session()
        rows = []
        if session is not None:
            numbers = {item.key: n for n, item in enumerate(self.items, start=1)}
            codes = participant_codes(self.ws)
            for record in service.session_rankings(self.ws, self.needs_list, session):
                order = {numbers[k]: r for k, r in record.entries.items() if k in numbers}
                own = record.perspective is Perspective.OWN
                rows.append((codes.get(record.participant_id, "?"), labels.role(record.role),
                             self.tr("own", "one ranking's perspective") if own
                             else self.tr("predicted"), self._named(order)))
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
