"""`make install-desktop` puts the launcher, metainfo, icon and file type where desktops look."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

from tests.packaging.conftest import APP_ID, ROOT, require


def _make(target: str, data_home: Path) -> None:
    make = shutil.which("make")
    assert make is not None, "make is missing"
    result = subprocess.run(
        [make, "--no-print-directory", target, f"XDG_DATA_HOME={data_home}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(data_home.parent)},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_and_uninstall_desktop_for_the_current_user(tmp_path: Path) -> None:
    require("update-mime-database")
    data_home = tmp_path / "share"
    _make("install-desktop", data_home)
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data_home / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    # The MIME database was rebuilt with our type in it.
    assert "application/x-workshop" in (data_home / "mime" / "types").read_text()
    # The installed launcher runs a program that exists, by its absolute path, on the file.
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    program, argument = shlex.split(exec_line.removeprefix("Exec="))
    assert Path(program).is_absolute() and os.access(program, os.X_OK), program
    assert argument == "%f"
    validate = subprocess.run(
        [require("desktop-file-validate"), str(desktop)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert validate.returncode == 0, validate.stdout

    _make("uninstall-desktop", data_home)
    assert not desktop.exists()
    assert not list((data_home / "mime" / "packages").iterdir())
    assert "application/x-workshop" not in (data_home / "mime" / "types").read_text()
