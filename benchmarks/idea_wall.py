"""Idea wall under load: phones post ideas and upvote them over loopback, while the app's
GUI thread takes in every snapshot into the console's moderation list and the
presenter's board.

Three processes, as in the vote burst (benchmarks.burst):
  this one                   starts the others, joins up the results, reads the file;
  benchmarks.idea_host       the app's side: GUI thread, live server thread, writer thread;
  benchmarks.idea_phones     the phones (asyncio, one cookie jar and one open live
                             channel each).
Figures:
  p99 acknowledgement of a post or an upvote (on the phone: sent → answer read);
  presenter latency: an upvote entered the room (right before its acknowledgement is
    written) → the GUI holds a wall with that count;
  lost or double-counted upvotes: acknowledged "upvoted" against the file and the room;
  the GUI thread's longest stall during the load window (a 10 ms timer's lateness; set-up,
    first paint and opening the wall are not in the window).
Usage: python -m benchmarks.idea_wall [--phones 300 --ideas 600 --upvotes 6000 --seconds 120]
       [--profile DIR]  (cProfile of the app's GUI and server threads during the load)
       [--stalls]       (lists when the GUI thread's long stalls and long collections were)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.burst import _line, _tell, memory_mb, percentile
from benchmarks.idea_phones import Load
from benchmarks.report import Report
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.workshop_file import WorkshopFile

ROOT = Path(__file__).resolve().parents[1]
ACK_P99_TARGET_MS = 200.0
PRESENTER_TARGET_MS = 500.0
STALL_TARGET_MS = 50.0

__all__ = ["Load", "main", "run"]


def _drive(path: Path, load: Load, log: Path, profile: Path | None) -> dict[str, Any]:
    """One load against a fresh app process; its stderr goes to ``log``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    extra = [str(profile)] if profile is not None else []
    with log.open("w", encoding="utf-8") as errors:
        host = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.idea_host", str(path), *extra],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    phones: subprocess.Popen[str] | None = None
    try:
        ready = _line(host.stdout, "app")
        phones = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "benchmarks.idea_phones",
                ready["url"],
                str(ready["poll_id"]),
                str(load.phones),
                str(load.ideas),
                str(load.upvotes),
                str(load.seconds),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        joined = _line(phones.stdout, "phones")
        _tell(host, "open")
        _line(host.stdout, "app")
        started = _line(phones.stdout, "phones")
        _tell(host, f"window {started['start']}")
        outcome = _line(phones.stdout, "phones")
        phones.wait(timeout=30)
        peak = memory_mb(host.pid, "VmHWM")
        _tell(host, "finish")
        app = _line(host.stdout, "app")
        host.wait(timeout=60)
        return {
            "ready": ready,
            "joined": joined,
            "started": started,
            "phones": outcome,
            "app": app,
            "peak_rss_mb": peak,
        }
    except (RuntimeError, ValueError, KeyError, subprocess.TimeoutExpired) as err:
        raise RuntimeError(f"idea wall load failed ({err}); app log: {log}") from err
    finally:
        for proc in (phones, host):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)


