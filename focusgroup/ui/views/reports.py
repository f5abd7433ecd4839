"""Reports: choose a kind and a scope, build the PDF in the background, preview it, save it.

The build runs as a query operation (``ui.operations``) on its own read-only connection to the
workspace, so the window stays responsive. Cancel stops the build at the next step (or throws
away a result that arrives later) and deletes the temporary file.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focusgroup.domain.cadence import add_months
from focusgroup.options import ANONYMITY_THRESHOLD
from focusgroup.services.departments import list_departments
from focusgroup.services.errors import InvalidInput
from focusgroup.services.output_files import write_output
from focusgroup.services.reports import ReportRequest, write_report
from focusgroup.services.sessions import held_sessions
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label


class ReportsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.pdf_path: Path | None = None  # the report shown in the preview
        self._folder = Path(tempfile.mkdtemp(prefix="focusgroup-reports-"))
        self._job = 0  # number of the build in progress (0: none)
        self._builds = 0
        self._defaults: tuple[int | None, str | None] = (None, None)
        self._cancelled: set[int] = set()
        self.hub = None  # the window's WorkspaceHub, given when the page is connected
        self._op = None
        self._progress = 0.0  # written by the building thread, read by the timer

        # The choices on the left, the preview beside them at the page's full height.
        page = QHBoxLayout(self)
        page.setContentsMargins(28, 22, 28, 22)
        page.setSpacing(20)
        controls = QWidget()
        controls.setMaximumWidth(520)
        page.addWidget(controls)
        layout = QVBoxLayout(controls)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Reports"), "title"))
        layout.addWidget(label(self.tr(
            "PDF summaries for management that keep people anonymous: groups smaller than the "
            "anonymity threshold are left out with a sentence saying why, and names never "
            "appear."), "muted", wrap=True))

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Period or department summary"), "summary")
        self.kind.addItem(labels.term("Perception-gap brief"), "gap")
        self.kind.addItem(labels.term("Session summary"), "session")
        self.session = QComboBox()
        self.session.setMinimumContentsLength(24)
        self.department = QComboBox()
        self.limit_period = QCheckBox(self.tr("&Only from"))
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        start = add_months(today, -12)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.until.setDate(QDate(today.year, today.month, today.day))
        period = QHBoxLayout()
        period.addWidget(self.limit_period)
        period.addWidget(self.since)
        period.addWidget(label(self.tr("to")))
        period.addWidget(self.until)
        period.addStretch(1)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Dansk", "da")
        self.threshold = QSpinBox()
        self.threshold.setRange(ANONYMITY_THRESHOLD.minimum or 3, ANONYMITY_THRESHOLD.maximum
                                or 50)
        self.threshold.setValue(ANONYMITY_THRESHOLD.default)
        self.threshold.setSuffix(self.tr(" people"))
        self.threshold.setToolTip(self.tr(
            "Any group with fewer distinct participants than this is not shown."))
        self.show_codes = QCheckBox(self.tr("Show participant &codes (never names)"))
        rows = ((self.tr("&Report:"), self.kind), (self.tr("Sess&ion:"), self.session),
                (self.tr("De&partment:"), self.department), (self.tr("Period:"), period),
                (self.tr("&Language:"), self.language),
                (self.tr("Anonymity &threshold:"), self.threshold), ("", self.show_codes))
        for row, (caption, widget) in enumerate(rows):
            text = label(caption)
            form.addWidget(text, row, 0)
            if isinstance(widget, QHBoxLayout):
                form.addLayout(widget, row, 1)
            else:
                text.setBuddy(widget)
                form.addWidget(widget, row, 1)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("Gener&ate"))
        self.generate_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = label("", "muted")
        self.save_button = QPushButton(self.tr("Sa&ve as…"))
        self.open_button = QPushButton(self.tr("Open e&xternally"))
        for button in (self.save_button, self.open_button):
            button.setEnabled(False)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        result = QHBoxLayout()
        result.addWidget(self.save_button)
        result.addWidget(self.open_button)
        result.addStretch(1)
        layout.addLayout(result)
        layout.addStretch(1)
        preview_side = QVBoxLayout()
        page.addLayout(preview_side, 1)
        layout = preview_side

        # QtPdf (pdfium) is loaded with the first report, not at start-up
        self.document = None  # QPdfDocument
        self.preview = None  # QPdfView
        self._layout = layout
        self.placeholder = label(self.tr("Choose a report and press Generate to see it here."),
                                 "muted", wrap=True)
        layout.addWidget(self.placeholder)
        layout.addStretch(0)

        self.timer = QTimer(self)
        self.timer.setInterval(80)
        self.timer.timeout.connect(self._show_progress)
        self.error_box: QMessageBox | None = None

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.limit_period.toggled.connect(self._kind_changed)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_externally)
        self._kind_changed()

    # -- data ----------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None, threshold: int | None = None,
                      language: str | None = None) -> None:
        if ws is not self.ws:
            self.cancel()
            self._clear_preview()
        self.ws = ws
        # the settings are the defaults: applied when they change, not on every refresh, so a
        # value chosen here for one report survives the main window refreshing its views
        if threshold is not None and threshold != self._defaults[0]:
            self.threshold.setValue(threshold)
        if language is not None and language != self._defaults[1]:
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._defaults = (threshold, language)
        self._fill_scopes()
        self.generate_button.setEnabled(ws is not None)

    def _fill_scopes(self) -> None:
        previous = (self.session.currentData(), self.department.currentData())
        self.session.clear()
        self.department.clear()
        self.department.addItem(labels.term("All departments"), None)
        if self.ws is not None:
            for department in list_departments(self.ws):
                self.department.addItem(department.name, department.id)
            for session in held_sessions(self.ws):
                day = session.date.isoformat() if session.date else "—"
                self.session.addItem(f"{day}  {session.title}", session.id)
        for combo, value in zip((self.session, self.department), previous, strict=True):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.session.setEnabled(kind == "session")
        self.department.setEnabled(kind != "session")
        self.limit_period.setEnabled(kind != "session")
        for edit in (self.since, self.until):
            edit.setEnabled(kind != "session" and self.limit_period.isChecked())

    def request(self) -> ReportRequest:
        """What the form asks for."""
        kind = self.kind.currentData()
        since = until = None
        if kind != "session" and self.limit_period.isChecked():
            since = self.since.date().toPython()
            until = self.until.date().toPython()
        return ReportRequest(
            kind=kind, session=self.session.currentData() if kind == "session" else None,
            department=self.department.currentText() if kind != "session"
            and self.department.currentData() else None,
            since=since, until=until, lang=self.language.currentData(),
            threshold=self.threshold.value(), show_codes=self.show_codes.isChecked())

    # -- building ------------------------------------------------------------------------
    def generate(self) -> None:
        if self.ws is None or self._job:
            return
        if self.kind.currentData() == "session" and self.session.currentData() is None:
            self._error(self.tr("There is no session to report on yet."))
            return
        self._builds += 1  # never reused: each build has its own number and file
        self._job = job = self._builds
        self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # again, after a cleanup()
        request, path = self.request(), self._folder / f"report-{job}.pdf"
        self._progress = 0.0
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Building the report…"))
        self.generate_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.timer.start()

        def build(ws: Workspace, progress) -> tuple[int, Path]:
            try:
                write_report(ws, request, path, progress=self._report, check=progress.check)
            except Exception as error:
                error.report_job = job  # type: ignore[attr-defined]
                raise
            return job, path

        self._op = self.hub.query(build, on_done=self._built, on_failed=self._failed,
                                  title=self.tr("Report"), parent=self, cancellable=True,
                                  progress_dialog=False)

    def _report(self, fraction: float, _step: str) -> None:
        self._progress = fraction  # from the worker thread: a plain float, read by the timer

    def _show_progress(self) -> None:
        self.progress.setValue(int(self._progress * 100))

    def _finish(self, job: int) -> None:
        if job == self._job:
            self._job = 0
            self.timer.stop()
            self.progress.hide()
            self.cancel_button.setEnabled(False)
            self.generate_button.setEnabled(self.ws is not None)

    def _built(self, result: tuple[int, Path]) -> None:
        job, path = result
        self._finish(job)
        if job in self._cancelled:
            self._cancelled.discard(job)
            with contextlib.suppress(OSError):
                Path(path).unlink()
            return
        self._clear_preview()
        self._ensure_preview()
        self.pdf_path = Path(path)
        self.document.load(str(self.pdf_path))
        self.preview.show()
        self.placeholder.hide()
        self.save_button.setEnabled(True)
        self.open_button.setEnabled(True)
        pages = self.document.pageCount()
        self.status.setText(self.tr("1 page") if pages == 1 else
                            self.tr("%1 pages").replace("%1", str(pages)))

    def _failed(self, error: Exception) -> None:
        job = getattr(error, "report_job", self._job)
        self._finish(job)
        self._cancelled.discard(job)
        self.status.setText("")  # a failure is shown by the operation, as every one is

    def cancel(self) -> None:
        """Stop the build in progress; its result (if it still arrives) is thrown away."""
        if not self._job:
            return
        self._cancelled.add(self._job)
        if self._op is not None:
            self._op.cancel()
        self._job = 0
        self.timer.stop()
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.generate_button.setEnabled(self.ws is not None)
        self.status.setText(self.tr("Cancelled."))

    def _error(self, text: str) -> None:
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Report"),
                                     self.tr("The report could not be made: %1").replace(
                                         "%1", text), QMessageBox.StandardButton.Ok, self)
        self.error_box.open()  # window-modal, does not block the event loop

    # -- the result ----------------------------------------------------------------------
    def _ensure_preview(self) -> None:
        if self.preview is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._layout.insertWidget(self._layout.indexOf(self.placeholder), self.preview, 1)

    def _clear_preview(self) -> None:
        if self.preview is not None:
            self.document.close()
            self.preview.hide()
        self.placeholder.show()
        self.save_button.setEnabled(False)
        self.open_button.setEnabled(False)
        if self.pdf_path is not None:
            with contextlib.suppress(OSError):
                self.pdf_path.unlink()
            self.pdf_path = None

    def suggested_name(self) -> str:
        kind = self.kind.currentData()
        stem = self.ws.name[:40] if self.ws is not None else "report"  # a name has 255 bytes
        return f"{stem}-{kind}-{date.today().isoformat()}.pdf"

    def save_as(self) -> None:
        if self.pdf_path is None:
            return
        start = str(Path.home() / self.suggested_name())
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), start,
                                              self.tr("PDF (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path, *, replace: bool = True) -> bool:
        """Copy the previewed PDF to ``target`` (privately, atomically); False with a message
        on failure. ``replace``: the save dialog already asked before replacing a file (a
        suffix added here was not asked about, so that name is never replaced)."""
        if self.pdf_path is None:
            return False
        if not target.suffix:
            target, replace = target.with_suffix(".pdf"), False
        source = self.pdf_path
        try:
            write_output(target, lambda handle: handle.write(source.read_bytes()),
                         force=replace)
        except InvalidInput as error:
            self._error(labels.message(error))
            return False
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return True

    def open_externally(self) -> None:
        if self.pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    def cleanup(self) -> None:
        """Cancel any build and delete the temporary PDFs (call when the window closes)."""
        self.cancel()
        self._clear_preview()
        shutil.rmtree(self._folder, ignore_errors=True)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.cleanup()
        super().closeEvent(event)
