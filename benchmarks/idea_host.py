"""The app's side of the idea-wall load, in a process of its own, driven line by line on
stdin (the protocol and the meters of benchmarks.host).

Usage: python -m benchmarks.idea_host FILE [PROFILE_DIR]

What the facilitator's laptop runs: a Qt GUI thread (offscreen) with the real run
controller, the real live adapter (server thread, writer thread, bridge, snapshots), the
console (whose moderation panel lists every idea) and a shown presenter window (whose
board shows the top ideas), both bound to the real run-session view model as in the app.

Protocol: one JSON line when listening ({"url", "poll_id", "session_id"}); stdin "open"
→ the facilitator opens the wall, {"opened_at"}; "window T" → the load window starts at
monotonic time T (the stall meter counts from then: set-up, first paint and opening the
wall are not in it); "finish" → the report, once the GUI holds every acknowledged upvote
(or after a few seconds), then exit.

With PROFILE_DIR, cProfile runs on the GUI thread and on the server's loop thread during
the load window, and their statistics are written there (gui.prof, server.prof).
"""

from __future__ import annotations

import cProfile
import gc
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from benchmarks.host import (
    DRAW_WAIT_S,
    TICK_MS,
    GcMeter,
    StallMeter,
    finish_when_done,
    say,
    shown_run_mode,
    take_commands,
)
from benchmarks.phones import raise_file_limit

STALL_NOTED_MS = 30.0  # stalls at least this long are listed with when they ended


