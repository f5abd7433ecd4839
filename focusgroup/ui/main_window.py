"""The main window: navigation, menus with shortcuts, status bar, and the open workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from focusgroup import options, paths
from focusgroup.domain.model import SessionKind
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.workspaces import Workspace, make_private_folder
from focusgroup.ui import labels, opening, running_session
from focusgroup.ui.lazy_stack import LazyStack
from focusgroup.ui.operations import CHANGES, WorkspaceHub
from focusgroup.ui.pages import NAV_KEYS, PAGES, WRITES, bind_page, concerns, connect_page
from focusgroup.ui.settings import Settings
from focusgroup.ui.theme import apply_theme


def _page(key: str) -> property:
    return property(lambda self: self.stack.page(key), doc=f"The {key} page (built on first use).")


FILE_FILTER = "focusgroup workspace (*.focusgroup);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ws: Workspace | None = None
        # every operation on the workspace starts here; every write ends in its one signal
        self.hub = WorkspaceHub(self)
        self.hub.workspace_changed.connect(self._workspace_changed)
        self._stale: set[str] = set()  # built pages hidden when something they show changed
        self._source: str | None = None  # the page announcing its own write
        self.resize(1180, 760)
        self.setMinimumSize(820, 560)

        self.titles = [
            self.tr("Home"), labels.term("Sessions"), self.tr("Departments"),
            self.tr("Needs && gap"), self.tr("Actions"), self.tr("Themes"),
            self.tr("Initiatives"), self.tr("Reports"),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        for title in self.titles:
            self.nav.addItem(title.replace("&&", "&"))
        self.stack = LazyStack(PAGES)
        self.stack.built.connect(self._page_built)
        self.nav.currentRowChanged.connect(self._nav_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.workspace_label = QLabel()
        self.statusBar().addPermanentWidget(self.workspace_label)
        self._build_menus()
        self.nav.setCurrentRow(0)
        self._show_workspace()
        from focusgroup.ui.backup_timer import BackupTimer

        self.backup_timer = BackupTimer(self)  # routine backups, made off the GUI thread

    home = _page("home")
    sessions = _page("sessions")
    departments = _page("departments")
    needs_gap = _page("needs_gap")
    actions = _page("actions")
    themes = _page("themes")
    initiatives = _page("initiatives")
    reports = _page("reports")
    capture_view = _page("capture")

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(NAV_KEYS):
            key = NAV_KEYS[row]
            stale = key in self._stale  # a page built now reads the workspace as it is built
            self.stack.show_page(key)
            self._page_shown(key, refresh=stale)

    def _page_shown(self, key: str, refresh: bool = False) -> None:
        """A page is shown: it reads the workspace again only if something it shows changed
        while it was hidden. While a session is open the navigation takes no keyboard focus:
        focusing it would select its first row and leave the session for Home."""
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus if key == "capture"
                                else Qt.FocusPolicy.StrongFocus)
        self.resume_action.setEnabled(bool(running_session.running(self)))
        if refresh:
            self._stale.discard(key)
            bind_page(self, key, self.stack.page(key))

    def _workspace_changed(self, what: frozenset[str]) -> None:
        """Something was written: the page on screen shows it now, hidden ones when shown."""
        self.resume_action.setEnabled(bool(running_session.running(self)))
        current = self.stack.current_key()
        for key, page in self.stack.built_pages().items():
            if key == self._source or not concerns(key, what):
                continue  # the page that wrote shows its change already
            if key == current:
                self._stale.discard(key)
                bind_page(self, key, page)
            else:
                self._stale.add(key)

    def changed(self, *what: str) -> None:
        """Announce a write made on the window's own connection (see operations)."""
        self.hub.announce(*what)

    def page_changed(self) -> None:
        """A page wrote (and has shown it): every other page hears of it."""
        page = self.sender()
        key = next(k for k, p in self.stack.built_pages().items() if p is page)
        self._source = key
        try:
            self.hub.announce(*WRITES[key])
        finally:
            self._source = None

    def notes_written(self) -> None:
        self.changed("notes")

    # -- menus -----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(self.tr("&New workspace…"), self.new_workspace, QKeySequence.StandardKey.New,
                     file_menu)
        self._action(self.tr("&Open…"), self.choose_workspace, QKeySequence.StandardKey.Open,
                     file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(self.tr("Open the &demo workspace"), self.open_demo, None, file_menu)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now, "Ctrl+B",
                                          file_menu)
        self._action(self.tr("Backu&ps…"), self.show_backups, None, file_menu)
        file_menu.addSeparator()
        self.send_action = self._action(self.tr("S&end work…"), self.send_work, None, file_menu)
        self.receive_action = self._action(self.tr("Recei&ve work…"), self.receive_work, None,
                                           file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), self.close, "Ctrl+Q", file_menu)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        search = self._action(self.tr("&Search notes…"), self.search_notes, "Ctrl+F", edit_menu)
        search.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        edit_menu.addSeparator()
        self._action(self.tr("&Erase a participant…"), self.erase_participant, None, edit_menu)
        edit_menu.addSeparator()
        self._action(self.tr("Se&ttings…"), self.edit_settings, "Ctrl+,", edit_menu)

        go_menu = bar.addMenu(self.tr("&Go"))
        # Alt+number: Ctrl+1…7 belong to the capture line (the kind of the note being typed).
        for row, title in enumerate(self.titles):
            action = self._action(title, self._go_to_row, f"Alt+{row + 1}", go_menu)
            action.setData(row)

        dept_menu = bar.addMenu(self.tr("&Departments"))
        self.add_department_action = self._action(
            self.tr("&Add department…"), self.add_department, "Ctrl+Shift+D", dept_menu)

        session_menu = bar.addMenu(self.tr("&Sessions"))
        self._action(self.tr("&New session…"), self.new_session, "Ctrl+Shift+N", session_menu)
        self._action(self.tr("Log a &lunch interview…"), self.log_lunch, "Ctrl+Shift+U",
                     session_menu)
        self.resume_action = self._action(self.tr("&Resume the running session"),
                                          self.resume_running, "Ctrl+R", session_menu)

        needs_menu = bar.addMenu(self.tr("&Needs"))
        self.enter_rankings_action = self._action(
            self.tr("&Enter rankings…"), self.enter_rankings, "Ctrl+Shift+R", needs_menu)
        self._action(self.tr("Edit needs &lists…"), self.edit_needs_lists, "Ctrl+Shift+L",
                     needs_menu)
        self._action(self.tr("&Import rankings…"), self.import_rankings, "Ctrl+Shift+I",
                     needs_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&About focusgroup"), self.about, None, help_menu)

    def _go_to_row(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.nav.setCurrentRow(int(action.data()))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.setData(path)
            action.triggered.connect(self._open_recent_action)
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _open_recent_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_path(Path(action.data()))

    def _page_built(self, key: str, page: QWidget) -> None:
        connect_page(self, key, page)
        bind_page(self, key, page)

    # -- workspace -------------------------------------------------------------------------
    def open_path(self, path: Path, *, create: bool = True) -> bool:
        """Open ``path``; on failure explain why and keep the current workspace open."""
        path = Path(path).expanduser().absolute()
        if self.ws is not None and self.ws.path == path:
            return True
        new = opening.open_with_dialogs(self, path, create=create)
        if new is None:
            return False
        self.close_workspace()
        self.ws = self.hub.ws = new
        self.settings.remember(path)
        self._show_workspace()
        opening.show_notices(self, new)
        return True

    def open_recent_path(self, path: str) -> None:
        self.open_path(Path(path), create=False)

    def close_workspace(self) -> None:
        if self.stack.current_key() == "capture":
            self.capture_view.leave()
        if self.ws is not None:
            self.hub.finish()  # operations on it stop (or, writing, end) first
            self.ws.close()
            self.ws = self.hub.ws = None

    def refresh(self) -> None:
        self._show_workspace()

    def _show_workspace(self) -> None:
        ws = self.ws
        name = ws.name if ws else self.tr("no workspace")
        self.setWindowTitle(f"{name} — focusgroup")
        if ws is None:
            self.workspace_label.setText(self.tr("No workspace open"))
        else:
            suffix = self.tr("  (read-only)") if ws.read_only else ""
            self.workspace_label.setText(self.tr("Workspace: %1").replace("%1", str(ws.path))
                                         + suffix)
        self.backup_action.setEnabled(ws is not None and not ws.read_only)
        self.resume_action.setEnabled(bool(running_session.running(self)))
        self.add_department_action.setEnabled(ws is not None and not ws.read_only)
        self._stale.clear()
        self.send_action.setEnabled(ws is not None)
        self.receive_action.setEnabled(ws is not None and not ws.read_only)
        for key, page in self.stack.built_pages().items():
            bind_page(self, key, page)

    def new_workspace(self) -> None:
        start = str(paths.data_dir() / f"new{paths.WORKSPACE_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"), start, FILE_FILTER)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(paths.WORKSPACE_SUFFIX)
        if path.exists():
            QMessageBox.warning(self, self.tr("New workspace"), self.tr(
                "%1 already exists. Choose Open… to open it, or another name.").replace(
                "%1", str(path)))
            return
        self.open_path(path)

    def choose_workspace(self) -> None:
        start = str(self.ws.path.parent if self.ws else paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), start, FILE_FILTER)
        if name:
            self.open_path(Path(name), create=False)

    def open_demo(self) -> None:
        """Open the demo workspace, writing it first (in the background) if it isn't there."""
        target = paths.demo_workspace()
        try:
            make_private_folder(target.parent)  # the app's own data folder, 0700
        except OSError as error:
            QMessageBox.critical(self, self.tr("Demo workspace"), labels.message(error))
            return
        if target.exists():
            self.open_path(target, create=False)
            return
        self._demo_target = target
        self.hub.job(self._write_demo, title=self.tr("Demo workspace"), parent=self,
                     on_done=self._demo_written)

    def _write_demo(self, _progress) -> dict[str, int]:
        from focusgroup.services.demo_file import write_demo_file  # loaded on first use

        return write_demo_file(self._demo_target)

    def _demo_written(self, _summary: dict[str, int]) -> None:
        self.open_path(self._demo_target, create=False)
        self.nav.setCurrentRow(0)

    def backup_now(self) -> None:
        if self.ws is None:
            return
        try:
            info = self.ws.backup("manual")
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Backup failed"), labels.message(error))
            return
        if info is not None:
            self.statusBar().showMessage(self.tr("Backup saved: %1 notes").replace(
                "%1", str(info.notes)), 5000)

    def show_backups(self) -> None:
        if self.ws is None:
            return
        from focusgroup.ui.dialogs.backups_dialog import BackupsDialog  # loaded on first use
        BackupsDialog(self.ws.backups(), str(self.ws.backup_dir), self).exec()

    def send_work(self) -> None:
        if self.ws is None:
            return
        from focusgroup.ui.dialogs.exchange_dialog import SendDialog  # loaded on first use
        SendDialog(self.ws, self).exec()

    def receive_work(self) -> None:
        if self.ws is None or self.ws.read_only:
            return
        from focusgroup.ui.dialogs.exchange_dialog import ReceiveDialog  # loaded on first use
        dialog = ReceiveDialog(self.ws, self)
        dialog.exec()
        if dialog.received:
            self.statusBar().showMessage(dialog.result_text.splitlines()[0], 10000)
            self.changed(*CHANGES)  # anything may have arrived

    def add_department(self) -> None:
        self.nav.setCurrentRow(2)
        self.departments.add_department()

    def new_session(self, _checked: bool = False, kind: SessionKind | None = None) -> None:
        if self.ws is None or self.ws.read_only:
            return
        from focusgroup.ui.dialogs.session_dialog import SessionDialog  # loaded on first use
        dialog = SessionDialog(self.ws, self,
                               default_cadence_lang=self.settings.get(options.LANGUAGE))
        if kind is not None:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
        if dialog.exec() and dialog.created is not None:
            self.changed("sessions", "departments", "participants")
            self.open_session(dialog.created.id)

    def new_focus_group(self) -> None:
        self.new_session(kind=SessionKind.FOCUS_GROUP)

    def new_field_visit(self) -> None:
        self.new_session(kind=SessionKind.FIELD_VISIT)

    def log_lunch(self) -> None:
        if self.ws is None or self.ws.read_only:
            return
        from focusgroup.ui.dialogs.lunch_dialog import LunchDialog  # loaded on first use
        dialog = LunchDialog(self.ws, self, lang=self.settings.get(options.LANGUAGE))
        if dialog.exec():
            self.changed("sessions", "notes", "departments", "participants", "rankings")
            if dialog.saved is not None:
                self.statusBar().showMessage(self.tr("Lunch interview saved: %1").replace(
                    "%1", dialog.saved.title), 5000)

    def search_notes(self) -> None:
        if self.ws is None:
            return
        from focusgroup.ui.dialogs.search_dialog import SearchDialog  # loaded on first use
        dialog = SearchDialog(self.ws, self)
        dialog.open_requested.connect(self.open_session_at_note)
        dialog.exec()

    def open_session_at_note(self, session_id: str, note_id: str) -> None:
        self.open_session(session_id)
        if self.stack.current_key() == "capture":
            self.capture_view.select_note(note_id)

    def open_session(self, session_id: str) -> None:
        if self.ws is None:
            return
        try:
            self.capture_view.open_session(self.ws, session_id)
        except (WorkspaceError, InvalidInput) as error:
            QMessageBox.critical(self, self.tr("Cannot open session"), labels.message(error))
            return
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.stack.show_page("capture")
        self._page_shown("capture")
        self.capture_view.line.setFocus()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def resume_running(self) -> None:
        running_session.resume(self)

    def open_session_by_id(self, session_id: str) -> bool:
        return running_session.open_by_id(self, session_id)

    def capture_left(self) -> None:
        self.changed("sessions", "notes")
        self.nav.setCurrentRow(1)

    def capture_closed(self, summary) -> None:
        session_id = self.capture_view.capture.session.id
        from focusgroup.ui.dialogs.close_dialog import CloseDialog  # loaded on first use
        CloseDialog(self.ws, session_id, summary, self).exec()
        self.changed("actions")
        self.capture_left()

    def enter_rankings(self) -> None:
        needs_list = self.needs_gap.selected_list()
        if self.ws is None or needs_list is None or self.ws.read_only:
            return
        from focusgroup.ui.dialogs.ranking_dialog import RankingDialog  # loaded on first use
        dialog = RankingDialog(self.ws, needs_list, self.needs_gap.session.currentData(), self,
                               department_id=self.needs_gap.department.currentData(),
                               lang=self.settings.get(options.LANGUAGE))
        dialog.saved.connect(self.rankings_saved)
        dialog.exec()

    def rankings_saved(self) -> None:
        self.changed("rankings", "participants", "sessions")

    def import_rankings(self) -> None:
        if self.ws is None or self.ws.read_only:
            return
        from focusgroup.ui.dialogs.import_dialog import ImportDialog  # loaded on first use
        dialog = ImportDialog(self.ws, self, hub=self.hub)
        if dialog.exec():
            self.statusBar().showMessage(dialog.result_text, 10000)

    def erase_participant(self) -> None:
        if self.ws is None or self.ws.read_only:
            return
        from focusgroup.ui.dialogs.erase_dialog import EraseDialog  # loaded on first use
        dialog = EraseDialog(self.ws, self)
        if dialog.exec():
            if dialog.finished:
                QMessageBox.information(self, self.tr("Participant erased"), dialog.result_text)
            else:
                QMessageBox.warning(self, self.tr("Erasure not finished"), dialog.result_text)
            self.changed(*CHANGES)

    def edit_needs_lists(self) -> None:
        if self.ws is None:
            return
        from focusgroup.ui.dialogs.needs_lists_dialog import NeedsListsDialog  # loaded on first use
        NeedsListsDialog(self.ws, self).exec()
        self.changed("needs_lists")

    def edit_settings(self) -> None:
        from focusgroup.ui.dialogs.settings_dialog import SettingsDialog  # loaded on first use
        if SettingsDialog(self.settings, self.ws, self).exec():
            apply_theme(QApplication.instance(), self.settings.get(options.THEME))
            self.changed("settings")

    def about(self) -> None:
        from focusgroup.ui.dialogs.about import show_about  # loaded on first use

        show_about(self)

    def closeEvent(self, event) -> None:  # noqa: N802
        if (capture := self.stack.built_page("capture")) is not None:
            capture.flush_draft()
        if (reports := self.stack.built_page("reports")) is not None:
            reports.cleanup()
        self.close_workspace()
        super().closeEvent(event)
