"""The facilitator's laptop: the real app (workshop_app.app.build_gui), driven by the
facilitator's script, with the meters inside its process.

Usage: python -m rehearsal.gui SETTINGS_JSON (file, export_dir, agenda_s, port, sample_s)

Settings come from a private configuration folder (XDG_CONFIG_HOME, set by the conductor):
the server listens on 127.0.0.1 only. stdout carries one JSON line per event for the
conductor ({"event": "live", …}, {"event": "agenda_done"}) and, after the app has quit,
{"event": "report", …}; stdin carries "go" and "end".
"""

from __future__ import annotations

import cProfile
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.host import LineReader, raise_file_limit, say
from rehearsal.facilitator import Facilitator, Plan
from rehearsal.meters import TICK_MS, GcMeter, Sampler, StallMeter


def prepare_settings(port: int) -> None:
    """What the facilitator would have chosen in Settings: loopback, a free port, English."""
    from PySide6.QtCore import QSettings

    from workshop_app import APP_NAME, ORGANISATION_NAME
    from workshop_app.settings_registry import INTERFACE_LANGUAGE, NETWORK_INTERFACE, NETWORK_PORT
    from workshop_app.ui.app_settings import AppSettings

    settings = AppSettings(QSettings(ORGANISATION_NAME, APP_NAME))
    settings.set(NETWORK_INTERFACE, "127.0.0.1")
    settings.set(NETWORK_PORT, port)
    settings.set(INTERFACE_LANGUAGE, "en")


def run(settings: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import QSocketNotifier, Qt, QTimer

    from workshop_app.app import build_gui

    prepare_settings(settings["port"])
    app, window = build_gui(Path(settings["file"]))
    stalls = StallMeter()
    collections = GcMeter(stalls)
    gc.callbacks.append(collections)
    sampler = Sampler()
    facilitator = Facilitator(
        window,
        Plan(settings["agenda_s"], Path(settings["export_dir"]), say),
        stalls,
        sampler,
    )
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(stalls.tick)
    ticker.start(TICK_MS)
    sampling = QTimer()
    # Each sample also goes to the conductor at once: the figures survive a crash.
    sampling.timeout.connect(lambda: say({"event": "sample", **sampler.sample(facilitator.phase)}))
    sampling.start(int(settings["sample_s"] * 1000))
    reader = LineReader(facilitator.command)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(reader.readable)
    sampler.sample("setup")
    facilitator.start()
    started = time.monotonic()
    profile_to = os.environ.get("REHEARSAL_PROFILE")  # where the GUI thread's time goes
    if profile_to:
        profiler = cProfile.Profile()
        code = profiler.runcall(app.exec)
        profiler.dump_stats(profile_to)
    else:
        code = app.exec()
    notifier.setEnabled(False)
    ticker.stop()
    sampling.stop()
    return {
        "event": "report",
        "exit_code": code,
        "wall_s": time.monotonic() - started,
        "finished": facilitator.finished,
        "problems": facilitator.problems + facilitator.answers.unexpected,
        "dialogs": facilitator.answers.seen,
        "notes_typed": facilitator.notes_typed,
        "events": facilitator.events,
        "exported": facilitator.exported,
        "stalls": [{"ms": 1000 * late, "doing": doing} for late, doing in stalls.worst],
        "ticks": stalls.ticks,
        "gc_worst_ms": 1000 * collections.worst_s,
        "gc_worst_generation": collections.worst_generation,
        "gc_worst_doing": collections.worst_doing,
        "gc_long_pauses": collections.long,
        "samples": sampler.samples,
        "platform": app.platformName(),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m rehearsal.gui SETTINGS_JSON", file=sys.stderr)
        return 2
    raise_file_limit()
    report = run(json.loads(argv[0]))
    say(report)
    return 0 if report["exit_code"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
