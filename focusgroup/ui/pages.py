"""The main window's pages: which view each is, how it is connected, what it is shown.

Pages are built on first visit (see :class:`~focusgroup.ui.lazy_stack.LazyStack`); when one is
built the window connects its signals once and shows it the open workspace, and it is shown the
workspace again whenever the window refreshes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from focusgroup import options
from focusgroup.services import workspace_settings
from focusgroup.services.overview import home_summary

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
    elif key in ("departments", "actions", "initiatives"):
        page.changed.connect(window.refresh)
    elif key == "sessions":
        page.open_requested.connect(window.open_session)
        page.new_button.clicked.connect(window.new_session)
        page.lunch_button.clicked.connect(window.log_lunch)
    elif key == "capture":
        page.closed.connect(window.capture_left)
        page.session_closed.connect(window.capture_closed)
        page.status_message.connect(window.show_status)
    elif key == "needs_gap":
        page.enter_button.clicked.connect(window.enter_rankings)
        page.lists_button.clicked.connect(window.edit_needs_lists)
        page.import_button.clicked.connect(window.import_rankings)


def bind_page(window: MainWindow, key: str, page: QWidget) -> None:
    """Show ``page`` the open workspace (or none)."""
    ws = window.ws
    # The settings that protect data are the open workspace's own (see focusgroup config).
    threshold = (workspace_settings.threshold(ws) if ws is not None
                 else options.ANONYMITY_THRESHOLD.default)
    if key == "home":
        recent = window.settings.recent_files()
        if ws is not None:
            page.show_summary(ws.name, home_summary(ws, threshold=threshold), recent, ws.path)
        else:
            page.show_no_workspace(recent)
    elif key == "departments":
        cadence = (workspace_settings.default_cadence(ws) if ws is not None
                   else options.DEFAULT_CADENCE_MONTHS.default)
        page.set_workspace(ws, cadence, threshold)
    elif key == "needs_gap":
        page.set_workspace(ws, threshold)
    elif key == "reports":
        page.set_workspace(ws, threshold, window.settings.get(options.LANGUAGE))
    elif key != "capture":
        page.set_workspace(ws)
