"""Composition root: the Qt application, settings, theme, translations and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from focusgroup import APP_NAME, __version__, options, paths


def _resources() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


def _import_before_qt() -> None:
    """Import the pure-Python layers the first window needs before Qt itself.

    Once PySide6 is loaded it inspects every module imported after it (reading its source to
    look for ``__feature__``), which made the storage and services imports ~40% slower.
    """
    import focusgroup.services.overview  # noqa: F401
    import focusgroup.services.workspaces  # noqa: F401


def create_app(argv: list[str] | None = None):
    if "PySide6.QtWidgets" not in sys.modules:
        _import_before_qt()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(_resources() / "icons" / "focusgroup.svg")))
    return app


def install_translator(app, language: str) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if language == "en":  # dates, numbers and list names in English, whatever the system's
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return
    translator = QTranslator(app)
    if translator.load(f"focusgroup_{language}", str(_resources() / "translations")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)  # Qt's own buttons: Save, Cancel, Yes, No …
    if qt_own.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)


def build_main_window(workspace: str | Path | None, settings=None):
    """Create the window and open ``workspace`` (or the last one, or the default)."""
    from focusgroup.ui.main_window import MainWindow
    from focusgroup.ui.settings import Settings
    from focusgroup.ui.theme import apply_theme

    app = create_app()
    settings = settings or Settings()
    apply_theme(app, settings.get(options.THEME))
    window = MainWindow(settings)
    if workspace:
        window.open_path(Path(workspace))
    else:
        last = settings.get(options.LAST_WORKSPACE)
        target = Path(last) if last and Path(last).exists() else paths.default_workspace()
        if not window.open_path(target) and target != paths.default_workspace():
            window.open_path(paths.default_workspace())
    return window


def _install_error_dialog() -> None:
    """An unexpected error shows a dialog instead of vanishing into a terminal."""
    import traceback

    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind, error, tb) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(details)
        box = QMessageBox(QMessageBox.Icon.Critical, "focusgroup",
                          QApplication.translate("app", "Something went wrong: %1").replace(
                              "%1", str(error) or kind.__name__))
        box.setInformativeText(QApplication.translate(
            "app", "Your saved notes are safe in the workspace file."))
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def run_gui(workspace: str | None = None, session: str | None = None) -> int:
    from focusgroup.ui.settings import Settings

    app = create_app(sys.argv[:1])
    _install_error_dialog()
    settings = Settings()
    install_translator(app, settings.get(options.LANGUAGE))
    window = build_main_window(workspace, settings)
    if session is not None and not window.open_session_by_id(session):
        from focusgroup.messages import Message
        from focusgroup.services.errors import InvalidInput

        where = window.ws.path.name if window.ws is not None else "-"
        window.close_workspace()
        raise InvalidInput(Message("There is no session {session} in {workspace}.",
                                   session=session, workspace=where))  # one line, exit 2
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(300, _warm_up)  # once the first window is on screen
    if session is None:
        from focusgroup.ui.running_session import offer_resume

        QTimer.singleShot(0, lambda: offer_resume(window))  # a session left running: carry on?
    return app.exec()


def _warm_up() -> None:
    """Load, while the user reads the first window, the capture view, so it does not delay
    the first Enter."""
    import focusgroup.ui.views.capture_view  # noqa: F401
