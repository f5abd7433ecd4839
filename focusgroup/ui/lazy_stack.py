"""A stack of pages that are built the first time they are needed.

Building every page of the main window at start-up (and polishing each against qt-material's
large style sheet) doubled the time to the first painted window. Each page here is named by
its module and class; the module is imported and the page made on first use, then announced
through ``built`` so the window can connect its signals and show it the open workspace.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyStack(QStackedWidget):
    built = Signal(str, QWidget)

    def __init__(self, pages: Sequence[tuple[str, str]], parent: QWidget | None = None):
        """``pages``: (key, "package.module:Class") in stack order."""
        super().__init__(parent)
        self._specs = dict(pages)
        self._order = [key for key, _ in pages]
        self._pages: dict[str, QWidget] = {}
        for _key in self._order:
            self.addWidget(QWidget())  # a cheap placeholder until the page is needed

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if this is its first use."""
        page = self._pages.get(key)
        if page is None:
            module_name, _, class_name = self._specs[key].partition(":")
            page = getattr(importlib.import_module(module_name), class_name)()
            self._pages[key] = page
            index = self._order.index(key)
            placeholder = self.widget(index)
            showing = self.currentIndex()
            self.insertWidget(index, page)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            self.setCurrentIndex(showing)
            self.built.emit(key, page)
        return page

    def built_page(self, key: str) -> QWidget | None:
        """The page if it has been built, else None (never builds)."""
        return self._pages.get(key)

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.setCurrentWidget(page)
        return page

    def current_key(self) -> str | None:
        index = self.currentIndex()
        return self._order[index] if 0 <= index < len(self._order) else None
