"""Edit ▸ Settings in the real main window: the anonymity threshold, default cadence and backups
kept are written to the open workspace (what ``focusgroup config`` then shows), theme and
language stay personal."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from focusgroup import options
from focusgroup.cli import main


def _config_lines(capsys, path) -> list[str]:
    capsys.readouterr()
    assert main(["config", "--workspace", str(path)]) == 0
    return capsys.readouterr().out.splitlines()


def _edit_settings(window, change) -> dict:
    from focusgroup.ui.dialogs.settings_dialog import SettingsDialog

    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen["title"] = dialog.workspace_box.title()
        seen["values"] = (dialog.threshold.value(), dialog.cadence.value(),
                          dialog.backups.value())
        change(dialog)
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.edit_settings()
    return seen


def test_the_settings_dialog_writes_the_open_workspace(window, capsys, tmp_path, qapp):
    from focusgroup.ui.theme import apply_theme

    def change(dialog):
        dialog.threshold.setValue(2)  # below the minimum: the spin box holds it at 3
        dialog.cadence.setValue(4)
        dialog.backups.setValue(25)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))

    try:
        seen = _edit_settings(window, change)
    finally:
        apply_theme(qapp, "light")  # the tests after this one expect the light theme
    assert seen["values"] == (5, 6, 10)  # a workspace that stores none: the defaults
    assert "team" in seen["title"]  # the fields say which workspace they belong to
    assert window.settings.get(options.THEME) == "dark"
    path = window.ws.path
    window.close_workspace()
    assert _config_lines(capsys, path)[:3] == ["anonymity_threshold = 3", "backups_kept = 25",
                                               "cadence_months = 4"]
    ini = (tmp_path / "settings.ini").read_text()
    assert "anonymity" not in ini and "backups" not in ini and "cadence" not in ini


def test_the_dialog_shows_what_the_cli_stored(window, capsys):
    path = window.ws.path
    window.close_workspace()
    assert main(["config", "-w", str(path), "anonymity_threshold", "9"]) == 0
    window.open_path(path)
    seen = _edit_settings(window, lambda dialog: None)
    assert seen["values"] == (9, 6, 10)
    window.close_workspace()
    assert "anonymity_threshold = 9" in _config_lines(capsys, path)
