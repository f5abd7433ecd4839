"""Themes: affinity mapping across sessions. Unthemed notes on the left, a column per theme;
drag notes onto a theme (Shift moves), or select them and press T to pick a theme by typing."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from focusgroup.services import themes
from focusgroup.services.departments import list_departments
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.models.board_model import LazySuggester
from focusgroup.ui.views.themes_undo import BoardUndo
from focusgroup.ui.widgets import theme_board
from focusgroup.ui.widgets.cards import label
from focusgroup.ui.widgets.theme_board import NoteList, ThemeColumn, ThemePicker, plural

CURRENT_CSS = "QFrame[role=\"card\"] { border: 2px solid #1e6fb8; border-radius: 8px; }"


class ThemesView(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.heads: themes.BoardHeads | None = None
        self.ignored: set[str] = set()  # note ids whose suggestion was ignored (this sitting)
        self.current: ThemeColumn | None = None
        self._stale = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(8)
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Themes"), "title"), 1)
        self.new_button = QPushButton(self.tr("Ne&w theme…"))
        self.assign_button = QPushButton(self.tr("&Add to theme… (T)"))
        self.assign_button.setProperty("role", "primary")
        for button in (self.new_button, self.assign_button):
            header.addWidget(button)
        layout.addLayout(header)
        layout.addWidget(label(self.tr(
            "Drag notes onto a theme to add it (hold Shift to move them instead); a note can "
            "have several themes. Or select notes and press T to pick a theme by typing."),
            "muted", wrap=True))

        filters = QHBoxLayout()
        self.department = QComboBox()
        self.department.setMinimumContentsLength(18)
        self.period = QComboBox()
        self.period.addItem(labels.term("All time"), 0)
        self.period.addItem(self.tr("Last 6 months"), 6)
        self.period.addItem(self.tr("Last 12 months"), 12)
        for caption, combo in ((self.tr("De&partment:"), self.department),
                               (self.tr("Peri&od:"), self.period)):
            text = QLabel(caption)
            text.setBuddy(combo)
            filters.addWidget(text)
            filters.addWidget(combo)
            filters.addSpacing(12)
        self.summary = label("", "muted")
        filters.addWidget(self.summary, 1)
        layout.addLayout(filters)

        # What can be done with the current column (the one with the blue border).
        tools = QHBoxLayout()
        self.current_label = QLabel()
        self.current_label.setStyleSheet("font-weight: 600;")
        tools.addWidget(self.current_label)
        self.accept_button = QPushButton(self.tr("A&ccept suggestion (A)"))
        self.ignore_button = QPushButton(self.tr("&Ignore (I)"))
        self.rename_button = QPushButton(self.tr("Rena&me…"))
        self.merge_button = QPushButton(self.tr("Merge in&to…"))
        self.split_button = QPushButton(self.tr("Sp&lit selected…"))
        self.split_button.setToolTip(self.tr("Split the selected notes into a new theme"))
        self.remove_button = QPushButton(self.tr("&Remove from theme (Del)"))
        self.remove_button.setToolTip(self.tr("Take the selected notes out of this theme"))
        self.tool_buttons = (self.new_button, self.assign_button, self.accept_button,
                             self.ignore_button, self.rename_button, self.merge_button,
                             self.split_button, self.remove_button)
        for button in self.tool_buttons[2:]:
            tools.addWidget(button)
        for button in self.tool_buttons:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        tools.addSpacing(12)
        self.message = label("", wrap=True)
        tools.addWidget(self.message, 1)
        layout.addLayout(tools)

        board = QHBoxLayout()
        board.setSpacing(10)
        self.unthemed = ThemeColumn(None)
        self.unthemed.wire(self)
        board.addWidget(self.unthemed)
        self.columns: dict[str, ThemeColumn] = {}
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(10)
        self.strip_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.strip)
        board.addWidget(self.scroll, 1)
        layout.addLayout(board, 1)

        self.accept_button.clicked.connect(self.accept_suggestions)
        self.ignore_button.clicked.connect(self.ignore_suggestions)
        self.new_button.clicked.connect(self.new_theme)
        self.assign_button.clicked.connect(self.assign_selected)
        self.rename_button.clicked.connect(self.rename_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.split_button.clicked.connect(self.split_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.department.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self._set_current(self.unthemed)

        self.undo = BoardUndo(self, self.tr("&Undo"), self.tr("&Redo"), self.tr("Undone: %1"),
                              self.tr("Done again: %1"))

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        if ws is not self.ws:
            self.undo.stack.clear()
            self.ignored.clear()
            self._say("")
        self.ws = ws
        previous = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(labels.term("All departments"), None)
        for department in list_departments(ws) if ws is not None else []:
            self.department.addItem(department.name, department.id)
        self.department.setCurrentIndex(max(self.department.findData(previous), 0))
        self.department.blockSignals(False)
        if self.isVisible():
            self.refresh()
        else:  # a hidden page: build the board when it is shown (suggestions cost a little)
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def scope(self) -> themes.Scope:
        return themes.Scope(self.department.currentData(), self.period.currentData() or None)

    def writable(self) -> bool:
        return self.ws is not None and not self.ws.read_only

    def refresh(self) -> None:
        """Read the board again: the counts from SQL, the first page of every column."""
        self._stale, scope = False, self.scope()
        self.heads = themes.heads(self.ws, scope) if self.ws is not None else None
        heads = self.heads or themes.BoardHeads(themes.ColumnHead(None), [], 0)
        self.unthemed.show_column(heads.unthemed, self.tr("Unthemed"), self.ws, scope,
                                  LazySuggester(self.ws) if heads.themes else None, self.ignored)
        wanted = {column.theme_id for column in heads.themes}
        for theme_id in list(self.columns):
            if theme_id not in wanted:
                widget = self.columns.pop(theme_id)
                if widget is self.current:
                    self._set_current(self.unthemed)
                widget.hide()
                widget.deleteLater()
        for position, column in enumerate(heads.themes):
            widget = self.columns.get(column.theme_id)
            if widget is None:
                widget = self.columns[column.theme_id] = ThemeColumn(column.theme_id)
                widget.wire(self)
            self.strip_layout.insertWidget(position, widget)
            widget.show_column(column, column.name, self.ws, scope)
        for widget in (self.unthemed, *self.columns.values()):
            widget.list.set_editable(self.writable())
        self.summary.setText(self._summary(heads))
        self._update_buttons()

    def _summary(self, heads: themes.BoardHeads) -> str:
        tr = self.tr
        return tr("Open a workspace to see themes.") if self.ws is None else " · ".join((
            plural(heads.notes, tr("1 note in this scope"), tr("%n notes in this scope")),
            plural(heads.unthemed.notes, tr("1 unthemed"), tr("%n unthemed")),
            plural(len(heads.themes), tr("1 theme"), tr("%n themes"))))

    def column(self, theme_id: str | None) -> ThemeColumn | None:
        """The column widget of a theme (None: the unthemed column)."""
        return self.unthemed if theme_id is None else self.columns.get(theme_id)

    # -- wiring and state ------------------------------------------------------------------
    def _drag_moved(self, where) -> None:
        theme_board.scroll_near_edges(self.scroll, where)

    def _sender_column(self) -> ThemeColumn | None:
        sender = self.sender()
        if isinstance(sender, NoteList):
            return self.column(sender.theme_id)
        return None

    def _list_focused(self) -> None:
        column = self._sender_column()
        if column is not None:
            self._set_current(column)

    def _set_current(self, column: ThemeColumn) -> None:
        if self.current is not column:
            if self.current is not None:
                self.current.setStyleSheet("")
            self.current = column
            column.setStyleSheet(CURRENT_CSS)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.writable()
        column = self.current
        theme = column is not None and column.theme_id is not None
        selected = bool(column and column.list.selected_rows())
        self.current_label.setText(f"#{column.name}:" if theme else self.tr("Unthemed notes:"))
        for button in (self.accept_button, self.ignore_button):
            button.setVisible(not theme)
        for button in (self.rename_button, self.merge_button, self.split_button,
                       self.remove_button):
            button.setVisible(theme)
        self.new_button.setEnabled(writable)
        self.assign_button.setEnabled(writable and selected)
        self.accept_button.setEnabled(writable and selected)
        self.ignore_button.setEnabled(selected)
        self.rename_button.setEnabled(writable and theme)
        self.merge_button.setEnabled(writable and theme and len(self.columns) > 1)
        self.split_button.setEnabled(writable and theme and selected)
        self.remove_button.setEnabled(writable and theme and selected)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setProperty("role", "warning" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def _run(self, call, *args, **kwargs):
        """Call a service; show its refusal instead of raising. ``None`` when it failed."""
        try:
            result = call(*args, **kwargs)
        except (InvalidInput, WorkspaceError) as error:
            self._say(labels.message(error), error=True)
            return None
        return True if result is None else result

    def _done(self, text: str, touched=None, new_theme_ids=()) -> None:
        """Say what was done; a change (``touched`` before it) goes on the undo stack."""
        self.undo.after(touched, text, new_theme_ids)
        self.refresh()
        self._say(text)
        self.changed.emit()

    def _selection(self) -> tuple[ThemeColumn | None, list[str]]:
        column = self.current
        return column, (column.list.note_ids() if column is not None else [])

    def _names(self) -> list[str]:
        return themes.theme_names(self.ws) if self.ws is not None else []

    def _theme_label(self, theme_id: str | None) -> str:
        column = self.heads.column(theme_id) if self.heads else None
        return f"#{column.name}" if column and column.theme else ""

    # -- drag and drop ---------------------------------------------------------------------
    def _dropped(self, note_ids: list[str], source: str | None, move: bool) -> None:
        target = self.sender()
        if isinstance(target, NoteList):
            self.drop_notes(note_ids, source, target.theme_id, move, deferred=True)

    def drop_notes(self, note_ids: list[str], source: str | None, target: str | None,
                   move: bool = False, *, deferred: bool = False) -> None:
        """Notes dropped from ``source`` onto ``target`` (theme ids; None = unthemed): the target
        theme is added; with ``move`` they also leave the source. Onto "Unthemed" they leave the
        source theme. ``deferred`` redraws after the drag has finished (from a real drop)."""
        if not self.writable() or source == target:
            return
        count = plural(len(note_ids), labels.term("1 note"), self.tr("%n notes"))
        touched = self.undo.before(note_ids, (source, target))
        if target is None:
            if source is None or not self._run(themes.remove, self.ws, note_ids, source):
                return
            text = self.tr("Took %1 out of %2.").replace("%1", count).replace(
                "%2", self._theme_label(source))
        else:
            move_from = source if move else None
            if not self._run(themes.add_to, self.ws, note_ids, target, move_from):
                return
            template = (self.tr("Moved %1 to %2.") if move_from else
                        self.tr("Added %2 to %1."))
            text = template.replace("%1", count).replace("%2", self._theme_label(target))
        self.undo.after(touched, text)
        self._say(text)
        self.changed.emit()
        if deferred:
            QTimer.singleShot(0, self.refresh)
        else:
            self.refresh()

    # -- keys and menus --------------------------------------------------------------------
    def _command(self, name: str) -> None:
        column = self._sender_column()
        if column is not None:
            self._set_current(column)
        {"assign": self.assign_selected, "remove": self.remove_selected,
         "accept": self.accept_suggestions, "ignore": self.ignore_suggestions}[name]()

    def _context_menu(self, position) -> None:
        column = self._sender_column()
        if column is None:
            return
        self._set_current(column)
        writable = self.writable()
        selected = bool(column.list.selected_rows())
        menu = QMenu(self)
        menu.addAction(self.tr("Add to theme…\tT"), self.assign_selected).setEnabled(
            writable and selected)
        if column.theme_id is None:
            menu.addAction(self.tr("Accept suggestion\tA"), self.accept_suggestions).setEnabled(
                writable and selected)
            menu.addAction(self.tr("Ignore suggestion\tI"), self.ignore_suggestions).setEnabled(
                selected)
        else:
            menu.addAction(self.tr("Remove from theme\tDel"), self.remove_selected).setEnabled(
                writable and selected)
            menu.addAction(self.tr("Split selected into new theme…"),
                           self.split_selected).setEnabled(writable and selected)
            menu.addSeparator()
            menu.addAction(self.tr("Rename theme…"), self.rename_current).setEnabled(writable)
            menu.addAction(self.tr("Merge theme into…"), self.merge_current).setEnabled(
                writable and len(self.columns) > 1)
            empty = self.ws is not None and themes.note_count(self.ws, column.theme_id) == 0
            menu.addAction(self.tr("Delete theme"), self.delete_current).setEnabled(
                writable and empty)
        menu.exec(column.list.viewport().mapToGlobal(position))

    def _pick(self, title: str, prompt: str, names: list[str], *, text: str = "",
              existing_only: bool = False) -> str | None:
        dialog = ThemePicker(title, prompt, names, text=text, existing_only=existing_only,
                             parent=self)
        return dialog.name() if dialog.exec() else None

    def _focus_back(self, column: ThemeColumn | None) -> None:
        if column is not None and column.list.count():
            column.list.setFocus()

    # -- use cases -------------------------------------------------------------------------
    def new_theme(self) -> None:
        if not self.writable():
            return
        name = self._pick(self.tr("New theme"), self.tr("Name of the new theme:"), [])
        touched = self.undo.before(names=(name,)) if name else None
        theme = self._run(themes.create, self.ws, name) if name else None
        if theme:
            self._done(self.tr("Theme #%1 created: drag notes onto it.").replace(
                "%1", theme.name), touched, (theme.id,))

    def assign_selected(self) -> None:
        column, note_ids = self._selection()
        if not self.writable() or not note_ids:
            self._say(labels.term("Select one or more notes first."), error=bool(self.ws))
            return
        count = plural(len(note_ids), labels.term("1 note"), self.tr("%n notes"))
        name = self._pick(self.tr("Add to theme"), self.tr(
            "Theme for %1 (type to find; a new name creates it):").replace("%1", count),
            self._names())
        touched = self.undo.before(note_ids, names=(name,)) if name else None
        theme = self._run(themes.assign, self.ws, note_ids, name) if name else None
        if theme:
            self._done(self.tr("Added #%1 to %2.").replace("%1", theme.name).replace(
                "%2", count), touched, (theme.id,))
        self._focus_back(column)

    def accept_suggestions(self) -> None:
        column, note_ids = self._selection()
        if not self.writable() or column is not self.unthemed or self.heads is None:
            return
        by_theme: dict[str, list[str]] = defaultdict(list)
        for note_id in note_ids:
            card = column.list.notes().card(note_id)
            if card and card.suggestion and note_id not in self.ignored:
                by_theme[card.suggestion.theme].append(note_id)
        if not by_theme:
            self._say(self.tr("No suggestion for the selected notes: press T to pick a theme."))
            return
        touched = self.undo.before(note_ids, names=tuple(by_theme))
        made = []
        for name, ids in by_theme.items():
            theme = self._run(themes.assign, self.ws, ids, name)
            if not theme:
                break
            made.append(theme.id)
        taken = sum(len(ids) for ids in by_theme.values())
        text = self.tr("Accepted: %1 to %2.").replace(
            "%1", ", ".join(f"#{n}" for n in by_theme)).replace(
            "%2", plural(taken, labels.term("1 note"), self.tr("%n notes")))
        if made:
            self.undo.after(touched, text, made)
        if len(made) == len(by_theme):
            self._done(text)
        self._focus_back(column)

    def ignore_suggestions(self) -> None:
        column, note_ids = self._selection()
        if column is not self.unthemed or self.heads is None:
            return
        self.ignored.update(note_ids)
        column.list.notes().forget_html(note_ids)
        self._say(plural(len(note_ids), self.tr("Suggestion ignored."),
                         self.tr("%n suggestions ignored.")))

    def remove_selected(self) -> None:
        column, note_ids = self._selection()
        if not self.writable() or column is None or column.theme_id is None or not note_ids:
            return
        touched = self.undo.before(note_ids, (column.theme_id,))
        if self._run(themes.remove, self.ws, note_ids, column.theme_id):
            self._done(self.tr("Took %1 out of %2.").replace("%1", plural(
                len(note_ids), labels.term("1 note"), self.tr("%n notes"))).replace(
                "%2", self._theme_label(column.theme_id)), touched)
            self._focus_back(column)

    def rename_current(self) -> None:
        column = self.current
        if not self.writable() or column is None or column.theme_id is None:
            return
        name = self._pick(self.tr("Rename theme"), self.tr("New name for #%1:").replace(
            "%1", column.name), [], text=column.name)
        if name and name != column.name:
            old = column.name
            touched = self.undo.before(theme_ids=(column.theme_id,))
            theme = self._run(themes.rename, self.ws, column.theme_id, name)
            if theme:
                self._done(self.tr("Renamed #%1 to #%2.").replace("%1", old).replace(
                    "%2", theme.name), touched)

    def merge_current(self) -> None:
        column = self.current
        if not self.writable() or column is None or column.theme_id is None:
            return
        others = [n for n in self._names() if n != column.name]
        total = themes.note_count(self.ws, column.theme_id)
        name = self._pick(self.tr("Merge theme"), self.tr(
            "Merge #%1 into which theme? Its %2 get that theme, and #%1 is removed.").replace(
            "%1", column.name).replace("%2", plural(total, labels.term("1 note"),
                                                     self.tr("%n notes"))),
            others, existing_only=True)
        target = next((c for c in self.heads.themes if c.name == name), None) \
            if name and self.heads else None
        touched = self.undo.before(theme_ids=(column.theme_id, target.theme_id)) \
            if target is not None else None
        if target is not None and self._run(themes.merge, self.ws, column.theme_id,
                                            target.theme_id):
            source = column.name
            self._done(self.tr("Merged #%1 into #%2.").replace("%1", source).replace(
                "%2", target.name), touched)
            self._set_current(self.columns.get(target.theme_id, self.unthemed))

    def split_selected(self) -> None:
        column, note_ids = self._selection()
        if not self.writable() or column is None or column.theme_id is None or not note_ids:
            return
        count = plural(len(note_ids), labels.term("1 note"), self.tr("%n notes"))
        name = self._pick(self.tr("Split theme"), self.tr(
            "Move the %1 selected in #%2 into a new theme:").replace("%1", count).replace(
            "%2", column.name), [])
        touched = self.undo.before(note_ids, (column.theme_id,), (name,)) if name else None
        theme = self._run(themes.split, self.ws, column.theme_id, note_ids, name) if name else None
        if theme:
            self._done(self.tr("Moved %1 from #%2 into the new theme #%3.").replace(
                "%1", count).replace("%2", column.name).replace("%3", theme.name), touched,
                (theme.id,))

    def delete_current(self) -> None:
        column = self.current
        if not self.writable() or column is None or column.theme_id is None:
            return
        name = column.name
        touched = self.undo.before(theme_ids=(column.theme_id,))
        if self._run(themes.delete_empty, self.ws, column.theme_id):
            self._done(self.tr("Theme #%1 deleted.").replace("%1", name), touched)
