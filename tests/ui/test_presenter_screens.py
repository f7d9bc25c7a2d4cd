"""One screen or two: F5 puts the presenter full screen on the projector when there is
one, and otherwise beside the console, which keeps the keys and says what to do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

from workshop_app.ui.presenter.screens import beside_console, projector_screen

ROOT = Path(__file__).resolve().parents[2]
TWO_SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ],
}


class FakeScreen:
    def __init__(self, width: int, height: int) -> None:
        self.rect = QRect(0, 0, width, height)

    def geometry(self) -> QRect:
        return self.rect


def test_projector_is_another_screen_than_the_console() -> None:
    laptop, projector, tv = FakeScreen(1366, 768), FakeScreen(1280, 720), FakeScreen(3840, 2160)
    assert projector_screen([laptop], laptop) is None
    assert projector_screen([laptop, projector], laptop) is projector
    assert projector_screen([projector, laptop], laptop) is projector
    assert projector_screen([laptop, projector, tv], laptop) is tv  # the largest other


def test_beside_the_console_leaves_most_of_the_screen() -> None:
    placed = beside_console(QRect(0, 0, 1920, 1040))
    assert placed.width() == 768 and placed.height() == 432
    assert placed.right() == 1919 and placed.top() == 0


def _probe(tmp_path: Path, screens: dict[str, object] | None) -> dict[str, object]:
    platform = "offscreen"
    if screens is not None:
        config = tmp_path / "screens.json"
        config.write_text(json.dumps(screens), encoding="utf-8")
        platform = f"offscreen:configfile={config}"
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.two_screens_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    line = [text for text in done.stdout.splitlines() if text.startswith("{")][-1]
    result: dict[str, object] = json.loads(line)
    return result


def test_f5_with_two_screens_fills_the_projector(tmp_path: Path) -> None:
    seen = _probe(tmp_path, TWO_SCREENS)
    assert seen["main"] == "laptop"
    assert seen["presenter"] == "projector"
    assert seen["full_screen"] is True
    assert seen["geometry"] == [1366, 0, 1920, 1080]
    assert seen["console_says"] == "Presenter screen is showing on the second screen."


def test_f5_on_one_screen_opens_a_window_beside_the_console(tmp_path: Path) -> None:
    one = dict(TWO_SCREENS, screens=TWO_SCREENS["screens"][:1])  # type: ignore[index]
    seen = _probe(tmp_path, one)
    assert seen["presenter"] == "laptop"
    assert seen["full_screen"] is False
    x, y, width, height = seen["geometry"]  # type: ignore[misc]
    assert width <= 0.5 * 1366 and x + width == 1366 and y == 0 and height == width * 9 // 16
    says = str(seen["console_says"])
    assert says.startswith("One screen:") and "projector" in says and "F11" in says
