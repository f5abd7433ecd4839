"""Message: the English text as before, plus what the app needs to translate it; and every
Message written in the code names exactly the values its template uses (checked statically,
so an error path that no other test reaches cannot fail with a KeyError instead of a message).
"""

from __future__ import annotations

import ast
import pickle
import string
from pathlib import Path

import pytest

from focusgroup.messages import Message, text_of
from focusgroup.services.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[2] / "focusgroup"


def test_a_message_is_its_english_text_and_keeps_template_and_values():
    reason = Message("the disk is full")
    message = Message("Could not save: {reason}.", reason=reason)
    assert message == "Could not save: the disk is full." and isinstance(message, str)
    assert message.template == "Could not save: {reason}." and message.values == {
        "reason": reason}
    danish = {"Could not save: {reason}.": "Kunne ikke gemme: {reason}.",
              "the disk is full": "disken er fuld"}
    assert message.render(danish.get) == "Kunne ikke gemme: disken er fuld."
    assert message.render(lambda _t: "") == str(message)  # not in the catalogue: English
    assert message.render(lambda _t: "Brudt {oversættelse}") == str(message)  # broken: English


def test_a_message_survives_being_raised_and_pickled():
    error = InvalidInput(Message("{name!r} is taken.", name="Lager"))
    assert str(error) == "'Lager' is taken."
    assert isinstance(text_of(error), Message)
    again = pickle.loads(pickle.dumps(error))
    assert text_of(again).template == "{name!r} is taken."


def _is_report_tr(node: ast.Call, path: Path) -> bool:
    """A report's ``tr("words {n}", n=...)``: a Message in the making, checked the same way
    (builder.Tr turns its text and values into one)."""
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else None
    return (name == "tr" and "reports" in path.relative_to(ROOT).parts and bool(node.args)
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))


def _message_calls():
    for path in sorted(ROOT.rglob("*.py")):
        if "ui" in path.relative_to(ROOT).parts or path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "Message":
                if path.name == "builder.py" and not isinstance(node.args[0], ast.Constant):
                    continue  # Tr.__call__ wraps a tr("…") whose call is checked below
                yield path.relative_to(ROOT.parent), node
            elif _is_report_tr(node, path):
                yield path.relative_to(ROOT.parent), node


CALLS = list(_message_calls())


def test_the_code_has_messages_to_check():
    assert len(CALLS) > 200


@pytest.mark.parametrize(("where", "call"), CALLS,
                         ids=[f"{w}:{c.lineno}" for w, c in CALLS])
def test_each_message_names_the_values_its_template_uses(where, call):
    assert call.args and isinstance(call.args[0], ast.Constant) and isinstance(
        call.args[0].value, str), f"{where}:{call.lineno}: the template must be a literal"
    fields = {name.split(".")[0].split("[")[0]
              for _text, name, _spec, _conversion in string.Formatter().parse(call.args[0].value)
              if name is not None}
    if any(keyword.arg is None for keyword in call.keywords):
        return  # **values: checked when it runs
    given = {keyword.arg for keyword in call.keywords}
    assert fields == given, f"{where}:{call.lineno}: template uses {fields}, given {given}"
