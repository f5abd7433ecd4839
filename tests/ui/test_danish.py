"""Danish: with the translator installed the window, its menus and dialogs speak Danish; the
.ts is completely translated and the committed .qm is what lrelease builds from it.

Regenerate both files with ``packaging/update_translations.sh``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from shiboken6 import getCppPointer

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "focusgroup_da.ts"
QM = TRANSLATIONS / "focusgroup_da.qm"
REGENERATE = "run packaging/update_translations.sh"


def _translators(app) -> dict[int, QTranslator]:
    return {getCppPointer(t)[0]: t for t in app.findChildren(QTranslator)}


@pytest.fixture
def danish(qapp):
    """The Danish translator, installed the way the app does it and removed afterwards so the
    other tests stay English (install_translator parents its translator to the app)."""
    from focusgroup.app import install_translator

    app = QApplication.instance()
    locale = QLocale()
    before = _translators(app)
    install_translator(app, "da")
    added = [t for key, t in _translators(app).items() if key not in before]
    assert added, "focusgroup_da.qm did not load"
    yield
    for translator in added:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


@pytest.fixture
def danish_window(danish, qtbot, settings, tmp_path):
    """Like the ``window`` fixture, but built after the Danish translator is installed."""
    from focusgroup.app import build_main_window

    win = build_main_window(tmp_path / "team.focusgroup", settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workspace()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_menus_and_navigation_are_danish(danish_window):
    window = danish_window
    titles = [_plain(a.text()) for a in window.menuBar().actions()]
    for title in ("Filer", "Rediger", "Gå til", "Afdelinger", "Sessioner", "Behov", "Hjælp"):
        assert title in titles
    assert "File" not in titles and "Help" not in titles
    items = {
        (_plain(menu.title()), _plain(a.text())): a.shortcut().toString()
        for menu in window.menuBar().findChildren(type(window.recent_menu))
        for a in menu.actions()
    }
    assert items["Filer", "Nyt arbejdsområde…"] == "Ctrl+N"
    assert items["Filer", "Afslut"] == "Ctrl+Q"
    assert items["Afdelinger", "Tilføj afdeling…"] == "Ctrl+Shift+D"
    assert items["Gå til", "Afdelinger"] == "Alt+3"
    assert items["Rediger", "Indstillinger…"] == "Ctrl+,"

    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert {"Hjem", "Sessioner", "Afdelinger", "Behov & kløft", "Handlinger", "Initiativer",
            "Rapporter"} <= set(nav)
    assert window.home.welcome.demo_button.text() == "Åbn demo-arbejdsområdet"
    assert window.workspace_label.text().startswith("Arbejdsområde: ")


def test_views_and_shared_labels_are_danish(danish_window):
    from focusgroup.domain.model import NoteKind, SessionKind
    from focusgroup.ui import labels

    window = danish_window
    headers = [window.sessions.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(window.sessions.model.columnCount())]
    assert headers[:3] == ["Dato", "Type", "Status"]
    assert labels.session_kind(SessionKind.LUNCH_INTERVIEW) == "Frokostsamtale"
    assert labels.note_kind(NoteKind.LIKE) == "Positiv"
    assert labels.months(6) == "hver 6. måned"
    # view.tr(...) in capture_commands.py is looked up under the view's class at runtime
    assert window.capture_view.tr("add note") == "tilføjelse af note"


def test_a_dialog_is_danish(danish_window):
    from focusgroup.ui.dialogs.department_dialog import DepartmentDialog

    dialog = DepartmentDialog(danish_window.ws, None, 6, danish_window)
    try:
        assert dialog.windowTitle() == "Tilføj afdeling"
        kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
        assert {"Afdeling", "Leverandør", "Underleverandør"} <= set(kinds)
        assert dialog.cadence.suffix() == " måneder"
        captions = {label.text() for label in dialog.findChildren(type(dialog.error))}
        assert {"&Navn:", "&Type:", "&Lyt igen efter:"} <= captions
    finally:
        dialog.deleteLater()


# -- the translation files ------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[^{}]*\}")  # Qt's %1, a Message's {name}
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
_MNEMONIC = re.compile(r"&(?=\w)(?!#?\w+;)")


def _messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message.findtext("source"), translation


def _shape(text: str) -> tuple:
    """What a translation must keep from its source."""
    return (
        sorted(_PLACEHOLDER.findall(text)),
        sorted(t.lower() for t in _TAG.findall(text)),
        len(_MNEMONIC.findall(text.replace("&&", ""))),
        text.count("…"),
        text.split("\t", 1)[1] if "\t" in text else "",  # a shortcut after a tab stays
        text[: len(text) - len(text.lstrip())],
        text[len(text.rstrip()):],
    )


def test_every_message_is_translated_and_keeps_its_placeholders():
    messages = list(_messages())
    assert len(messages) > 300
    problems = []
    for context, source, translation in messages:
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if translation.find("numerusform") is not None else [translation.text or ""])
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished":
            problems.append(f"{where} is unfinished")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has no translation")
            elif _shape(form) != _shape(source):
                problems.append(f"{where} -> {form!r}: {_shape(source)} != {_shape(form)}")
    assert not problems, f"{REGENERATE} and translate:\n" + "\n".join(problems)


def test_the_qm_is_built_from_the_ts(tmp_path):
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "&File") == "&Filer"
    assert translator.translate("labels", "Planned") == "Planlagt"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        found = shutil.which("pyside6-lrelease")
        if found is None:
            pytest.skip("pyside6-lrelease is not installed")
        lrelease = Path(found)
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), f"the .qm is stale: {REGENERATE}"



def test_dates_follow_the_language(qapp):
    from datetime import date

    from PySide6.QtCore import QLocale

    from focusgroup.ui import labels

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Danish))
        assert labels.day(date(2026, 5, 3)) == "3 maj 2026"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert labels.day(date(2026, 5, 3)) == "3 May 2026"
    finally:
        QLocale.setDefault(previous)


def test_numbers_follow_the_language(qapp):
    from focusgroup.ui import labels

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Danish))
        assert [labels.number(2.5), labels.number(1.5, signed=True), labels.number(3.0),
                labels.number(-2), labels.number(1.2345, decimals=2)] == [
            "2,5", "+1,5", "3", "-2", "1,23"]
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert [labels.number(2.5), labels.number(1.5, signed=True)] == ["2.5", "+1.5"]
    finally:
        QLocale.setDefault(previous)


def test_a_service_message_reaches_the_screen_in_danish(danish, tmp_path):
    from focusgroup.services.departments import add_department
    from focusgroup.services.errors import InvalidInput
    from focusgroup.services.workspaces import open_ws
    from focusgroup.ui import labels

    ws = open_ws(tmp_path / "w.focusgroup")
    add_department(ws, "Lager")
    with pytest.raises(InvalidInput) as raised:
        add_department(ws, "Lager")
    ws.close()
    english = str(raised.value)
    shown = labels.message(raised.value)
    assert "Lager" in shown and shown != english
    assert "already" not in shown


def test_an_english_interface_on_a_danish_system_stays_english(qapp):
    """The language setting, not the system's locale, decides numbers and list names."""
    from focusgroup.app import install_translator
    from focusgroup.ui import labels

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Danish))  # as LANG=da_DK would
        install_translator(QApplication.instance(), "en")
        assert labels.number(2.5) == "2.5"
        assert labels.needs_list_name("Classic motivators (10)") == "Classic motivators (10)"
    finally:
        QLocale.setDefault(previous)


