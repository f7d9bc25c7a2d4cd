"""An exception nobody caught reaches the person as one sentence, and the log in full."""

from __future__ import annotations

import sys
from pathlib import Path

from workshop_app.store.errors import CannotWrite
from workshop_app.ui.error_hook import ErrorHook, message_for


def _raise(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException as caught:  # the hook receives what sys.exc_info() gives
        return type(caught), caught, caught.__traceback__


def test_file_error_is_shown_as_written_and_logged(tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    log = tmp_path / "logs" / "errors.log"
    hook = ErrorHook(lambda title, text: shown.append((title, text)), log)
    kind, error, tb = _raise(CannotWrite("w.workshop", "w.workshop: the disk is full."))
    hook(kind, error, tb)  # type: ignore[arg-type]
    assert len(shown) == 1
    assert shown[0][1].startswith("w.workshop: the disk is full.")
    assert "Traceback" not in shown[0][1]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "CannotWrite" in text


def test_unexpected_error_gets_a_plain_sentence(tmp_path: Path) -> None:
    shown: list[str] = []
    hook = ErrorHook(lambda _t, text: shown.append(text), tmp_path / "e.log")
    kind, error, tb = _raise(KeyError("secret-internal-name"))
    hook(kind, error, tb)  # type: ignore[arg-type]
    assert "secret-internal-name" not in shown[0]
    assert "not done" in shown[0]


def test_unwritable_log_still_shows_the_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    shown: list[str] = []
    hook = ErrorHook(lambda _t, text: shown.append(text), blocker / "e.log")  # not a folder
    kind, error, tb = _raise(RuntimeError("boom"))
    hook(kind, error, tb)  # type: ignore[arg-type]
    assert len(shown) == 1 and "Details" not in shown[0]


def test_install_and_uninstall_restore_the_previous_hook(tmp_path: Path) -> None:
    before = sys.excepthook
    hook = ErrorHook(lambda _t, _m: None, tmp_path / "e.log")
    hook.install()
    try:
        assert sys.excepthook is hook
    finally:
        hook.uninstall()
    assert sys.excepthook is before


def test_os_error_names_the_reason() -> None:
    assert "No space left on device" in message_for(OSError(28, "No space left on device"))
