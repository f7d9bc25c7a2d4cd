"""The PyInstaller one-folder program starts and does real work without Python installed.

Building takes a while, so this test builds the bundle only when dist/ has none or
holds one older than the code, resources or spec it is built from (`make bundle`
rebuilds it too).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT
from workshop_app import __version__
from workshop_app.store.workshop_file import WorkshopFile

BUNDLE = ROOT / "dist" / "workshop-app"
PROGRAM = BUNDLE / "workshop-app"


def _build() -> None:
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [
            str(bin_dir / "pyside6-lrelease"),
            "-silent",
            *map(str, sorted((ROOT / "resources" / "translations").glob("*.ts"))),
        ],
        check=True,
        timeout=120,
    )
    subprocess.run(
        [
            str(bin_dir / "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "workshop-app.spec"),
        ],
        cwd=ROOT,
        check=True,
        timeout=1800,
    )


def _stale() -> bool:
    """No bundle yet, or one built before the last change to what goes into it."""
    if not PROGRAM.exists():
        return True
    built = PROGRAM.stat().st_mtime
    sources = [ROOT / "packaging" / "workshop-app.spec"]
    for folder in ("workshop_app", "resources"):
        sources += [
            p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ]
    return any(p.stat().st_mtime > built for p in sources)


@pytest.fixture(scope="module")
def program() -> Path:
    if _stale():
        _build()
    assert os.access(PROGRAM, os.X_OK)
    return PROGRAM


def _run(program: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # A clean environment: nothing of the development virtualenv may leak in.
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8"}
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


@pytest.mark.slow
def test_bundle_prints_its_version(program: Path) -> None:
    result = _run(program, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"workshop-app {__version__}"


@pytest.mark.slow
def test_bundle_writes_the_demo_workshop(program: Path, tmp_path: Path) -> None:
    target = tmp_path / "demo.workshop"
    result = _run(program, "new", str(target), "--demo")
    assert result.returncode == 0, result.stderr
    file = WorkshopFile.open(target, read_only=True)
    try:
        workshop = file.load_workshop()
    finally:
        file.close()
    assert workshop.title


@pytest.mark.slow
def test_bundle_reports_errors_in_one_line(program: Path, tmp_path: Path) -> None:
    result = _run(program, "new", str(tmp_path / "missing-folder" / "x.workshop"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no such folder" in result.stderr


@pytest.mark.slow
def test_bundle_carries_its_resources(program: Path) -> None:
    resources = BUNDLE / "_internal" / "workshop_app" / "_resources"
    for part in (
        "icons/workshop-app.svg",
        "fonts/DejaVuSans.ttf",
        "translations/workshop_app_fr.qm",
        "web/participant.js",
        "templates/world-cafe.plan.json",
    ):
        assert (resources / part).is_file(), part
    assert not list(resources.rglob("*.ts"))  # translation sources stay out
    assert (BUNDLE / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_fr.qm").is_file()
