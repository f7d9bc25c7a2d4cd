"""Open, create and copy a .workshop file; read and write the workshop and its agenda.

The file is the document: every method that changes something commits before it
returns, so there is never unsaved state.
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

from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Method, Workshop
from workshop_app.store import wal_check
from workshop_app.store.codec import (
    date_to_text,
    dt_to_text,
    from_json,
    text_to_date,
    text_to_dt,
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
from workshop_app.store.migrations import LATEST_VERSION, REQUIRED_TABLES, migrate
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
        if reason is not None and header.user_version < LATEST_VERSION:
            raise WorkshopFileError(
                path,
                f"{path.name}: made by an older version and needs an upgrade, "
                f"which cannot be done read-only. {reason.message}",
            )
        try:
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
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise CannotWrite(self.path, f"{self.path.name}: cannot write ({err}).") from err
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as err:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise CannotWrite(
                self.path, f"{self.path.name}: the change was not saved ({err})."
            ) from err
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise

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

    # --- agenda items -----------------------------------------------------------------

    def items(self) -> list[AgendaItem]:
        rows = self.conn.execute("SELECT * FROM agenda_items ORDER BY position, id").fetchall()
        return [_item_from_row(row) for row in rows]

    def item(self, item_id: int) -> AgendaItem | None:
        row = self.conn.execute("SELECT * FROM agenda_items WHERE id = ?", (item_id,)).fetchone()
        return _item_from_row(row) if row else None

    def add_item(self, item: AgendaItem, position: int | None = None) -> AgendaItem:
        """Insert at ``position`` (end when None), shifting later items; sets ``item.id``."""
        with self.transaction() as conn:
            count = conn.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0]
            position = count if position is None else max(0, min(position, count))
            conn.execute(
                "UPDATE agenda_items SET position = position + 1 WHERE position >= ?", (position,)
            )
            cursor = conn.execute(
                """INSERT INTO agenda_items (id, position, title, goal, method, planned_minutes,
                       facilitator_notes, actual_start, actual_end)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    item.id,
                    position,
                    item.title,
                    item.goal,
                    item.method.value,
                    item.planned_minutes,
                    item.facilitator_notes,
                    dt_to_text(item.actual_start),
                    dt_to_text(item.actual_end),
                ),
            )
        item.id = int(cursor.lastrowid or 0)
        item.position = position
        return item

    def update_item(self, item: AgendaItem) -> None:
        with self.transaction() as conn:
            conn.execute(
                """UPDATE agenda_items SET title = ?, goal = ?, method = ?, planned_minutes = ?,
                       facilitator_notes = ?, actual_start = ?, actual_end = ? WHERE id = ?""",
                (
                    item.title,
                    item.goal,
                    item.method.value,
                    item.planned_minutes,
                    item.facilitator_notes,
                    dt_to_text(item.actual_start),
                    dt_to_text(item.actual_end),
                    item.id,
                ),
            )

    def delete_item(self, item_id: int) -> None:
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT position FROM agenda_items WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))
            conn.execute(
                "UPDATE agenda_items SET position = position - 1 WHERE position > ?",
                (row["position"],),
            )

    def move_item(self, item_id: int, new_position: int) -> None:
        """Move an item to ``new_position`` (0-based), keeping positions dense."""
        with self.transaction() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM agenda_items ORDER BY position, id")]
            if item_id not in ids:
                return
            ids.remove(item_id)
            ids.insert(max(0, min(new_position, len(ids))), item_id)
            conn.executemany(
                "UPDATE agenda_items SET position = ? WHERE id = ?",
                [(index, ident) for index, ident in enumerate(ids)],
            )

    # --- polls ------------------------------------------------------------------------

    def polls(self, item_id: int | None = None) -> list[Poll]:
        if item_id is None:
            rows = self.conn.execute(
                """SELECT p.* FROM polls p JOIN agenda_items i ON i.id = p.item_id
                   ORDER BY i.position, p.position, p.id"""
            ).fetchall()
        else:
            rows = self.conn.execute(
                "SELECT * FROM polls WHERE item_id = ? ORDER BY position, id", (item_id,)
            ).fetchall()
        return [_poll_from_row(row) for row in rows]

    def poll(self, poll_id: int) -> Poll | None:
        row = self.conn.execute("SELECT * FROM polls WHERE id = ?", (poll_id,)).fetchone()
        return _poll_from_row(row) if row else None

    def add_poll(self, poll: Poll, position: int | None = None) -> Poll:
        if poll.item_id is None:
            raise ValueError("a poll belongs to an agenda item")
        with self.transaction() as conn:
            count = conn.execute(
                "SELECT COUNT(*) FROM polls WHERE item_id = ?", (poll.item_id,)
            ).fetchone()[0]
            position = count if position is None else max(0, min(position, count))
            conn.execute(
                "UPDATE polls SET position = position + 1 WHERE item_id = ? AND position >= ?",
                (poll.item_id, position),
            )
            cursor = conn.execute(
                """INSERT INTO polls (id, item_id, position, type, question, options, settings,
                       state, opened_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    poll.id,
                    poll.item_id,
                    position,
                    poll.type.value,
                    poll.question,
                    to_json(poll.options),
                    to_json(poll.settings.to_dict()),
                    poll.state.value,
                    dt_to_text(poll.opened_at),
                    dt_to_text(poll.closed_at),
                ),
            )
        poll.id = int(cursor.lastrowid or 0)
        poll.position = position
        return poll

    def update_poll(self, poll: Poll) -> None:
        with self.transaction() as conn:
            conn.execute(
                """UPDATE polls SET item_id = ?, type = ?, question = ?, options = ?, settings = ?,
                       state = ?, opened_at = ?, closed_at = ? WHERE id = ?""",
                (
                    poll.item_id,
                    poll.type.value,
                    poll.question,
                    to_json(poll.options),
                    to_json(poll.settings.to_dict()),
                    poll.state.value,
                    dt_to_text(poll.opened_at),
                    dt_to_text(poll.closed_at),
                    poll.id,
                ),
            )

    def delete_poll(self, poll_id: int) -> None:
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT item_id, position FROM polls WHERE id = ?", (poll_id,)
            ).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM polls WHERE id = ?", (poll_id,))
            conn.execute(
                "UPDATE polls SET position = position - 1 WHERE item_id = ? AND position > ?",
                (row["item_id"], row["position"]),
            )

    def move_poll(self, poll_id: int, new_position: int) -> None:
        with self.transaction() as conn:
            row = conn.execute("SELECT item_id FROM polls WHERE id = ?", (poll_id,)).fetchone()
            if row is None:
                return
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM polls WHERE item_id = ? ORDER BY position, id",
                    (row["item_id"],),
                )
            ]
            ids.remove(poll_id)
            ids.insert(max(0, min(new_position, len(ids))), poll_id)
            conn.executemany(
                "UPDATE polls SET position = ? WHERE id = ?",
                [(index, ident) for index, ident in enumerate(ids)],
            )

    # --- key/value settings of this workshop -----------------------------------------

    def get_value(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
        return from_json(row[0]) if row else default

    def set_value(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO kv (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, to_json(value)),
            )


# --- helpers ------------------------------------------------------------------------------


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One committed change on a bare connection (the live writer's): rolled back whole
    if anything in it fails, and the error passed on."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def connect_for_thread(path: Path) -> sqlite3.Connection:
    """A writing connection for another thread of this process (the live server's writer).

    It shares the file's pragmas; the caller must use it only on the thread that made it.
    """
    return _connect(path, read_only=False)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
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


def _check_sound(path: Path, version: int) -> None:
    """Integrity and structure, through a read-only connection that changes nothing."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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


def _item_from_row(row: sqlite3.Row) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        position=row["position"],
        title=row["title"],
        goal=row["goal"],
        method=Method(row["method"])
        if row["method"] in Method._value2member_map_
        else Method.OTHER,
        planned_minutes=row["planned_minutes"],
        facilitator_notes=row["facilitator_notes"],
        actual_start=text_to_dt(row["actual_start"]),
        actual_end=text_to_dt(row["actual_end"]),
    )


def _poll_from_row(row: sqlite3.Row) -> Poll:
    return Poll(
        id=row["id"],
        item_id=row["item_id"],
        position=row["position"],
        type=PollType(row["type"]),
        question=row["question"],
        options=list(from_json(row["options"], [])),
        settings=PollSettings.from_dict(from_json(row["settings"], {})),
        state=PollState(row["state"]),
        opened_at=text_to_dt(row["opened_at"]),
        closed_at=text_to_dt(row["closed_at"]),
    )
