"""A live session on a real server over loopback, with phones that keep their cookies."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from workshop_app.clock import SystemClock
from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.live.server import LiveConfig, LiveServer
from workshop_app.live.snapshot import LiveSnapshot
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile


@dataclass
class LiveRoom:
    file: WorkshopFile
    server: LiveServer
    session_id: int
    polls: dict[str, Poll]
    snapshots: list[LiveSnapshot] = field(default_factory=list)
    snapshot_arrived: threading.Event = field(default_factory=threading.Event)

    def open(self, name: str) -> Poll:
        poll = self.polls[name]
        self.file.update_poll(replace(poll, state=PollState.OPEN))
        assert poll.id is not None
        self.server.open_poll(poll.id).result(timeout=5)
        return poll

    def close(self, name: str) -> None:
        poll = self.polls[name]
        self.file.update_poll(replace(poll, state=PollState.CLOSED))
        assert poll.id is not None
        self.server.close_poll(poll.id).result(timeout=5)

    def stored(self, name: str) -> list[Any]:
        import json

        poll_id = self.polls[name].id
        rows = self.file.conn.execute(
            "SELECT value FROM responses WHERE poll_id = ? ORDER BY id", (poll_id,)
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def wait_for_snapshot(self, accept: Callable[[LiveSnapshot], bool]) -> LiveSnapshot:
        for _ in range(100):
            for snap in reversed(self.snapshots):
                if accept(snap):
                    return snap
            self.snapshot_arrived.wait(0.1)
            self.snapshot_arrived.clear()
        raise AssertionError("no matching snapshot arrived")


def make_polls(file: WorkshopFile) -> dict[str, Poll]:
    item = file.add_item(AgendaItem(title="Warm-up"))
    specs = {
        "single": Poll(PollType.SINGLE_CHOICE, "Where do you live?", ["North", "South", "East"]),
        "multi": Poll(
            PollType.MULTIPLE_CHOICE,
            "What helps?",
            ["Light", "Police", "Neighbours", "Cafés"],
            settings=PollSettings(max_choices=2),
        ),
        "scale": Poll(
            PollType.SCALE,
            "How safe?",
            settings=PollSettings(
                scale_min=1, scale_max=5, scale_min_label="Not at all", scale_max_label="Very"
            ),
        ),
        "text": Poll(PollType.OPEN_TEXT, "One word?"),
        "rank": Poll(PollType.RANKING, "Priorities", ["Youth", "Lighting", "Housing"]),
        "once": Poll(
            PollType.SINGLE_CHOICE,
            "Final answer?",
            ["Yes", "No"],
            settings=PollSettings(allow_change=False),
        ),
    }
    polls = {}
    for name, poll in specs.items():
        poll.item_id = item.id
        polls[name] = file.add_poll(poll)
    return polls


def start_room(path: Path, **config: Any) -> LiveRoom:
    # Every simulated phone shares loopback: no per-address connection cap for it,
    # unless a test asks for one (unlimited_addresses=()).
    config.setdefault("unlimited_addresses", ("127.0.0.1",))
    file = WorkshopFile.create(path, Workshop(title="Safety <evening> & more"))
    polls = make_polls(file)
    session = SessionsRepo(file).start(SystemClock().now())
    assert session.id is not None
    room_holder: list[LiveRoom] = []

    def notify() -> None:
        # What the app's bridge does: read the snapshot the server has just swapped in.
        room = room_holder[0]
        assert room.server.latest is not None
        room.snapshots.append(room.server.latest)
        room.snapshot_arrived.set()

    server = LiveServer(
        path,
        session.id,
        LiveConfig(host="127.0.0.1", port=0, title="Safety evening", **config),
        notify,
    )
    room = LiveRoom(file, server, session.id, polls)
    room_holder.append(room)
    server.start()
    return room


@pytest.fixture
def live_room(tmp_path: Path) -> Iterator[LiveRoom]:
    room = start_room(tmp_path / "live.workshop")
    yield room
    room.server.stop()
    room.file.close()


class Phone:
    """One simulated phone: its own cookie jar, like a browser on one device."""

    def __init__(self, session: aiohttp.ClientSession, join_url: str) -> None:
        self.http = session
        self.join_url = join_url

    async def join(self) -> str:
        async with self.http.get(self.join_url) as response:
            assert response.status == 200
            return await response.text()

    async def vote(self, poll: Poll, answer: Any, **kwargs: Any) -> tuple[int, dict[str, Any]]:
        url = f"{self.join_url}/api/polls/{poll.id}/vote"
        async with self.http.post(url, json={"answer": answer}, **kwargs) as response:
            return response.status, await response.json()

    async def state(self) -> dict[str, Any]:
        async with self.http.get(f"{self.join_url}/api/state") as response:
            result: dict[str, Any] = await response.json()
            return result

    async def until_open(self, poll_id: int | None, within: float = 5.0) -> None:
        """Wait, as a phone's page does, until the server says this poll is open (the app
        opens it on the server's thread a moment after PageDown)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while ((await self.state()).get("poll") or {}).get("id") != poll_id:
            assert loop.time() < deadline, f"poll {poll_id} never opened on the phone"
            await asyncio.sleep(0.01)


def run(coro_factory: Callable[..., Any], *args: Any) -> Any:
    return asyncio.run(coro_factory(*args))


async def new_phone(join_url: str) -> Phone:
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    return Phone(session, join_url)
