"""Bad files beyond the header: a lost or cut -wal, a full disk, a disk turned read-only.

A -wal holds the commits since the last checkpoint. Without it (copied alone, deleted,
cut short by a failing disk) the file must still open with a consistent state: every
checkpointed change, then whole transactions from the -wal up to the cut, never half of
one. A disk that fills up or turns read-only must cost the change being made, with a
one-line message, and nothing already committed.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.live.conftest import LiveRoom, new_phone, start_room
from workshop_app.clock import SystemClock
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.errors import CannotWrite
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.workshop_file import WorkshopFile

CHECKPOINTED = 5  # items folded into the main file before the -wal was lost
IN_WAL = 20  # items committed afterwards, only in the -wal


@dataclass(frozen=True)
class Snapshot:
    """The bytes of a file caught while open: main file, -wal and -shm."""

    main: bytes
    wal: bytes
    shm: bytes


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    path = tmp_path_factory.mktemp("live") / "open.workshop"
    file = WorkshopFile.create(path, Workshop(title="Checkpointed"))
    try:
        for n in range(CHECKPOINTED):
            file.add_item(AgendaItem(title=f"A{n}"))
        file.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for n in range(IN_WAL):
            file.add_item(AgendaItem(title=f"B{n} " + "x" * 300))
        return Snapshot(
            path.read_bytes(), Path(f"{path}-wal").read_bytes(), Path(f"{path}-shm").read_bytes()
        )
    finally:
        file.close()


def lay_out(folder: Path, snap: Snapshot, wal: bytes | None, shm: bool) -> Path:
    path = folder / "copy.workshop"
    path.write_bytes(snap.main)
    if wal is not None:
        Path(f"{path}-wal").write_bytes(wal)
    if shm:  # a -shm left by the dead process, describing the whole -wal
        Path(f"{path}-shm").write_bytes(snap.shm)
    return path


def titles_after_opening(path: Path) -> list[str]:
    file = WorkshopFile.open(path)
    try:
        assert file.read_only is None
        assert file.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert file.load_workshop().title == "Checkpointed"
        return [item.title.split()[0] for item in file.items()]
    finally:
        file.close()


def expected_prefix(count: int) -> list[str]:
    """What a consistent state looks like: all of A, then B0…B(count-1) in order."""
    return [f"A{n}" for n in range(CHECKPOINTED)] + [f"B{n}" for n in range(count)]


@pytest.mark.parametrize("shm", [False, True], ids=["no-shm", "stale-shm"])
def test_intact_wal_gives_everything(tmp_path: Path, snapshot: Snapshot, shm: bool) -> None:
    path = lay_out(tmp_path, snapshot, snapshot.wal, shm)
    assert titles_after_opening(path) == expected_prefix(IN_WAL)


@pytest.mark.parametrize("shm", [False, True], ids=["no-shm", "stale-shm"])
@pytest.mark.parametrize(
    "cut",
    ["missing", "empty", "inside header", "half", "last frame cut", "garbage"],
)
def test_lost_or_cut_wal_opens_at_a_consistent_point(
    tmp_path: Path, snapshot: Snapshot, cut: str, shm: bool
) -> None:
    wal = snapshot.wal
    damaged: bytes | None = {
        "missing": None,
        "empty": b"",
        "inside header": wal[:20],
        "half": wal[: len(wal) // 2],
        "last frame cut": wal[:-100],
        "garbage": bytes(range(256)) * 40,
    }[cut]
    path = lay_out(tmp_path, snapshot, damaged, shm)
    titles = titles_after_opening(path)
    kept = len(titles) - CHECKPOINTED
    assert titles == expected_prefix(kept)  # whole transactions, in order, none torn
    if cut in ("missing", "empty", "inside header", "garbage"):
        assert kept == 0  # only what was checkpointed
    elif cut == "half":
        assert 0 < kept < IN_WAL
    else:
        assert kept == IN_WAL - 1  # only the transaction whose frame was cut is gone


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[WorkshopFile]:
    file = WorkshopFile.create(tmp_path / "disk.workshop", Workshop(title="Disk"))
    yield file
    file.close()


def fill_the_disk(file: WorkshopFile) -> None:
    """Simulate a full disk: the file may not grow beyond the pages it has now."""
    pages = file.conn.execute("PRAGMA page_count").fetchone()[0]
    file.conn.execute(f"PRAGMA max_page_count = {pages + 1}")


def test_full_disk_costs_only_the_change_being_made(workshop: WorkshopFile) -> None:
    notes = NotesRepo(workshop)
    kept = [workshop.add_item(AgendaItem(title=f"Kept {n}")) for n in range(3)]
    note = notes.add(Note(kind=NoteKind.DECISION, text="Kept decision", created_at=_now()))
    fill_the_disk(workshop)
    with pytest.raises(CannotWrite) as raised:
        for n in range(50):  # one of these no longer fits
            workshop.add_item(AgendaItem(title=f"Big {n} " + "x" * 3000))
    message = str(raised.value)
    assert "not saved" in message and "full" in message
    assert "\n" not in message and "Traceback" not in message
    with pytest.raises(CannotWrite):
        notes.add(Note(kind=NoteKind.NOTE, text="y" * 20000, created_at=_now()))
    path = workshop.path
    workshop.close()
    reopened = WorkshopFile.open(path)
    try:
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = [item.title for item in reopened.items()]
        assert titles[:3] == [item.title for item in kept]
        assert all(t.startswith(("Kept", "Big")) for t in titles)
        assert [n.text for n in NotesRepo(reopened).all()] == [note.text]
        reopened.add_item(AgendaItem(title="After space was freed"))  # writable again
    finally:
        reopened.close()


def test_disk_turned_read_only_says_so_and_keeps_everything(workshop: WorkshopFile) -> None:
    workshop.add_item(AgendaItem(title="Before"))
    workshop.conn.execute("PRAGMA query_only = ON")  # every write now fails, as on EROFS
    with pytest.raises(CannotWrite) as raised:
        workshop.add_item(AgendaItem(title="Refused"))
    message = str(raised.value)
    assert message.startswith("disk.workshop: ") and "readonly" in message
    assert "cannot write" in message or "not saved" in message
    assert "\n" not in message
    workshop.conn.execute("PRAGMA query_only = OFF")
    assert [item.title for item in workshop.items()] == ["Before"]


def _now() -> datetime:
    return SystemClock().now()


def test_live_votes_on_a_full_disk_are_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up mid-session: the phones are told, and the room goes on after."""
    import workshop_app.live.writer as writer_module

    real_connect = writer_module.connect_for_thread
    full = {"on": False}

    def connect_that_fills(path: Path) -> sqlite3.Connection:
        conn = real_connect(path)

        class Filling:  # a proxy: once "full" is on, every write fails as SQLite reports it
            def __getattr__(self, name: str) -> object:
                return getattr(conn, name)

            def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
                if full["on"] and sql.startswith("BEGIN"):
                    raise sqlite3.OperationalError("database or disk is full")
                return conn.execute(sql, *args)

        return Filling()  # type: ignore[return-value]

    monkeypatch.setattr(writer_module, "connect_for_thread", connect_that_fills)
    room: LiveRoom = start_room(tmp_path / "full.workshop")
    try:
        poll = room.open("text")

        async def go() -> list[tuple[int, dict[str, object]]]:
            phones = [await new_phone(room.server.join_url) for _ in range(3)]
            results = []
            try:
                for phone in phones:
                    await phone.join()
                results.append(await phones[0].vote(poll, "before the disk filled"))
                full["on"] = True
                results.append(await phones[1].vote(poll, "z" * 400))
                results.append(await phones[2].vote(poll, "w" * 400))
                full["on"] = False
                results.append(await phones[1].vote(poll, "after space was freed"))
            finally:
                for phone in phones:
                    await phone.http.close()
            return results

        results = asyncio.run(go())
        statuses = [status for status, _ in results]
        assert statuses == [200, 503, 503, 200]
        for _, body in results[1:3]:
            assert body["error"] == "not_saved" and "try again" in str(body["message"])
        assert room.stored("text") == ["before the disk filled", "after space was freed"]
    finally:
        room.server.stop()
        room.file.close()
