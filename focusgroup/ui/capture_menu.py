"""The right-click menu of a captured note: themes, an action, its kind, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from focusgroup.domain.capture_line import SHORTCUT_KINDS
from focusgroup.ui import labels

if TYPE_CHECKING:  # pragma: no cover
    from focusgroup.ui.views.capture_view import CaptureView


def show_note_menu(view: CaptureView, where) -> None:
    """The menu for the selected notes at global position ``where``; each entry names its key."""
    menu = QMenu(view)
    menu.addAction(view.tr("Edit themes…\tCtrl+T"), view.retag_selected)
    menu.addAction(view.tr("Create an action…\tCtrl+Shift+A"), view.action_from_note)
    kinds = menu.addMenu(labels.term("Kind"))
    for number, kind in enumerate(SHORTCUT_KINDS, start=1):
        action = QAction(f"{labels.note_kind(kind)}\tCtrl+{number}", kinds)
        action.setProperty("kind", kind.value)
        action.triggered.connect(view._kind_from_menu)
        kinds.addAction(action)
    menu.addAction(view.tr("Delete\tDel"), view._delete_from_menu)
    menu.exec(where)
