"""Where the app writes: never through a link, never over a file without --force, never a
folder or FIFO, private modes (files 0600, folders 0700), and a full disk or a name too long
for the file system is one line and exit 2."""

from __future__ import annotations

import errno
import os
import shutil
import stat

import pytest

LONG = "x" * 300


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def ws_file(demo_file, tmp_path):
    copy = tmp_path / "ws.focusgroup"
    shutil.copyfile(demo_file, copy)
    return copy


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)  # what most desktops use: without care, files would be 0644
    yield
    os.umask(old)


def writers(ws_file, out):
    """Every command that writes a file the user names, writing to ``out``."""
    w = str(ws_file)
    return {
        "csv": ["export", "-w", w, "--format", "csv", "--what", "notes", "--out", str(out)],
        "xlsx": ["export", "-w", w, "--format", "xlsx", "--out", str(out)],
        "pdf": ["report", "-w", w, "--out", str(out)],
        "demo": ["demo", str(out)],
    }


KINDS = ["csv", "xlsx", "pdf", "demo"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("force", [False, True])
def test_a_symbolic_link_is_never_followed(cli, ws_file, tmp_path, kind, force):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    link = tmp_path / "out.link"
    link.symlink_to(victim)
    dangling = tmp_path / "dangling.link"
    dangling.symlink_to(tmp_path / "nowhere")
    for target in (link, dangling):
        argv = writers(ws_file, target)[kind] + (["--force"] if force else [])
        code, _, err = cli(*argv)
        assert code == 2 and "symbolic link" in err and err.count("\n") == 1, err
        assert target.is_symlink()
    assert victim.read_bytes() == b"precious" and not (tmp_path / "nowhere").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left


@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_or_fifo_is_refused(cli, ws_file, tmp_path, kind):
    folder = tmp_path / "folder"
    folder.mkdir()
    code, _, err = cli(*writers(ws_file, folder)[kind], "--force")
    assert code == 2 and "folder" in err and err.count("\n") == 1
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = cli(*writers(ws_file, fifo)[kind], "--force")
    assert code == 2 and "not a regular file" in err and err.count("\n") == 1
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and list(folder.iterdir()) == []


@pytest.mark.parametrize("kind", ["csv", "xlsx", "pdf"])
def test_an_existing_file_is_replaced_only_with_force(cli, ws_file, tmp_path, kind):
    target = tmp_path / f"out.{kind}"
    target.write_bytes(b"mine")
    target.chmod(0o644)
    code, _, err = cli(*writers(ws_file, target)[kind])
    assert code == 2 and "--force" in err and err.count("\n") == 1
    assert target.read_bytes() == b"mine"
    code, _, err = cli(*writers(ws_file, target)[kind], "--force")
    assert code == 0, err
    assert target.read_bytes() != b"mine" and mode(target) == 0o600


def test_export_all_refuses_before_writing_any_file(cli, ws_file, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "actions.csv").write_bytes(b"mine")
    argv = ["export", "-w", str(ws_file), "--format", "csv", "--out", str(folder)]
    code, _, err = cli(*argv)
    assert code == 2 and "actions.csv already exists" in err
    assert sorted(p.name for p in folder.iterdir()) == ["actions.csv"]
    (folder / "rankings.csv").symlink_to(tmp_path / "elsewhere")
    code, _, err = cli(*argv, "--force")
    assert code == 2 and "symbolic link" in err and not (tmp_path / "elsewhere").exists()


def test_files_are_0600_and_folders_0700(cli, ws_file, tmp_path, isolated_home):
    new_folder = tmp_path / "exports"
    code, _, err = cli("export", "-w", str(ws_file), "--format", "csv",
                       "--out", str(new_folder))
    assert code == 0, err
    assert mode(new_folder) == 0o700
    assert {mode(p) for p in new_folder.iterdir()} == {0o600}
    for kind in ("xlsx", "pdf", "demo"):
        target = tmp_path / f"fresh.{kind}"
        code, _, err = cli(*writers(ws_file, target)[kind])
        assert code == 0, err
        assert mode(target) == 0o600, kind

    # the default workspace, its folder, its backups and the backup folders
    from focusgroup.services.workspaces import open_ws

    data = isolated_home / "data"
    open_ws().close()  # as the app does on its first start
    code, _, err = cli("import", "rankings", str(_rankings_csv(tmp_path)))
    assert code == 0, err
    workspace = data / "workspace.focusgroup"
    assert mode(data) == 0o700 and mode(workspace) == 0o600
    assert mode(data / "backups") == 0o700
    backup_files = [p for p in (data / "backups").rglob("*") if p.is_file()]
    assert backup_files and {mode(p) for p in backup_files} == {0o600}
    assert {mode(p) for p in (data / "backups").iterdir()} == {0o700}
    leftovers = [p for p in data.iterdir() if p.is_file() and p != workspace]
    assert all(mode(p) == 0o600 for p in leftovers), leftovers


def _rankings_csv(folder):
    path = folder / "rankings.csv"
    path.write_text("participant,role,perspective,item,rank\n"
                    "P-001,employee,own,appreciation of work done,1\n"
                    "P-001,employee,own,good wages,2\n", encoding="utf-8")
    return path


class _FullDisk:
    """A file whose disk fills up after a few kilobytes."""

    def __init__(self, handle):
        self._handle, self._written = handle, 0

    def write(self, data):
        self._written += len(data)
        if self._written > 4096:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


@pytest.mark.parametrize("kind", ["csv", "xlsx", "pdf"])
def test_a_full_disk_is_one_line_and_leaves_the_old_file(cli, ws_file, tmp_path, kind,
                                                         monkeypatch):
    from focusgroup.services import output_files

    real_fdopen = os.fdopen
    monkeypatch.setattr(output_files.os, "fdopen",
                        lambda fd, *a, **k: _FullDisk(real_fdopen(fd, *a, **k)))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"report.{kind}"
    target.write_bytes(b"last week's")
    code, _, err = cli(*writers(ws_file, target)[kind], "--force")
    assert code == 2 and "No space left on device" in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert target.read_bytes() == b"last week's"


def test_a_full_disk_on_a_real_small_file_system(cli, ws_file, tmp_path):
    """The same on a real 8 KB tmpfs, where one can be mounted (root on Linux)."""
    import subprocess

    small = tmp_path / "small"
    small.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(small)],
                             capture_output=True, timeout=10)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        for kind in ("csv", "xlsx", "pdf"):
            code, _, err = cli(*writers(ws_file, small / f"big.{kind}")[kind])
            if kind == "pdf" and code == 0:
                continue  # a small PDF may fit
            assert code == 2 and "No space left on device" in err, (kind, err)
            assert err.count("\n") == 1
        assert not [p for p in small.iterdir() if p.name.startswith(".")]
    finally:
        subprocess.run(["umount", str(small)], capture_output=True, timeout=10)


