"""Open or create a workspace file: checks before touching it, pragmas, a lock, migrations, backups.

Order matters so that nothing foreign is ever modified: the header and ``application_id`` are read
through a read-only connection first; only a genuine (or brand-new) workspace is then opened for
writing, locked against a second app instance, backed up and migrated.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from focusgroup.messages import Message, text_of
from focusgroup.storage import backups, private, schema_check
from focusgroup.storage.errors import (
    ForeignSchema,
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceMissing,
    WorkspaceReadOnly,
)
from focusgroup.storage.lock import Lock as _Lock
from focusgroup.storage.migrations import migrate, schema_version
from focusgroup.storage.schema import APPLICATION_ID, CURRENT_VERSION, ensure_speed_indexes

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over our connection, without third-party sqlite-utils plugins: they would
    run code on the workspace's connection."""
    return Database(conn, execute_plugins=False)


@dataclass(frozen=True)
class Probe:
    """What a file is, found out without changing it."""

    exists: bool
    version: int = 0
    application_id: int = 0
    tables: int = 0


def probe(path: Path) -> Probe:
    """Classify ``path``; raise a :class:`WorkspaceError` subclass for anything not usable.
    A FIFO, device or socket is refused without being opened (SQLite would wait on it)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return Probe(exists=False)
    except OSError as error:
        raise NotAWorkspace(Message("Cannot read {path}: {reason}.", path=path,
                                     reason=error.strerror or error)) from error
    if stat.S_ISDIR(info.st_mode):
        raise NotAWorkspace(Message("{path} is a folder, not a workspace file.", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise NotAWorkspace(Message("{path} is not a workspace: it is not a regular file.",
                                    path=path))
    try:
        with os.fdopen(private.open_regular(path), "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise NotAWorkspace(Message("Cannot read {path}: {reason}.", path=path,
                                     reason=error.strerror or error)) from error
    if header == b"":
        return Probe(exists=True)  # an empty file becomes a new workspace
    if not header.startswith(SQLITE_HEADER):
        raise NotAWorkspace(Message(
            "{path} is not a focusgroup workspace (it is not an SQLite file).", path=path))
    if len(header) < 100:
        raise WorkspaceDamaged(Message("{path} is damaged: its header is cut short.", path=path))
    # Read the header fields directly: even a read-only SQLite connection may leave -wal/-shm
    # files behind, and a file that is not ours must not be touched at all.
    tables = int.from_bytes(header[40:44], "big")  # schema cookie: > 0 once tables exist
    version = int.from_bytes(header[60:64], "big")  # PRAGMA user_version
    app_id = int.from_bytes(header[68:72], "big")  # PRAGMA application_id
    if tables and app_id != APPLICATION_ID:
        raise NotAWorkspace(Message(
            "{path} is an SQLite database, but not a focusgroup workspace; it was left untouched.",
            path=path,
        ))
    _refuse_newer(path, version)
    return Probe(exists=True, version=version, application_id=app_id, tables=tables)


def _refuse_newer(path: Path, version: int) -> None:
    if version > CURRENT_VERSION:
        raise NewerWorkspace(Message(
            "{path} was written by a newer focusgroup (workspace version {version}; this version "
            "reads up to {current}). Please update focusgroup; the file was not changed.",
            path=path, version=version, current=CURRENT_VERSION,
        ))


def _finish_interrupted_restore(path: Path) -> str | None:
    """A restore cut short (the journal beside the file) is completed before anything else."""
    from focusgroup.storage import restore_journal

    if not os.path.lexists(restore_journal.journal_path(path)):
        return None
    lock = _Lock(path)
    try:
        lock.acquire()
    except (WorkspaceLocked, WorkspaceReadOnly):
        return None  # whoever holds the lock finishes it
    try:
        return restore_journal.finish(path)
    finally:
        lock.release()


class Workspace:
    """An open workspace: ``conn`` (sqlite3, autocommit mode) and, made on first use, ``db``
    (sqlite-utils over the same connection) for table definitions and writes."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool,
        backup_dir: Path | None,
        keep_backups: int,
        lock: _Lock | None,
        created: bool,
    ):
        self.path = path
        self.conn = conn
        self._db: Database | None = None
        self.read_only = read_only
        self.backup_dir = backup_dir
        self.keep_backups = keep_backups
        self.created = created
        self._lock = lock
        self._changes_at_backup = 0
        self._backup_current = False  # the newest backup holds what the file held at open
        self._state_before_open = ""
        self.backup_warning: str | None = None  # set when the backup on open could not be made
        self.restore_notice: str | None = None  # set when an interrupted restore was finished
        self.erasure_warning: str | None = None  # set when an erasure's purge is still pending
        self.repaired: schema_check.Difference | None = None  # what ``repair=True`` removed

    @property
    def db(self) -> Database:
        """sqlite-utils' Database over ``conn``."""
        if self._db is None:
            self._db = _database(self.conn)
        return self._db

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @property
    def version(self) -> int:
        return schema_version(self.conn)

    @property
    def name(self) -> str:
        return self.path.stem

    def backup(self, reason: str = "manual") -> backups.BackupInfo | None:
        """A verified backup now, whatever the interval; old ones are pruned to the
        workspace's ``backups_kept`` and its ``backups_size_factor``."""
        if self.backup_dir is None:
            return None
        info = backups.make_backup(self.conn, self.backup_dir, self.name, reason)
        self.mark_backed_up()
        self._prune()
        return info

    def _prune(self) -> None:
        # the numbers stored in the workspace, so the app and every command keep the same
        page_size = self.conn.execute("PRAGMA page_size").fetchone()[0]
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        backups.rotate(self.backup_dir, backups.number_kept(self.conn, self.keep_backups),
                       backups.space_factor(self.conn) * page_size * pages)

    def backup_before(self, reason: str) -> backups.BackupInfo | None:
        """A verified backup before a risky step (import of a file, merge, erasure…), unless
        the newest backup already holds exactly what the workspace holds now."""
        if self.is_backed_up():
            return None
        return self.backup(reason)

    def is_backed_up(self) -> bool:
        """True when the newest backup holds everything written so far."""
        return self._backup_current and self.conn.total_changes == self._changes_at_backup

    def backup_due(self) -> bool:
        """True when there are changes no backup holds and the newest backup is older than
        the workspace's ``backup_interval_minutes``."""
        return (self.backup_dir is not None and not self.read_only and not self.is_backed_up()
                and backups.due(self.backup_dir, backups.interval(self.conn)))

    def backup_if_due(self, reason: str) -> backups.BackupInfo | None:
        """A routine backup (on opening, on closing, on the app's timer): at most one per
        interval, and only of changes not yet backed up."""
        return self.backup(reason) if self.backup_due() else None

    def background_backup(self, reason: str = "hourly"):
        """Work to run on another thread: a verified backup read through a connection of its
        own (the app goes on writing meanwhile), then pruning. It returns ``(info, changes)``;
        pass ``changes`` to :meth:`backed_up` on this thread once it is done."""
        folder, stem, path, changes = self.backup_dir, self.name, self.path, self.conn.total_changes
        keep = backups.number_kept(self.conn, self.keep_backups)
        factor = backups.space_factor(self.conn)

        def work() -> tuple[backups.BackupInfo, int]:
            with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as own:
                own.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                info = backups.make_backup(own, folder, stem, reason)
                size = own.execute("PRAGMA page_size").fetchone()[0] * own.execute(
                    "PRAGMA page_count").fetchone()[0]
            backups.rotate(folder, keep, factor * size)
            return info, changes

        return work

    def backed_up(self, changes: int) -> None:
        """A background backup holding the first ``changes`` writes has been kept."""
        self._changes_at_backup = changes
        self._backup_current = True

    def mark_backed_up(self) -> None:
        """Count everything written so far as covered by the newest backup."""
        self._changes_at_backup = self.conn.total_changes
        self._backup_current = True

    def changed_elsewhere(self) -> None:
        """Another connection of this process wrote: back up on close as after own writes."""
        self._changes_at_backup = -1

    def backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.backup_dir) if self.backup_dir else []

    def _state_marker(self) -> Path | None:
        return self.backup_dir / "covered.txt" if self.backup_dir else None

    def _file_state(self) -> str:
        return _file_state(self.path)

    def covered_by_backup(self) -> bool:
        """True when the file is byte-for-byte what it was when the newest backup was current."""
        marker = self._state_marker()
        if marker is None or not marker.exists() or not self.backups():
            return False
        return marker.read_text() == self._state_before_open

    def _closed_marker(self) -> Path | None:
        return self.backup_dir / "closed.txt" if self.backup_dir else None

    def left_as_closed(self) -> bool:
        """True when the file is what focusgroup left at its last clean close: nothing else
        (a crash, another program, damage) has changed it since."""
        marker = self._closed_marker()
        return marker is not None and marker.exists() and (
            marker.read_text() == self._state_before_open)

    def close(self, *, backup: bool = True) -> None:
        """Close cleanly: WAL checkpoint, a backup if anything was written, lock released."""
        if self.conn is None:
            return
        covered = False
        try:
            if not self.read_only:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                if backup and not self.is_backed_up():
                    with contextlib.suppress(backups.BackupFailed):
                        self.backup_if_due("close")
                covered = self.is_backed_up()
        finally:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            marker, closed = self._state_marker(), self._closed_marker()
            if not self.read_only and closed is not None and closed.parent.is_dir():
                state = self._file_state()
                with contextlib.suppress(OSError):
                    private.write_text(closed, state)
                    if covered:
                        private.write_text(marker, state)
            if self._lock:
                self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close(backup=exc[0] is None)


