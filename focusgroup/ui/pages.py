"""The main window's pages: which view each is, how it is connected, what it is shown.

Pages are built on first visit (see :class:`~focusgroup.ui.lazy_stack.LazyStack`); when one is
built the window connects its signals once and shows it the open workspace. It reads the
workspace again when another is opened, and when the hub's ``workspace_changed(what)`` names
something it shows (:data:`SHOWS`): at once if it is on screen, else when it is next shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from focusgroup import options
from focusgroup.services import workspace_settings
from focusgroup.services.overview import HomeSummary, home_summary

if TYPE_CHECKING:
    from focusgroup.ui.main_window import MainWindow

VIEWS = "focusgroup.ui.views"
# Pages in navigation order, then the capture view (reached by opening a session). Each is
# built on first visit, so start-up pays only for Home.
PAGES = [
    ("home", f"{VIEWS}.home:HomeView"),
    ("sessions", f"{VIEWS}.sessions:SessionsView"),
    ("departments", f"{VIEWS}.departments:DepartmentsView"),
    ("needs_gap", f"{VIEWS}.needs_gap:NeedsGapView"),
    ("actions", f"{VIEWS}.actions:ActionsView"),
    ("themes", f"{VIEWS}.themes:ThemesView"),
    ("initiatives", f"{VIEWS}.initiatives:InitiativesView"),
    ("reports", f"{VIEWS}.reports:ReportsView"),
    ("capture", f"{VIEWS}.capture_view:CaptureView"),
]
NAV_KEYS = [key for key, _ in PAGES[:-1]]

# What each page shows, in the words of operations.CHANGES; a change elsewhere leaves it alone.
SHOWS = {
    "home": None,  # counts of everything
    "sessions": {"sessions", "notes", "departments", "participants"},
    "departments": {"departments", "sessions", "notes", "settings"},
    "needs_gap": {"rankings", "needs_lists", "sessions", "departments", "participants",
                  "settings"},
    "actions": {"actions", "sessions", "departments", "notes", "initiatives"},
    "themes": {"themes", "notes", "sessions", "actions", "initiatives"},
    "initiatives": {"initiatives", "themes", "departments", "actions", "notes"},
    "reports": {"sessions", "departments", "settings"},
    "capture": set(),  # the open session is its own; it reads it when opened
}
# What a page's own ``changed`` signal announces.
WRITES = {"departments": ("departments",), "actions": ("actions",),
          "initiatives": ("initiatives",), "themes": ("themes", "notes")}


def concerns(key: str, what: frozenset[str]) -> bool:
    shows = SHOWS.get(key)
    return shows is None or bool(shows & what)


def connect_page(window: MainWindow, key: str, page: QWidget) -> None:
    """Connect a page's signals to the window, once, when it is first built."""
    if key == "home":
        welcome = page.welcome
        welcome.demo_requested.connect(window.open_demo)
        welcome.new_requested.connect(window.new_workspace)
        welcome.open_requested.connect(window.choose_workspace)
        welcome.add_department_requested.connect(window.add_department)
        welcome.recent_requested.connect(window.open_recent_path)
        page.dashboard.focus_group_button.clicked.connect(window.new_focus_group)
        page.dashboard.lunch_button.clicked.connect(window.log_lunch)
        page.dashboard.field_visit_button.clicked.connect(window.new_field_visit)
    elif key in WRITES:
        page.changed.connect(window.page_changed)
    elif key == "sessions":
        page.open_requested.connect(window.open_session)
        page.new_button.clicked.connect(window.new_session)
        page.lunch_button.clicked.connect(window.log_lunch)
    elif key == "capture":
        page.notes_written.connect(window.notes_written)
        page.closed.connect(window.capture_left)
        page.session_closed.connect(window.capture_closed)
        page.status_message.connect(window.show_status)
    elif key == "reports":
        page.hub = window.hub
    elif key == "needs_gap":
        page.enter_button.clicked.connect(window.enter_rankings)
        page.lists_button.clicked.connect(window.edit_needs_lists)
        page.import_button.clicked.connect(window.import_rankings)


def bind_page(window: MainWindow, key: str, page: QWidget) -> None:
    """Show ``page`` the open workspace (or none)."""
    ws = window.ws
    if key == "home":
        if ws is not None:
            load_home(window, page)
        else:
            page.show_no_workspace(window.settings.recent_files())
        return
    # The settings that protect data are the open workspace's own (see focusgroup config).
    threshold = (workspace_settings.threshold(ws) if ws is not None
                 else options.ANONYMITY_THRESHOLD.default)
    if key == "departments":
        cadence = (workspace_settings.default_cadence(ws) if ws is not None
                   else options.DEFAULT_CADENCE_MONTHS.default)
        page.set_workspace(ws, cadence, threshold)
    elif key == "needs_gap":
        page.set_workspace(ws, threshold)
    elif key == "reports":
        page.set_workspace(ws, threshold, window.settings.get(options.LANGUAGE))
    elif key != "capture":
        page.set_workspace(ws)


def _home_data(ws, _progress) -> HomeSummary:
    return home_summary(ws, threshold=workspace_settings.threshold(ws))


def load_home(window: MainWindow, page: QWidget) -> None:
    """Home's figures are read by a query on its own connection; the window is painted first.
    Only the newest load for the workspace still open is shown."""
    ws = window.ws
    page.loads = getattr(page, "loads", 0) + 1
    number = page.loads

    def show(summary: HomeSummary) -> None:
        if page.loads == number and window.ws is ws:
            page.show_summary(ws.name, summary, window.settings.recent_files(), ws.path)

    window.hub.query(_home_data, on_done=show, title=window.tr("Reading the workspace…"),
                     parent=window, progress_dialog=False)
