"""What the room's network may not do, beyond tests/live/test_hardening.py: cross-origin
form posts, cross-origin reads, hosts without the port, the participant link standing in
for anything but itself, and bodies that never finish arriving."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import aiohttp

from tests.live.conftest import LiveRoom, new_phone, start_room


def test_cross_origin_form_post_is_refused(live_room: LiveRoom) -> None:
    poll = live_room.open("single")

    async def go() -> list[int]:
        phone = await new_phone(live_room.server.join_url)
        statuses = []
        async with phone.http as http:
            await phone.join()
            for origin in (
                "http://evil.example",
                "null",
                f"http://127.0.0.1:{live_room.server.port}0",
            ):
                async with http.post(
                    live_room.server.join_url + "/vote",
                    data={"poll_id": str(poll.id), "answer": "0"},
                    headers={"Origin": origin},
                    allow_redirects=False,
                ) as response:
                    statuses.append(response.status)
        return statuses

    assert asyncio.run(go()) == [403, 403, 403]
    assert live_room.stored("single") == []


def test_no_cross_origin_reads_are_allowed(live_room: LiveRoom) -> None:
    async def go() -> list[dict[str, str]]:
        phone = await new_phone(live_room.server.join_url)
        headers: list[dict[str, str]] = []
        async with phone.http as http:
            await phone.join()
            for path in ("", "/api/state"):
                async with http.get(
                    live_room.server.join_url + path, headers={"Origin": "http://evil.example"}
                ) as response:
                    headers.append(dict(response.headers))
            async with http.options(
                live_room.server.join_url + "/api/state",
                headers={
                    "Origin": "http://evil.example",
                    "Access-Control-Request-Method": "POST",
                },
            ) as response:
                assert response.status >= 400
                headers.append(dict(response.headers))
        return headers

    for headers in asyncio.run(go()):
        assert not any(k.lower().startswith("access-control-") for k in headers)


def test_host_must_name_the_address_and_port_exactly(live_room: LiveRoom) -> None:
    port = live_room.server.port

    async def go() -> list[int]:
        statuses = []
        async with aiohttp.ClientSession() as http:
            for host in ("127.0.0.1", f"127.0.0.1:{port}.evil.example", f"LOCALHOST:{port}", ""):
                async with http.get(live_room.server.join_url, headers={"Host": host}) as r:
                    statuses.append(r.status)
        return statuses

    assert asyncio.run(go()) == [421, 421, 421, 421]


def test_the_participant_link_opens_nothing_but_the_participant_page(live_room: LiveRoom) -> None:
    """A guessed or mistyped link is refused; the join token opens no other area."""
    token = live_room.server.join_token
    base = live_room.server.base_url
    notes_before = live_room.file.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]

    async def go() -> dict[str, int]:
        statuses = {}
        async with aiohttp.ClientSession() as http:
            for path in (
                f"/n/{token}",  # the note-taker area: not with the participant's token
                f"/j/{token[:-1]}",
                f"/j/{token}x",
                f"/j/{token.swapcase()}",
                "/j/",
            ):
                async with http.get(base + path) as response:
                    statuses[f"GET {path}"] = response.status
            for path in (f"/n/{token}/api/notes", f"/n/{token}/notes"):
                async with http.post(base + path, json={"text": "smuggled", "kind": "note"}) as r:
                    statuses[f"POST {path}"] = r.status
        return statuses

    statuses = asyncio.run(go())
    assert all(status >= 400 for status in statuses.values()), statuses
    notes_after = live_room.file.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    assert notes_after == notes_before


def test_a_body_that_stalls_is_cut_off_and_the_room_goes_on(tmp_path: Path) -> None:
    room = start_room(tmp_path / "stall.workshop", idle_timeout=0.5)
    try:
        poll = room.open("text")
        port, token = room.server.port, room.server.join_token
        assert port
        room.server.set_notetaker_token("n" * 32)
        stalled = []
        for path in (
            f"/j/{token}/api/polls/{poll.id}/vote",
            f"/j/{token}/vote",
            f"/n/{'n' * 32}/api/notes",
        ):
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
            sock.sendall(  # whole headers, then a body that never finishes
                f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                'Content-Length: 100\r\n\r\nanswer="'.encode()
            )
            stalled.append(sock)

        async def vote() -> int:
            phone = await new_phone(room.server.join_url)
            async with phone.http:
                await phone.join()
                return (await phone.vote(poll, "meanwhile"))[0]

        assert asyncio.run(vote()) == 200
        for sock in stalled:  # each gets "too slow" from the server, not a hang
            assert sock.recv(1024).startswith(b"HTTP/1.1 408")
            sock.close()
        assert room.stored("text") == ["meanwhile"]
    finally:
        room.server.stop()
        room.file.close()
