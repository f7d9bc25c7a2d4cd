"""The verdict: every figure of a rehearsal, its bound, and whether it held.

Growth bounds (slope of a least-squares line over the second half of the live session,
sampled every ~10 s; the first half holds start-up, first paints and the first polls).
While the session runs the app legitimately keeps what it records (answers in the room,
notes in the notes pane), a few objects per answer; the bounds allow that and no more:
- resident memory: at most 2 MB a minute;
- Python objects the collector tracks (frozen ones included): at most 3,000 a minute
  (hundreds of answers a minute; a leaked snapshot per 100 ms would add thousands);
- live QObjects under the app's windows: at most 20 a minute (one per snapshot: 600);
- the reference count of None: no fall beyond 500 a minute (the broken binding of issue
  14 drops one per void Qt call, hundreds a second, and the process aborts at zero), and
  no rise beyond 5,000 a minute (records holding None grow with the answers).
After the session, what it left behind is reported (objects, QObjects, memory at the
last sample after the end minus the first sample of the session).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.report import Report, machine_description
from rehearsal.conductor import Config, Outcome
from rehearsal.meters import slope_per_minute
from rehearsal.verify import Findings

STALL_BOUND_MS = 100.0
# Per minute, over the second half of the live session.
GROWTH_BOUNDS = {
    "rss_mb": ("resident memory", "MB", 2.0),
    "python_objects": ("Python objects", "", 3000.0),
    "qobjects": ("QObjects", "", 20.0),
    "none_refs": ("reference count of None", "", 5000.0),
}
NONE_LOSS_BOUND = 500.0
FATAL_MARKERS = ("Fatal Python error", "Segmentation fault", "Traceback (most recent call last)")


def growth(samples: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    live = [s for s in samples if s["phase"] == "live"]
    if len(live) < 2:
        return {}
    middle = (live[0]["t"] + live[-1]["t"]) / 2
    late = [s for s in live if s["t"] >= middle]
    return {
        name: {
            "slope_per_min": slope_per_minute([(s["t"], s[name]) for s in late]),
            "first": live[0][name],
            "last": live[-1][name],
            "max": max(s[name] for s in samples),
            "min": min(s[name] for s in samples),
            "samples": len(late),
        }
        for name in GROWTH_BOUNDS
    }


def judge(config: Config, outcome: Outcome, findings: Findings | None) -> Report:
    report = Report(kind="rehearsal")
    report.duration_s = outcome.wall_s
    gui, crowd = outcome.gui, outcome.crowd
    g = "app"
    fatal = [m for m in FATAL_MARKERS if m in outcome.gui_log]
    alive = outcome.gui_exit == 0 and bool(gui) and not fatal
    report.add(
        g,
        "process stayed alive, quit by Ctrl+Q",
        f"exit {outcome.gui_exit}" + (f", {', '.join(fatal)}" if fatal else ""),
        "",
        "exit 0",
        alive,
    )
    problems = gui.get("problems", ["no report from the app"])
    report.add(g, "script problems", len(problems), "", "0", not problems)
    stalls = gui.get("stalls", [])
    worst = stalls[0]["ms"] if stalls else math.nan
    report.add(
        g,
        f"worst GUI stall ({stalls[0]['doing']})" if stalls else "worst GUI stall",
        worst,
        "ms",
        f"< {STALL_BOUND_MS:g} ms",
        bool(stalls) and worst < STALL_BOUND_MS,
    )
    report.add(
        g,
        f"longest garbage-collector pause (generation {gui.get('gc_worst_generation')}"
        + (f", {gui['gc_worst_doing']})" if gui.get("gc_worst_doing") else ")"),
        gui.get("gc_worst_ms", math.nan),
        "ms",
    )
    samples = gui.get("samples") or outcome.samples
    trends = growth(samples)
    for name, (label, unit, bound) in GROWTH_BOUNDS.items():
        trend = trends.get(name)
        if trend is None:
            report.add("growth", label, "no samples", "", "", False)
            continue
        slope = trend["slope_per_min"]
        per = f"{unit}/min" if unit else "/min"
        # None's count may not fall at all (a binding that drops references to None
        # crashes the process when it reaches zero); rising is bounded like the others.
        # Too few samples (the app died early) is no evidence of anything: not met.
        met = -NONE_LOSS_BOUND <= slope <= bound if name == "none_refs" else slope <= bound
        met = met and math.isfinite(slope)
        target = f"{-NONE_LOSS_BOUND:g} to {bound:g}" if name == "none_refs" else f"≤ {bound:g}"
        report.add("growth", f"{label}, slope 2nd half", slope, per, f"{target}{per}", met)
        report.add("growth", f"{label}, first → last", f"{trend['first']:g} → {trend['last']:g}")
    live = [s for s in samples if s["phase"] == "live"]
    ended = [s for s in samples if s["phase"] == "ending"]
    if live and ended:  # what the session left behind once it ended and the phones left
        for name in ("python_objects", "qobjects", "rss_mb"):
            label = GROWTH_BOUNDS[name][0]
            left = ended[-1][name] - live[0][name]
            report.add("growth", f"{label} after the session − at its start", f"{left:+g}")
    r = "room"
    report.add(
        r, "phones on the live channel", outcome.joined, "", f"= {config.phones}",
        outcome.joined == config.phones,
    )  # fmt: skip
    acks = crowd.get("acks", [])
    report.add(r, "answers acknowledged (incl. changes)", len(acks), "", "> 0", bool(acks))
    changes = sum(1 for a in acks if a.get("status") == "changed")
    report.add(r, "of which changed answers", changes)
    report.add(r, "drops and rejoins", crowd.get("drops", 0))
    refused = crowd.get("refused", {})
    report.add(r, "refused as expected (poll closed first)", sum(refused.values()))
    errors = crowd.get("errors", {})
    report.add(r, "errors", sum(errors.values()), "", "0", not errors)
    report.add(r, "vote latency p50", crowd.get("vote_p50_ms") or math.nan, "ms")
    report.add(r, "vote latency p99", crowd.get("vote_p99_ms") or math.nan, "ms")
    report.add(r, "vote latency max", crowd.get("vote_max_ms") or math.nan, "ms")
    notes = crowd.get("notes", {})
    note_errors = crowd.get("note_errors", {})
    report.add(r, "note-taker notes acknowledged", len(notes), "", "> 0", bool(notes))
    report.add(r, "note-taker errors", sum(note_errors.values()), "", "0", not note_errors)
    if findings is None:
        report.add("minutes", "file and minutes checked", "no", "", "yes", False)
    else:
        for name, value, target, met in findings.checks:
            report.add("minutes", name, value, "", target, met)
    return report


def write(
    report: Report, config: Config, outcome: Outcome, findings: Findings | None, path: Path
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    gui, crowd = outcome.gui, outcome.crowd
    figures = []
    for f in report.figures:
        entry = asdict(f)
        if isinstance(entry["value"], float) and not math.isfinite(entry["value"]):
            entry["value"] = None
        figures.append(entry)
    data = {
        "kind": "rehearsal",
        "command": f"REHEARSAL_MINUTES={config.minutes:g} PHONES={config.phones} make rehearsal",
        "measured_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "passed": all(f.met is not False for f in report.figures),
        "duration_s": round(outcome.wall_s, 1),
        "display": gui.get("platform") or outcome.platform_env.get("QT_QPA_PLATFORM"),
        "machine": machine_description(),
        "figures": figures,
        "growth": growth(gui.get("samples") or outcome.samples),
        "stalls": gui.get("stalls", []),
        "gc_long_pauses": gui.get("gc_long_pauses", []),
        "problems": gui.get("problems", []),
        "dialogs": gui.get("dialogs", []),
        "errors": crowd.get("errors", {}),
        "refused": crowd.get("refused", {}),
        "note_errors": crowd.get("note_errors", {}),
        "polls": findings.details.get("polls", {}) if findings else {},
        "findings": {k: v for k, v in findings.details.items() if k != "polls"} if findings else {},
        "samples": gui.get("samples") or outcome.samples,
        "app_stderr_tail": outcome.gui_log[-3000:],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
