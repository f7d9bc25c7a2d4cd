"""The command line: exit codes, one-line errors, files untouched."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app import __version__
from workshop_app.cli import main
from workshop_app.domain.notes import NoteKind
from workshop_app.domain.polls import PollState, PollType
from workshop_app.resources import resource_path
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.workshop_file import WorkshopFile


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("workshop-app: error: ")
    return err


def test_version_from_a_real_process() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"workshop-app {__version__}"


def test_help_documents_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for words in ("new FILE", "export FILE", "--demo", "--plan"):
        assert words in result.stdout


def test_new_empty(tmp_path: Path) -> None:
    path = tmp_path / "evening.workshop"
    assert main(["new", str(path), "--title", "Évening on safety"]) == 0
    file = WorkshopFile.open(path)
    assert file.load_workshop().title == "Évening on safety"
    assert file.items() == []
    file.close()


def test_new_from_plan(tmp_path: Path) -> None:
    path = tmp_path / "cafe.workshop"
    plan = resource_path("templates", "world-cafe.plan.json")
    assert main(["new", str(path), "--plan", str(plan)]) == 0
    file = WorkshopFile.open(path)
    assert file.load_workshop().title.startswith("World Café")
    assert len(file.items()) == 6
    assert all(p.state == PollState.DRAFT for p in file.polls())
    file.close()


def test_new_demo_has_everything(tmp_path: Path) -> None:
    path = tmp_path / "demo.workshop"
    assert main(["new", str(path), "--demo"]) == 0
    file = WorkshopFile.open(path, read_only=True)
    try:
        polls = file.polls()
        assert {p.type for p in polls} == set(PollType)
        assert all(p.state == PollState.CLOSED for p in polls)
        responses = ResponsesRepo(file)
        # Every poll has answers; the idea wall has ideas (and upvotes) instead.
        wall = [p for p in polls if p.type == PollType.IDEA_WALL]
        assert all(responses.count(p.id) > 0 for p in polls if p.id is not None and p not in wall)
        assert all(p.id is not None and len(IdeasRepo(file).rows(p.id)) > 0 for p in wall)
        notes = NotesRepo(file).all()
        assert {n.kind for n in notes} == set(NoteKind)
        texts = " ".join(n.text for n in notes) + " ".join(
            str(v) for p in polls if p.id for v in responses.values(p.id)
        )
        for sample in ("Éclairage", "Oświetlenie", "Φωτισμός", "الإضاءة"):
            assert sample in texts
        actions = [n for n in notes if n.kind == NoteKind.ACTION]
        assert all(a.action_owner and a.action_due for a in actions)
    finally:
        file.close()


def test_export_plan(tmp_path: Path, demo_path: Path) -> None:
    out = tmp_path / "plan.json"
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert main(["export", str(demo_path), "--plan", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "workshop-app-plan"
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--bogus"], "unrecognized arguments"),
        (["new"], "required: file"),
        (["export", "x.workshop"], "nothing to export"),
        (["new", "{tmp}/a.workshop", "--plan", "{tmp}/missing.json"], "no such file"),
        (["new", "{tmp}/no/such/folder/a.workshop"], "no such folder"),
        (["new", "{tmp}/a.workshop", "--plan", "p.json", "--demo"], "not allowed with"),
        (["export", "{tmp}/missing.workshop", "--plan", "{tmp}/o.json"], "no such file"),
        (["{tmp}/missing.workshop"], "no such file"),
        (["{tmp}/a.workshop", "--demo"], "either FILE or --demo"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 2
    assert words in one_line_error(capsys)


def test_new_refuses_to_overwrite(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_path.read_bytes()
    assert main(["new", str(demo_path)]) == 2
    assert "already exists" in one_line_error(capsys)
    assert demo_path.read_bytes() == before


def test_bad_plan_file_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "bad.json"
    plan.write_text('{"format": "workshop-app-plan", "version": 1, "workshop": {}}')
    assert main(["new", str(tmp_path / "a.workshop"), "--plan", str(plan)]) == 2
    assert "workshop.title" in one_line_error(capsys)
    assert not (tmp_path / "a.workshop").exists()


def test_export_of_bad_file_leaves_it_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.workshop"
    bad.write_text("just some text")
    assert main(["export", str(bad), "--plan", str(tmp_path / "o.json")]) == 2
    assert "not a workshop file" in one_line_error(capsys)
    assert bad.read_text() == "just some text"
    assert not (tmp_path / "o.json").exists()


def test_gui_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run_cli("--demo", env=env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr and "xvfb-run" in result.stderr


def test_export_leaves_the_folder_as_it_found_it(tmp_path: Path) -> None:
    cli = [sys.executable, "-m", "workshop_app"]
    path = tmp_path / "w.workshop"
    subprocess.run([*cli, "new", str(path), "--demo"], check=True, timeout=60)
    before = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path.parent / f"{tmp_path.name}-out.json"
    subprocess.run([*cli, "export", str(path), "--json", str(out)], check=True, timeout=60)
    assert out.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no -wal, no -shm
