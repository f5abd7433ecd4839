"""The filter row above a session's notes: kind, participant, guide question, theme."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from focusgroup.domain.model import GuideItem, NoteKind
from focusgroup.ui import labels
from focusgroup.ui.models.notes_model import NotesModel


class NoteFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind, self.person, self.item, self.theme = (QComboBox() for _ in range(4))
        for combo in self.combos():
            combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo, 1)

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.kind, self.person, self.item, self.theme)

    def fill(self, model: NotesModel, guide: list[GuideItem]) -> None:
        """Offer what occurs in the notes; keep the current choices where they still exist."""
        entries = {
            self.kind: [(self.tr("All kinds"), None)]
            + [(labels.note_kind(k), k) for k in NoteKind],
            self.person: [(self.tr("Everyone"), None)] + sorted(
                {(model.codes.get(n.participant_id, "?"), n.participant_id)
                 for n, _ in model.rows if n.participant_id}),
            self.item: [(self.tr("All questions"), None)]
            + [(f"{i + 1}. {g.text[:40]}", g.id) for i, g in enumerate(guide)],
            self.theme: [(self.tr("All themes"), None)] + [
                (f"#{t}", t) for t in sorted({t for _, ts in model.rows for t in ts},
                                             key=str.casefold)],
        }
        for combo, items in entries.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    def clear(self) -> None:
        for combo in self.combos():
            combo.setCurrentIndex(0)

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "participant_id": self.person.currentData(),
                "guide_item_id": self.item.currentData(), "theme": self.theme.currentData()}
