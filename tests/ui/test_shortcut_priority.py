"""Ctrl+E exports while the cursor is in the note entry, also with Linux desktop key bindings.

On xcb a line edit claims Ctrl+E (end of line, X11 bindings) through the ShortcutOverride
event, so the Export shortcut never fired while typing a note — found by `make rehearsal`
under Xvfb. The offscreen platform has other bindings, so this runs a small script on a
private Xvfb.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from workshop_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run)")
def test_ctrl_e_in_the_note_entry_exports_on_a_linux_desktop() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "tests.ui.ctrl_e_on_xcb"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-2:] == ["xcb", "triggered"], done.stdout + done.stderr[-1000:]


def test_editing_keys_and_free_keys_stay_with_the_field(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    assert main_window.notes_pane is not None
    entry = main_window.notes_pane.ui.entry
    first = main_window.shortcuts_first

    def ctrl(key: Qt.Key) -> QKeyEvent:
        return QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)

    assert first.eventFilter(entry, ctrl(Qt.Key.Key_E)) is True  # Export: the window's
    assert first.eventFilter(entry, ctrl(Qt.Key.Key_C)) is False  # copy: the field's
    assert first.eventFilter(entry, ctrl(Qt.Key.Key_Z)) is False  # undo typing: the field's
    assert first.eventFilter(entry, ctrl(Qt.Key.Key_K)) is False  # no action uses Ctrl+K
