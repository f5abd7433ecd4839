"""One translation system for the layers without Qt: the gettext catalogue
(resources/locale/da/LC_MESSAGES/focusgroup.po and its compiled .mo) holds every Message
template, every report word and every domain sentence; it is complete, its .mo is what Babel
compiles from it, and no English string is translated both there and in Qt's .ts.

Regenerate with ``PYSIDE_BIN=.venv/bin sh packaging/update_translations.sh``.
"""

from __future__ import annotations

import ast
import io
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "resources" / "locale" / "da" / "LC_MESSAGES" / "focusgroup.po"
MO = PO.with_suffix(".mo")
TS = ROOT / "resources" / "translations" / "focusgroup_da.ts"
REGENERATE = "run PYSIDE_BIN=.venv/bin sh packaging/update_translations.sh"


def _catalog():
    with PO.open("rb") as file:
        return read_po(file, locale="da")


def _po_entries() -> dict[str, object]:
    return {message.id: message for message in _catalog() if message.id}


def _ts_sources() -> dict[str, set[str]]:
    """English source -> the Qt contexts that translate it (vanished/obsolete ones left out, and
    those with a disambiguating comment: another sense of the word, e.g. "own" for one
    ranking's perspective, where the .po's "own" is "3 employees' own")."""
    found: dict[str, set[str]] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                continue
            if message.findtext("comment"):
                continue
            found.setdefault(message.findtext("source"), set()).add(context.findtext("name"))
    return found


def _fields(text: str) -> list[str]:
    return sorted(f"{{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}"
                  for _lit, name, spec, conv in string.Formatter().parse(text)
                  if name is not None)


def test_every_msgid_is_translated_not_fuzzy_and_keeps_its_fields():
    entries = _po_entries()
    assert len(entries) > 400
    problems = []
    for msgid, message in entries.items():
        if message.fuzzy:
            problems.append(f"{msgid!r} is fuzzy (check it, then remove the fuzzy flag)")
        elif not message.string or not message.string.strip():
            problems.append(f"{msgid!r} is not translated")
        elif _fields(message.string) != _fields(msgid):
            problems.append(f"{msgid!r} -> {message.string!r}: fields {_fields(msgid)} != "
                            f"{_fields(message.string)}")
    assert not problems, f"{REGENERATE} and translate {PO.name}:\n" + "\n".join(problems)


def test_the_mo_is_compiled_from_the_po():
    compiled = io.BytesIO()
    write_mo(compiled, _catalog())
    assert compiled.getvalue() == MO.read_bytes(), f"{MO.name} is out of date: {REGENERATE}"


def test_no_english_string_is_translated_in_both_catalogues():
    both = {source: contexts for source, contexts in _ts_sources().items()
            if source in _po_entries()}
    assert not both, (
        "translated in the .po and in the .ts: in focusgroup/ui ask the gettext catalogue with "
        "labels.term(\"…\") instead of tr(\"…\"), then " + REGENERATE + "\n"
        + "\n".join(f"{source!r} (.ts contexts {sorted(c)})" for source, c in both.items()))


def test_message_templates_are_no_longer_in_the_qt_catalogue():
    contexts = {c.findtext("name") for c in ET.parse(TS).getroot().iter("context")}
    assert "messages" not in contexts


def _literal_calls(names: set[str], *, ui: bool):
    """First literal arguments of calls to ``names`` (a bare name or an attribute) in the
    package, inside focusgroup/ui or outside it."""
    package = ROOT / "focusgroup"
    for path in package.rglob("*.py"):
        if ("ui" in path.relative_to(package).parts) != ui:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            if (name in names and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)):
                yield path.relative_to(ROOT), first.value


def test_every_message_report_word_and_marked_string_is_in_the_catalogue():
    entries = _po_entries()
    written = set(_literal_calls({"Message", "N_"}, ui=False))
    written |= {(where, text) for where, text in _literal_calls({"tr"}, ui=False)
                if where.parts[1] == "reports"}
    assert len(written) > 400
    missing = sorted(f"{where}: {text!r}" for where, text in written if text not in entries)
    assert not missing, f"{REGENERATE}; not in {PO.name}:\n" + "\n".join(missing[:20])


def test_every_term_the_interface_borrows_is_in_the_catalogue():
    """labels.term("…") takes a word from the gettext catalogue, so the reports or services
    must say it too (else it belongs in the .ts, through tr())."""
    entries = _po_entries()
    borrowed = set(_literal_calls({"term"}, ui=True))
    assert borrowed
    missing = sorted(f"{where}: {text!r}" for where, text in borrowed if text not in entries)
    assert not missing, "\n".join(missing)


def test_the_layers_without_qt_write_no_dates_or_numbers_by_hand():
    """Month names, decimal commas and thousands separators come from Babel (CLDR)."""
    package = ROOT / "focusgroup"
    hand_made = re.compile(r"""\.replace\(\s*["']\.["']\s*,\s*["'],["']|"(januar|january|"""
                           r"""februar|february)"|"(jan|feb|mar)\."|f"\{[^}]*:,\}"\.replace""",
                           re.IGNORECASE)
    offending = []
    for folder in ("reports", "domain", "services"):
        for path in (package / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            offending += [f"{path.relative_to(ROOT)}: {m.group(0)}"
                          for m in hand_made.finditer(text)]
    for name in ("messages.py", "i18n.py", "ui/labels.py"):
        text = (package / name).read_text(encoding="utf-8")
        offending += [f"{name}: {m.group(0)}" for m in hand_made.finditer(text)]
    assert not offending, offending
