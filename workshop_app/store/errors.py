"""Why a workshop file cannot be opened, in words for the person who tried."""

from __future__ import annotations

from pathlib import Path


class WorkshopFileError(Exception):
    """A file that cannot be used as a workshop. ``str(err)`` is one line for a person."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


class FileMissing(WorkshopFileError):
    pass


class NotAWorkshopFile(WorkshopFileError):
    """Not SQLite at all, or SQLite of another application."""


class NewerVersion(WorkshopFileError):
    pass


class DamagedFile(WorkshopFileError):
    """Truncated, corrupt, or missing part of its structure."""


class CannotWrite(WorkshopFileError):
    """Writing failed (disk full, read-only medium); nothing was half-written."""
