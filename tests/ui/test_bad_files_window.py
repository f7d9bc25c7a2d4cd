"""Every bad file opened from the window: a message box with one clear line, the start
screen stays, the bytes stay, and nothing is printed as a traceback."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.test_bad_files import CASES
from workshop_app.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", CASES)
def test_bad_file_in_the_window_says_why(  # type: ignore[no-untyped-def]
    main_window: MainWindow, prompter, tmp_path: Path, capfd: pytest.CaptureFixture[str], case: str
) -> None:
    make, _, words = CASES[case]
    path = tmp_path / "bad.workshop"
    make(path)
    before = digest(path)
    assert not main_window.open_path(path)
    assert len(prompter.errors) == 1
    title, message = prompter.errors[0]
    assert title == "Cannot open workshop"
    assert words in message and "\n" not in message
    assert main_window.context is None
    assert main_window.ui.pages.currentWidget() is main_window.start_screen
    assert digest(path) == before
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_missing_file_in_the_window_says_so(  # type: ignore[no-untyped-def]
    main_window: MainWindow, prompter, tmp_path: Path
) -> None:
    path = tmp_path / "gone.workshop"
    assert not main_window.open_path(path)
    assert prompter.errors and "no such file" in prompter.errors[0][1]
    assert not path.exists()
