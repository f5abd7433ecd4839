"""The Reports view: generate in the background with a progress bar, preview the PDF, save it,
cancel a build, see errors in a dialog."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from focusgroup.ui.operations import wait_for_all


@pytest.fixture
def view(qtbot, demo_file, tmp_path, settings):
    """The Reports page of the real main window on a copy of the demo, reached with Alt+8."""
    from PySide6.QtWidgets import QApplication

    from focusgroup.app import build_main_window

    copy = tmp_path / "demo.focusgroup"
    shutil.copyfile(demo_file, copy)
    window = build_main_window(copy, settings)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_8,
                   Qt.KeyboardModifier.AltModifier)
    page = window.reports
    assert window.stack.currentWidget() is page and page.isVisible()
    yield page
    page.cancel()
    wait_for_all()
    window.close()


def test_generate_shows_progress_then_the_preview(qtbot, view, tmp_path, monkeypatch):
    assert view.generate_button.isEnabled() and view.preview is None  # QtPdf not loaded yet
    view.kind.setCurrentIndex(view.kind.findData("gap"))
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert view.progress.isVisible() and view.cancel_button.isEnabled()
    assert not view.generate_button.isEnabled()
    qtbot.waitUntil(lambda: view.document is not None and view.document.pageCount() > 0,
                    timeout=20000)
    assert view.document.status() == QPdfDocument.Status.Ready
    assert view.preview.isVisible() and view.progress.isHidden()
    assert view.save_button.isEnabled() and view.open_button.isEnabled()
    assert "In brief" in view.document.getAllText(0).text()
    target = tmp_path / "saved.pdf"
    assert view.save_to(target) and target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert view.save_to(target)  # the save dialog asked before replacing
    real, link = tmp_path / "real.pdf", tmp_path / "link.pdf"
    real.write_bytes(b"mine")
    link.symlink_to(real)
    assert not view.save_to(link)  # never written through a link, even when confirmed
    assert view.error_box.isVisible() and "symbolic link" in view.error_box.text()
    view.error_box.close()
    assert link.is_symlink() and real.read_bytes() == b"mine"
    (tmp_path / "taken.pdf").write_bytes(b"mine")
    assert not view.save_to(tmp_path / "taken")  # ".pdf" added: that name was not confirmed
    view.error_box.close()
    assert (tmp_path / "taken.pdf").read_bytes() == b"mine"
    opened = []
    monkeypatch.setattr("focusgroup.ui.views.reports.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    view.open_button.click()
    assert opened == [str(view.pdf_path)]
    first = view.pdf_path
    view.generate_button.click()
    qtbot.waitUntil(lambda: view.pdf_path not in (None, first), timeout=20000)
    assert list(view._folder.iterdir()) == [view.pdf_path]  # the previous one is gone


def test_a_session_report_in_danish_with_the_options_from_the_form(qtbot, view):
    view.kind.setCurrentIndex(view.kind.findData("session"))
    assert view.session.isEnabled() and not view.department.isEnabled()
    view.session.setCurrentIndex(view.session.findText("Fokusgruppe Kundeservice, runde 2",
                                                       flags=Qt.MatchFlag.MatchContains))
    view.language.setCurrentIndex(view.language.findData("da"))
    view.threshold.setValue(6)
    request = view.request()
    assert (request.kind, request.lang, request.threshold) == ("session", "da", 6)
    view.generate_button.click()
    qtbot.waitUntil(lambda: view.document is not None and view.document.pageCount() > 0,
                    timeout=20000)
    assert "Det blev sagt, punkt for punkt" in view.document.getAllText(0).text()


def test_cancel_throws_the_result_away(qtbot, view):
    view.generate_button.click()
    assert view.progress.isVisible()
    view.cancel_button.click()
    assert view.progress.isHidden() and view.generate_button.isEnabled()
    assert wait_for_all()
    qtbot.wait(200)  # let the finished task report back
    assert view.document is None and view.preview is None
    assert view.pdf_path is None and not view.save_button.isEnabled()
    assert list(view._folder.iterdir()) == []  # no temporary file left


def test_errors_are_shown_in_a_dialog(qtbot, view, monkeypatch):
    from focusgroup.services.errors import InvalidInput

    def broken(*_args, **_kwargs):
        raise InvalidInput('There is no department called "Gone".')

    monkeypatch.setattr("focusgroup.ui.views.reports.write_report", broken)
    view.generate_button.click()
    qtbot.waitUntil(lambda: view.hub.error_box is not None and view.hub.error_box.isVisible(),
                    timeout=10000)
    assert 'no department called "Gone"' in view.hub.error_box.text()
    assert view.hub.error_box.icon() == QMessageBox.Icon.Warning
    assert view.progress.isHidden() and view.generate_button.isEnabled()
    view.hub.error_box.close()


def test_a_report_that_cannot_be_laid_out_is_a_dialog_and_no_preview(qtbot, view,
                                                                      monkeypatch):
    from reportlab.platypus import Spacer

    from focusgroup.reports import gap_report

    monkeypatch.setattr(gap_report, "story", lambda data, tr: [Spacer(1, 5000)])
    view.kind.setCurrentIndex(view.kind.findData("gap"))
    view.generate_button.click()
    qtbot.waitUntil(lambda: view.hub.error_box is not None and view.hub.error_box.isVisible(),
                    timeout=20000)
    assert "could not be laid out" in view.hub.error_box.text()
    assert "\n" not in view.hub.error_box.text() and "Traceback" not in view.hub.error_box.text()
    assert view.preview is None and not view.save_button.isEnabled()
    assert view.progress.isHidden() and view.generate_button.isEnabled()
    assert list(view._folder.iterdir()) == []
    view.hub.error_box.close()
