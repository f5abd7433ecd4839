"""The layering rules, checked on the source: Qt only in ui/ (and the app entry), reportlab only
in reports/, SQL only in storage/, and a domain that imports nothing heavy."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "focusgroup"
MODULES = sorted(PACKAGE.rglob("*.py"))
# SQL keywords are written in capitals in this project; where-clause fragments such as
# "status = ?" or "id IN (?" count as SQL too.
SQL = re.compile(
    r"\b(SELECT\b.+\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|"
    r"VIRTUAL|TRIGGER)|DROP\s+TABLE|PRAGMA\s+\w+|ALTER\s+TABLE)\b"
    r"|\w+\s*(=|<|>|<=|>=|!=|\bIN|\bLIKE|\bMATCH)\s*\(?\s*[?:]",
    re.DOTALL,
)


def rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def project_imports(source: str, module: str) -> set[str]:
    """Every dotted name an import in ``source`` (module ``module``) reaches, at any depth
    (imports inside functions too): ``from a.b import c`` gives ``a.b`` and ``a.b.c``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")[: -node.level]
                base = ".".join([*package, base] if base else package)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def string_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_the_package_has_modules():
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=rel)
def test_qt_only_in_ui_and_the_app_entry(path):
    if rel(path).startswith("focusgroup/ui/") or rel(path) == "focusgroup/app.py":
        return
    assert not imported_modules(path) & {"PySide6", "qt_material", "PyQt6", "PyQt5"}


@pytest.mark.parametrize("path", MODULES, ids=rel)
def test_reportlab_only_in_reports(path):
    if rel(path).startswith("focusgroup/reports/"):
        return
    assert "reportlab" not in imported_modules(path)


@pytest.mark.parametrize("path", MODULES, ids=rel)
def test_sql_only_in_storage(path):
    if rel(path).startswith("focusgroup/storage/"):
        return
    assert not imported_modules(path) & {"sqlite3", "sqlite_utils"}
    offending = [s for s in string_constants(path) if SQL.search(s)]
    assert offending == []


def reaches_storage(names: set[str]) -> bool:
    return any(n == "focusgroup.storage" or n.startswith("focusgroup.storage.") for n in names)


# Modules that only handed storage (or the thread pool) through, deleted: views call task-shaped
# services (``sessions.running_sessions``), and background work is ``ui.operations``.
DELETED_PASS_THROUGHS = ("focusgroup.services.records", "focusgroup.ui.tasks")


def reaches_a_pass_through(names: set[str]) -> list[str]:
    return sorted(n for n in names for gone in DELETED_PASS_THROUGHS
                  if n == gone or n.startswith(gone + "."))


@pytest.mark.parametrize("path", [p for p in MODULES if rel(p).startswith("focusgroup/ui/")],
                         ids=rel)
def test_views_reach_storage_only_through_services(path):
    """The interface reads and writes through services/, which also re-export the Workspace
    handle and its errors; no module under ui/ imports focusgroup.storage, not even lazily."""
    names = project_imports(path.read_text(encoding="utf-8"), module_name(path))
    assert not reaches_storage(names), sorted(n for n in names if "storage" in n)
    assert not reaches_a_pass_through(names)


def test_the_interface_modules_are_checked():
    """The rule above is checked on the real views, dialogs and window (not on nothing)."""
    checked = {rel(p) for p in MODULES if rel(p).startswith("focusgroup/ui/")}
    assert {"focusgroup/ui/main_window.py", "focusgroup/ui/operations.py",
            "focusgroup/ui/views/home.py", "focusgroup/ui/dialogs/import_dialog.py"} <= checked


@pytest.mark.parametrize("gone", DELETED_PASS_THROUGHS)
def test_the_deleted_pass_throughs_stay_deleted(gone):
    path = PACKAGE.parent / (gone.replace(".", "/") + ".py")
    assert not path.exists()
    users = [rel(p) for p in MODULES
             if reaches_a_pass_through(project_imports(p.read_text(encoding="utf-8"),
                                                       module_name(p)))]
    assert users == []


def test_the_storage_import_detector_catches_every_form():
    def caught(source: str, module: str = "focusgroup.ui.views.x") -> bool:
        return reaches_storage(project_imports(source, module))

    assert caught("from focusgroup.storage import repository")
    assert caught("from focusgroup.storage.errors import WorkspaceError")
    assert caught("import focusgroup.storage.queries")
    assert caught("from focusgroup import storage")
    assert caught("def f():\n    from focusgroup.storage.capture import theme_names\n")
    assert caught("from ...storage import repository")
    assert caught("from ... import storage")
    assert not caught("from focusgroup.services import workspaces")
    assert not caught("from focusgroup.services.errors import WorkspaceError")

    def passes_through(source: str, module: str = "focusgroup.ui.views.x") -> bool:
        return bool(reaches_a_pass_through(project_imports(source, module)))

    assert passes_through("from focusgroup.services import records")
    assert passes_through("from focusgroup.services.records import find")
    assert passes_through("def f():\n    from ..tasks import run_task\n")
    assert passes_through("import focusgroup.ui.tasks")
    assert not passes_through("from focusgroup.services import sessions")
    assert not passes_through("from focusgroup.ui.operations import WorkspaceHub")


@pytest.mark.parametrize("path", [p for p in MODULES if "/domain/" in p.as_posix()], ids=rel)
def test_domain_is_pure_python(path):
    heavy = {"PySide6", "sqlite3", "sqlite_utils", "reportlab", "numpy", "scipy", "focusgroup"}
    allowed_internal = {"focusgroup"}  # other domain modules, and the Message type
    imports = imported_modules(path)
    assert not (imports & heavy) - allowed_internal
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith(("from focusgroup", "import focusgroup")):
            assert line.startswith(("from focusgroup.domain", "import focusgroup.domain",
                                    "from focusgroup.messages import")), line


def test_messages_is_a_leaf():
    """focusgroup/messages.py may be imported by every layer because it imports nothing of
    the project's and no library."""
    path = Path(__file__).resolve().parents[2] / "focusgroup" / "messages.py"
    assert imported_modules(path) <= {"__future__", "string", "typing"}


def test_the_sql_detector_catches_sql():
    assert SQL.search("SELECT id FROM notes")
    assert SQL.search("INSERT INTO notes VALUES (1)")
    assert SQL.search("status = ?")
    assert SQL.search("status IN (?, ?)")
    assert not SQL.search("Select the department from the list")


@pytest.mark.parametrize("path", MODULES, ids=rel)
def test_no_module_is_oversized(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 500
