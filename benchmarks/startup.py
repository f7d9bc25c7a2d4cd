"""Start-up: a new process to the main window painted, and opening a full-day workshop."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.report import Report

STARTUP_TARGET_S = 1.5
PROBE_TIMEOUT_S = 60.0

# What the app's composition root does (workshop_app.app.run_gui), with settings kept in
# a file of the benchmark's own; it prints once the main window has painted, then, given
# a file, how long opening it took until the window painted it.
_PROBE = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from workshop_app.app import demo_copy
from workshop_app.clock import SystemClock
from workshop_app.settings_registry import INTERFACE_LANGUAGE
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.interface_language import Translations
from workshop_app.ui.main_window import MainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(True)
            QTimer.singleShot(0, after_shown)
        return False

def after_shown():
    print(json.dumps({"shown": True}), flush=True)
    if len(sys.argv) > 2:
        started = time.perf_counter()
        opened = window.open_path(sys.argv[2])
        window.repaint()
        print(json.dumps({"open_s": time.perf_counter() - started, "opened": opened}), flush=True)
    app.quit()

painted = []
app = QApplication(sys.argv[:1])
settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
Translations(app).install(settings.get(INTERFACE_LANGUAGE))
window = MainWindow(settings, SystemClock(), demo_writer=demo_copy)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
QTimer.singleShot(30000, app.quit)
app.exec()
"""


def _probe(settings: Path, file: Path | None) -> tuple[float, float | None]:
    """(seconds from launching the process to the window painted, seconds to open file)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    args = [sys.executable, "-c", _PROBE, str(settings)] + ([str(file)] if file else [])
    log = settings.with_suffix(".log")
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as errors:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=errors, text=True, env=env)
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline()
        shown = time.perf_counter() - started
        if not line.strip() or not json.loads(line).get("shown"):
            proc.wait(timeout=PROBE_TIMEOUT_S)
            last = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
            raise RuntimeError(f"the app did not paint its main window: {' '.join(last)}")
        opened: float | None = None
        if file is not None:
            result = json.loads(proc.stdout.readline() or "{}")
            if not result.get("opened"):
                raise RuntimeError(f"the app did not open {file.name}")
            opened = float(result["open_s"])
        proc.wait(timeout=PROBE_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return shown, opened


def run(report: Report, work: Path, full_day_file: Path, repeats: int = 5) -> None:
    settings = work / "startup-settings.ini"
    _probe(settings, None)  # the first launch fills the OS file cache; not counted
    cold = [_probe(settings, None)[0] for _ in range(repeats)]
    median = statistics.median(cold)
    report.add(
        "start-up",
        "new process to main window painted (median)",
        median,
        "s",
        f"< {STARTUP_TARGET_S:g} s",
        median < STARTUP_TARGET_S,
    )
    report.add("start-up", f"slowest of {repeats}", max(cold), "s")
    opens = [_probe(settings, full_day_file)[1] or 0.0 for _ in range(repeats)]
    report.add(
        "start-up",
        "open a full-day workshop, until painted (median)",
        statistics.median(opens),
        "s",
    )
