"""The .workshop file type: recognised by name and, for a renamed file, by its header."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.conftest import MIME_FILE, require
from workshop_app.store.workshop_file import APPLICATION_ID

NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_TYPE = "application/x-workshop"


def _matches() -> list[tuple[int, bytes]]:
    """Each magic rule of our type as (offset, bytes), outer rule first."""
    root = ET.parse(MIME_FILE).getroot()
    (mime_type,) = root.findall(f"{NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    rules: list[tuple[int, bytes]] = []
    match = mime_type.find(f"{NS}magic/{NS}match")
    while match is not None:
        value = match.get("value", "")
        kind = match.get("type")
        if kind == "string":
            data = value.encode("latin-1").decode("unicode_escape").encode("latin-1")
        elif kind == "big32":
            data = int(value, 0).to_bytes(4, "big")
        else:
            raise AssertionError(f"unexpected match type {kind}")
        rules.append((int(match.get("offset", "0")), data))
        match = match.find(f"{NS}match")
    return rules


def _fits(path: Path) -> bool:
    header = path.read_bytes()[:100]
    return all(header[offset : offset + len(data)] == data for offset, data in _matches())


@pytest.fixture
def files(tmp_path: Path, workshop_file) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """A real workshop, the same file renamed, and a plain SQLite database."""
    workshop_file.close()
    renamed = tmp_path / "renamed.db"
    shutil.copyfile(workshop_file.path, renamed)
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    return {"workshop": workshop_file.path, "renamed": renamed, "plain": plain}


def test_magic_rules_match_a_workshop_file_and_only_that(files: dict[str, Path]) -> None:
    rules = _matches()
    assert rules == [(0, b"SQLite format 3\x00"), (68, APPLICATION_ID.to_bytes(4, "big"))]
    assert _fits(files["workshop"])
    assert _fits(files["renamed"])
    assert not _fits(files["plain"])


def test_glob_is_workshop_suffix() -> None:
    root = ET.parse(MIME_FILE).getroot()
    globs = [g.get("pattern") for g in root.iter(f"{NS}glob")]
    assert globs == ["*.workshop"]


@pytest.fixture
def data_home(tmp_path: Path) -> Path:
    """A private XDG_DATA_HOME with our type compiled into its MIME database."""
    home = tmp_path / "share"
    packages = home / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME_FILE, packages / MIME_FILE.name)
    result = subprocess.run(
        [require("update-mime-database"), str(home / "mime")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return home


def _env(data_home: Path) -> dict[str, str]:
    return {**os.environ, "XDG_DATA_HOME": str(data_home), "XDG_CURRENT_DESKTOP": ""}


def test_xdg_mime_recognises_workshops(data_home: Path, files: dict[str, Path]) -> None:
    require("mimetype")  # xdg-mime's generic back end
    found = {
        name: subprocess.run(
            [require("xdg-mime"), "query", "filetype", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            env=_env(data_home),
            check=True,
        ).stdout.strip()
        for name, path in files.items()
    }
    assert found == {
        "workshop": MIME_TYPE,
        "renamed": MIME_TYPE,
        "plain": "application/vnd.sqlite3",
    }


def test_qt_recognises_workshops(data_home: Path, files: dict[str, Path]) -> None:
    # Qt reads the MIME database once per process: ask a fresh one.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "print(' '.join(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))\n"
    )
    paths = [str(files[name]) for name in ("workshop", "renamed", "plain")]
    result = subprocess.run(
        [sys.executable, "-c", script, *paths],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(data_home),
        check=True,
    )
    assert result.stdout.split() == [MIME_TYPE, MIME_TYPE, "application/vnd.sqlite3"]
