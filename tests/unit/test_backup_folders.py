"""Where a workspace's backups live: one folder per real file, whatever path reached it."""

from __future__ import annotations

import hashlib

from focusgroup import paths


def test_a_symlink_and_a_dotdot_path_share_the_real_files_folder(tmp_path):
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    direct = paths.backups_dir(real / "team.focusgroup")
    assert paths.backups_dir(tmp_path / "link" / "team.focusgroup") == direct
    assert paths.backups_dir(real / "sub" / ".." / "team.focusgroup") == direct


def test_a_long_name_gives_a_folder_name_a_file_system_allows(tmp_path):
    folder = paths.backups_dir(tmp_path / ("x" * 240 + ".focusgroup"))
    assert len(folder.name) < 100


def test_backups_kept_under_the_earlier_folder_name_are_still_found(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    through_link = tmp_path / "link" / "team.focusgroup"
    digest = hashlib.sha1(str(through_link).encode("utf-8")).hexdigest()[:8]
    earlier = paths.backups_root() / f"team-{digest}"
    earlier.mkdir(parents=True)
    assert paths.backups_dir(through_link) == earlier
