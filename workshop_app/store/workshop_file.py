"""Open, create, copy and close a .workshop file; the workshop row itself.

The file is the document: every method that changes something commits before it
returns, so there is never unsaved state. Items, polls and key/value settings are kept
by their repositories (``items_repo``, ``polls_repo``, ``kv_repo``); the methods of the
same names here hand over to them.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop_app.domain.polls import Poll
from workshop_app.domain.translations import parse_languages
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store import wal_check
from workshop_app.store.codec import (
    date_to_text,
    from_json,
    text_to_date,
    text_to_time,
    time_to_text,
    to_json,
)
from workshop_app.store.errors import (
    CannotWrite,
    DamagedFile,
    NewerVersion,
    NotAWorkshopFile,
    WorkshopFileError,
)
from workshop_app.store.header import read_header
from workshop_app.store.instance_lock import InstanceLock
from workshop_app.store.items_repo import ItemsRepo
from workshop_app.store.kv_repo import KeyValueRepo
from workshop_app.store.migrations import LATEST_VERSION, REQUIRED_TABLES, migrate
from workshop_app.store.polls_repo import PollsRepo
from workshop_app.store.transaction import write_transaction
from workshop_app.store.wal_check import WalDamage

# "WSHP" in ASCII: marks a SQLite file as ours (sqlite.org, "application file format").
APPLICATION_ID = 0x57534850
FILE_SUFFIX = ".workshop"


@dataclass(frozen=True)
class ReadOnlyReason:
    code: str  # "no_permission" | "open_elsewhere" | "requested"
    message: str


class WorkshopFile:
    """One open workshop file. Use from the thread that opened it only."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        read_only: ReadOnlyReason | None,
        lock: InstanceLock | None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._lock = lock

    wal_damage: WalDamage | None = None  # set by open() when a damaged -wal lost changes

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, workshop: Workshop) -> WorkshopFile:
        path = Path(path)
        if path.exists():
            raise WorkshopFileError(path, f"{path.name}: already exists; choose another name.")
        try:
            conn = _connect(path, read_only=False)
        except sqlite3.Error as err:
            raise CannotWrite(path, f"{path.name}: cannot be created ({err}).") from err
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(conn)
            # Put the header (application id, version) in the main file, where a second
            # instance reads it before opening.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            lock = InstanceLock(path)
            lock.acquire()
            file = cls(path, conn, None, lock)
            file.save_workshop(workshop)
            return file
        except sqlite3.Error as err:
            conn.close()
            _remove_quietly(path)
            raise CannotWrite(path, f"{path.name}: cannot be created ({err}).") from err

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> WorkshopFile:
        """Open an existing file, refusing anything that is not a sound workshop file.

        A refused file is never changed: it is checked through its header and a
        read-only connection before anything may write to it.
        """
        path = Path(path)
        header = read_header(path)
        if header.application_id != APPLICATION_ID:
            raise NotAWorkshopFile(
                path, f"{path.name}: a database of another application, not a workshop file."
            )
        if header.user_version > LATEST_VERSION:
            raise NewerVersion(
                path,
                f"{path.name}: made by a newer version of workshop-app "
                f"(file format {header.user_version}, this version reads up to "
                f"{LATEST_VERSION}); please update the app.",
            )
        # Before anything opens the file: SQLite would silently drop what a damaged -wal
        # holds after the damage, and a writer could then overwrite the evidence.
        wal_damage = _wal_damage(path, keep_copy=not read_only)
        _check_sound(path, header.user_version)

        reason: ReadOnlyReason | None = None
        if read_only:
            reason = ReadOnlyReason("requested", "Opened read-only, as asked.")
        elif not _writable(path):
            reason = ReadOnlyReason(
                "no_permission",
                "You cannot change this file (no write permission), so it is open read-only.",
            )
        lock: InstanceLock | None = None
        if reason is None:
            lock = InstanceLock(path)
            if not lock.acquire():
                lock = None
                reason = ReadOnlyReason(
                    "open_elsewhere",
                    "This workshop is already open in another window or program, so it is "
                    "open read-only here to avoid two writers.",
                )
        try:
            if reason is not None and header.user_version < LATEST_VERSION:
                # An older file that may not be written (an export, a rooms merge, a
                # file open elsewhere): read through an upgraded copy in memory.
                conn = _upgraded_in_memory(path)
                reason = ReadOnlyReason(
                    reason.code,
                    f"{reason.message} It was made by an older version: shown upgraded, "
                    "the file itself is not changed.",
                )
            else:
                conn = _connect(path, read_only=reason is not None)
            if reason is None and migrate(conn):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as err:
            if lock:
                lock.release()
            raise DamagedFile(path, f"{path.name}: cannot be opened ({err}).") from err
        file = cls(path, conn, reason, lock)
        file.wal_damage = wal_damage
        return file

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.read_only is None:
                # Fold the WAL back so the file is whole on its own when copied, and purge
                # again what an ended session deleted (a reader may have held it then).
                wal_check.checkpoint_truncate(self.conn)
        self.conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def save_copy(self, destination: Path | str) -> None:
        """Write a consistent, openable copy with SQLite's backup API (atomic rename)."""
        destination = Path(destination)
        if destination.resolve() == self.path.resolve():
            raise WorkshopFileError(destination, "A copy cannot replace the open file itself.")
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
        )
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            target = sqlite3.connect(tmp)
            try:
                self.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.replace(tmp, destination)
        except (sqlite3.Error, OSError) as err:
            _remove_quietly(tmp)
            raise CannotWrite(destination, f"{destination.name}: copy failed ({err}).") from err

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic, committed change. Refused on a read-only file."""
        if self.read_only is not None:
            raise CannotWrite(self.path, f"{self.path.name}: is open read-only.")
        began = False
        try:
            with write_transaction(self.conn) as conn:
                began = True
                yield conn
        except sqlite3.Error as err:
            what = "the change was not saved" if began else "cannot write"
            raise CannotWrite(self.path, f"{self.path.name}: {what} ({err}).") from err

    # --- workshop ---------------------------------------------------------------------

    def load_workshop(self) -> Workshop:
        row = self.conn.execute("SELECT * FROM workshop WHERE id = 1").fetchone()
        if row is None:
            return Workshop(title=self.path.stem)
        return Workshop(
            title=row["title"],
            date=text_to_date(row["date"]),
            start_time=text_to_time(row["start_time"]),
            venue=row["venue"],
            facilitators=list(from_json(row["facilitators"], [])),
            organisation=row["organisation"],
            description=row["description"],
            language=row["language"],
            languages=parse_languages(from_json(row["languages"], []), row["language"]),
        )

    def save_workshop(self, workshop: Workshop) -> None:
        with self.transaction() as conn:
            conn.execute(
                """INSERT INTO workshop (id, title, date, start_time, venue, facilitators,
                       organisation, description, language, created_at)
                   VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))
                   ON CONFLICT(id) DO UPDATE SET title = excluded.title, date = excluded.date,
                       start_time = excluded.start_time, venue = excluded.venue,
                       facilitators = excluded.facilitators,
                       organisation = excluded.organisation,
                       description = excluded.description, language = excluded.language""",
                (
                    workshop.title,
                    date_to_text(workshop.date),
                    time_to_text(workshop.start_time),
                    workshop.venue,
                    to_json(workshop.facilitators),
                    workshop.organisation,
                    workshop.description,
                    workshop.language,
                ),
            )
            conn.execute(
                "UPDATE workshop SET languages = ? WHERE id = 1",
                (to_json(parse_languages(workshop.languages, workshop.language)),),
            )

    # --- agenda items, polls and key/value settings: kept by their repositories ---------

    def items(self) -> list[AgendaItem]:
        return ItemsRepo(self).all()

    def item(self, item_id: int) -> AgendaItem | None:
        return ItemsRepo(self).get(item_id)

    def add_item(self, item: AgendaItem, position: int | None = None) -> AgendaItem:
        return ItemsRepo(self).add(item, position)

    def update_item(self, item: AgendaItem) -> None:
        ItemsRepo(self).update(item)

    def delete_item(self, item_id: int) -> None:
        ItemsRepo(self).delete(item_id)

    def move_item(self, item_id: int, new_position: int) -> None:
        ItemsRepo(self).move(item_id, new_position)

    def polls(self, item_id: int | None = None) -> list[Poll]:
        return PollsRepo(self).all(item_id)

    def poll(self, poll_id: int) -> Poll | None:
        return PollsRepo(self).get(poll_id)

    def add_poll(self, poll: Poll, position: int | None = None) -> Poll:
        return PollsRepo(self).add(poll, position)

    def update_poll(self, poll: Poll) -> None:
        PollsRepo(self).update(poll)

    def delete_poll(self, poll_id: int) -> None:
        PollsRepo(self).delete(poll_id)

    def move_poll(self, poll_id: int, new_position: int) -> None:
        PollsRepo(self).move(poll_id, new_position)

    def get_value(self, key: str, default: Any = None) -> Any:
        return KeyValueRepo(self).get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        KeyValueRepo(self).set(key, value)


# --- helpers ------------------------------------------------------------------------------


def connect_for_thread(path: Path) -> sqlite3.Connection:
    """A writing connection for another thread of this process (the live server's writer).

    It shares the file's pragmas; the caller must use it only on the thread that made it.
    """
    return _connect(path, read_only=False)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(
            _read_only_uri(path),
            uri=True,
            isolation_level=None,
            check_same_thread=True,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        # Deleted rows (device tokens) are overwritten, not left readable in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _upgraded_in_memory(path: Path) -> sqlite3.Connection:
    """The file copied into memory (SQLite's backup, through a read-only connection) and
    brought up to the latest schema there: the file on disk is only read."""
    source = _connect(path, read_only=True)
    try:
        memory = sqlite3.connect(":memory:", isolation_level=None)
        source.backup(memory)
    finally:
        source.close()
    memory.row_factory = sqlite3.Row
    memory.execute("PRAGMA foreign_keys = ON")
    migrate(memory)
    return memory


def _read_only_uri(path: Path) -> str:
    """A read-only connection that leaves the folder as it found it.

    Reading a WAL-mode database makes SQLite create ``-wal`` and ``-shm`` files, which a
    read-only connection cannot remove again. Without them beside the file, no connection has
    it open in WAL mode (the app removes them when it closes a file), so it is read as an
    immutable file and nothing is created; with them, a writer is at work and the reader
    shares its WAL index as usual.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    sidecars = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    if not any(sidecar.exists() for sidecar in sidecars):
        uri += "&immutable=1"
    return uri


def _check_sound(path: Path, version: int) -> None:
    """Integrity and structure, through a read-only connection that changes nothing."""
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as err:
        raise DamagedFile(path, f"{path.name}: cannot be opened ({err}).") from err
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DamagedFile(
                path, f"{path.name}: the file is damaged ({_first_line(Exception(result))})."
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as err:
        raise DamagedFile(path, f"{path.name}: the file is damaged ({_first_line(err)}).") from err
    finally:
        conn.close()
    if version == LATEST_VERSION:
        missing = sorted(REQUIRED_TABLES - tables)
        if missing:
            raise DamagedFile(
                path, f"{path.name}: the file is damaged (missing table {', '.join(missing)})."
            )
    elif version >= 1 and "workshop" not in tables:
        raise DamagedFile(path, f"{path.name}: the file is damaged (missing table workshop).")


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0][:120] if str(err) else type(err).__name__


def _writable(path: Path) -> bool:
    # WAL needs to create -wal and -shm beside the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _wal_damage(path: Path, *, keep_copy: bool) -> WalDamage | None:
    report = wal_check.inspect(path)
    if report is None or not report.damaged:
        return None
    copy: Path | None = None
    if keep_copy:
        try:
            copy = wal_check.keep_copy(path, datetime.now())
        except OSError:
            copy = None  # still reported; the message then names no copy
    return WalDamage(report, copy)


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            candidate.unlink()
