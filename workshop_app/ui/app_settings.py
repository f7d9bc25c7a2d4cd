"""Preferences kept between runs (QSettings): recent files, window geometry, and the
choices of Edit › Settings: network, Wi-Fi QR, poll defaults, minutes, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
DEFAULT_PORT = 8765
# Interface languages offered: "" follows the system, otherwise a language code.
LANGUAGE_CODES = ("", "en", "fr", "de", "nl")


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

    # --- Edit › Settings ----------------------------------------------------------------

    def _str(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return value if isinstance(value, str) else default

    def _bool(self, key: str, default: bool) -> bool:
        value = self.qsettings.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str):  # INI files give strings back
            return value.strip().lower() in ("true", "1", "yes")
        return default

    def _set(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)
        self.qsettings.sync()

    def network_interface(self) -> str:
        """The address to serve participants on; "" means the default route's address."""
        return self._str("network/interface")

    def set_network_interface(self, address: str) -> None:
        self._set("network/interface", address.strip())

    def port(self) -> int:
        value = self.qsettings.value("network/port", DEFAULT_PORT)
        try:
            port = int(str(value))
        except ValueError:
            return DEFAULT_PORT
        return port if 1 <= port <= 65535 else DEFAULT_PORT

    def set_port(self, port: int) -> None:
        if not 1 <= port <= 65535:
            raise ValueError(f"port {port} is outside 1–65535")
        self._set("network/port", port)

    def wifi_name(self) -> str:
        return self._str("wifi/name")

    def set_wifi_name(self, name: str) -> None:
        self._set("wifi/name", name)

    def wifi_password(self) -> str:
        return self._str("wifi/password")

    def set_wifi_password(self, password: str) -> None:
        self._set("wifi/password", password)

    def results_hidden_by_default(self) -> bool:
        """New polls hide their results on the presenter until they close."""
        return self._bool("polls/results_hidden", False)

    def set_results_hidden_by_default(self, hidden: bool) -> None:
        self._set("polls/results_hidden", hidden)

    def participants_may_change_answers(self) -> bool:
        """New polls let participants change their answer until the poll closes."""
        return self._bool("polls/allow_change", True)

    def set_participants_may_change_answers(self, allowed: bool) -> None:
        self._set("polls/allow_change", allowed)

    def organisation_name(self) -> str:
        return self._str("minutes/organisation")

    def set_organisation_name(self, name: str) -> None:
        self._set("minutes/organisation", name.strip())

    def organisation_logo(self) -> Path | None:
        value = self._str("minutes/logo")
        return Path(value) if value else None

    def set_organisation_logo(self, path: Path | None) -> None:
        self._set("minutes/logo", str(path) if path else "")

    def language(self) -> str:
        """The empty string follows the system language; otherwise one of LANGUAGE_CODES."""
        value = self._str("interface/language")
        return value if value in LANGUAGE_CODES else ""

    def set_language(self, code: str) -> None:
        if code not in LANGUAGE_CODES:
            raise ValueError(f"unknown language {code!r}")
        self._set("interface/language", code)