def run_wall(path: Path, profile_dir: Path | None) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from workshop_app.domain.polls import Poll, PollType
    from workshop_app.live.idea_wall import IdeaWall
    from workshop_app.live.snapshot import LiveSnapshot
    from workshop_app.ui.gc_reclaim import reclaim_on_gui_thread

    # Observation only: when each upvote entered the room (right before its ack is
    # written to the phone) and the idea's count then. Appended on the server's thread.
    entered: deque[tuple[int, int, float]] = deque()
    voted = IdeaWall.voted

    def observed_voted(wall: IdeaWall, idea_id: int, voter: str, on: bool) -> None:
        voted(wall, idea_id, voter, on)
        row = wall.row(idea_id)
        entered.append((idea_id, row.votes if row is not None else 0, time.monotonic()))

    IdeaWall.voted = observed_voted  # type: ignore[method-assign, assignment]

    app = QApplication([])
    reclaim_on_gui_thread(app)  # as the app does (workshop_app.app.build_gui)
    # The console's moderation panel lists the ideas; the presenter's board the top five.
    side = shown_run_mode(
        path, "Idea wall", Poll(PollType.IDEA_WALL, "Ideas?"), lambda: meter.phase == "burst"
    )
    file, poll_id, live, controller = side.file, side.poll_id, side.live, side.controller
    session_view, snapshot_cpu, snapshot_wall = side.session_view, side.cpu, side.wall
    session = controller.start()  # the intro step; the next step opens the wall
    server = live.server
    assert server is not None and session.id is not None

    # Upvote entered the room → the GUI holds a wall with that count (connected after the
    # adapter: the console's list and the presenter's board have taken this snapshot).
    pending: list[tuple[int, int, float]] = []
    latencies: list[float] = []
    seen_rows: list[Any] = [None, {}]  # the rows tuple last looked at, its counts by id
    finish: dict[str, Any] = {}

    def snapshot_taken(_snapshot: LiveSnapshot) -> None:
        now = time.monotonic()
        while entered:
            pending.append(entered.popleft())
        rows = session_view.ideas(poll_id)
        if rows is not seen_rows[0]:
            seen_rows[:] = [rows, {row.id: row.votes for row in rows}]
        votes: dict[int, int] = seen_rows[1]
        left = []
        for idea, count, at in pending:
            if votes.get(idea, 0) >= count:
                latencies.append(now - at)
            else:
                left.append((idea, count, at))
        pending[:] = left
        check_finished()

    live.bridge.snapshot.connect(snapshot_taken)

    meter = StallMeter()
    collections = GcMeter(meter)
    gc.callbacks.append(collections)
    # Where the load window's long stalls and collections were (for finding their cause).
    long_stalls: list[tuple[float, float]] = []  # (ended at, ms late)
    long_collections: list[tuple[float, int, float]] = []  # (ended at, generation, ms)
    gc_started = [0.0]

    def gc_watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_started[0] = time.monotonic()
        elif meter.phase == "burst":
            took = (time.monotonic() - gc_started[0]) * 1000
            if took >= 10:
                long_collections.append((time.monotonic(), info["generation"], took))

    gc.callbacks.append(gc_watch)
    window: dict[str, float] = {}
    profiles: dict[str, cProfile.Profile] = {}

    def tick() -> None:
        before = meter.last
        meter.tick()
        late = (meter.last - before) * 1000 - TICK_MS
        if meter.phase == "burst" and late >= STALL_NOTED_MS:
            long_stalls.append((meter.last, late))
        if meter.phase == "join" and "at" in window and time.monotonic() >= window["at"]:
            meter.phase = "burst"  # the load window: only its stalls count
            meter.worst["burst"] = 0.0
            if profile_dir is not None:
                start_profiles()

    def start_profiles() -> None:
        profiles["gui"] = cProfile.Profile()
        profiles["gui"].enable()
        profiles["server"] = cProfile.Profile()
        loop = server._loop
        if loop is not None:
            loop.call_soon_threadsafe(profiles["server"].enable)

    def stop_profiles() -> None:
        if not profiles or profile_dir is None:
            return
        profiles["gui"].disable()
        stopped = threading.Event()

        def stop_server_profile() -> None:
            profiles["server"].disable()
            stopped.set()

        loop = server._loop
        if loop is not None:
            loop.call_soon_threadsafe(stop_server_profile)
            stopped.wait(5)
        profile_dir.mkdir(parents=True, exist_ok=True)
        for name, profile in profiles.items():
            profile.dump_stats(str(profile_dir / f"{name}.prof"))

    def check_finished() -> None:
        if "deadline" not in finish or "done" in finish:
            return
        while entered:
            pending.append(entered.popleft())
        if pending and time.monotonic() < finish["deadline"]:
            return
        finish["done"] = True
        meter.phase = "after"
        stop_profiles()
        room = server.room.wall(poll_id).rows()  # the server is idle: the phones are done
        shown = session_view.ideas(poll_id)
        say(
            {
                "latencies": latencies,
                "never_seen": len(pending),
                "room_votes": {str(row.id): row.votes for row in room},
                "gui_votes": {str(row.id): row.votes for row in shown},
                "stall_join_s": meter.worst["join"],
                "stall_load_s": meter.worst["burst"],
                "stall_load_ended": meter.worst_at.get("burst"),
                "ticks_load": meter.ticks["burst"],
                "gc_pause_load_s": collections.worst["burst"],
                "snapshot_gui_s": snapshot_cpu,
                "snapshot_gui_wall_s": snapshot_wall,
                "long_stalls": long_stalls,
                "long_collections": long_collections,
                "window_at": window.get("at"),
                "commits": server._writer.commits if server._writer is not None else None,
            }
        )
        timer.stop()
        controller.suspend()  # stops the server; the session stays in the file
        file.close()
        app.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()

    def command(line: str) -> None:
        if line == "open":
            opened_at = time.monotonic()
            controller.next()  # the facilitator's key: the wall opens, in the file and live
            say({"opened_at": opened_at})
        elif line.startswith("window"):
            window["at"] = float(line.split()[1])
        elif line == "finish":
            finish["deadline"] = time.monotonic() + DRAW_WAIT_S
            finish_when_done(app, check_finished)
        elif line == "eof":
            app.quit()

    hello = {"url": live.join_url(), "poll_id": poll_id, "session_id": session.id}
    take_commands(app, live, hello, command, finish)


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print("usage: python -m benchmarks.idea_host FILE [PROFILE_DIR]", file=sys.stderr)
        return 2
    raise_file_limit()
    run_wall(Path(argv[0]), Path(argv[1]) if len(argv) == 2 else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
