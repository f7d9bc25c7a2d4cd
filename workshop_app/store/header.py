"""Classify a file from its 100-byte SQLite header, without letting SQLite touch it.

Reading the header with plain file I/O means a wrong file (another application's
database, a newer version, a truncated copy) is refused before any SQLite
connection could change a byte of it.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from workshop_app.store.errors import DamagedFile, FileMissing, NotAWorkshopFile

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class SqliteHeader:
    page_size: int
    page_count: int | None  # None when the in-header size is not trustworthy
    user_version: int
    application_id: int
    wal_mode: bool
    file_size: int


def read_header(path: Path) -> SqliteHeader:
    if not path.exists():
        raise FileMissing(path, f"{path.name}: no such file.")
    if not path.is_file():
        raise NotAWorkshopFile(path, f"{path.name}: is a folder, not a workshop file.")
    try:
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
        size = os.stat(path).st_size
    except PermissionError:
        raise NotAWorkshopFile(
            path, f"{path.name}: you do not have permission to read it."
        ) from None
    except OSError as err:
        raise NotAWorkshopFile(path, f"{path.name}: cannot be read ({err.strerror}).") from None
    if size == 0:
        raise NotAWorkshopFile(path, f"{path.name}: the file is empty, not a workshop file.")
    if not raw.startswith(SQLITE_MAGIC):
        if len(raw) < len(SQLITE_MAGIC) and SQLITE_MAGIC.startswith(raw):
            raise DamagedFile(path, f"{path.name}: the file is truncated (damaged).")
        raise NotAWorkshopFile(path, f"{path.name}: not a workshop file.")
    if len(raw) < HEADER_SIZE:
        raise DamagedFile(path, f"{path.name}: the file is truncated (damaged).")
    (page_size_raw,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size_raw == 1 else page_size_raw
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFile(path, f"{path.name}: the file is damaged (bad page size).")
    write_version, read_version = raw[18], raw[19]
    (change_counter,) = struct.unpack(">I", raw[24:28])
    (in_header_pages,) = struct.unpack(">I", raw[28:32])
    (user_version,) = struct.unpack(">i", raw[60:64])
    (application_id,) = struct.unpack(">i", raw[68:72])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    page_count = in_header_pages if valid_for == change_counter and in_header_pages else None
    if size % page_size != 0:
        raise DamagedFile(path, f"{path.name}: the file is truncated (damaged).")
    if page_count is not None and size < page_count * page_size:
        raise DamagedFile(path, f"{path.name}: the file is truncated (damaged).")
    return SqliteHeader(
        page_size=page_size,
        page_count=page_count,
        user_version=user_version,
        application_id=application_id,
        wal_mode=write_version == 2 or read_version == 2,
        file_size=size,
    )
