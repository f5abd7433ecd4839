"""Shared fixtures: every test gets its own HOME, data folder and settings; Qt runs offscreen."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

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


class FakeClock:
    """A clock the test moves by hand: ``clock.now += timedelta(minutes=5)``."""

    def __init__(self):
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now

    def advance(self, **kwargs):
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def workspace(tmp_path):
    """A fresh workspace file in tmp_path, opened through the same service the app uses."""
    from focusgroup.services.workspaces import open_ws

    ws = open_ws(tmp_path / "test.focusgroup")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The demo workspace, written once for the whole run: tests open it read-only, or copy
    it when they write."""
    from focusgroup.services.demo_file import write_demo_file

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOCUSGROUP_DATA_DIR", str(folder / "data"))
        write_demo_file(folder / "demo.focusgroup")
    return folder / "demo.focusgroup"


@pytest.fixture
def demo(demo_file):
    """The demo workspace opened read-only."""
    from focusgroup.services.workspaces import open_ws

    ws = open_ws(demo_file, create=False, read_only=True)
    yield ws
    ws.close(backup=False)


@pytest.fixture
def cli(capsys):
    """Run the ``focusgroup`` command line in this process, as a user would type it:
    ``code, out, err = cli("report", "-w", str(path))``. An argparse error (exit 2) is
    returned as its exit code like any other."""
    from focusgroup.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err

    return run
