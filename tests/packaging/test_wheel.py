"""`pip install` of the built wheel carries every resource and serves the participant page.

The wheel is built from this tree (offline: setuptools comes from the locked development
environment), installed into a fresh virtual environment with the versions of
requirements/lock.txt from a local wheelhouse (build/wheelhouse, filled from the package index
the first time only), and then used from a working folder outside the source tree, with
Python's isolated mode, so nothing of the checkout can stand in for the installed package.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT
from workshop_app import __version__

LOCK = ROOT / "requirements" / "lock.txt"
WHEELHOUSE = ROOT / "build" / "wheelhouse"
RESOURCES = ROOT / "resources"
SERVE = Path(__file__).with_name("serve_installed.py")
IGNORED = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache")


def _env() -> dict[str, str]:
    """The environment minus anything that would point Python at the development tree."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(*args: str | Path, cwd: Path, timeout: float = 120) -> str:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _install(python: Path, wheel: Path, cwd: Path) -> None:
    install = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    local = [*install, "--no-index", "--find-links", WHEELHOUSE, "-c", LOCK, wheel]
    if subprocess.run([str(a) for a in local], cwd=cwd, env=_env(), check=False).returncode:
        # First run on this machine, or new dependencies: fetch the locked dependencies,
        # then install offline. pip download would resolve with an app wheel of the same
        # name left there by an earlier run (and so miss a dependency added since).
        for stale in WHEELHOUSE.glob("workshop_app-*.whl"):
            stale.unlink()
        download = [sys.executable, "-m", "pip", "download", "--quiet", "-d", WHEELHOUSE]
        _run(*download, "-c", LOCK, wheel, cwd=cwd, timeout=300)
        _run(*local, cwd=cwd)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # A clean copy: setuptools would otherwise reuse a stale build/lib left in the checkout.
    source = out / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*IGNORED))
    build = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    _run(*build, "--wheel-dir", out, source, cwd=out)
    (built,) = out.glob("workshop_app-*.whl")
    return built


@pytest.fixture(scope="module")
def venv_bin(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", venv, cwd=venv)
    _install(venv / "bin" / "python", wheel, venv)
    return venv / "bin"


@pytest.mark.slow
def test_the_wheel_holds_every_package_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for init in sorted((ROOT / "workshop_app").rglob("__init__.py")):
        assert init.relative_to(ROOT).as_posix() in names, f"package missing from pyproject: {init}"
    shipped = [p for p in RESOURCES.rglob("*") if p.is_file() and p.suffix != ".ts"]
    assert len(shipped) > 15  # web, fonts, icons, templates, schemas, .qm, openapi.json
    for path in shipped:
        inside = f"workshop_app/_resources/{path.relative_to(RESOURCES).as_posix()}"
        assert inside in names, inside
    assert not [n for n in names if n.endswith(".ts")]  # translation sources stay out


@pytest.mark.slow
def test_the_installed_command_writes_and_exports_the_demo(venv_bin: Path, tmp_path: Path) -> None:
    assert _run(venv_bin / "workshop-app", "--version", cwd=tmp_path).strip() == (
        f"workshop-app {__version__}"
    )
    _run(venv_bin / "workshop-app", "new", "demo.workshop", "--demo", cwd=tmp_path)  # a template
    _run(venv_bin / "workshop-app", "export", "demo.workshop", "--pdf", "m.pdf", cwd=tmp_path)
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")  # with the shipped fonts


@pytest.mark.slow
def test_the_installed_server_serves_the_participant_page(venv_bin: Path, tmp_path: Path) -> None:
    server = subprocess.Popen(
        [str(venv_bin / "python"), "-I", str(SERVE), "live.workshop"],
        cwd=tmp_path,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        package_dir, resources, join_url = server.stdout.readline().split()
        assert Path(package_dir).is_relative_to(venv_bin.parent)  # not the source tree
        assert Path(resources) == Path(package_dir) / "_resources"
        assert join_url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(join_url, timeout=10) as response:
            assert response.status == 200
            page = response.read().decode()
        assets = re.findall(r'(?:src|href)="([^"]*/static/[^"]+)"', page)
        assert {Path(a).name for a in assets} == {"participant.js", "participant.css", "ideas.js"}
        origin = join_url.split("/j/", 1)[0]
        for asset in assets:
            url = asset if asset.startswith("http") else origin + asset
            with urllib.request.urlopen(url, timeout=10) as response:
                assert response.status == 200
                assert response.read() == (RESOURCES / "web" / Path(asset).name).read_bytes()
    finally:
        server.communicate(timeout=30)  # closes stdin: the server stops and the process ends
    assert server.returncode == 0
