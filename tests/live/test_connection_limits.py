"""File handles, connections and event streams one address (or everyone) may hold."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live.conftest import LiveRoom, new_phone, run, start_room

ATTACKER = "127.0.0.2"  # another address on loopback: Linux routes all of 127/8 to lo


@pytest.fixture
def capped_room(tmp_path: Path) -> Iterator[LiveRoom]:
    room = start_room(
        tmp_path / "capped.workshop",
        unlimited_addresses=(),
        connections_per_address=4,
        header_timeout=0.5,
        max_streams=3,
        streams_per_device=2,
    )
    yield room
    room.server.stop()
    room.file.close()


async def _get_on(
    writer: asyncio.StreamWriter, reader: asyncio.StreamReader, room: LiveRoom
) -> bytes:
    path = room.server.join_url.split(str(room.server.port), 1)[1]
    host = f"127.0.0.1:{room.server.port}"
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    return await asyncio.wait_for(reader.read(), 5)


def test_an_address_beyond_its_cap_gets_a_room_full_page_and_others_still_vote(
    capped_room: LiveRoom,
) -> None:
    poll = capped_room.open("single")
    port = capped_room.server.port

    async def go() -> tuple[bytes, int]:
        held = [
            await asyncio.open_connection("127.0.0.1", port, local_addr=(ATTACKER, 0))
            for _ in range(4)
        ]
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(ATTACKER, 0))
        refused = await _get_on(writer, reader, capped_room)
        writer.close()
        # A phone from another address is not affected.
        phone = await new_phone(capped_room.server.join_url)
        async with phone.http:
            await phone.join()
            status, _ = await phone.vote(poll, 1)
        for _, w in held:
            w.close()
        return refused, status

    refused, status = asyncio.run(go())
    assert refused.startswith(b"HTTP/1.1 503") and b"The room is full" in refused
    assert status == 200


def test_a_connection_that_sends_no_request_head_is_closed_soon(capped_room: LiveRoom) -> None:
    async def go() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", capped_room.server.port)
        writer.write(b"GET / HTTP/1.1\r\nHost: ")  # and then nothing more
        await writer.drain()
        closed = await asyncio.wait_for(reader.read(), 5)  # well before the 15 s idle limit
        writer.close()
        return closed

    assert asyncio.run(go()) == b""


def test_phones_are_counted_by_device_and_streams_are_capped(capped_room: LiveRoom) -> None:
    url = capped_room.server.join_url

    async def go() -> tuple[list[int], int, int]:
        first, second, third = [await new_phone(url) for _ in range(3)]
        statuses = []
        streams = []
        async with first.http, second.http, third.http:
            await first.join()
            for _ in range(3):  # one phone, three tabs: the third is refused
                response = await first.http.get(f"{url}/api/events")
                statuses.append(response.status)
                streams.append(response)
            connected = capped_room.server.room.connected_devices
            await second.join()
            streams.append(await second.http.get(f"{url}/api/events"))
            async with third.http.get(url) as page:
                full = page.status  # three streams are the whole room here
            for response in streams:
                response.close()
        return statuses, connected, full

    statuses, connected, full = asyncio.run(go())
    assert statuses == [200, 200, 429]
    assert connected == 1  # two streams, one phone
    assert full == 503


def test_starting_the_server_raises_the_open_file_limit(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import resource
        from pathlib import Path
        from tests.live.conftest import start_room
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))
        room = start_room(Path({str(tmp_path / "fd.workshop")!r}))
        print(resource.getrlimit(resource.RLIMIT_NOFILE)[0], hard)
        room.server.stop()
        room.file.close()
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    ).stdout.split()
    soft, hard = int(out[0]), int(out[1])
    assert soft > 256 and soft == min(hard, max(hard, 256))


def _server_transports(port: int) -> int:
    """Socket transports of the live server (local port = its port), alive or garbage."""
    return sum(
        1
        for o in gc.get_objects()
        if isinstance(o, asyncio.Transport)
        and (o.get_extra_info("sockname") or (None, None))[1] == port
    )


def test_closed_connections_are_freed_without_a_full_collection(live_room: LiveRoom) -> None:
    # During a live session full collections are rare (gc_policy): a closed connection
    # that only the cyclic collector could free would pile up with every phone that
    # drops and rejoins (hundreds a minute in a rehearsal).
    port = live_room.server.port

    async def come_and_go() -> None:
        for _ in range(30):
            phone = await new_phone(live_room.server.join_url)
            async with phone.http:
                await phone.join()

    gc.collect()
    gc.disable()
    try:
        before = _server_transports(port)
        run(come_and_go)
        # The server's thread finishes each close a moment after the phone's side (its
        # event loop still holds the transport until the close's callback has run):
        # look again for up to two seconds. Left for the cyclic collector, all 30 stay.
        deadline = time.monotonic() + 2.0
        while (left := _server_transports(port) - before) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert live_room.server.guard.open_total == 0
    finally:
        gc.enable()
    assert left == 0, f"{left} closed connections still held"
