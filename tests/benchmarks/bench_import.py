"""Importing 20,000 notes into a 500,000-note workspace (budget ≤ 2 s), against a bare
``executemany`` of the same rows into a copy of the same file, measured in the same run; then
backup and check timings and the total size of the backups after 10 writes.

    python tests/benchmarks/bench_import.py [--base FILE] [--notes 500000] [--rows 20000]

``--base`` reuses a workspace written before with ``focusgroup demo FILE --notes N`` (writing
500,000 notes takes minutes on a busy 2-core machine); without it one is written first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _csv(path: Path, rows: int) -> Path:
    kinds = ("like", "dislike", "idea", "need", "question")
    themes = ("Canteen", "Shift planning", "Pay", "Recognition", "")
    path.write_text("kind,text,theme\n" + "".join(
        f"{kinds[n % 5]},Survey answer {n}: the {('canteen', 'rota', 'wages', 'manager')[n % 4]}"
        f" matters to me because of reason {n % 97},{themes[n % 5]}\n" for n in range(rows)),
        encoding="utf-8")
    return path


def _backup_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.fgbackup"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=Path, help="a workspace made with demo --notes")
    parser.add_argument("--notes", type=int, default=500_000)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["FOCUSGROUP_DATA_DIR"] = str(folder / "data")  # backups go here
        from focusgroup import paths
        from focusgroup.cli import main as cli
        from focusgroup.services.checks import check_workspace
        from focusgroup.services.demo_file import write_demo_file
        from focusgroup.services.import_notes import apply_notes_plan, read_notes_file
        from focusgroup.services.workspaces import open_ws
        from focusgroup.storage.records import to_row

        base = args.base
        if base is None:
            base = folder / "base.focusgroup"
            seconds, _ = _timed(lambda: write_demo_file(base, notes=args.notes))
            print(f"demo --notes {args.notes}: {seconds:.1f} s")
        source = _csv(folder / "answers.csv", args.rows)
        size = base.stat().st_size
        print(f"workspace: {size / 1e6:.0f} MB; importing {args.rows} notes")

        # 1. the app's import, phase by phase, on a copy
        target = folder / "app.focusgroup"
        shutil.copy(base, target)
        open_ws(target, create=False).close()  # as a workspace in use: opened before
        t_open, ws = _timed(lambda: open_ws(target, create=False))
        t_read, plan = _timed(lambda: read_notes_file(ws, source, session="Survey"))
        # forced: a workspace written to within the hour has changes no backup holds
        t_backup, _ = _timed(lambda: ws.backup("before-import"))
        t_write, _ = _timed(lambda: apply_notes_plan(ws, plan))
        t_close, _ = _timed(ws.close)
        app_total = t_open + t_read + t_write + t_close
        rows = [to_row(note) for note, _ in plan.notes]

        # 2. bare executemany of the same rows into another copy of the same file
        bare_path = folder / "bare.focusgroup"
        shutil.copy(base, bare_path)
        import sqlite3

        conn = sqlite3.connect(bare_path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        session_id = conn.execute("SELECT id FROM sessions LIMIT 1").fetchone()[0]
        names = list(rows[0])
        rows = [tuple(session_id if k == "session_id" else r[k] for k in names) for r in rows]
        sql = f"INSERT INTO notes ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"

        def bare() -> None:
            conn.execute("BEGIN")
            conn.executemany(sql, rows)
            conn.execute("COMMIT")

        t_bare, _ = _timed(bare)
        conn.close()

        # 3. the CLI command as a user runs it (in this process: no Python start-up)
        cli_path = folder / "cli.focusgroup"
        shutil.copy(base, cli_path)
        open_ws(cli_path, create=False).close()  # its first open makes the "open" backup
        t_cli, code = _timed(lambda: cli(["import", "notes", str(source), "-w", str(cli_path),
                                          "--session", "Survey"]))
        assert code == 0

        print(f"open {t_open:.2f} s, read+check file {t_read:.2f} s, "
              f"verified backup {t_backup:.2f} s, write {t_write:.2f} s, close {t_close:.2f} s")
        print(f"import without the backup: {app_total:.2f} s   (budget <= 2 s)")
        print(f"import with the backup first: {app_total + t_backup:.2f} s")
        print(f"focusgroup import notes (in-process, backup included): {t_cli:.2f} s")
        print(f"bare executemany of the same rows: {t_bare:.2f} s   "
              f"write/bare {t_write / t_bare:.2f}x, import/bare {app_total / t_bare:.2f}x")

        # 4. backup and check timings, backup space after 10 writes
        ws = open_ws(target, create=False)
        t_manual, _ = _timed(lambda: ws.backup("manual"))
        ws.close()
        t_quick, _ = _timed(lambda: check_workspace(target))
        t_full, _ = _timed(lambda: check_workspace(target, full=True))
        print(f"verified backup (backup API + quick_check): {t_manual:.2f} s")
        print(f"check: {t_quick:.2f} s   check --full: {t_full:.2f} s")
        for interval in ("60", "0"):
            path = folder / f"writes-{interval}.focusgroup"
            shutil.copy(base, path)
            cli(["config", "-w", str(path), "backup_interval_minutes", interval])
            start = time.perf_counter()
            for n in range(10):
                cli(["config", "-w", str(path), "cadence_months", str(n % 5 + 1)])
            seconds = time.perf_counter() - start
            held = paths.backups_dir(path)
            count = len(list(held.glob("*.fgbackup")))
            print(f"10 CLI writes, backup_interval_minutes={interval}: {seconds:.1f} s, "
                  f"{count} backups, {_backup_bytes(held) / 1e6:.0f} MB = "
                  f"{_backup_bytes(held) / path.stat().st_size:.2f}x the workspace")
            shutil.rmtree(held)
            path.unlink()


if __name__ == "__main__":
    main()
