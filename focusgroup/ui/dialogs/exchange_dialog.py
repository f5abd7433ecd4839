"""File ▸ Send work… and File ▸ Receive work…: encrypted packages between laptops.

Both dialogs run the work in the background (an operation of the window's hub) with progress
shown, and end with a summary in the dialog; nothing here reaches the data except through
services.exchange.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusgroup.services.errors import InvalidInput
from focusgroup.services.exchange import (
    LUNCH,
    SESSIONS,
    SUFFIX,
    export_package,
    import_packages,
    passphrase_from_text,
)
from focusgroup.services.workspaces import Workspace
from focusgroup.ui import labels
from focusgroup.ui.widgets.cards import label

FILTER = "focusgroup package (*.fgpackage);;All files (*)"


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _Progress(QObject):
    """Steps reported by the background job, delivered on the main thread."""

    stepped = Signal(int, int, object)


class _ExchangeDialog(QDialog):
    """What both dialogs share: a progress bar, a summary box and a Close button."""

    def __init__(self, ws: Workspace, parent: QWidget | None, hub=None):
        super().__init__(parent)
        self.ws = ws
        self.hub = hub if hub is not None else parent.hub
        self.result_text = ""
        self.progress = QProgressBar()
        self.progress.hide()
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setMaximumHeight(120)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

    def _busy(self, busy: bool) -> None:
        self.go_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)
        self.progress.setVisible(busy)

    def _show_problem(self, error: Exception) -> None:
        self._busy(False)
        self.summary.setPlainText(labels.message(error))

    def reject(self) -> None:
        if self.progress.isVisible():  # the job is still running: let it finish
            return
        super().reject()


class SendDialog(_ExchangeDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(ws, parent)
        self.setWindowTitle(self.tr("Send work"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Writes a package of this workspace's work for a colleague to receive. It is "
            "encrypted with the passphrase: give them the passphrase another way than the "
            "file (by phone, not in the same e-mail)."), "muted", wrap=True))
        self.what = QComboBox()
        self.what.addItem(self.tr("Everything"), None)
        self.what.addItem(self.tr("Only lunch interviews"), LUNCH)
        self.what.addItem(self.tr("Everything but lunch interviews"), SESSIONS)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.passphrase = _password_field()
        self.repeat = _password_field()
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        self.go_button = self.buttons.addButton(self.tr("&Send"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.go_button.clicked.connect(self.send)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        start = str(self.ws.path.with_suffix(SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Send work"), start, FILTER)
        if name:
            path = Path(name)
            self.path.setText(str(path if path.suffix else path.with_suffix(SUFFIX)))

    def send(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.summary.setPlainText(self.tr("Choose where to write the package."))
            return
        if self.passphrase.text() != self.repeat.text():
            self.summary.setPlainText(self.tr("The two passphrases differ; type them again."))
            return
        try:
            self._passphrase = passphrase_from_text(self.passphrase.text())
        except InvalidInput as error:
            self.summary.setPlainText(labels.message(error))
            return
        self._target = Path(text).expanduser()
        self._force = False
        if self._target.exists():
            answer = QMessageBox.question(self, self.tr("Send work"), self.tr(
                "%1 already exists. Replace it?").replace("%1", str(self._target)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._force = True
        self._only = self.what.currentData()
        self.progress.setRange(0, 0)  # one step: busy until written
        self.summary.setPlainText(self.tr("Writing the package…"))
        self._busy(True)
        self.hub.job(lambda _progress: self._write(), title=self.tr("Send work"), parent=self,
                     on_done=self._written, on_failed=self._show_problem,
                     progress_dialog=False)

    def _write(self):
        return export_package(self.ws, self._target, self._passphrase, only=self._only,
                              force=self._force)

    def _written(self, result) -> None:
        self._busy(False)
        self.result_text = labels.message(result.summary())
        self.summary.setPlainText(self.result_text)
        self.go_button.hide()


class ReceiveDialog(_ExchangeDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(ws, parent)
        self.received = False
        self.setWindowTitle(self.tr("Receive work"))
        self.resize(600, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Adds what colleagues' packages hold and this workspace lacks, after a backup. "
            "Receiving a package again changes nothing."), "muted", wrap=True))
        self.files = QListWidget()
        add = QPushButton(self.tr("&Add packages…"))
        add.clicked.connect(self.browse)
        clear = QPushButton(self.tr("C&lear"))
        clear.clicked.connect(self.files.clear)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(clear)
        row.addStretch(1)
        self.passphrase = _password_field()
        form = QFormLayout()
        form.addRow(self.tr("Pac&kages:"), self.files)
        form.addRow("", row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        self.go_button = self.buttons.addButton(self.tr("&Receive"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.go_button.clicked.connect(self.receive)
        layout.addWidget(self.buttons)
        self._progress = _Progress(self)
        self._progress.stepped.connect(self._stepped)

    def add_files(self, names: list[str]) -> None:
        present = {self.files.item(i).text() for i in range(self.files.count())}
        for name in names:
            if name not in present:
                self.files.addItem(name)
                present.add(name)

    def browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Receive work"),
                                                str(Path.home()), FILTER)
        self.add_files(names)

    def receive(self) -> None:
        self._paths = [self.files.item(i).text() for i in range(self.files.count())]
        if not self._paths:
            self.summary.setPlainText(self.tr("Add the packages to receive first."))
            return
        try:
            self._passphrase = passphrase_from_text(self.passphrase.text())
        except InvalidInput as error:
            self.summary.setPlainText(labels.message(error))
            return
        self.progress.setRange(0, 2 * len(self._paths))
        self.progress.setValue(0)
        self.summary.clear()
        self._busy(True)
        self.hub.job(lambda _progress: self._read(), title=self.tr("Receive work"),
                     parent=self, on_done=self._received, on_failed=self._show_problem,
                     progress_dialog=False)

    def _read(self):
        return import_packages(self.ws, self._paths, self._passphrase,
                               progress=self._progress.stepped.emit)

    def _stepped(self, done: int, total: int, what) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.summary.setPlainText(labels.message(what))

    def _received(self, result) -> None:
        self._busy(False)
        self.result_text = "\n".join(labels.message(line) for line in result.lines())
        self.summary.setPlainText(self.result_text)
        self.received = True
        self.files.clear()
        self.go_button.hide()
