"""What the room's network may not do: wrong Host, cross-origin POSTs, floods, leftovers."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import aiohttp
import pytest

from tests.live.conftest import LiveRoom, new_phone, start_room
from workshop_app.live.server import LiveConfig, LiveServer, LiveServerError


def test_wrong_host_is_refused(live_room: LiveRoom) -> None:
    async def go() -> None:
        async with aiohttp.ClientSession() as http:
            for host in ("attacker.example", "localhost", f"127.0.0.1:{live_room.server.port + 1}"):
                async with http.get(live_room.server.join_url, headers={"Host": host}) as r:
                    assert r.status == 421

    asyncio.run(go())


def test_cross_origin_post_is_refused(live_room: LiveRoom) -> None:
    poll = live_room.open("single")

    async def go() -> None:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http:
            await phone.join()
            status, body = await phone.vote(poll, 0, headers={"Origin": "http://evil.example"})
            assert status == 403 and body["error"] == "cross_origin"
            status, _ = await phone.vote(poll, 0, headers={"Origin": "null"})
            assert status == 403
            status, _ = await phone.vote(poll, 0, headers={"Origin": live_room.server.base_url})
            assert status == 200

    asyncio.run(go())
    assert live_room.stored("single") == [0]


def test_security_headers(live_room: LiveRoom) -> None:
    async def go() -> dict[str, str]:
        async with aiohttp.ClientSession() as http, http.get(live_room.server.join_url) as r:
            return dict(r.headers)

    headers = asyncio.run(go())
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_per_device_rate_limit(tmp_path: Path) -> None:
    room = start_room(tmp_path / "limited.workshop", device_rate=0.001, device_burst=3)
    try:
        poll = room.open("single")

        async def go() -> list[int]:
            phone = await new_phone(room.server.join_url)
            async with phone.http:
                await phone.join()
                return [(await phone.vote(poll, 0))[0] for _ in range(5)]

        assert asyncio.run(go()) == [200, 200, 200, 429, 429]
    finally:
        room.server.stop()
        room.file.close()


def test_nothing_listens_after_stop(tmp_path: Path) -> None:
    room = start_room(tmp_path / "stop.workshop")
    port = room.server.port
    assert port
    room.server.stop()
    room.file.close()
    with socket.socket() as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(("127.0.0.1", port))


def test_busy_port_falls_back_to_the_next(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        busy = blocker.getsockname()[1]
        room = start_room(tmp_path / "busy.workshop")
        try:
            server = LiveServer(
                room.file.path, room.session_id, LiveConfig(host="127.0.0.1", port=busy)
            )
            server.start()
            try:
                assert server.port is not None and server.port != busy
                assert server.port > busy
            finally:
                server.stop()
        finally:
            room.server.stop()
            room.file.close()


def test_unusable_address_says_so(tmp_path: Path) -> None:
    room = start_room(tmp_path / "bad-host.workshop")
    try:
        server = LiveServer(room.file.path, room.session_id, LiveConfig(host="192.0.2.123", port=0))
        with pytest.raises(LiveServerError, match=r"Cannot listen on 192\.0\.2\.123"):
            server.start()
    finally:
        room.server.stop()
        room.file.close()


def test_slow_clients_time_out_and_do_not_block_others(tmp_path: Path) -> None:
    room = start_room(tmp_path / "slow.workshop", idle_timeout=0.5)
    try:
        poll = room.open("single")
        port = room.server.port
        assert port
        stalled = []
        for _ in range(30):  # requests that never finish their headers
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
            sock.sendall(b"GET /j/" + room.server.join_token.encode() + b" HTTP/1.1\r\nHost: ")
            stalled.append(sock)

        async def vote() -> int:
            phone = await new_phone(room.server.join_url)
            async with phone.http:
                await phone.join()
                return (await phone.vote(poll, 1))[0]

        assert asyncio.run(vote()) == 200  # the room goes on meanwhile
        for sock in stalled:  # and the server hangs up on each stalled client by itself
            assert sock.recv(1024) == b""
            sock.close()
    finally:
        room.server.stop()
        room.file.close()
