"""Shared fixtures: every test gets its own HOME, data folder and settings; Qt runs offscreen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("FOCUSGROUP_DATA_DIR", str(home / "data"))
    return home


@pytest.fixture
def workspace(tmp_path):
    """A fresh workspace file in tmp_path, opened through the same service the app uses."""
    from focusgroup.services.workspaces import open_ws

    ws = open_ws(tmp_path / "test.focusgroup")
    yield ws
    ws.close()
