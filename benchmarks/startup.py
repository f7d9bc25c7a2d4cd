"""Start-up: cold start of a new process to the main window shown, and opening a big file."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.report import Report

STARTUP_TARGET_S = 1.5

_PROBE = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from workshop_app.clock import SystemClock
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat)), SystemClock())
if len(sys.argv) > 2:
    window.open_path(sys.argv[2])
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _one_start(settings: Path, file: Path | None) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    args = [sys.executable, "-c", _PROBE, str(settings)] + ([str(file)] if file else [])
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError("the app did not show its window")
    return elapsed


def run(report: Report, work: Path, full_day_file: Path | None, repeats: int = 5) -> None:
    settings = work / "startup-settings.ini"
    cold = [_one_start(settings, None) for _ in range(repeats)]
    median = statistics.median(cold)
    report.add(
        "start-up", "new process to main window shown (median)", median, "s",
        f"< {STARTUP_TARGET_S} s", median < STARTUP_TARGET_S,
    )
    report.add("start-up", "slowest of runs", max(cold), "s")
    if full_day_file is not None:
        opened = [_one_start(settings, full_day_file) for _ in range(repeats)]
        report.add(
            "start-up", "start and open a full-day workshop (median)", statistics.median(opened), "s",
        )
