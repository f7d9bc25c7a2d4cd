"""Run a live session in its own process, for tests that kill it with SIGKILL.

Usage: python -m tests.live.serve_for_test FILE  (creates FILE, prints the join URL)
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from tests.live.conftest import make_polls
from workshop_app.clock import SystemClock
from workshop_app.domain.polls import PollState
from workshop_app.domain.workshop import Workshop
from workshop_app.live.server import LiveConfig, LiveServer
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile


def main(path: Path) -> None:
    file = WorkshopFile.create(path, Workshop(title="Crash test"))
    polls = make_polls(file)
    for poll in polls.values():  # every poll open: the clients vote on any of them
        poll.state = PollState.OPEN
        file.update_poll(poll)
    repo = SessionsRepo(file)
    session = repo.start(SystemClock().now())
    assert session.id is not None
    server = LiveServer(
        path, session.id, LiveConfig(host="127.0.0.1", port=0, ip_burst=1e9, ip_rate=1e9)
    )
    server.start()
    assert server.port is not None
    repo.set_join(session.id, server.join_token, server.room_code, server.host, server.port)
    ids = ",".join(f"{name}={poll.id}" for name, poll in polls.items())
    print(f"{server.join_url} {ids}", flush=True)
    threading.Event().wait()  # serve until killed


if __name__ == "__main__":
    main(Path(sys.argv[1]))
