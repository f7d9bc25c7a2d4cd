"""Preferences kept on this computer (QSettings): recent files, window geometry, and the
computer-scoped choices of Edit › Settings (declared in workshop_app.settings_registry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from workshop_app.settings_registry import Setting, T, read_computer, write_computer

MAX_RECENT = 10


class AppSettings:
    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    def recent_files(self) -> list[Path]:
        raw = self.qsettings.value("recent_files", [])
        values: list[object] = (
            [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        )
        return [Path(p) for p in values if isinstance(p, str) and p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        self.qsettings.setValue("recent_files", [str(p) for p in files[:MAX_RECENT]])
        self.qsettings.sync()

    def remove_recent(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != path]
        self.qsettings.setValue("recent_files", [str(p) for p in files])
        self.qsettings.sync()

    def clear_recent(self) -> None:
        self.qsettings.setValue("recent_files", [])
        self.qsettings.sync()

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("main_window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self.qsettings.setValue("main_window/geometry", geometry)
        self.qsettings.sync()

    def last_folder(self) -> str:
        value = self.qsettings.value("last_folder", "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: Path) -> None:
        self.qsettings.setValue("last_folder", str(folder))

    # --- Edit › Settings: declared in workshop_app.settings_registry ------------------

    def get(self, setting: Setting[T]) -> T:
        return read_computer(self.qsettings, setting)

    def set(self, setting: Setting[T], value: T) -> None:
        write_computer(self.qsettings, setting, value)