def _file_state(path: Path) -> str:
    """Size and modification time of a closed workspace; "wal" after an unclean close."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        return "wal"
    if not path.exists():
        return ""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _configure(conn: sqlite3.Connection, *, read_only: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")


def _foreign_schema(path: Path, found: schema_check.Difference) -> ForeignSchema:
    return ForeignSchema(Message(
        "{path} holds what a focusgroup workspace does not ({difference}); nothing in it was "
        "run or changed.", path=path, difference=found.summary()), found)


def _open_read_only(
    path: Path, found: Probe, backup_dir: Path | None, keep_backups: int
) -> Workspace:
    if not found.exists:
        raise WorkspaceMissing(Message("There is no workspace at {path}.", path=path))
    # A file we may not write to (or in a folder we may not write to) is read as immutable:
    # SQLite then makes no -shm/-wal files beside it, which would inherit the file's read-only
    # mode and block saving once the file is writable again, and it needs no writable folder.
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    uri = f"{path.as_uri()}?mode=ro" + ("" if writable else "&immutable=1")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        # Nothing is written through this connection, so no trigger of ours needs to run:
        # functions and virtual tables in the file's triggers and views are refused outright.
        conn.execute("PRAGMA trusted_schema = OFF")
        version = schema_version(conn)
        _refuse_newer(path, version)
        if version < CURRENT_VERSION:
            raise WorkspaceReadOnly(Message(
                "{path} needs an upgrade, which cannot be done while it is open read-only.",
                path=path,
            ))
        # Before anything else reads it: a foreign trigger or view must never run.
        if difference := schema_check.compare(conn, version):
            raise _foreign_schema(path, difference)
        _configure(conn, read_only=True)
    except sqlite3.OperationalError as error:  # cannot open or lock it: not damage
        conn.close()
        raise WorkspaceReadOnly(Message("{path} could not be opened read-only: {error}.",
                                        path=path, error=str(error))) from error
    except sqlite3.DatabaseError as error:
        conn.close()
        raise WorkspaceDamaged(Message("{path} could not be read: {error}.", path=path,
                                       error=str(error))) from error
    except BaseException:
        conn.close()
        raise
    return Workspace(path, conn, read_only=True, backup_dir=backup_dir,
                     keep_backups=keep_backups, lock=None, created=False)


def _check_schema(ws: Workspace, *, repair: bool) -> None:
    """Refuse (or, when asked, repair after a backup) a schema that is not exactly ours."""
    version = schema_version(ws.conn)
    difference = schema_check.compare(ws.conn, version)
    if not difference:
        return
    if not repair:
        raise _foreign_schema(ws.path, difference)
    ws.backup("repair")
    left = schema_check.repair(ws.conn, difference, version)
    ws.repaired = difference
    if left:
        raise _foreign_schema(ws.path, left)


def open_workspace(
    path: str | Path,
    *,
    create: bool = True,
    read_only: bool = False,
    backup_dir: Path | None = None,
    keep_backups: int = 10,
    repair: bool = False,
) -> Workspace:
    """Open (or create) the workspace at ``path``, migrated to the current schema.

    Raises a :class:`~focusgroup.storage.errors.WorkspaceError` with a readable message when the
    file is missing, foreign, newer, damaged, locked or not writable; such files are not modified.
    A file whose schema is not exactly ours (extra triggers, views, tables, indexes) raises
    :class:`~focusgroup.storage.errors.ForeignSchema` before anything in it can run, unless
    ``repair``: then the extras are removed (and our own triggers and indexes remade) after a
    backup, and ``ws.repaired`` says what was found.
    """
    path = Path(path).expanduser().absolute()
    # Only an open for writing finishes a restore: a file opened read-only (another person's
    # workspace to merge, a read-only copy) is never changed.
    notice = None if read_only else _finish_interrupted_restore(path)
    try:
        ws = _open(path, create=create, read_only=read_only, backup_dir=backup_dir,
                   keep_backups=keep_backups, repair=repair)
    except WorkspaceError as error:
        error.restore_notice = notice  # type: ignore[attr-defined] - what happened before
        raise
    ws.restore_notice = notice
    return ws


def _open(path: Path, *, create: bool, read_only: bool, backup_dir: Path | None,
          keep_backups: int, repair: bool) -> Workspace:
    found = probe(path)
    if not found.exists and not create:
        raise WorkspaceMissing(Message("There is no workspace at {path}.", path=path))
    if found.exists and not create and found.version == 0 and not Path(f"{path}-wal").exists():
        raise NotAWorkspace(Message("{path} is not a focusgroup workspace (it is empty); "
                                    "it was left untouched.", path=path))
    if read_only:
        return _open_read_only(path, found, backup_dir, keep_backups)

    if found.exists and not os.access(path, os.W_OK):
        raise WorkspaceReadOnly(Message("{path} is read-only; focusgroup cannot save to it.",
                                        path=path))
    try:
        private.private_dir(path.parent)
        if not found.exists:  # SQLite would create it with the umask's mode; its -wal too
            os.close(private.create_exclusive(path))
    except FileExistsError:
        if path.is_symlink():  # a link to nothing: SQLite would create the file it names
            raise NotAWorkspace(Message("{path} is not a workspace: it is not a regular file.",
                                        path=path)) from None
    except OSError as error:
        raise WorkspaceReadOnly(Message(
            "Cannot create the folder {folder}: {reason}.", folder=path.parent,
            reason=error.strerror,
        )) from error
    if not os.access(path.parent, os.W_OK):
        raise WorkspaceReadOnly(Message("The folder {folder} is not writable.", folder=path.parent))

    lock = _Lock(path)
    lock.acquire()
    state_before_open = _file_state(path)
    conn = None
    try:
        from focusgroup.storage.leftovers import clean_workspace_leftovers

        clean_workspace_leftovers(path, backup_dir)  # what a killed run left behind
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        _refuse_newer(path, schema_version(conn))  # in case the header lagged the WAL
        _configure(conn, read_only=False)
        ws = Workspace(path, conn, read_only=False, backup_dir=backup_dir,
                       keep_backups=keep_backups, lock=lock, created=found.version == 0)
        _check_schema(ws, repair=repair)

        def backup_before_migrating(old: int) -> None:
            if old > 0:
                ws.backup(f"before-v{CURRENT_VERSION}")

        if schema_version(conn) < CURRENT_VERSION:
            migrate(ws.db, before_first=backup_before_migrating)
            _check_schema(ws, repair=repair)  # a file that began empty must end as ours too
        ensure_speed_indexes(conn)
        ws._changes_at_backup = conn.total_changes
        ws._state_before_open = state_before_open
        ws._backup_current = ws.covered_by_backup()
        if found.version > 0 and not ws.is_backed_up():
            try:
                if ws.left_as_closed():
                    ws.backup_if_due("open")
                else:  # changed by something else (a crash, damage): a verified copy at once
                    ws.backup("open")
            except backups.BackupFailed as error:
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise WorkspaceDamaged(Message(
                        "{path} is damaged (it fails SQLite's integrity check); it was not "
                        "changed, and its earlier backups are kept.", path=path,
                    )) from error
                ws.backup_warning = text_of(error)
        return ws
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        lock.release()
        raise WorkspaceDamaged(Message("{path} could not be opened: {error}.", path=path,
                                   error=str(error))) from error
    except BaseException:
        if conn is not None:
            conn.close()
        lock.release()
        raise
