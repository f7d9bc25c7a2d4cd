"""The server side of a burst, in a process of its own, driven line by line on stdin.

Usage: python -m benchmarks.host app FILE | python -m benchmarks.host bare

``app``: what the facilitator's laptop runs. A Qt GUI thread (offscreen) holds the real
run controller, the real live adapter (server thread, bridge, snapshots) and a shown
presenter window bound to the real run-session view model. A precise 10 ms timer in that GUI thread
measures its own lateness. Opening the poll goes through the controller, as the
facilitator's click does.

``bare``: an aiohttp server on a plain event loop whose handlers return fixed responses
(same routes, so the same phones can drive it): what the stack can do at all.

Protocol: one JSON line on stdout when listening ({"url", "poll_id", "session_id"});
then stdin "open" → {"opened_at"}; stdin "finish K" (K votes acknowledged) → the report,
once the presenter has drawn every recorded vote (or after a few seconds), then exit.
Times are time.monotonic(), one clock for every process on the machine.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop_app.domain.polls import Poll
    from workshop_app.store.workshop_file import WorkshopFile
    from workshop_app.ui.console.console import RunConsole
    from workshop_app.ui.presenter.window import PresenterWindow
    from workshop_app.ui.run.controller import RunController
    from workshop_app.ui.run.live_adapter import ServerLivePolling
    from workshop_app.ui.run_session.view_model import RunSessionViewModel

TICK_MS = 10
DRAW_WAIT_S = 5.0  # how long "finish" waits for the presenter to show the last vote


def raise_file_limit() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def say(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class LineReader:
    """Splits what arrives on stdin into commands (called when the fd is readable)."""

    def __init__(self, handle: Callable[[str], None]) -> None:
        self.handle = handle
        self.buffer = b""

    def readable(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:
            self.handle("eof")
            return
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self.handle(line.decode().strip())


def finish_when_done(app: Any, check_finished: Callable[[], None]) -> None:
    """The conductor said "finish": check now, then every 50 ms, whether the run is over."""
    from PySide6.QtCore import QTimer

    check_finished()
    guard = QTimer(app)
    guard.timeout.connect(check_finished)
    guard.start(50)


def take_commands(
    app: Any, live: Any, hello: dict[str, Any], command: Callable[[str], None], finish: dict
) -> None:
    """Say ``hello`` to the conductor, then run the app on its commands (stdin) until it
    quits; a run that never finished still stops its server."""
    from PySide6.QtCore import QSocketNotifier

    reader = LineReader(command)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(reader.readable)
    say(hello)
    app.exec()
    notifier.setEnabled(False)
    if not finish.get("done"):
        live.stop()


class StallMeter:
    """Worst lateness of a periodic timer, per phase ("join", "burst")."""

    def __init__(self) -> None:
        self.phase = "join"
        self.worst: dict[str, float] = {"join": 0.0, "burst": 0.0, "after": 0.0}
        self.ticks: dict[str, int] = {"join": 0, "burst": 0, "after": 0}
        self.worst_at: dict[str, float] = {}  # when the worst stall of a phase ended
        self.last = time.monotonic()

    def tick(self) -> None:
        now = time.monotonic()
        late = max(0.0, now - self.last - TICK_MS / 1000)
        self.last = now
        if late > self.worst[self.phase]:
            self.worst[self.phase] = late
            self.worst_at[self.phase] = now
        self.ticks[self.phase] += 1


class GcMeter:
    """Longest pause of Python's cyclic garbage collector (it stops every thread)."""

    def __init__(self, stalls: StallMeter) -> None:
        self.stalls = stalls
        self.started = 0.0
        self.worst: dict[str, float] = {"join": 0.0, "burst": 0.0, "after": 0.0}

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.monotonic()
        else:
            pause = time.monotonic() - self.started
            current = self.stalls.phase
            self.worst[current] = max(self.worst[current], pause)


@dataclass
class RunSide:
    """The app's side of a benchmark, built as the app builds run mode."""

    file: WorkshopFile
    poll_id: int
    live: ServerLivePolling
    controller: RunController
    session_view: RunSessionViewModel
    presenter: PresenterWindow
    console: RunConsole
    cpu: list[float]  # GUI-thread CPU time per snapshot delivered while counting
    wall: list[float]  # the same, wall time (waiting for the interpreter included)