def run(report: Report, work: Path, load: Load, profile: Path | None = None) -> dict[str, Any]:
    path = work / f"ideas-{load.phones}.workshop"
    for old in work.glob(f"ideas-{load.phones}.workshop*"):
        old.unlink()
    got = _drive(path, load, work / f"ideas-{load.phones}.log", profile)
    outcome, app = got["phones"], got["app"]
    file = WorkshopFile.open(path, read_only=True)
    try:
        stored = {row.id: row.votes for row in IdeasRepo(file).rows(got["ready"]["poll_id"])}
    finally:
        file.close()
    acknowledged = {int(i): n for i, n in outcome["upvoted"].items()}
    acked_total = sum(acknowledged.values())
    lost = sum(max(0, n - stored.get(i, 0)) for i, n in acknowledged.items())
    double = sum(max(0, stored.get(i, 0) - acknowledged.get(i, 0)) for i in stored)
    room = {int(i): n for i, n in app["room_votes"].items()}
    gui = {int(i): n for i, n in app["gui_votes"].items()}
    room_mismatch = sum(1 for i, n in stored.items() if room.get(i) != n)
    gui_mismatch = sum(1 for i, n in stored.items() if gui.get(i) != n)
    acks = outcome["acks_ms"]
    ack_p99 = percentile(acks, 99)
    latencies = [1000 * t for t in app["latencies"]]
    lat_p99 = percentile(latencies, 99)
    stall = 1000 * app["stall_load_s"]
    cpu = [1000 * t for t in app["snapshot_gui_s"]]
    wall_ms = [1000 * t for t in app["snapshot_gui_wall_s"]]
    never = app["never_seen"]
    g = f"idea wall {load.phones} phones"
    report.add(g, "phones on the live channel", got["joined"]["connected"], "", f"= {load.phones}")
    report.add(g, "ideas stored / asked", f"{len(stored)} / {load.ideas}")
    report.add(g, "upvotes acknowledged / asked", f"{acked_total} / {load.upvotes}")
    refused = dict(sorted(outcome["refused"].items()))
    report.add(g, "refused (status: count)", json.dumps(refused))
    report.add(g, "errors (kind: count)", json.dumps(dict(sorted(outcome["errors"].items()))))
    report.add(
        g, "ack p99", ack_p99, "ms", f"< {ACK_P99_TARGET_MS:g} ms", ack_p99 < ACK_P99_TARGET_MS
    )
    report.add(g, "ack p50", percentile(acks, 50), "ms")
    report.add(
        g,
        "upvote ack → GUI holds the count, p99",
        lat_p99,
        "ms",
        f"< {PRESENTER_TARGET_MS:g} ms",
        lat_p99 < PRESENTER_TARGET_MS,
    )
    report.add(g, "upvote ack → GUI holds the count, max", max(latencies, default=0.0), "ms")
    report.add(g, "upvotes never seen by the GUI", never, "", "0", never == 0)
    report.add(g, "lost upvotes (acknowledged, not in the file)", lost, "", "0", lost == 0)
    report.add(g, "double-counted upvotes", double, "", "0", double == 0)
    report.add(g, "ideas whose room count ≠ file", room_mismatch, "", "0", room_mismatch == 0)
    report.add(g, "ideas whose GUI count ≠ file", gui_mismatch, "", "0", gui_mismatch == 0)
    report.add(
        g,
        "GUI-thread longest stall",
        stall,
        "ms",
        f"< {STALL_TARGET_MS:g} ms",
        stall < STALL_TARGET_MS,
    )
    report.add(g, "GUI-thread stalls ≥ 30 ms", len(app["long_stalls"]), "")
    report.add(g, "app process longest GC pause, load", 1000 * app["gc_pause_load_s"], "ms")
    report.add(g, "app process collections ≥ 10 ms", len(app["long_collections"]), "")
    report.add(g, f"GUI-thread CPU per snapshot median ({len(cpu)})", percentile(cpu, 50), "ms")
    report.add(g, "GUI-thread CPU per snapshot p99", percentile(cpu, 99), "ms")
    report.add(g, "GUI thread per snapshot, wall p99", percentile(wall_ms, 99), "ms")
    report.add(g, "writer commits", app["commits"] or 0, "")
    report.add(g, "app process peak RSS", got["peak_rss_mb"], "MB")
    at = app["window_at"] or 0.0
    # Where the long stalls and collections were, in seconds from the load's start.
    notes = [f"stall {late:.0f} ms ended at +{end - at:.3f} s" for end, late in app["long_stalls"]]
    notes += [
        f"gc generation {generation}: {took:.0f} ms, ended at +{end - at:.3f} s"
        for end, generation, took in app["long_collections"]
    ]
    return {"lost": lost, "double": double, "ack_p99": ack_p99, "stall": stall, "notes": notes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.idea_wall")
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--ideas", type=int, default=600)
    parser.add_argument("--upvotes", type=int, default=6000)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--profile", type=Path, default=None, help="write cProfile stats here")
    parser.add_argument("--stalls", action="store_true", help="list the long stalls and GCs")
    args = parser.parse_args(argv)
    report = Report(kind="idea wall")
    load = Load(args.phones, args.ideas, args.upvotes, args.seconds)
    profile = args.profile.resolve() if args.profile is not None else None
    with tempfile.TemporaryDirectory(prefix="workshop-bench-ideas-") as tmp:
        try:
            figures = run(report, Path(tmp), load, profile)
        except RuntimeError as err:
            print(f"benchmark failed: {err}", file=sys.stderr)
            return 1
    print(report.table())
    if args.stalls:
        print("\n".join(figures["notes"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
