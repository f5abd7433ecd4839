#!/bin/sh
# Refresh the Danish translation of the focusgroup user interface.
#
#   packaging/update_translations.sh          (from anywhere; it works from the repo root)
#
# 1. pyside6-lupdate reads every .py file under focusgroup/ui plus focusgroup/app.py and merges
#    their strings into resources/translations/focusgroup_da.ts. Translations already in the
#    file are kept; strings that left the code are dropped (-no-obsolete); new strings arrive
#    as type="unfinished" and the script says how many.
# 2. Translate those (Qt Linguist: `.venv/bin/pyside6-linguist resources/translations/
#    focusgroup_da.ts`, or edit the XML): fill in <translation>, remove type="unfinished",
#    keep %1 %2 %n, HTML tags, "&" accelerators and the … ellipsis. Then run this script again.
# 3. pyside6-lrelease compiles the .ts into focusgroup_da.qm, which is committed so that a
#    plain install needs no Qt tools. tests/ui/test_danish.py checks that the two agree.
#
# Messages built in the layers without Qt as Message("template", name=value) are collected
# under the context "messages"; translate the template and keep its {name} fields.
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
# Tools: PYSIDE_BIN (default .venv/bin) must hold pyside6-lupdate, pyside6-lrelease and python.
set -eu

cd "$(dirname "$0")/.."
BIN=${PYSIDE_BIN:-.venv/bin}
TS=resources/translations/focusgroup_da.ts
QM=resources/translations/focusgroup_da.qm
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

find focusgroup/ui -name '*.py' | LC_ALL=C sort > "$TMP/sources"
echo focusgroup/app.py >> "$TMP/sources"
# Messages from the layers without Qt: Message("template", ...) (focusgroup/messages.py).
find focusgroup -name '*.py' -not -path 'focusgroup/ui/*' | LC_ALL=C sort > "$TMP/message_sources"

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


def scan_messages(path):
    """Message("template", ...) in the pure-Python layers (see focusgroup/messages.py)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "Message" and node.args and literal(node.args[0])):
            found.append(("messages", literal(node.args[0]), None, node.lineno))
    return {"messages"} if found else set(), found


def stub(sources, stub_path, map_path, message_sources=None):
    lines, where, contexts = ["# generated for lupdate by update_translations.sh"], {}, set()
    names = [(n, scan) for n in Path(sources).read_text().split()]
    if message_sources:
        names += [(n, scan_messages) for n in Path(message_sources).read_text().split()]
    for name, scanner in names:
        known, found = scanner(Path(name))
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


if __name__ == "__main__":
    {"stub": stub, "fix": fix}[sys.argv[1]](*sys.argv[2:])
PYEOF

"$BIN/python" "$TMP/helper.py" stub "$TMP/sources" "$TMP/lupdate_indirect.py" "$TMP/map.json" \
    "$TMP/message_sources"
# shellcheck disable=SC2046
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations absolute -target-language da_DK \
    $(cat "$TMP/sources") "$TMP/lupdate_indirect.py" -ts "$TS"
"$BIN/python" "$TMP/helper.py" fix "$TS" "$TMP/map.json"
"$BIN/pyside6-lrelease" -silent "$TS" -qm "$QM"
echo "wrote $QM"
