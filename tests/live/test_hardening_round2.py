"""Second round of hardening: nested JSON, addresses in logs."""

from __future__ import annotations

import asyncio
import logging

import pytest

from tests.live.conftest import LiveRoom, new_phone


def test_deeply_nested_json_is_a_400(live_room: LiveRoom) -> None:
    poll = live_room.open("single")
    nested = "[" * 5000 + "]" * 5000

    async def go() -> list[tuple[int, str]]:
        phone = await new_phone(live_room.server.join_url)
        answers = []
        async with phone.http:
            await phone.join()
            for body in ('{"answer": ' + nested + "}", nested):
                async with phone.http.post(
                    f"{phone.join_url}/api/polls/{poll.id}/vote",
                    data=body,
                    headers={"Content-Type": "application/json"},
                ) as r:
                    answers.append((r.status, (await r.json())["error"]))
        return answers

    assert asyncio.run(go()) == [(400, "bad_json"), (400, "bad_json")]
    assert live_room.stored("single") == []


def test_no_client_address_in_any_log(
    live_room: LiveRoom, caplog: pytest.LogCaptureFixture
) -> None:
    """A malformed request makes aiohttp log "Error handling request from <peer>"."""
    port = live_room.server.port
    assert port is not None

    async def send_garbage() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        host = f"127.0.0.1:{port}"
        writer.write(f"GET / HTTP/1.1\r\nHost: {host}\r\nBad Header Line\r\n\r\n".encode())
        await writer.drain()
        answer = await reader.read()
        writer.close()
        return answer

    with caplog.at_level(logging.DEBUG):
        answer = asyncio.run(send_garbage())
        # The error is logged on the server's thread; a normal request afterwards orders it.
        assert answer.split(b"\r\n")[0].endswith(b" 400 Bad Request")
        live_room.server.open_poll(live_room.polls["single"].id or 0).result(timeout=5)
    text = caplog.text
    assert "Error handling request" in text  # the line is there …
    assert "127.0.0.1" not in text  # … without the address
