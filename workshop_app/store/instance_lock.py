"""An advisory lock beside a workshop file, so a second instance does not write silently.

The operating system releases the lock when the holding process dies, so a crash never
leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO


def lock_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(path)
        self._handle: IO[str] | None = None

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if another one does.

        Where no lock file can be made (a read-only folder), nothing can write there
        either, so acquiring counts as success.
        """
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError:
            return True
        if not _try_lock(handle):
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        _unlock(self._handle)
        self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
