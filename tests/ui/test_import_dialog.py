"""Import rankings from the GUI: the preview checks every row before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_keys import settle

from focusgroup.domain.model import Ranking
from focusgroup.storage import repository
from focusgroup.ui.dialogs.import_dialog import ImportDialog

GOOD = """participant,role,perspective,item,rank
P-101,employee,own,Appreciation of work done,1
P-101,employee,own,good wages,2
P-102,manager,predicted,God løn,1
P-102,manager,predicted,appreciation,2
"""
BAD = GOOD + "P-103,employee,own,Free pizza,1\nP-104,boss,own,Pay,1\n"


def test_preview_then_import(window, qtbot, tmp_path):
    path = tmp_path / "survey.csv"
    path.write_text(GOOD, encoding="utf-8")
    dialog = ImportDialog(window.ws, window, hub=window.hub)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.keyClicks(dialog.session, "Survey autumn")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "Would import 2 rankings" in dialog.preview.toPlainText()
    assert repository.find(window.ws, Ranking) == []  # the preview writes nothing
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert len(repository.find(window.ws, Ranking)) == 2
    assert dialog.result_text.startswith("Imported 2 rankings")


def test_bad_rows_are_listed_and_import_stays_off(window, qtbot, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    dialog = ImportDialog(window.ws, window, hub=window.hub)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    text = dialog.preview.toPlainText()
    assert "3 problems, nothing was imported" in text and "unknown role 'boss'" in text
    assert "line 6" in text and "line 7" in text
    assert not dialog.import_button.isEnabled()
    assert repository.find(window.ws, Ranking) == []


def test_a_built_in_list_shown_in_danish_still_imports_into_that_list(window, qtbot, tmp_path):
    """The classic list is shown as »Klassiske motivationsfaktorer (10)« in Danish but stored
    in English; choosing it must not create a second list under the Danish name."""
    from PySide6.QtCore import QLocale

    from focusgroup.domain.model import NeedsList

    path = tmp_path / "survey.csv"
    path.write_text(GOOD, encoding="utf-8")
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish))
    try:
        dialog = ImportDialog(window.ws, window, hub=window.hub)
        qtbot.addWidget(dialog)
        assert dialog.needs_list.currentText() == "Klassiske motivationsfaktorer (10)"
        dialog.path.setText(str(path))
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    finally:
        QLocale.setDefault(previous)
    lists = {n.id: n.name for n in repository.find(window.ws, NeedsList)}
    assert "Klassiske motivationsfaktorer (10)" not in lists.values()
    assert {lists[r.needs_list_id] for r in repository.find(window.ws, Ranking)} == {
        "Classic motivators (10)"}