@pytest.mark.parametrize("kind", KINDS)
def test_a_name_too_long_is_one_line(cli, ws_file, tmp_path, kind):
    target = tmp_path / f"{LONG}.{kind}"
    code, _, err = cli(*writers(ws_file, target)[kind])
    assert code == 2 and "too long" in err and err.count("\n") == 1, err
    code, _, err = cli(*writers(ws_file, tmp_path / LONG / f"x.{kind}")[kind])
    assert code == 2 and "too long" in err and err.count("\n") == 1, err


def test_a_workspace_with_a_long_name_gets_its_backups(cli, tmp_path):
    target = tmp_path / ("æ" * 120 + ".focusgroup")  # 240 bytes: a legal name
    code, _, err = cli("demo", str(target))
    assert code == 0, err
    code, _, err = cli("import", "rankings", "-w", str(target),
                       str(_rankings_csv(tmp_path)))
    assert code == 0, err
    code, out, err = cli("check", "-w", str(target))
    assert code == 0 and "Traceback" not in err


def test_backup_folders_made_wider_earlier_are_narrowed(tmp_path, isolated_home):
    from focusgroup import paths
    from focusgroup.services.workspaces import open_ws

    mine = tmp_path / "mine"
    mine.mkdir()
    mine.chmod(0o755)
    target = mine / "old.focusgroup"
    own = paths.backups_dir(target)
    own.mkdir(parents=True, mode=0o755)
    for folder in (own, own.parent):
        folder.chmod(0o755)
    open_ws(target).close()
    assert mode(own) == 0o700 and mode(own.parent) == 0o700
    assert mode(mine) == 0o755  # a folder of the user's is left as it is


def test_a_new_workspace_is_never_created_through_a_dangling_link(tmp_path):
    from focusgroup.services.errors import InvalidInput
    from focusgroup.services.workspaces import open_ws
    from focusgroup.storage.errors import WorkspaceError

    link = tmp_path / "new.focusgroup"
    link.symlink_to(tmp_path / "elsewhere.focusgroup")
    with pytest.raises((WorkspaceError, InvalidInput), match="not a regular file"):
        open_ws(link)
    assert link.is_symlink() and not (tmp_path / "elsewhere.focusgroup").exists()
