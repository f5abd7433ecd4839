"""The report preview in the real window takes the room the page leaves, not a strip."""

from __future__ import annotations

import shutil

from focusgroup.ui.operations import wait_for_all


def test_the_preview_fills_the_page(window, qtbot, demo_file, tmp_path):
    copy = tmp_path / "demo.focusgroup"
    shutil.copyfile(demo_file, copy)
    assert window.open_path(copy, create=False)
    window.resize(1280, 860)
    window.stack.show_page("reports")
    view = window.reports
    view.kind.setCurrentIndex(view.kind.findData("gap"))
    try:
        view.generate_button.click()
        qtbot.waitUntil(lambda: view.document is not None and view.document.pageCount() > 0,
                        timeout=30000)
        qtbot.waitUntil(view.preview.isVisible)
        bottom = view.preview.geometry().bottom()
        assert view.preview.height() >= 500, view.preview.height()
        assert view.height() - bottom < 60  # nothing but the margin below it
    finally:
        view.cancel()
        wait_for_all()
