"""The launcher, the AppStream metainfo and the icon are valid for Linux desktops."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET

from PySide6.QtSvg import QSvgRenderer

from tests.packaging.conftest import APP_ID, DESKTOP_FILE, METAINFO_FILE, ROOT, require


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_validates() -> None:
    result = _run(require("desktop-file-validate"), str(DESKTOP_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are not errors, but a clean file prints nothing at all.
    assert result.stdout.strip() == "", result.stdout


def test_desktop_file_opens_workshop_files() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Exec"].split()[0] == "workshop-app"
    assert "%f" in group["Exec"].split()  # the file manager passes the file it opens
    assert "application/x-workshop" in group["MimeType"].split(";")
    assert group["Icon"] == APP_ID  # the name make install-desktop gives the SVG


def test_metainfo_validates() -> None:
    result = _run(require("appstreamcli"), "validate", "--no-net", str(METAINFO_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_metainfo_names_the_launcher_and_file_type() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("provides/mediatype") == "application/x-workshop"
    from workshop_app import __version__

    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__  # the newest release is the one being shipped


def test_icon_is_a_valid_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = ROOT / "resources" / "icons" / "workshop-app.svg"
    renderer = QSvgRenderer(str(icon))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()  # square
