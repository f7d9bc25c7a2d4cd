"""Where the app's resources (web pages, fonts, icons, templates, schemas, translations) live.

One rule: they sit beside this module as ``_resources/`` wherever the app is installed — a
wheel or ``pip install .`` (pyproject maps the source tree's ``resources/`` there) and the
PyInstaller bundle (the spec copies them there). Only a source checkout, including the
editable install of ``make run``, reads ``resources/`` at the top of the tree directly.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    shipped = _HERE / "_resources"
    if shipped.is_dir():
        return shipped
    return _HERE.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
