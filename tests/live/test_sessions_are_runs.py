"""Two sessions of one file through the real server: the second starts every poll empty,
with a new link, and a phone from the first evening is a new device in the second."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import aiohttp
import yarl

from tests.live.conftest import Phone, new_phone, start_room
from workshop_app.clock import SystemClock
from workshop_app.domain.ballots import device_digest
from workshop_app.domain.polls import PollState
from workshop_app.live.participant_api import DEVICE_COOKIE
from workshop_app.live.server import LiveConfig, LiveServer
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.sessions_repo import SessionsRepo


def test_second_session_starts_empty_and_takes_an_old_cookie_as_a_new_device(
    tmp_path: Path,
) -> None:
    room = start_room(tmp_path / "two.workshop")
    poll = room.open("once")  # one answer per device: a second vote would be refused
    assert poll.id is not None
    first_url = room.server.join_url
    try:

        async def first_evening() -> str:
            phone = await new_phone(first_url)
            async with phone.http:
                await phone.join()
                assert (await phone.vote(poll, 0))[0] == 200
                return next(c.value for c in phone.http.cookie_jar if c.key == DEVICE_COOKIE)

        cookie = asyncio.run(first_evening())
    finally:
        room.server.stop(session_ended=True)
    repo = SessionsRepo(room.file)
    repo.end(room.session_id, SystemClock().now())
    responses = ResponsesRepo(room.file)
    assert responses.count(poll.id, [room.session_id]) == 1

    second = repo.start(SystemClock().now(), polls_to_draft=True)
    assert second.id is not None
    assert room.file.poll(poll.id).state == PollState.DRAFT  # type: ignore[union-attr]
    room.file.conn.execute("UPDATE polls SET state = 'open' WHERE id = ?", (poll.id,))
    arrived = threading.Event()
    server = LiveServer(
        room.file.path,
        second.id,
        LiveConfig(host="127.0.0.1", port=0, unlimited_addresses=("127.0.0.1",)),
        arrived.set,
    )
    server.start()
    try:
        assert server.join_url != first_url  # a new run, a new link
        server.open_poll(poll.id).result(timeout=5)
        assert server.latest is not None
        assert server.latest.responses.get(poll.id) == 0  # the first evening's vote is not here

        async def second_evening() -> tuple[int, set[str]]:
            jar = aiohttp.CookieJar(unsafe=True)
            # The same phone, still holding its cookie from the first evening.
            jar.update_cookies({DEVICE_COOKIE: cookie}, yarl.URL(server.join_url))
            phone = Phone(aiohttp.ClientSession(cookie_jar=jar), server.join_url)
            async with phone.http:
                await phone.join()
                status, _ = await phone.vote(poll, 1)
                held = {c.value for c in phone.http.cookie_jar if c.key == DEVICE_COOKIE}
                return status, held

        status, held = asyncio.run(second_evening())
        assert status == 200  # accepted: a new device in this run
        devices = {r[0] for r in room.file.conn.execute("SELECT token FROM devices")}
        # The file keeps digests only (unlinkable answers): compare through the digest.
        assert len(devices) == 1 and device_digest(cookie) not in devices
        assert devices <= {device_digest(c) for c in held}  # it holds the new device's
        for _ in range(50):
            if server.latest is not None and server.latest.responses.get(poll.id) == 1:
                break
            arrived.wait(0.1)
            arrived.clear()
        assert server.latest is not None
        assert server.latest.responses.get(poll.id) == 1  # only this evening's vote
        assert server.latest.tallies[poll.id].counts == [0, 1]
    finally:
        server.stop(session_ended=True)
    repo.end(second.id, SystemClock().now())
    # The first evening's count is unchanged; each run keeps its own.
    assert responses.count(poll.id, [room.session_id]) == 1
    assert responses.count(poll.id, [second.id]) == 1
    assert responses.tally(room.file.poll(poll.id), sessions=[room.session_id]).counts == [1, 0]  # type: ignore[arg-type]
    room.file.close()
