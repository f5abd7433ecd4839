"""The session's notes as a Qt table model; new notes are appended, never a full reload."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from focusgroup.domain.model import Note, NoteKind
from focusgroup.ui import labels

Index = QModelIndex | QPersistentModelIndex
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


def clock_text(seconds: int | None) -> str:
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes:02}:{secs:02}"


class NotesModel(QAbstractTableModel):
    """Editing a note's text in place emits ``edit_requested``; the view stores it."""

    COLUMNS = ("time", "kind", "who", "note", "themes")
    edit_requested = Signal(object, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[Note, list[str]]] = []
        self.codes: dict[str, str] = {}  # participant id -> code
        self.headers = [self.tr("Time"), labels.term("Kind"), self.tr("Who"), self.tr("Note"),
                        self.tr("Themes")]

    # -- changes ---------------------------------------------------------------------
    def reset(self, rows: list[tuple[Note, list[str]]], codes: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.codes = dict(codes)
        self.endResetModel()

    def append(self, note: Note, themes: list[str]) -> None:
        self.insert(len(self.rows), note, themes)

    def insert(self, row: int, note: Note, themes: list[str]) -> None:
        row = min(max(row, 0), len(self.rows))
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, (note, list(themes)))
        self.endInsertRows()

    def row_of(self, note_id: str) -> int:
        return next((i for i, (n, _) in enumerate(self.rows) if n.id == note_id), -1)

    def replace(self, note: Note, themes: list[str] | None = None) -> None:
        row = self.row_of(note.id)
        if row < 0:
            return
        self.rows[row] = (note, self.rows[row][1] if themes is None else list(themes))
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove(self, note_id: str) -> int:
        row = self.row_of(note_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        return row

    def counts(self) -> dict[NoteKind, int]:
        result: dict[NoteKind, int] = {}
        for note, _ in self.rows:
            result[note.kind] = result.get(note.kind, 0) + 1
        return result

    # -- Qt API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note, themes = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == NOTE_ROLE:
            return note
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "time":
                return clock_text(note.offset_seconds)
            if column == "kind":
                return labels.note_kind(note.kind)
            if column == "who":
                return self.codes.get(note.participant_id, "") if note.participant_id else ""
            if column == "note":
                return note.text
            return ", ".join(f"#{t}" for t in themes)
        if role == Qt.ItemDataRole.ToolTipRole and column == "note":
            return note.text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.isValid() and role == Qt.ItemDataRole.EditRole:
            note = self.rows[index.row()][0]
            if str(value) != note.text:
                self.edit_requested.emit(note, str(value))
        return False  # the view replaces the row once the edit is stored

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] == "note":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class NotesFilter(QSortFilterProxyModel):
    """Filters by kind, participant, guide item and theme (None = any)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind: NoteKind | None = None
        self.participant_id: str | None = None
        self.guide_item_id: str | None = None
        self.theme: str | None = None

    def set_filter(self, **values: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model: NotesModel = self.sourceModel()  # type: ignore[assignment]
        note, themes = model.rows[row]
        if self.kind is not None and note.kind is not self.kind:
            return False
        if self.participant_id is not None and note.participant_id != self.participant_id:
            return False
        if self.guide_item_id is not None and note.guide_item_id != self.guide_item_id:
            return False
        return self.theme is None or self.theme.casefold() in {t.casefold() for t in themes}
