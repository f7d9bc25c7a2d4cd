"""Snapshots, the end of a session (no device token left), and resuming a session."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.live.conftest import LiveRoom, new_phone, start_room
from workshop_app.clock import SystemClock
from workshop_app.domain.ballots import device_digest
from workshop_app.live.server import LiveConfig, LiveServer
from workshop_app.store.sessions_repo import SessionsRepo


def test_snapshots_are_coalesced_not_one_per_vote(live_room: LiveRoom) -> None:
    poll = live_room.open("single")
    assert poll.id is not None
    phones_count = 60

    async def go() -> None:
        phones = [await new_phone(live_room.server.join_url) for _ in range(phones_count)]
        try:
            await asyncio.gather(*(p.join() for p in phones))
            results = await asyncio.gather(*(p.vote(poll, i % 3) for i, p in enumerate(phones)))
            assert all(status == 200 for status, _ in results)
        finally:
            await asyncio.gather(*(p.http.close() for p in phones))

    before = len(live_room.snapshots)
    asyncio.run(go())
    final = live_room.wait_for_snapshot(lambda s: s.responses.get(poll.id or 0) == phones_count)
    assert final.tallies[poll.id].counts == [20, 20, 20]
    assert len(live_room.snapshots) - before < phones_count / 3


def test_moderated_answer_leaves_the_tally(live_room: LiveRoom) -> None:
    poll = live_room.open("text")
    assert poll.id is not None

    async def go() -> None:
        phones = [await new_phone(live_room.server.join_url) for _ in range(2)]
        for phone, text in zip(phones, ["Streetlights", "Insult"], strict=True):
            async with phone.http:
                await phone.join()
                assert (await phone.vote(poll, text))[0] == 200

    asyncio.run(go())
    response_id = live_room.file.conn.execute(
        "SELECT id FROM responses WHERE value = ?", ('"Insult"',)
    ).fetchone()[0]
    live_room.server.set_answer_hidden(response_id, True).result(timeout=5)
    # Both answers counted, the hidden one out of the texts (an earlier snapshot, from
    # before the second vote, also shows only "Streetlights": wait for both conditions).
    snap = live_room.wait_for_snapshot(
        lambda s: (
            poll.id in s.tallies
            and s.tallies[poll.id].texts == ["Streetlights"]
            and s.responses.get(poll.id) == 2
        )
    )
    assert snap.tallies[poll.id].texts == ["Streetlights"]
    hidden = live_room.file.conn.execute(
        "SELECT hidden FROM responses WHERE id = ?", (response_id,)
    ).fetchone()[0]
    assert hidden == 1


def test_end_of_session_leaves_no_device_token_in_the_file(tmp_path: Path) -> None:
    room = start_room(tmp_path / "private.workshop")
    tokens: list[str] = []
    try:
        poll = room.open("single")

        async def go() -> None:
            for i in range(5):
                phone = await new_phone(room.server.join_url)
                async with phone.http:
                    await phone.join()
                    assert (await phone.vote(poll, i % 2))[0] == 200
                    tokens.extend(c.value for c in phone.http.cookie_jar)

        asyncio.run(go())
        assert len(set(tokens)) == 5
        stored = {r[0] for r in room.file.conn.execute("SELECT token FROM devices")}
        assert stored == {device_digest(t) for t in tokens}  # a digest, never the token
    finally:
        room.server.stop()
    participants = SessionsRepo(room.file).end(room.session_id, SystemClock().now())
    room.file.close()
    assert participants == 5
    for path in tmp_path.iterdir():  # the file, its -wal if any, everything beside it
        if path.is_file():
            raw = path.read_bytes()
            for token in tokens:
                assert token.encode() not in raw, path.name
            assert b"127.0.0.1" not in raw, path.name
    import sqlite3

    conn = sqlite3.connect(tmp_path / "private.workshop")
    assert conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == 5
    assert conn.execute("SELECT COUNT(*) FROM devices").fetchone()[0] == 0
    assert conn.execute("SELECT participants FROM sessions").fetchone()[0] == 5
    conn.close()


def test_resume_keeps_the_join_url_and_the_one_vote_rule(tmp_path: Path) -> None:
    room = start_room(tmp_path / "resume.workshop")
    poll = room.open("single")
    server = room.server
    join_url, token, code = server.join_url, server.join_token, server.room_code
    port = server.port
    assert port is not None
    voter = None
    try:

        async def first_vote() -> dict[str, str]:
            phone = await new_phone(join_url)
            async with phone.http:
                await phone.join()
                assert (await phone.vote(poll, 0))[0] == 200
                return {c.key: c.value for c in phone.http.cookie_jar}

        voter = asyncio.run(first_vote())
    finally:
        server.stop()  # as if the app quit with the session kept open

    resumed = LiveServer(
        room.file.path,
        room.session_id,
        LiveConfig(host="127.0.0.1", port=port, join_token=token, room_code=code),
    )
    resumed.start()
    try:
        assert resumed.join_url == join_url

        async def after_resume() -> None:
            import aiohttp

            from tests.live.conftest import Phone

            jar = aiohttp.CookieJar(unsafe=True)
            jar.update_cookies(voter, response_url=__import__("yarl").URL(join_url))
            old = Phone(aiohttp.ClientSession(cookie_jar=jar), join_url)
            new = await new_phone(join_url)
            async with old.http, new.http:
                state = await old.state()
                assert state["poll"]["id"] == poll.id  # the open poll stayed open
                assert state["answer"] == 0  # this phone is remembered
                assert (await new.join()) and (await new.vote(poll, 1))[0] == 200

        asyncio.run(after_resume())
    finally:
        resumed.stop()
        counts = room.file.conn.execute(
            "SELECT value, COUNT(*) FROM responses GROUP BY value ORDER BY value"
        ).fetchall()
        room.file.close()
    assert [tuple(c) for c in counts] == [("0", 1), ("1", 1)]
