"""Every choice of Edit › Settings, declared once: name, scope, type, default, where it shows.

The settings dialog, the live server's address, the presenter's Wi-Fi QR code, the poll
editor and the minutes all read a setting through its declaration here, so a value is
saved and read under one key only. Declaring the same name twice is an error (as in
MusicBrainz Picard's option registry).

Two scopes:

- ``COMPUTER``: kept on this computer (QSettings), the same for every workshop opened here.
- ``WORKSHOP``: kept inside the ``.workshop`` file (its key/value table), so it travels
  with the file to another computer.

Nothing here imports Qt: a computer store is anything with QSettings' ``value``/``setValue``
/``sync``, a workshop store anything with WorkshopFile's ``get_value``/``set_value``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T", str, int, bool)

DEFAULT_PORT = 8765
# Interface languages offered: "" follows the system, otherwise a language code.
LANGUAGE_CODES = ("", "en", "fr", "de", "nl")


class Scope(Enum):
    COMPUTER = "computer"  # QSettings on this computer
    WORKSHOP = "workshop"  # the .workshop file's key/value table


class DuplicateSettingError(Exception):
    """Two declarations of one setting name."""


class ComputerStore(Protocol):  # QSettings spells its names the Qt way
    def value(self, key: str, defaultValue: Any = ...) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...
    def sync(self) -> None: ...


class WorkshopStore(Protocol):
    def get_value(self, key: str, default: Any = None) -> Any: ...
    def set_value(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class Setting(Generic[T]):
    name: str  # the storage key, in QSettings or in the file's key/value table
    scope: Scope
    type: type[T]
    default: T
    shows: str  # where its effect shows, for people reading the code and the README
    # Returns the value to store, or raises ValueError for a value that cannot be kept.
    check: Callable[[T], T] | None = None

    def parse(self, raw: object) -> T:
        """A stored value as this setting's type; anything unusable gives the default
        (a hand-edited INI file gives strings back, the workshop file JSON values)."""
        value: object
        if self.type is bool:
            if isinstance(raw, bool):
                value = raw
            elif isinstance(raw, str) and raw.strip().lower() in ("true", "1", "yes"):
                value = True
            elif isinstance(raw, str) and raw.strip().lower() in ("false", "0", "no"):
                value = False
            else:
                return self.default
        elif self.type is int:
            try:
                value = int(str(raw))
            except ValueError:
                return self.default
        else:
            if not isinstance(raw, str):
                return self.default
            value = raw
        try:
            return self.validate(value)  # type: ignore[arg-type]
        except ValueError:
            return self.default

    def validate(self, value: T) -> T:
        if not isinstance(value, self.type):
            raise ValueError(f"{self.name} takes a {self.type.__name__}, not {value!r}")
        return self.check(value) if self.check is not None else value


REGISTRY: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    if setting.name in REGISTRY:
        raise DuplicateSettingError(f"the setting {setting.name!r} is declared twice")
    REGISTRY[setting.name] = setting
    return setting


# --- reading and writing ----------------------------------------------------------------


def read_computer(store: ComputerStore, setting: Setting[T]) -> T:
    assert setting.scope is Scope.COMPUTER, setting.name
    return setting.parse(store.value(setting.name, setting.default))


def write_computer(store: ComputerStore, setting: Setting[T], value: T) -> None:
    assert setting.scope is Scope.COMPUTER, setting.name
    store.setValue(setting.name, setting.validate(value))
    store.sync()


def read_workshop(store: WorkshopStore, setting: Setting[T]) -> T:
    assert setting.scope is Scope.WORKSHOP, setting.name
    return setting.parse(store.get_value(setting.name, setting.default))


def write_workshop(store: WorkshopStore, setting: Setting[T], value: T) -> None:
    assert setting.scope is Scope.WORKSHOP, setting.name
    store.set_value(setting.name, setting.validate(value))


# --- checks -------------------------------------------------------------------------------


def _port(value: int) -> int:
    if not 1 <= value <= 65535:
        raise ValueError(f"port {value} is outside 1–65535")
    return value


def _language(value: str) -> str:
    if value not in LANGUAGE_CODES:
        raise ValueError(f"unknown language {value!r}")
    return value


# View › Look's choices (ui/looks.py holds what each one paints).
LOOK_NAMES = ("system", "light", "dark")


def _look(value: str) -> str:
    if value not in LOOK_NAMES:
        raise ValueError(f"unknown look {value!r}")
    return value


def _group_size(value: int) -> int:
    if not 1 <= value <= 99:
        raise ValueError(f"minimum group size {value} is outside 1–99")
    return value


def _stripped(value: str) -> str:
    return value.strip()


def _language_code_or_none(value: str) -> str:
    code = value.strip().lower()
    if code and not (code.isascii() and code.isalpha() and 2 <= len(code) <= 3):
        raise ValueError(f"not a language code: {value!r}")
    return code


# --- the settings -------------------------------------------------------------------------

NETWORK_INTERFACE = declare(
    Setting(
        "network/interface",
        Scope.COMPUTER,
        str,
        "",
        "the address in the join link and QR code; '' = the default route's address",
        _stripped,
    )
)
NETWORK_PORT = declare(
    Setting(
        "network/port",
        Scope.COMPUTER,
        int,
        DEFAULT_PORT,
        "the port of the join link (the next free one when busy)",
        _port,
    )
)
INTERFACE_LANGUAGE = declare(
    Setting(
        "interface/language",
        Scope.COMPUTER,
        str,
        "",
        "the language of menus and dialogs from the next start; '' = the system's",
        _language,
    )
)
LOOK = declare(
    Setting(
        "interface/look",
        Scope.COMPUTER,
        str,
        "system",
        "View › Look (the console's and the presenter's colours), kept for the next start",
        _look,
    )
)
ORGANISATION_NAME = declare(
    Setting(
        "minutes/organisation",
        Scope.COMPUTER,
        str,
        "",
        "letterhead at the top of the PDF minutes cover and of the Markdown minutes",
        _stripped,
    )
)
ORGANISATION_LOGO = declare(
    Setting(
        "minutes/logo",
        Scope.COMPUTER,
        str,
        "",
        "image path; the logo on the PDF minutes cover",
        _stripped,
    )
)
WIFI_NAME = declare(
    Setting(
        "wifi.name",
        Scope.WORKSHOP,
        str,
        "",
        "the Wi-Fi QR code on the presenter screen; no QR code when empty",
    )
)
WIFI_PASSWORD = declare(
    Setting(
        "wifi.password",
        Scope.WORKSHOP,
        str,
        "",
        "inside the Wi-Fi QR code on the presenter screen; '' = an open network",
    )
)
POLLS_RESULTS_HIDDEN = declare(
    Setting(
        "polls.results_hidden_by_default",
        Scope.WORKSHOP,
        bool,
        False,
        "new polls start with 'hide results until the poll closes' ticked",
    )
)
POLLS_ALLOW_CHANGE = declare(
    Setting(
        "polls.allow_change_by_default",
        Scope.WORKSHOP,
        bool,
        True,
        "new polls start with 'participants may change their answer' ticked",
    )
)

PRESENTER_SECOND_LANGUAGE = declare(
    Setting(
        "presenter.second_language",
        Scope.WORKSHOP,
        str,
        "",
        "a second line under the presenter's question and beside its options, in this "
        "language (one of the workshop's further languages); '' = none",
        _language_code_or_none,
    )
)

MINUTES_SECOND_LANGUAGE = declare(
    Setting(
        "minutes.second_language",
        Scope.WORKSHOP,
        str,
        "",
        "bilingual minutes: the PDF, HTML and Markdown minutes also written in this language "
        "(NAME.xx.pdf beside NAME.pdf; one of the workshop's further languages); '' = none",
        _language_code_or_none,
    )
)

MIN_GROUP_SIZE = declare(
    Setting(
        "privacy.min_group_size",
        Scope.WORKSHOP,
        int,
        5,
        "results withheld below k answers, options below k shown as 'fewer than k' "
        "(presenter, console, minutes, exports); a poll may set its own; 1 = off",
        _group_size,
    )
)


def _days(value: int) -> int:
    if not 0 <= value <= 3650:
        raise ValueError(f"{value} days is outside 0–3650")
    return value


RETENTION_DAYS = declare(
    Setting(
        "privacy.retention_days",
        Scope.WORKSHOP,
        int,
        0,
        "written answers and private notes deleted this many days after the minutes' "
        "export, at the next open after a notice; 0 = kept",
        _days,
    )
)


def organisation_logo(store: ComputerStore) -> Path | None:
    value = read_computer(store, ORGANISATION_LOGO)
    return Path(value) if value else None
