"""Run a live session in its own process, for tests that kill it with SIGKILL.

Usage: python -m tests.live.serve_for_test FILE  (creates FILE, prints the join URL)
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from tests.live.conftest import make_polls
from workshop_app.clock import SystemClock
from workshop_app.domain.polls import Poll, PollState
from workshop_app.domain.workshop import Workshop
from workshop_app.live.server import LiveConfig, LiveServer
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

UNLIMITED = 1e9


def start_open_room(
    path: Path, *, unlimited_devices: bool = False
) -> tuple[WorkshopFile, dict[str, Poll], LiveServer]:
    """A new workshop at ``path`` with every poll open, served live on loopback.

    The phones all come from one loopback address, so the per-address limit is lifted;
    ``unlimited_devices`` lifts the per-phone limit too.
    """
    file = WorkshopFile.create(path, Workshop(title="Crash test"))
    polls = make_polls(file)
    for poll in polls.values():  # every poll open: the clients vote on any of them
        poll.state = PollState.OPEN
        file.update_poll(poll)
    repo = SessionsRepo(file)
    session = repo.start(SystemClock().now())
    assert session.id is not None
    config = LiveConfig(
        host="127.0.0.1",
        port=0,
        ip_burst=UNLIMITED,
        ip_rate=UNLIMITED,
        unlimited_addresses=("127.0.0.1",),  # every simulated phone shares loopback
    )
    if unlimited_devices:
        config.device_burst = config.device_rate = UNLIMITED
    server = LiveServer(path, session.id, config)
    server.start()
    assert server.port is not None
    repo.set_join(session.id, server.join_token, server.room_code, server.host, server.port)
    return file, polls, server


def poll_ids(polls: dict[str, Poll]) -> str:
    return ",".join(f"{name}={poll.id}" for name, poll in polls.items())


def main(path: Path) -> None:
    _, polls, server = start_open_room(path)
    print(f"{server.join_url} {poll_ids(polls)}", flush=True)
    threading.Event().wait()  # serve until killed


if __name__ == "__main__":
    main(Path(sys.argv[1]))
