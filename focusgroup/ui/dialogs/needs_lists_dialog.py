"""Needs ▸ Edit needs lists: lists on the left, their items (English/Danish) on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.model import NeedsItem, NeedsList
from focusgroup.services import needs_lists as service
from focusgroup.services.errors import InvalidInput, WorkspaceError
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label


class ItemDialog(QDialog):
    def __init__(self, title: str, label_en: str = "", label_da: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.english = QLineEdit(label_en)
        self.danish = QLineEdit(label_da)
        form = QFormLayout(self)
        form.addRow(self.tr("&English:"), self.english)
        form.addRow(self.tr("&Danish:"), self.danish)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class NeedsListsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Needs lists"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "The items people rank. An item that has been ranked cannot be deleted, only "
            "archived, so earlier rankings keep their meaning."), "muted", wrap=True))
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        left = QVBoxLayout()
        self.lists = QListWidget()
        left.addWidget(self.lists, 1)
        self.new_list = QPushButton(self.tr("&New list…"))
        self.rename_list = QPushButton(self.tr("Re&name…"))
        self.archive_list = QPushButton(self.tr("Arc&hive list"))
        for button in (self.new_list, self.rename_list, self.archive_list):
            left.addWidget(button)
        columns.addLayout(left, 2)

        right = QVBoxLayout()
        self.items = QListWidget()
        right.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.add_item = QPushButton(self.tr("&Add item…"))
        self.edit_item = QPushButton(self.tr("&Edit…"))
        self.up = QPushButton(self.tr("&Up"))
        self.down = QPushButton(self.tr("Do&wn"))
        self.archive_item = QPushButton(self.tr("A&rchive"))
        self.delete_item = QPushButton(self.tr("&Delete"))
        for button in (self.add_item, self.edit_item, self.up, self.down, self.archive_item,
                       self.delete_item):
            row.addWidget(button)
        right.addLayout(row)
        columns.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.lists.currentRowChanged.connect(self._fill_items)
        self.items.currentRowChanged.connect(self._update_buttons)
        self.new_list.clicked.connect(self._new_list)
        self.rename_list.clicked.connect(self._rename_list)
        self.archive_list.clicked.connect(self._toggle_list)
        self.add_item.clicked.connect(self._add_item)
        self.edit_item.clicked.connect(self._edit_item)
        self.items.itemActivated.connect(self._edit_item)
        self.up.clicked.connect(self._move_up)
        self.down.clicked.connect(self._move_down)
        self.archive_item.clicked.connect(self._toggle_item)
        self.delete_item.clicked.connect(self._delete_item)
        self._fill_lists()

    # -- helpers ------------------------------------------------------------------------
    def _run(self, action, *args) -> bool:
        try:
            action(self.ws, *args)
        except (InvalidInput, WorkspaceError) as error:
            QMessageBox.warning(self, self.tr("Needs lists"), labels.message(error))
            return False
        return True

    def current_list(self) -> NeedsList | None:
        item = self.lists.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_item(self) -> NeedsItem | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _fill_lists(self, select_id: str | None = None) -> None:
        select_id = select_id or (self.current_list().id if self.current_list() else None)
        self.lists.blockSignals(True)
        self.lists.clear()
        for needs_list in service.all_lists(self.ws):
            text = labels.needs_list_name(needs_list.name) + (
                self.tr("  (archived)") if needs_list.archived else "")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, needs_list)
            self.lists.addItem(entry)
            if needs_list.id == select_id:
                self.lists.setCurrentItem(entry)
        if self.lists.currentRow() < 0 and self.lists.count():
            self.lists.setCurrentRow(0)
        self.lists.blockSignals(False)
        self._fill_items()

    def _fill_items(self, *_args, select_id: str | None = None) -> None:
        needs_list = self.current_list()
        self.items.clear()
        if needs_list is not None:
            for number, item in enumerate(service.items_of(self.ws, needs_list), start=1):
                text = f"{number}.  {item.label_en}"
                if item.label_da:
                    text += f"   —   {item.label_da}"
                if item.archived:
                    text += self.tr("  (archived)")
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, item)
                self.items.addItem(entry)
                if item.id == select_id:
                    self.items.setCurrentItem(entry)
            self.archive_list.setText(self.tr("Restore list") if needs_list.archived
                                      else self.tr("Arc&hive list"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_list, item = self.current_list() is not None, self.current_item()
        for button in (self.rename_list, self.archive_list, self.add_item):
            button.setEnabled(has_list and not self.ws.read_only)
        for button in (self.edit_item, self.up, self.down, self.archive_item,
                       self.delete_item):
            button.setEnabled(item is not None and not self.ws.read_only)
        if item is not None:
            self.archive_item.setText(self.tr("Rest&ore") if item.archived
                                      else self.tr("A&rchive"))

    # -- actions ------------------------------------------------------------------------
    def _new_list(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New needs list"), self.tr("Name:"))
        if ok:
            try:
                created = service.create_list(self.ws, name)
            except (InvalidInput, WorkspaceError) as error:
                QMessageBox.warning(self, self.tr("Needs lists"), labels.message(error))
                return
            self._fill_lists(created.id)

    def _rename_list(self) -> None:
        needs_list = self.current_list()
        name, ok = QInputDialog.getText(self, self.tr("Rename needs list"), self.tr("Name:"),
                                        text=needs_list.name)
        if ok and self._run(service.rename_list, needs_list, name):
            self._fill_lists(needs_list.id)

    def _toggle_list(self) -> None:
        needs_list = self.current_list()
        if self._run(service.set_list_archived, needs_list, not needs_list.archived):
            self._fill_lists(needs_list.id)

    def _add_item(self) -> None:
        dialog = ItemDialog(self.tr("Add item"), parent=self)
        if dialog.exec() and self._run(service.add_item, self.current_list(),
                                       dialog.english.text(), dialog.danish.text()):
            self._fill_items()
            self.items.setCurrentRow(self.items.count() - 1)

    def _edit_item(self, *_args) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = ItemDialog(self.tr("Edit item"), item.label_en, item.label_da, self)
        if dialog.exec() and self._run(service.edit_item, item, dialog.english.text(),
                                       dialog.danish.text()):
            self._fill_items(select_id=item.id)

    def _move(self, step: int) -> None:
        item = self.current_item()
        if item is not None and self._run(service.move_item, item, step):
            self._fill_items(select_id=item.id)

    def _move_up(self) -> None:
        self._move(-1)

    def _move_down(self) -> None:
        self._move(1)

    def _toggle_item(self) -> None:
        item = self.current_item()
        if item is not None and self._run(service.set_item_archived, item, not item.archived):
            self._fill_items(select_id=item.id)

    def _delete_item(self) -> None:
        item = self.current_item()
        if item is not None and self._run(service.delete_item, item):
            self._fill_items()
