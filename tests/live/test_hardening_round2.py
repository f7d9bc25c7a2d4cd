"""Second round of hardening: nested JSON, addresses in logs."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest

from tests.live.conftest import LiveRoom, new_phone
from workshop_app.live import notetaker_api
from workshop_app.live.tokens import new_notetaker_token


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


# --- note-taker links -------------------------------------------------------------------


def _notes_in_file(room: LiveRoom) -> list[tuple[str, str]]:
    rows = room.file.conn.execute("SELECT text, author FROM notes ORDER BY id").fetchall()
    return [(r[0], r[1]) for r in rows]


def test_a_link_revoked_while_the_body_arrives_stores_nothing(
    live_room: LiveRoom, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading = threading.Event()  # the handler passed its first check and waits for the body
    original = notetaker_api.read_json

    async def observed_read_json(request: Any, timeout: float) -> Any:
        reading.set()
        return await original(request, timeout)

    monkeypatch.setattr(notetaker_api, "read_json", observed_read_json)
    token = new_notetaker_token()
    live_room.server.set_notetaker_token(token)
    port = live_room.server.port
    body = json.dumps({"kind": "note", "text": "sent before revoke"}).encode()

    async def slow_post() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            (
                f"POST /n/{token}/api/notes HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                "Connection: close\r\n\r\n"
            ).encode()
        )
        await writer.drain()
        assert await asyncio.to_thread(reading.wait, 5)  # the handler waits for the body
        live_room.server.set_notetaker_token(None)  # the facilitator presses "Revoke"
        writer.write(body)
        await writer.drain()
        answer = await reader.read()
        writer.close()
        return answer

    answer = asyncio.run(slow_post())
    assert answer.split(b"\r\n")[0] == b"HTTP/1.1 404 Not Found"
    assert _notes_in_file(live_room) == []


def test_a_new_link_cannot_edit_notes_of_an_earlier_link(live_room: LiveRoom) -> None:
    first, second = new_notetaker_token(), new_notetaker_token()
    base = live_room.server.base_url

    async def call(method: str, url: str, body: object) -> tuple[int, dict[str, object]]:
        async with aiohttp.ClientSession() as http, http.request(method, url, json=body) as r:
            return r.status, await r.json()

    live_room.server.set_notetaker_token(first)
    status, made = asyncio.run(call("POST", f"{base}/n/{first}/api/notes", {"text": "mine"}))
    assert status == 201
    note_id = made["note"]["id"]  # type: ignore[index]
    status, _ = asyncio.run(call("PUT", f"{base}/n/{first}/api/notes/{note_id}", {"text": "v2"}))
    assert status == 200  # a link edits its own notes

    live_room.server.set_notetaker_token(second)
    status, refused = asyncio.run(
        call("PUT", f"{base}/n/{second}/api/notes/{note_id}", {"text": "rewritten"})
    )
    assert (status, refused["error"]) == (403, "not_own")
    status, state = asyncio.run(call("GET", f"{base}/n/{second}/api/state", None))
    assert status == 200
    assert [n["editable"] for n in state["notes"]] == [False]  # type: ignore[union-attr]
    assert _notes_in_file(live_room) == [("v2", "note-taker")]


# --- reset race -------------------------------------------------------------------------


def _until(condition: Callable[[], bool], what: str) -> None:
    """Wait for a condition another thread makes true (a bounded wait, not a sleep)."""
    done = threading.Event()
    for _ in range(1000):
        if condition():
            return
        done.wait(0.005)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_vote_caught_by_a_reset_is_never_acknowledged_and_lost(live_room: LiveRoom) -> None:
    """A reset requested while a vote's batch waits for the writer: the phone is either
    told "received" with the vote in the file, or told about the reset and may vote again."""
    poll = live_room.open("once")
    server = live_room.server
    loop, writer = server._loop, server._writer
    assert loop is not None and writer is not None and poll.id is not None
    gate, holding = threading.Event(), threading.Event()

    def hold(_repo: object) -> bool:
        holding.set()
        return gate.wait(10)

    # Hold the writer thread, so the vote's batch waits behind this call. Wait until the
    # thread has taken it: until then it still sits in the queue the test counts below.
    held = asyncio.run_coroutine_threadsafe(writer.call(hold), loop)
    assert holding.wait(5), "the writer thread never took the held call"

    async def go() -> list[tuple[int, dict[str, Any]]]:
        phone = await new_phone(server.join_url)
        async with phone.http:
            await phone.join()
            first = asyncio.ensure_future(phone.vote(poll, 0))
            # The vote's batch is queued on the writer thread, behind the held call.
            await asyncio.to_thread(
                _until, lambda: writer._executor._work_queue.qsize() == 1, "the vote's batch"
            )
            reset = server.reset_poll(poll.id or 0)  # the facilitator resets now
            await asyncio.to_thread(
                _until, lambda: writer._executor._work_queue.qsize() == 2, "the reset"
            )
            gate.set()
            answers = [await first]
            await asyncio.wrap_future(reset)
            answers.append(await phone.vote(poll, 1))  # the phone answers again
            return answers

    (status, body), (again_status, again) = asyncio.run(go())
    held.result(timeout=5)
    stored = live_room.stored("once")
    if status == 200:
        assert 0 in stored, "acknowledged as received but not in the file"
    else:
        assert (status, body["error"]) == (409, "reset")
    assert again_status == 200, again
    assert stored == [1] or (status == 200 and stored == [0])


def test_response_ids_are_never_reused_after_a_reset(live_room: LiveRoom) -> None:
    poll = live_room.open("single")

    async def vote_from_new_phone(answer: int) -> None:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http:
            await phone.join()
            assert (await phone.vote(poll, answer))[0] == 200

    asyncio.run(vote_from_new_phone(0))
    [(first_id,)] = live_room.file.conn.execute("SELECT id FROM responses").fetchall()
    live_room.server.reset_poll(poll.id or 0).result(timeout=5)
    asyncio.run(vote_from_new_phone(1))
    [(second_id,)] = live_room.file.conn.execute("SELECT id FROM responses").fetchall()
    assert second_id > first_id


# --- what the OpenAPI file promises (schemathesis finds these too; here by name) --------


def test_openapi_promises_kept(live_room: LiveRoom) -> None:
    token = new_notetaker_token()
    live_room.server.set_notetaker_token(token)
    join, base = live_room.server.join_url, live_room.server.base_url

    async def go() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        async with aiohttp.ClientSession() as http:
            async with http.delete(f"{join}/api/state") as r:
                seen["405"] = (r.status, r.headers.get("Allow"))
            async with http.post(
                f"{base}/n/{token}/api/notes", json={"text": "x", "requestId": ""}
            ) as r:
                seen["empty requestId"] = r.status
            async with http.get(f"{join}?m=nonsense") as r:
                seen["m enum"] = r.status
            async with http.post(f"{join}/vote", data={}, allow_redirects=False) as r:
                seen["empty form vote"] = r.status
        return seen

    seen = asyncio.run(go())
    assert seen["405"][0] == 405 and "GET" in seen["405"][1]
    assert seen["empty requestId"] == 201
    assert seen["m enum"] == 400
    assert seen["empty form vote"] == 400
