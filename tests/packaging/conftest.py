"""Helpers for the packaging tests: the repository's paths and the system tools they need."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.workshopapp.WorkshopApp"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
MIME_FILE = LINUX / "workshop-app-mime.xml"

# Tool -> the Debian package that provides it (.ci/run installs them).
TOOLS = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
    "xdg-mime": "xdg-utils",
    "mimetype": "libfile-mimeinfo-perl",
}


def require(tool: str) -> str:
    """The tool's path; a missing tool fails the test (it is part of the check, not optional)."""
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is missing: install the Debian package {TOOLS.get(tool, tool)}")
    return found
