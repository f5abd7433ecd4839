"""The package list in pyproject.toml must name every sub-package, or `pip install .` drops it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

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


def test_desktop_file_and_metainfo_are_well_formed():
    import configparser
    import xml.etree.ElementTree as ET

    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(ROOT / "packaging" / "focusgroup.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"].startswith("focusgroup") and entry["Type"] == "Application"
    meta = ET.parse(ROOT / "packaging" / "io.github.focusgroup.metainfo.xml").getroot()
    assert meta.findtext("id") == "io.github.focusgroup"
    assert len(meta.findall("screenshots/screenshot")) >= 2


@pytest.mark.slow
def test_the_pyinstaller_bundle_starts_and_prints_its_version(tmp_path):
    import shutil
    import subprocess
    import sys

    from focusgroup import __version__

    beside = Path(sys.executable).with_name("pyinstaller")
    pyinstaller = str(beside) if beside.exists() else shutil.which("pyinstaller")
    if pyinstaller is None:
        pytest.skip("pip install pyinstaller to build the bundle")
    subprocess.run([pyinstaller, "--noconfirm", "--distpath", str(tmp_path / "dist"),
                    "--workpath", str(tmp_path / "build"),
                    str(ROOT / "packaging" / "focusgroup.spec")],
                   check=True, capture_output=True, timeout=900)
    result = subprocess.run([str(tmp_path / "dist" / "focusgroup" / "focusgroup"), "--version"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == f"focusgroup {__version__}"
