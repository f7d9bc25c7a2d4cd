"""Run under Xvfb by test_shortcut_priority: Ctrl+E typed into the note entry on xcb.

Prints "triggered" when the window's Export action fired, "claimed" when the text field
kept the key.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.clock import SystemClock
from workshop_app.demo import write_demo
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.main_window import MainWindow


def wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 5
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, SystemClock())
    path = folder / "demo.workshop"
    write_demo(path)
    window.show()
    assert window.open_path(path)
    fired: list[bool] = []
    window.ui.actionExport.triggered.disconnect()  # observe only: no dialog
    window.ui.actionExport.triggered.connect(lambda *_: fired.append(True))
    window.activateWindow()
    wait_for(lambda: QApplication.activeWindow() is window)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window, Qt.Key.Key_N, control_shift)
    assert window.notes_pane is not None
    entry = window.notes_pane.ui.entry
    wait_for(lambda: QApplication.focusWidget() is entry)
    QTest.keyClicks(entry, "a note")
    QTest.keyClick(entry, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    print(app.platformName(), "triggered" if fired else "claimed", flush=True)
    window.close_workshop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
