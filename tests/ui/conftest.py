"""Qt fixtures: isolated settings, a prompter that answers without dialogs, the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workshop_app.clock import FakeClock
from workshop_app.ui.app_settings import AppSettings


class ScriptedPrompter:
    """Answers file dialogs from a queue and records every message shown."""

    def __init__(self) -> None:
        self.paths: list[Path | None] = []
        self.confirmations: list[bool] = []
        self.choices: list[int | None] = []
        self.questions: list[tuple[str, list[str]]] = []
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []

    def open_path(self, title: str, folder: str, file_filter: str) -> Path | None:
        return self.paths.pop(0)

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return self.paths.pop(0)

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def info(self, title: str, message: str) -> None:
        self.infos.append((title, message))

    def confirm(self, title: str, message: str, confirm_label: str) -> bool:
        return self.confirmations.pop(0)

    def choose(self, title: str, message: str, choices: list[str]) -> int | None:
        self.questions.append((title, choices))
        return self.choices.pop(0)


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def main_window(
    qtbot, app_settings: AppSettings, prompter: ScriptedPrompter, tmp_path: Path
) -> Iterator:  # type: ignore[no-untyped-def]
    from workshop_app.demo import write_demo
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.run.live_adapter import ServerLivePolling
    from workshop_app.ui.workspace import Workspace

    def demo_writer() -> Path:
        path = tmp_path / "demo-copy.workshop"
        if not path.exists():
            write_demo(path)
        return path

    def workspace(context, parent):  # type: ignore[no-untyped-def]
        # The real live server, on loopback and a free port.
        return Workspace(
            context, parent, live_factory=lambda c: ServerLivePolling(c, "127.0.0.1", 0)
        )

    window = MainWindow(
        app_settings,
        FakeClock(),
        prompter=prompter,
        demo_writer=demo_writer,
        workspace_factory=workspace,
    )
    qtbot.addWidget(window)
    yield window
    workspace = window.workspace
    controller = getattr(workspace, "controller", None)
    if controller is not None:  # whatever a test left running, no server outlives it
        controller.live.stop()
    prompter.choices = [0, 0]
    window.close_workshop()
