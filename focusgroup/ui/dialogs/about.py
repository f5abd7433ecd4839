"""Help ▸ About."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from focusgroup import __version__


def show_about(parent: QWidget) -> None:
    tr = QCoreApplication.translate
    text = tr(
        "about",
        "<h3>focusgroup %1</h3>"
        "<p>Ask your own people what they want instead of assuming it: focus groups, lunch "
        "interviews, field visits and needs rankings, with the perception gap between what "
        "employees want and what managers think they want.</p>"
        "<p>Everything stays in one workspace file on this computer. No network.</p>"
        "<p>Qt for Python %2</p>",
    )
    text = text.replace("%1", __version__).replace("%2", pyside_version)
    QMessageBox.about(parent, tr("about", "About focusgroup"), text)
