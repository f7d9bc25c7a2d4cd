"""Run by test_presenter_screens with a two-screen offscreen platform: F5 on the demo.

Prints one JSON line: the presenter's screen, whether it is full screen, its geometry,
and what the console says about it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from workshop_app.clock import SystemClock
from workshop_app.demo import write_demo
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.run.live_port import NoLivePolling
from workshop_app.ui.workspace import Workspace


class Answers:
    """No dialog may wait for a person here: every question gets a fixed answer."""

    def error(self, title: str, message: str) -> None:
        print(f"error: {title}: {message}", file=sys.stderr)

    def info(self, title: str, message: str) -> None:
        return None

    def confirm(self, title: str, message: str, confirm_label: str) -> bool:
        return False

    def choose(self, title: str, message: str, choices: list[str]) -> int | None:
        return 0

    def open_path(self, title: str, folder: str, file_filter: str) -> Path | None:
        return None

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return None


def main() -> int:
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(
        settings,
        SystemClock(),
        prompter=Answers(),
        workspace_factory=lambda context, parent: Workspace(
            context, parent, live_factory=lambda _c: NoLivePolling(), prompter=Answers()
        ),
    )
    path = folder / "demo.workshop"
    write_demo(path)
    window.show()
    assert window.open_path(path)
    window.start_action.trigger()  # F5
    app.processEvents()
    workspace = window.workspace
    assert isinstance(workspace, Workspace)
    presenter, console = workspace.presenter, workspace.console
    assert presenter is not None and console is not None
    screen = presenter.screen()
    geometry = presenter.geometry()
    print(
        json.dumps(
            {
                "main": window.screen().name(),
                "presenter": screen.name() if screen else None,
                "full_screen": presenter.isFullScreen(),
                "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
                "console_says": console.presenter_state.text(),
            }
        ),
        flush=True,
    )
    workspace.end_session(ask=False)
    window.close_workshop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
