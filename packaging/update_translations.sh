#!/bin/sh
# Refresh the Danish translations of focusgroup: one catalogue per layer, no term in both.
#
#   PYSIDE_BIN=.venv/bin sh packaging/update_translations.sh   (from anywhere; it works from the
#                                                               repo root)
#
# A. The layers without Qt (domain, services, reports, commands, messages.py): gettext, through
#    Babel. The English text is the msgid. Collected are Message("template", ...) templates,
#    plain strings marked N_("...") (focusgroup.i18n) and a report's tr("...") words.
#    1. `pybabel extract` writes a template (.pot) from every .py file outside focusgroup/ui.
#    2. `pybabel update` merges it into resources/locale/da/LC_MESSAGES/focusgroup.po: existing
#       translations are kept, strings that left the code are dropped, new ones arrive empty
#       (or "#, fuzzy" with a guess from a similar string: check the guess, then delete the
#       "#, fuzzy" line).
#    3. A Danish translation still sitting in the Qt catalogue under the old context "messages"
#       (a branch that added Message("...") templates before the move to gettext) is copied
#       into the .po for an empty or fuzzy entry; the script says how many.
#       After merging such a branch, resolve a conflict in the .ts by keeping its <message>
#       entries under "messages" (or taking that branch's .ts whole), then run this script: the
#       translations move to the .po, and step B drops the "messages" context from the .ts.
#    4. Translate what is left (any PO editor, or the text): fill in msgstr, keep the {fields}
#       exactly as in the msgid ({n:,} and {rho:.2f} too). Then run this script again.
#    5. `pybabel compile` writes focusgroup.mo beside the .po; it is committed so that a plain
#       install needs no tools. tests/unit/test_catalogue.py fails while a msgid is empty or
#       fuzzy, when the .mo is older than the .po, or when a string is in both catalogues.
#
# B. The widgets (focusgroup/ui, focusgroup/app.py): Qt's catalogue.
#    1. pyside6-lupdate reads every .py file under focusgroup/ui plus focusgroup/app.py and
#       merges their strings into resources/translations/focusgroup_da.ts. Translations already
#       in the file are kept; strings that left the code are dropped (-no-obsolete); new
#       strings arrive as type="unfinished" and the script says how many.
#    2. Translate those (Qt Linguist: `.venv/bin/pyside6-linguist resources/translations/
#       focusgroup_da.ts`, or edit the XML): fill in <translation>, remove type="unfinished",
#       keep %1 %2 %n, HTML tags, "&" accelerators and the … ellipsis. Run this script again.
#    3. pyside6-lrelease compiles the .ts into focusgroup_da.qm, which is committed so that a
#       plain install needs no Qt tools. tests/ui/test_danish.py checks that the two agree.
#
# A word the widgets share with the reports or services ("Date", "Focus group") lives in the
# .po only: the interface asks for it with labels.term("Date") (see focusgroup/ui/labels.py),
# never self.tr("Date"). A Message is shown in the interface through the .po as well
# (labels.message).
#
# Contexts: self.tr() uses the class name; QCoreApplication.translate(context, text) its first
# argument. lupdate misses a few spellings that do work at runtime, so a small helper (below)
# lists them for it: wrappers such as `def _t(text): return QCoreApplication.translate(
# "labels", text)`, aliases such as `tr = QCoreApplication.translate` or `tr = self.tr`, self.tr
# handed to a module function, self.tr inside f-strings, and `view.tr(...)` on an annotated
# parameter (Qt looks up the view's class; lupdate would file it under "view"). Messages lupdate
# files under a context that no code looks up are removed, with a note. Plain self.tr("...")
# in a class is still the best spelling.
#
# Tools: PYSIDE_BIN (default .venv/bin) must hold pyside6-lupdate, pyside6-lrelease, pybabel
# and python.
set -eu

cd "$(dirname "$0")/.."
BIN=${PYSIDE_BIN:-.venv/bin}
TS=resources/translations/focusgroup_da.ts
QM=resources/translations/focusgroup_da.qm
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

find focusgroup/ui -name '*.py' | LC_ALL=C sort > "$TMP/sources"
echo focusgroup/app.py >> "$TMP/sources"
LOCALES=resources/locale
PO=$LOCALES/da/LC_MESSAGES/focusgroup.po

cat > "$TMP/helper.py" <<'PYEOF'
"""stub SOURCES STUB MAP | fix TS MAP  (see update_translations.sh)."""
import ast
import json
import re
import sys
from pathlib import Path

OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def is_translate(node):
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            and isinstance(node.value, ast.Name) and node.value.id in OWNERS)


def literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def annotation(node):
    if isinstance(node, ast.Name):
        return node.id
    value = literal(node)
    return value if value and value.isidentifier() else None


def is_self_tr(node, aliases=()):
    return ((isinstance(node, ast.Attribute) and node.attr == "tr"
             and isinstance(node.value, ast.Name) and node.value.id == "self")
            or (isinstance(node, ast.Name) and node.id in aliases))


def scan(path):
    """(class names and literal contexts, [(context, source, comment, line)])."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    contexts, wrappers, aliases, found = set(), {}, set(), []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            contexts.add(node.name)
        elif isinstance(node, ast.Call) and is_translate(node.func) and node.args:
            if literal(node.args[0]):
                contexts.add(literal(node.args[0]))
        elif isinstance(node, ast.Assign) and is_translate(node.value):
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for function in functions:  # def _t(text): return QCoreApplication.translate("ctx", text)
        params = [a.arg for a in function.args.args]
        for ret in ast.walk(function):
            call = ret.value if isinstance(ret, ast.Return) else None
            if (isinstance(call, ast.Call) and is_translate(call.func)
                    and len(call.args) >= 2 and literal(call.args[0])
                    and isinstance(call.args[1], ast.Name) and call.args[1].id in params):
                wrappers[function.name] = (literal(call.args[0]), params.index(call.args[1].id))
    passed = {}  # (function name, parameter index) -> classes whose self.tr is passed there
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        for fstring in [n for n in ast.walk(cls) if isinstance(n, ast.JoinedStr)]:
            for call in ast.walk(fstring):  # lupdate does not look inside f-strings
                if (isinstance(call, ast.Call) and is_self_tr(call.func) and call.args
                        and literal(call.args[0]) is not None):
                    found.append((cls.name, literal(call.args[0]), None, call.lineno))
        for method in [n for n in cls.body if isinstance(n, ast.FunctionDef)]:
            local = {t.id for n in ast.walk(method) if isinstance(n, ast.Assign)
                     and is_self_tr(n.value) for t in n.targets if isinstance(t, ast.Name)}
            for call in [n for n in ast.walk(method) if isinstance(n, ast.Call)]:
                if (isinstance(call.func, ast.Name) and call.func.id in local and call.args
                        and literal(call.args[0]) is not None):  # tr = self.tr; tr("...")
                    found.append((cls.name, literal(call.args[0]), None, call.lineno))
                elif isinstance(call.func, ast.Name):  # helper(..., self.tr, ...)
                    for index, arg in enumerate(call.args):
                        if is_self_tr(arg, local):
                            passed.setdefault((call.func.id, index), set()).add(cls.name)
    for function in functions:
        params = [a.arg for a in function.args.args]
        typed = {a.arg: annotation(a.annotation) for a in function.args.args if a.annotation}
        for call in ast.walk(function):
            if not isinstance(call, ast.Call):
                continue
            func, args = call.func, call.args
            text = literal(args[0]) if args else None
            if isinstance(func, ast.Name) and func.id in wrappers:
                context, index = wrappers[func.id]
                if len(args) > index and literal(args[index]) is not None:
                    found.append((context, literal(args[index]), None, call.lineno))
            elif isinstance(func, ast.Name) and func.id in aliases and len(args) >= 2:
                if text and literal(args[1]) is not None:
                    comment = literal(args[2]) if len(args) > 2 else None
                    found.append((text, literal(args[1]), comment, call.lineno))
            elif isinstance(func, ast.Name) and func.id in params and text is not None:
                for context in passed.get((function.name, params.index(func.id)), ()):
                    found.append((context, text, None, call.lineno))
            elif (isinstance(func, ast.Attribute) and func.attr == "tr" and text is not None
                  and isinstance(func.value, ast.Name) and func.value.id != "self"
                  and typed.get(func.value.id)):
                found.append((typed[func.value.id], text, None, call.lineno))
    return contexts, sorted(set(found), key=lambda f: f[3])


def stub(sources, stub_path, map_path):
    lines, where, contexts = ["# generated for lupdate by update_translations.sh"], {}, set()
    for name in Path(sources).read_text().split():
        known, found = scan(Path(name))
        contexts |= known
        for context, source, comment, line in found:
            contexts.add(context)
            args = [context, source] + ([comment] if comment else [])
            lines.append("QCoreApplication.translate(%s)" % ", ".join(
                json.dumps(a, ensure_ascii=False) for a in args))
            where[len(lines)] = ["../../" + name, line]
    Path(stub_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    Path(map_path).write_text(json.dumps({"contexts": sorted(contexts), "lines": where}))


def fix(ts_path, map_path):
    info = json.loads(Path(map_path).read_text())
    text = Path(ts_path).read_text(encoding="utf-8")

    def keep(match):
        name = match.group(1)
        if name in info["contexts"]:
            return match.group(0)
        count = match.group(0).count("<message")
        print(f"note: dropped {count} message(s) lupdate filed under context {name!r}, which "
              "no code looks up at runtime (the helper lists the right context instead)")
        return ""

    text = re.sub(r"<context>\s*<name>([^<]*)</name>.*?</context>\n", keep, text, flags=re.S)

    def relocate(match):
        filename, line = info["lines"][match.group(1)]
        return f'<location filename="{filename}" line="{line}"/>'

    text = re.sub(r'<location filename="[^"]*lupdate_indirect\.py" line="(\d+)"/>', relocate,
                  text)
    Path(ts_path).write_text(text, encoding="utf-8")
    total = text.count("<message")
    unfinished = text.count('type="unfinished"')
    print(f"{ts_path}: {total} messages, {unfinished} still to translate")


def harvest(ts_path, po_path, before_path=""):
    """Copy Danish translations of Message templates left in the .ts (context "messages") into
    the .po entries that are empty or fuzzy; the lupdate run below then drops that context.
    When no entry changed, the .po from before the update (``before_path``) is kept as it was,
    so that a run without changes leaves no new dates in its header."""
    from babel.messages.pofile import read_po, write_po

    import xml.etree.ElementTree as ET

    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        if context.findtext("name") != "messages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None and (translation.text or "").strip():
                found[message.findtext("source")] = translation.text
    with open(po_path, "rb") as file:
        catalog = read_po(file)
    copied = 0
    for message in catalog:
        if message.id and message.id in found and (not message.string or message.fuzzy):
            message.string = found[message.id]
            message.flags.discard("fuzzy")
            copied += 1
    with open(po_path, "wb") as file:
        write_po(file, catalog, width=None, sort_output=True, include_previous=False,
                 ignore_obsolete=True)
    if before_path and Path(before_path).exists():
        with open(before_path, "rb") as file:
            before = read_po(file)
        if entries(before) == entries(catalog):
            Path(po_path).write_bytes(Path(before_path).read_bytes())
    todo = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    print(f"{po_path}: {len([m for m in catalog if m.id])} messages, {copied} taken from the "
          f"Qt catalogue, {len(todo)} still to translate (empty or fuzzy)")


def entries(catalog):
    return sorted((m.id, m.string, sorted(m.flags), sorted(m.locations)) for m in catalog if m.id)


if __name__ == "__main__":
    {"stub": stub, "fix": fix, "harvest": harvest}[sys.argv[1]](*sys.argv[2:])
PYEOF

# A. gettext: extract, merge, take over translations left in the .ts, compile.
"$BIN/pybabel" -q extract --no-default-keywords -k Message -k N_ -k tr \
    --ignore-dirs='.* ._ ui' --sort-output --add-location=file --no-wrap \
    --project=focusgroup --copyright-holder="focusgroup developers" \
    -o "$TMP/focusgroup.pot" focusgroup
if [ -f "$PO" ]; then
    cp "$PO" "$TMP/before.po"
    "$BIN/pybabel" -q update -i "$TMP/focusgroup.pot" -d "$LOCALES" -D focusgroup -l da \
        --ignore-obsolete --no-wrap
else
    "$BIN/pybabel" -q init -i "$TMP/focusgroup.pot" -d "$LOCALES" -D focusgroup -l da --no-wrap
fi
"$BIN/python" "$TMP/helper.py" harvest "$TS" "$PO" "$TMP/before.po"
"$BIN/pybabel" -q compile -d "$LOCALES" -D focusgroup -l da
echo "wrote ${PO%.po}.mo"

# B. Qt: the widgets' strings.
"$BIN/python" "$TMP/helper.py" stub "$TMP/sources" "$TMP/lupdate_indirect.py" "$TMP/map.json"
# shellcheck disable=SC2046
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations absolute -target-language da_DK \
    $(cat "$TMP/sources") "$TMP/lupdate_indirect.py" -ts "$TS"
"$BIN/python" "$TMP/helper.py" fix "$TS" "$TMP/map.json"
"$BIN/pyside6-lrelease" -silent "$TS" -qm "$QM"
echo "wrote $QM"
