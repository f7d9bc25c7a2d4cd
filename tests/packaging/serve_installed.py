"""Serve a live session from an *installed* workshop-app, for tests/packaging/test_wheel.py.

Run as ``python -I serve_installed.py FILE`` with a virtual environment's Python: isolated
mode keeps the source tree off ``sys.path``, so everything comes from the installed package.
Prints ``PACKAGE_DIR RESOURCES_DIR JOIN_URL`` and serves until stdin closes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import workshop_app
from workshop_app.clock import SystemClock
from workshop_app.domain.workshop import Workshop
from workshop_app.live.server import LiveConfig, LiveServer
from workshop_app.resources import resources_dir
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile


def main(path: Path) -> None:
    file = WorkshopFile.create(path, Workshop(title="Installed"))
    repo = SessionsRepo(file)
    session = repo.start(SystemClock().now())
    assert session.id is not None
    server = LiveServer(path, session.id, LiveConfig(host="127.0.0.1", port=0))
    server.start()
    assert server.port is not None
    repo.set_join(session.id, server.join_token, server.room_code, server.host, server.port)
    package_dir = Path(workshop_app.__file__).parent
    print(package_dir, resources_dir(), server.join_url, flush=True)
    try:
        sys.stdin.read()  # serve until the test closes our stdin
    finally:
        server.stop()
        file.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