def shown_run_mode(path: Path, title: str, poll: Poll, counting: Callable[[], bool]) -> RunSide:
    """A new workshop at PATH with one item holding POLL, the real run controller, live
    adapter (on 127.0.0.1, a free port) and run-session view model, and a shown console
    and presenter window at 1280×720; each snapshot the bridge delivers is timed on the
    GUI thread (its CPU and wall time) while ``counting()`` says so."""
    from PySide6.QtGui import QUndoStack

    from workshop_app.clock import SystemClock
    from workshop_app.domain.workshop import AgendaItem, Workshop
    from workshop_app.live.snapshot import LiveSnapshot
    from workshop_app.store.workshop_file import WorkshopFile
    from workshop_app.ui.console.console import RunConsole
    from workshop_app.ui.context import WorkshopContext
    from workshop_app.ui.presenter.window import PresenterWindow
    from workshop_app.ui.run.controller import RunController
    from workshop_app.ui.run.live_adapter import ServerLivePolling
    from workshop_app.ui.run_session.view_model import RunSessionViewModel

    file = WorkshopFile.create(path, Workshop(title=title))
    item = file.add_item(AgendaItem(title=title, planned_minutes=30))
    poll.item_id = item.id
    saved = file.add_poll(poll)
    assert saved.id is not None
    context = WorkshopContext(file, SystemClock(), QUndoStack())
    # Every phone comes from 127.0.0.1 here; in a room each has its own address, so the
    # per-address limits are lifted. The per-phone limits stay as shipped. An attacker in
    # the exhaustion round comes from 127.0.0.2 and keeps the connection cap.
    live = ServerLivePolling(
        context,
        "127.0.0.1",
        0,
        config_overrides={
            "ip_rate": 1e9,
            "ip_burst": 1e9,
            "unlimited_addresses": ("127.0.0.1",),
        },
    )
    controller = RunController(context, live)
    session_view = RunSessionViewModel(controller)
    presenter = PresenterWindow()
    presenter.bind(session_view)
    presenter.resize(1280, 720)
    presenter.show()
    console = RunConsole(controller, session_view)  # the facilitator's screen, as in the app
    console.resize(1280, 720)
    console.show()

    # GUI-thread time per snapshot: the adapter's slot (controller, view model, console and
    # presenter updates), timed where the bridge delivers.
    cpu_times: list[float] = []
    wall_times: list[float] = []
    deliver = live._snapshot

    def timed_delivery(snapshot: LiveSnapshot) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        deliver(snapshot)
        if counting():
            cpu_times.append(time.thread_time() - cpu)
            wall_times.append(time.perf_counter() - wall)

    live.bridge.snapshot.disconnect(deliver)
    live.bridge.snapshot.connect(timed_delivery)
    return RunSide(
        file, saved.id, live, controller, session_view, presenter, console, cpu_times, wall_times
    )


