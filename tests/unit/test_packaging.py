"""The package list in pyproject.toml must name every sub-package, or `pip install .` drops it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "focusgroup").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert found - listed == set()
    assert config["package-dir"]["focusgroup._resources"] == "resources"
    assert (ROOT / "resources" / "icons" / "focusgroup.svg").exists()
