"""Participant burst: N phones join, wait for the poll, vote; the real server, the real file.

The server runs in this process with a Qt GUI thread (offscreen) that pulls snapshots
through the LiveBridge, as the presenter does, and measures its own lateness with a
timer. The phones run in another process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.report import Report
from workshop_app.clock import SystemClock
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.live.server import LiveConfig, LiveServer
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

ROOT = Path(__file__).resolve().parents[1]
TICK_MS = 10


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_burst(work: Path, phones: int) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QTimer

    from workshop_app.live.bridge import LiveBridge

    app = QCoreApplication.instance() or QCoreApplication([])
    path = work / f"burst-{phones}.workshop"
    for old in work.glob(f"burst-{phones}.workshop*"):
        old.unlink()
    file = WorkshopFile.create(path, Workshop(title="Burst"))
    item = file.add_item(AgendaItem(title="Vote"))
    poll = file.add_poll(Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B", "C"], item_id=item.id))
    session = SessionsRepo(file).start(SystemClock().now())
    assert session.id is not None and poll.id is not None
    server = LiveServer(path, session.id, LiveConfig(
        host="127.0.0.1", port=0, ip_rate=1e9, ip_burst=1e9, device_burst=10,
    ))
    server.start()

    snapshots: list[tuple[float, int]] = []
    bridge = LiveBridge()
    bridge.snapshot.connect(
        lambda snap: snapshots.append((time.monotonic(), snap.responses.get(poll.id, 0)))
    )
    bridge.start(lambda: server.latest)
    lateness: list[float] = []
    last_tick = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        lateness.append(max(0.0, now - last_tick[0] - TICK_MS / 1000))
        last_tick[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()

    outcome: dict[str, Any] = {}

    def drive() -> None:
        proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.phones", server.join_url, str(poll.id),
             str(phones)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )
        assert proc.stdout is not None
        connected = json.loads(proc.stdout.readline())
        outcome["connected"] = connected["connected"]
        outcome["rss_mb"] = rss_mb()
        outcome["opened_at"] = time.monotonic()
        file_poll = replace(poll, state=PollState.OPEN)
        outcome["poll"] = file_poll
        server.open_poll(poll.id).result(timeout=10)  # type: ignore[arg-type]
        outcome.update(json.loads(proc.stdout.readline()))
        proc.wait(timeout=60)
        QTimer.singleShot(0, app.quit)

    driver = threading.Thread(target=drive, daemon=True)
    driver.start()
    app.exec()
    driver.join()
    # Let the last snapshot arrive: the bridge pulls every 100 ms.
    deadline = time.monotonic() + 3
    acks = [r for r in outcome["results"] if r.get("ok")]
    while time.monotonic() < deadline and (not snapshots or snapshots[-1][1] < len(acks)):
        app.processEvents()
        bridge.pull()
        time.sleep(0.01)
    timer.stop()
    bridge.stop()
    server.stop()
    stored = file.conn.execute(
        "SELECT COUNT(*), COUNT(DISTINCT device_token) FROM responses WHERE poll_id = ?",
        (poll.id,),
    ).fetchone()
    file.close()

    ack_times = sorted(r["acked"] for r in acks)
    to_chart = []
    for ordinal, acked in enumerate(ack_times, start=1):
        shown = next((t for t, count in snapshots if count >= ordinal and t >= acked), None)
        if shown is not None:
            to_chart.append(shown - acked)
    latencies = [r["latency"] for r in acks]
    vote_window = (max(ack_times) - outcome["opened_at"]) if ack_times else float("nan")
    return {
        "phones": phones,
        "acknowledged": len(acks),
        "errors": len(outcome["results"]) - len(acks),
        "stored": stored[0],
        "lost": max(0, len(acks) - stored[0]),
        "duplicated": max(0, stored[0] - stored[1]) + max(0, stored[0] - len(acks)),
        "p50_ms": 1000 * percentile(latencies, 50),
        "p95_ms": 1000 * percentile(latencies, 95),
        "p99_ms": 1000 * percentile(latencies, 99),
        "throughput": len(acks) / vote_window if vote_window > 0 else float("nan"),
        "rss_mb": outcome["rss_mb"],
        "gui_worst_stall_ms": 1000 * max(lateness) if lateness else float("nan"),
        "ack_to_chart_p99_ms": 1000 * percentile(to_chart, 99),
        "ack_to_chart_max_ms": 1000 * max(to_chart) if to_chart else float("nan"),
    }


def run_bare(phones: int) -> dict[str, Any]:
    """A bare aiohttp handler returning a fixed response, on its own loop thread."""
    import asyncio

    from aiohttp import web

    ready = threading.Event()
    state: dict[str, Any] = {}

    async def handler(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    def serve() -> None:
        loop = asyncio.new_event_loop()
        state["loop"] = loop

        async def start() -> None:
            app = web.Application()
            app.router.add_post("/vote", handler)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0, backlog=4096)
            await site.start()
            state["runner"] = runner
            state["port"] = runner.addresses[0][1]
            state["stop"] = asyncio.Event()
            ready.set()
            await state["stop"].wait()
            await runner.cleanup()

        loop.run_until_complete(start())
        loop.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    url = f"http://127.0.0.1:{state['port']}/vote"
    out = subprocess.run([sys.executable, "-m", "benchmarks.phones", "bare", url, str(phones)],
                         cwd=ROOT, capture_output=True, text=True, check=True, timeout=300)
    state["loop"].call_soon_threadsafe(state["stop"].set)
    thread.join(10)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    lat = result["latencies"]
    return {"throughput": len(lat) / result["wall"], "p99_ms": 1000 * percentile(lat, 99)}


def run(report: Report, work: Path, sizes: tuple[int, ...]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for phones in sizes:
        r = run_burst(work, phones)
        limit = run_bare(phones)
        group = f"burst {phones}"
        report.add(group, "votes acknowledged", r["acknowledged"], "", f"= {phones}",
                   r["acknowledged"] == phones)
        report.add(group, "errors", r["errors"], "", "0", r["errors"] == 0)
        report.add(group, "lost or duplicated responses", r["lost"] + r["duplicated"], "", "0",
                   r["lost"] + r["duplicated"] == 0)
        report.add(group, "vote latency p50", r["p50_ms"], "ms")
        report.add(group, "vote latency p95", r["p95_ms"], "ms")
        report.add(group, "vote latency p99", r["p99_ms"], "ms", "< 100 ms", r["p99_ms"] < 100)
        report.add(group, "throughput", r["throughput"], "votes/s")
        report.add(group, "bare aiohttp handler, same client", limit["throughput"], "req/s")
        report.add(group, "vote path / bare handler", r["throughput"] / limit["throughput"], "")
        report.add(group, "server process RSS, all connected", r["rss_mb"], "MB")
        report.add(group, "GUI thread worst stall", r["gui_worst_stall_ms"], "ms", "< 50 ms",
                   r["gui_worst_stall_ms"] < 50)
        report.add(group, "ack → presenter snapshot p99", r["ack_to_chart_p99_ms"], "ms",
                   "< 250 ms", r["ack_to_chart_p99_ms"] < 250)
        report.add(group, "ack → presenter snapshot max", r["ack_to_chart_max_ms"], "ms")
        time.sleep(0.5)  # let sockets of this round close before the next one