def test_large_numbers_in_danish_messages_use_a_point(danish):
    from focusgroup.domain.capture_line import NoteTooLong, parse_line
    from focusgroup.ui import labels

    with pytest.raises(NoteTooLong) as raised:
        parse_line("x" * 20_001)
    shown = labels.message(raised.value)
    assert "20.000" in shown and "20.001" in shown and "20,000" not in shown


def test_the_department_detail_is_danish(danish_window, tmp_path):
    from focusgroup.services.demo_file import write_demo_file

    demo = tmp_path / "demo.focusgroup"
    write_demo_file(demo)
    window = danish_window
    window.open_path(demo, create=False)
    view = window.departments
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data() == "Warehouse")
    view.table.selectRow(row)
    timeline = " ".join(view.detail.timeline.texts())
    assert "noter" in timeline and " notes" not in timeline
    assert re.search(r"\d{4}-\d\d-\d\d", timeline) is None  # "2. nov. 2026", not ISO
    trend = " ".join(view.detail.trend.texts())
    assert "Anerkendelse af udført arbejde" in trend or "Løn" in trend or "Jobsikkerhed" in trend
    english = ("Appreciation", "Good wages", "Job security", "Interesting work")
    assert not any(word in trend for word in english), trend


def test_a_dialog_shows_a_service_error_in_danish(danish_window, qtbot):
    """The error a service raises (a Message) reaches the Danish screen through the gettext
    catalogue, with its value filled in."""
    from focusgroup.services.departments import add_department
    from focusgroup.ui.dialogs.department_dialog import DepartmentDialog

    add_department(danish_window.ws, "Lager")
    dialog = DepartmentDialog(danish_window.ws, None, 6, danish_window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Lager")
    dialog.accept()
    assert dialog.error.text() == 'Der findes allerede en afdeling med navnet "Lager".'
    dialog.name.setText("x" * 500)
    dialog.accept()
    assert dialog.error.text().startswith("Et afdelingsnavn må højst være på ")
    assert "characters" not in dialog.error.text()