def run_app(path: Path) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from workshop_app.domain.polls import Poll, PollType
    from workshop_app.live.snapshot import LiveSnapshot
    from workshop_app.ui.gc_reclaim import reclaim_on_gui_thread

    app = QApplication([])
    reclaim_on_gui_thread(app)  # as the app does (workshop_app.app.build_gui)
    side = shown_run_mode(
        path, "Burst", Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B", "C"]), lambda: True
    )
    file, poll_id, live, controller = side.file, side.poll_id, side.live, side.controller
    snapshot_cpu, snapshot_wall = side.cpu, side.wall
    session = controller.start()  # the intro step; the next step opens the poll
    server = live.server
    assert server is not None and session.id is not None

    # Observation only: when each phone's vote entered the room (before its ack).
    recorded: dict[str, float] = {}
    record = server.room.record

    def observed_record(poll: int, device: str, response_id: int, value: Any) -> None:
        recorded[device] = time.monotonic()
        record(poll, device, response_id, value)

    server.room.record = observed_record  # type: ignore[method-assign, assignment]

    # Observation only: each broadcast of a new state to the phones (began, ended, and
    # the server thread's CPU time for it: what it cost apart from waiting for a core).
    broadcasts: list[tuple[float, float, float]] = []
    broadcast = server.room.broadcast
    assert broadcast is not None

    def observed_broadcast() -> None:
        began, cpu = time.monotonic(), time.thread_time()
        broadcast()
        broadcasts.append((began, time.monotonic(), time.thread_time() - cpu))

    server.room.broadcast = observed_broadcast

    # What the presenter drew: connected after the adapter, so it runs once the view model
    # has updated the window for this snapshot.
    drawn: list[tuple[float, float | None, int]] = []
    finish: dict[str, Any] = {}

    def snapshot_drawn(snapshot: LiveSnapshot) -> None:
        drawn.append((time.monotonic(), snapshot.newest_ack, snapshot.responses.get(poll_id, 0)))
        check_finished()

    live.bridge.snapshot.connect(snapshot_drawn)

    meter = StallMeter()
    collections = GcMeter(meter)
    gc.callbacks.append(collections)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(meter.tick)
    timer.start()

    def all_drawn() -> bool:
        if len(recorded) < finish["expected"]:
            return False
        newest = max(recorded.values(), default=0.0)
        return not recorded or any(ack is not None and ack >= newest for _, ack, _ in drawn)

    def check_finished() -> None:
        if "expected" not in finish or "done" in finish:
            return
        if all_drawn() or time.monotonic() > finish["deadline"]:
            finish["done"] = True
            meter.phase = "after"
            say(
                {
                    "recorded": recorded,
                    "drawn": drawn,
                    "broadcasts": broadcasts,
                    "stall_join_s": meter.worst["join"],
                    "stall_burst_s": meter.worst["burst"],
                    "stall_burst_ended": meter.worst_at.get("burst"),
                    "ticks_burst": meter.ticks["burst"],
                    "gc_pause_burst_s": collections.worst["burst"],
                    "all_drawn": all_drawn(),
                    "snapshot_gui_s": snapshot_cpu,
                    "snapshot_gui_wall_s": snapshot_wall,
                }
            )
            timer.stop()
            controller.suspend()  # stops the server; the session stays in the file
            file.close()
            app.quit()

    def command(line: str) -> None:
        if line == "open":
            opened_at = time.monotonic()
            meter.phase = "burst"
            controller.next()  # the facilitator's click: poll open, in the file and live
            say({"opened_at": opened_at})
        elif line.startswith("finish"):
            finish["expected"] = int(line.split()[1])
            finish["deadline"] = time.monotonic() + DRAW_WAIT_S
            finish_when_done(app, check_finished)
        elif line == "eof":
            app.quit()

    hello = {"url": live.join_url(), "poll_id": poll_id, "session_id": session.id}
    take_commands(app, live, hello, command, finish)


async def serve_bare() -> None:
    from aiohttp import web

    from workshop_app.domain.polls import Poll, PollType
    from workshop_app.live.participant_page import poll_json

    opened = asyncio.Event()
    stop = asyncio.Event()
    # The event the app sends for the same poll: as many bytes for the phones to read.
    poll = Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B", "C"], id=1)
    poll_state = json.dumps(
        {"poll": poll_json(poll), "answer": None, "version": 3}, ensure_ascii=False
    )

    async def page(_request: web.Request) -> web.Response:
        return web.Response(text="<!doctype html><title>bare</title>", content_type="text/html")

    async def asset(_request: web.Request) -> web.Response:
        return web.Response(body=b"/* fixed */", content_type="text/css")

    async def events(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(b'event: state\ndata: {"poll": null}\n\n')
        await opened.wait()
        await response.write(f"event: state\ndata: {poll_state}\n\n".encode())
        await stop.wait()
        return response

    async def vote(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "status": "received", "answer": 0})

    app = web.Application()
    app.add_routes(
        [
            web.get("/j/{token}", page),
            web.get("/j/{token}/static/{name}", asset),
            web.get("/j/{token}/api/events", events),
            web.post("/j/{token}/api/polls/{poll_id}/vote", vote),
        ]
    )
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024, reuse_address=True)
    await site.start()
    port = runner.addresses[0][1]

    def command(line: str) -> None:
        if line == "open":
            opened_at = time.monotonic()
            opened.set()
            say({"opened_at": opened_at})
        elif line.startswith("finish") or line == "eof":
            say({"recorded": {}, "drawn": []})
            stop.set()

    reader = LineReader(command)
    asyncio.get_running_loop().add_reader(sys.stdin.fileno(), reader.readable)
    say({"url": f"http://127.0.0.1:{port}/j/bare", "poll_id": 1, "session_id": 0})
    await stop.wait()
    asyncio.get_running_loop().remove_reader(sys.stdin.fileno())
    await runner.cleanup()


def main(argv: list[str]) -> int:
    raise_file_limit()
    if argv[:1] == ["app"] and len(argv) == 2:
        run_app(Path(argv[1]))
    elif argv == ["bare"]:
        asyncio.run(serve_bare())
    else:
        print("usage: python -m benchmarks.host app FILE | bare", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
