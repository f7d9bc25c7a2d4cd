"""Voting over real HTTP against the real server: one answer per device, clear refusals."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp

from tests.live.conftest import LiveRoom, new_phone


def test_page_sets_a_private_device_cookie(live_room: LiveRoom) -> None:
    async def go() -> tuple[str, Any]:
        jar = aiohttp.CookieJar(unsafe=True)
        async with (
            aiohttp.ClientSession(cookie_jar=jar) as http,
            http.get(live_room.server.join_url) as response,
        ):
            assert response.status == 200
            return await response.text(), response.headers.getall("Set-Cookie")

    html, cookies = asyncio.run(go())
    assert len(cookies) == 1
    cookie = cookies[0].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert "anonymous" in html


def test_every_poll_type_round_trip(live_room: LiveRoom) -> None:
    answers = {
        "single": 2,
        "multi": [3, 0],
        "scale": 4,
        "text": "Plus de lumière",
        "rank": [2, 0, 1],
    }
    stored = {
        "single": 2,
        "multi": [0, 3],
        "scale": 4,
        "text": "Plus de lumière",
        "rank": [2, 0, 1],
    }

    async def go() -> None:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http:
            await phone.join()
            for name, answer in answers.items():
                live_room.open(name)
                status, body = await phone.vote(live_room.polls[name], answer)
                assert (status, body["status"]) == (200, "received"), body
                live_room.close(name)

    asyncio.run(go())
    for name, value in stored.items():
        assert live_room.stored(name) == [value]


def test_one_response_per_device_and_changing_it(live_room: LiveRoom) -> None:
    poll = live_room.open("single")

    async def go() -> None:
        a, b = (
            await new_phone(live_room.server.join_url),
            await new_phone(live_room.server.join_url),
        )
        async with a.http, b.http:
            await a.join()
            await b.join()
            assert (await a.vote(poll, 0))[0] == 200
            status, body = await a.vote(poll, 1)
            assert (status, body["status"]) == (200, "changed")
            assert (await b.vote(poll, 1))[0] == 200
            assert (await a.state())["answer"] == 1

    asyncio.run(go())
    assert sorted(live_room.stored("single")) == [1, 1]


def test_no_change_allowed_is_409(live_room: LiveRoom) -> None:
    poll = live_room.open("once")

    async def go() -> None:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http:
            await phone.join()
            assert (await phone.vote(poll, 0))[0] == 200
            status, body = await phone.vote(poll, 1)
            assert status == 409 and body["error"] == "already"
            assert "already answered" in body["message"]

    asyncio.run(go())
    assert live_room.stored("once") == [0]


def test_closed_poll_is_409_with_a_clear_message(live_room: LiveRoom) -> None:
    poll = live_room.polls["single"]

    async def go() -> None:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http:
            await phone.join()
            status, body = await phone.vote(poll, 0)
            assert (
                status == 409 and body["message"] == "This poll closed before your answer arrived."
            )

    asyncio.run(go())
    assert live_room.stored("single") == []


def test_bad_requests_get_json_errors(live_room: LiveRoom) -> None:
    poll = live_room.open("text")
    url = f"{live_room.server.join_url}/api/polls/{poll.id}/vote"

    async def go() -> None:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http as http:
            await phone.join()
            cases = [
                (
                    dict(data=b"{nope", headers={"Content-Type": "application/json"}),
                    400,
                    "bad_json",
                ),
                (dict(json=["no", "object"]), 400, "bad_request"),
                (dict(json={"answer": 12}), 400, "invalid_answer"),
                (dict(json={"answer": "x" * 501}), 400, "invalid_answer"),
                (dict(json={"answer": "x" * 20_000}), 413, "too_large"),
            ]
            for kwargs, status, code in cases:
                async with http.post(url, **kwargs) as response:
                    body = json.loads(await response.text())
                    assert (response.status, body["error"]) == (status, code), body
                    assert body["message"]
            async with http.post(
                f"{live_room.server.join_url}/api/polls/999/vote", json={"answer": "x"}
            ) as response:
                assert response.status == 409

    asyncio.run(go())
    assert live_room.stored("text") == []


def test_unknown_token_is_404_and_no_cookie_is_403(live_room: LiveRoom) -> None:
    poll = live_room.open("single")
    base = live_room.server.base_url

    async def go() -> None:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") as response:
                assert response.status == 404
            async with http.post(
                f"{live_room.server.join_url}/api/polls/{poll.id}/vote", json={"answer": 0}
            ) as response:
                assert response.status == 403

    asyncio.run(go())


def test_markup_is_stored_and_returned_literally(live_room: LiveRoom) -> None:
    poll = live_room.open("text")
    evil = '<script>alert("x")</script> <b>bold</b> & =SUM(A1)'

    async def go() -> str:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http:
            await phone.join()
            status, body = await phone.vote(poll, evil)
            assert status == 200 and body["answer"] == evil
            return await phone.join()

    html = asyncio.run(go())
    assert live_room.stored("text") == [evil]
    assert "<script>alert" not in html  # rendered escaped in the no-JS form
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_form_post_without_javascript(live_room: LiveRoom) -> None:
    poll = live_room.open("rank")

    async def go() -> str:
        phone = await new_phone(live_room.server.join_url)
        async with phone.http as http:
            html = await phone.join()
            assert 'name="rank_0"' in html
            form = {"poll_id": str(poll.id), "rank_0": "3", "rank_1": "1", "rank_2": "2"}
            async with http.post(
                f"{live_room.server.join_url}/vote", data=form, allow_redirects=False
            ) as response:
                assert response.status == 303
                location = response.headers["Location"]
            async with http.get(live_room.server.base_url + location) as response:
                return await response.text()

    page = asyncio.run(go())
    assert live_room.stored("rank") == [[1, 2, 0]]
    assert "your answer was received" in page


def test_room_code_leads_to_the_join_url(live_room: LiveRoom) -> None:
    server = live_room.server

    async def go() -> None:
        async with aiohttp.ClientSession() as http:
            code = server.room_code.lower()[:3] + " " + server.room_code.lower()[3:]
            async with http.get(
                f"{server.base_url}/join", params={"code": code}, allow_redirects=False
            ) as response:
                assert response.status == 303
                assert response.headers["Location"] == f"/j/{server.join_token}"
            async with http.get(f"{server.base_url}/join", params={"code": "WRONG1"}) as response:
                assert response.status == 404
                assert "No workshop with that code" in await response.text()

    asyncio.run(go())


def test_french_from_accept_language(live_room: LiveRoom) -> None:
    async def go() -> str:
        async with (
            aiohttp.ClientSession() as http,
            http.get(
                live_room.server.join_url, headers={"Accept-Language": "fr-BE,fr;q=0.9,en;q=0.5"}
            ) as r,
        ):
            return await r.text()

    html = asyncio.run(go())
    assert '<html lang="fr" dir="ltr">' in html and "Vos réponses sont anonymes" in html
