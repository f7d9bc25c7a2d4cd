"""Did SQLite throw away committed transactions of a damaged ``-wal``?

SQLite replays a write-ahead log only up to the first frame whose checksum fails; every
frame after it is ignored without a word, even whole committed transactions (a crash
plus a few damaged bytes lost acknowledged votes and notes this way, and
``integrity_check`` still said "ok"). This reads the log the way SQLite does, before
anything opens the file, and compares what is in it with what SQLite would apply:
frames of the log's current generation (same salts), consistent with their
predecessor, that end a transaction (a commit frame) but lie beyond the first broken
frame are committed data SQLite will discard.

Stale frames of an earlier generation (other salts) and an unfinished transaction at
the end (no commit frame: never acknowledged) are normal and not reported.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)  # low bit: checksums over big-endian words


@dataclass(frozen=True)
class WalReport:
    wal_bytes: int
    frames_in_file: int  # whole frames the file holds, of any generation
    frames_applied: int  # what SQLite replays: up to the last commit before any break
    commits_discarded: int  # committed transactions after the break (lost data)

    @property
    def damaged(self) -> bool:
        return self.commits_discarded > 0


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _checksum(data: bytes, s1: int, s2: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def inspect(path: Path) -> WalReport | None:
    """The report on ``path``'s -wal, or None when there is none (or no frame in it)."""
    try:
        data = wal_path(path).read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, h1, h2 = struct.unpack(">8I", data[:32])
    frame_size = _FRAME_HEADER + page_size
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return None  # not a log SQLite would read at all: nothing it replays
    big = bool(magic & 1)
    frames = (len(data) - _HEADER) // frame_size
    if _checksum(data[:24], 0, 0, big) != (h1, h2):
        # SQLite ignores the whole log; any commit of this generation in it is lost.
        lost = _commits_after(data, 0, frames, frame_size, salt1, salt2, big)
        return WalReport(len(data), frames, 0, lost)
    s1, s2 = h1, h2
    applied = 0
    for index in range(frames):
        start = _HEADER + index * frame_size
        header = data[start : start + _FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, c1, c2 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s1, s2 = _checksum(header[:8] + data[start + 24 : start + frame_size], s1, s2, big)
        if (s1, s2) != (c1, c2):
            break
        if commit:
            applied = index + 1
    lost = _commits_after(data, applied, frames, frame_size, salt1, salt2, big)
    return WalReport(len(data), frames, applied, lost)


def _commits_after(
    data: bytes, first: int, frames: int, frame_size: int, salt1: int, salt2: int, big: bool
) -> int:
    """Commit frames of this generation after ``first`` whose checksum follows from the
    frame before them: real transactions, not stale or random bytes."""
    lost = 0
    for index in range(max(first, 1), frames):
        start = _HEADER + index * frame_size
        _p, commit, f_salt1, f_salt2, c1, c2 = struct.unpack(">6I", data[start : start + 24])
        if not commit or (f_salt1, f_salt2) != (salt1, salt2):
            continue
        previous = data[start - frame_size + 16 : start - frame_size + 24]
        p1, p2 = struct.unpack(">2I", previous)
        body = data[start : start + 8] + data[start + 24 : start + frame_size]
        if _checksum(body, p1, p2, big) == (c1, c2):
            lost += 1
    return lost


def keep_copy(path: Path, at: datetime) -> Path:
    """Copy the damaged -wal beside the file before SQLite may overwrite or delete it."""
    stamp = at.strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}-wal.damaged-{stamp}")
    shutil.copy2(wal_path(path), copy)
    return copy


@dataclass(frozen=True)
class WalDamage:
    """Committed transactions SQLite discarded on open, and where the log was kept."""

    report: WalReport
    copy: Path | None  # None when the file was only read (export) or the copy failed

    def message(self, name: str) -> str:
        kept = f" A copy of the journal is kept as {self.copy.name}." if self.copy else ""
        return (
            f"{name}: its journal (-wal) is damaged: {self.report.commits_discarded} saved "
            f"change(s) after the damaged place could not be read back and are missing from "
            f"the workshop.{kept}"
        )


def checkpoint_truncate(conn: sqlite3.Connection, attempts: int = 3, wait: float = 0.2) -> bool:
    """Fold the -wal into the file and empty it; True only if that really happened.

    Another program reading the file (a backup tool, a second copy of the app, a
    viewer) holds the log: the checkpoint then reports "busy" and the log keeps its
    frames — deleted device tokens included. Tried ``attempts`` times, each waiting up
    to ``wait`` seconds for readers (SQLite's busy handler), not the connection's own
    longer timeout, so the GUI is not held for long.
    """
    (previous,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
    try:
        for _ in range(attempts):
            try:
                busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.Error:
                busy = 1
            if busy == 0:
                return True
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(previous)}")
