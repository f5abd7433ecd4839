"""A read-only Qt table model over a list of rows, with columns declared as (header, getter)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex


class Column:
    def __init__(self, header: str, text: Callable[[Any], str],
                 sort_key: Callable[[Any], Any] | None = None,
                 foreground: Callable[[Any], Any] | None = None,
                 decoration: Callable[[Any], Any] | None = None):
        self.header = header
        self.text = text
        self.sort_key = sort_key or text
        self.foreground = foreground
        self.decoration = decoration


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return column.sort_key(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


def sorted_table(model: RowsModel, parent, empty: str = ""
                 ) -> tuple[QSortFilterProxyModel, QTableView]:
    """A read-only table over ``model``: sorts by each column's sort key, whole rows selected
    one at a time, alternating row colours; ``empty`` is said in the table while it has no
    rows. Returns the proxy (for mapping rows) and the view."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    return proxy, table_view(proxy, empty)


def table_view(model, empty: str = "") -> QTableView:
    """A read-only, sortable table showing ``model`` as it is (a model that sorts itself)."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    if empty:
        from focusgroup.ui.widgets.empty_hint import EmptyHint

        table.empty_hint = EmptyHint(table, empty)
    return table


class PagedRowsModel(RowsModel):
    """Rows read a page at a time as the view scrolls (``canFetchMore``/``fetchMore``) and
    sorted by the source: ``read(order, descending, offset, limit)`` gives a page,
    ``count()`` how many rows there are; ``orders`` names each column's order (None: that
    column does not sort)."""

    PAGE = 200

    def __init__(self, columns: Sequence[Column], orders: Sequence[str | None], parent=None):
        super().__init__(columns, parent)
        self.orders = list(orders)
        self.order, self.descending = next(o for o in self.orders if o), True
        self.total = 0
        self._read: Callable[[str, bool, int, int], list] | None = None

    def set_source(self, read: Callable[[str, bool, int, int], list] | None,
                   count: Callable[[], int] | None) -> None:
        """Read afresh from ``read`` (None: no rows); the count comes from ``count``."""
        self._read = read
        self.total = count() if read is not None and count is not None else 0
        self.set_rows(read(self.order, self.descending, 0, self.PAGE) if self.total else [])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._read is None:
            return
        more = self._read(self.order, self.descending, len(self.rows), self.PAGE)
        more = more[:max(self.total - len(self.rows), 0)]
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.orders) or self.orders[column] is None:
            return
        self.order = self.orders[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._read is not None:
            self.set_rows(self._read(self.order, self.descending, 0, self.PAGE))
