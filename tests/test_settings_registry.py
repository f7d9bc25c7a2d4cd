"""The settings registry: one declaration per setting, a duplicate is an error, and
stored values come back as the declared type or the default."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from workshop_app import settings_registry
from workshop_app.settings_registry import (
    REGISTRY,
    DuplicateSettingError,
    Scope,
    Setting,
    declare,
)

ROOT = Path(__file__).resolve().parents[1]


def test_a_second_declaration_of_a_name_is_an_error() -> None:
    with pytest.raises(DuplicateSettingError, match="network/port"):
        declare(Setting("network/port", Scope.COMPUTER, int, 1, "twice"))
    assert REGISTRY["network/port"] is settings_registry.NETWORK_PORT


def test_every_setting_has_its_scope_and_a_default_of_its_type() -> None:
    assert {name: s.scope for name, s in REGISTRY.items()} == {
        "network/interface": Scope.COMPUTER,
        "network/port": Scope.COMPUTER,
        "interface/language": Scope.COMPUTER,
        "interface/look": Scope.COMPUTER,
        "minutes/organisation": Scope.COMPUTER,
        "minutes/logo": Scope.COMPUTER,
        "wifi.name": Scope.WORKSHOP,
        "wifi.password": Scope.WORKSHOP,
        "polls.results_hidden_by_default": Scope.WORKSHOP,
        "polls.allow_change_by_default": Scope.WORKSHOP,
        "presenter.second_language": Scope.WORKSHOP,
        "minutes.second_language": Scope.WORKSHOP,
        "privacy.min_group_size": Scope.WORKSHOP,
        "privacy.retention_days": Scope.WORKSHOP,
    }
    for setting in REGISTRY.values():
        assert isinstance(setting.default, setting.type)
        assert setting.shows


@pytest.mark.parametrize(
    ("setting", "raw", "value"),
    [
        (settings_registry.NETWORK_PORT, "9000", 9000),  # INI files give strings back
        (settings_registry.NETWORK_PORT, "lots", 8765),
        (settings_registry.NETWORK_PORT, 0, 8765),
        (settings_registry.POLLS_ALLOW_CHANGE, "false", False),
        (settings_registry.POLLS_ALLOW_CHANGE, "maybe", True),
        (settings_registry.POLLS_RESULTS_HIDDEN, True, True),
        (settings_registry.WIFI_NAME, 42, ""),
        (settings_registry.INTERFACE_LANGUAGE, "klingon", ""),
        (settings_registry.LOOK, "purple", "system"),
        (settings_registry.LOOK, "dark", "dark"),
        (settings_registry.NETWORK_INTERFACE, " 10.0.0.2 ", "10.0.0.2"),
    ],
)
def test_stored_values_are_parsed_or_fall_back_to_the_default(
    setting: Setting[object], raw: object, value: object
) -> None:  # type: ignore[type-var]
    assert setting.parse(raw) == value


def test_writing_a_wrong_type_is_refused() -> None:
    with pytest.raises(ValueError):
        settings_registry.NETWORK_PORT.validate("8000")  # type: ignore[arg-type]


def test_setting_keys_are_spelled_only_in_the_registry() -> None:
    """No module reads or writes a setting by its key string behind the registry's back."""
    names = set(REGISTRY)
    offenders = []
    for path in (ROOT / "workshop_app").rglob("*.py"):
        if path.name == "settings_registry.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                offenders.append(f"{path.relative_to(ROOT)}: {node.value}")
    assert offenders == []
