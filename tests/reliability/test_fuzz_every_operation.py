"""Property-based fuzzing of every participant operation, not only the JSON vote.

Each example sends one request built by hypothesis — any route of the participant API,
odd path segments, queries, cookies, languages, content types and bodies — from a phone
that has joined or from a stranger. Whatever arrives: no 5xx, the server keeps serving,
and polls the request was not aimed at (all closed here) keep exactly their answers.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.live.conftest import LiveRoom, new_phone, start_room

ODD_TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "\x00",
            "..",
            "../../etc/passwd",
            "%00",
            "\u202e",
            "<script>x</script>",
            "' OR 1=1 --",
            "9" * 40,
            "-1",
            "0x10",
            "🎉" * 50,
        ]
    ),
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/json; charset=latin-1",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=xyz",
        "multipart/form-data",
        "",
    ]
)
BODIES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.dictionaries(
        st.sampled_from(["poll_id", "answer", "rank_0", "rank_1", "rank_2", "x"]),
        ODD_TEXT,
        max_size=4,
    ).map(lambda d: "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in d.items()).encode()),
    st.just(b'{"answer": ' * 200),  # deep, unfinished nesting
    st.just(b"\xff\xfe\x00{"),
)


@dataclass(frozen=True)
class FuzzRequest:
    route: str  # a template: {token}, {poll} are filled in from the room
    segment: str
    query: str
    content_type: str
    body: bytes
    cookie: str | None  # None: the joined phone's own cookie
    language: str


ROUTES = [
    ("GET", "/"),
    ("GET", "/join?code={segment}"),
    ("GET", "/static/{segment}"),
    ("GET", "/j/{segment}"),
    ("GET", "/j/{token}"),
    ("GET", "/j/{token}/static/{segment}"),
    ("GET", "/j/{token}/api/state"),
    ("GET", "/j/{segment}/api/state"),
    ("POST", "/j/{token}/api/polls/{segment}/vote"),
    ("POST", "/j/{token}/api/polls/{poll}/vote"),
    ("POST", "/j/{segment}/api/polls/{poll}/vote"),
    ("POST", "/j/{token}/vote"),
    ("POST", "/j/{token}/api/state"),
    ("GET", "/j/{token}/vote"),
    ("PUT", "/j/{token}/api/polls/{poll}/vote"),
    ("DELETE", "/j/{token}"),
]

requests = st.builds(
    FuzzRequest,
    route=st.sampled_from([f"{m} {r}" for m, r in ROUTES]),
    segment=ODD_TEXT,
    query=st.one_of(st.just(""), ODD_TEXT.map(lambda t: "m=" + quote(t, safe=""))),
    content_type=CONTENT_TYPES,
    body=BODIES,
    cookie=st.one_of(st.none(), ODD_TEXT.filter(lambda t: t.isprintable() and ";" not in t)),
    language=st.one_of(st.just("fr"), ODD_TEXT.filter(str.isprintable)),
)


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRoom]:
    room = start_room(
        tmp_path_factory.mktemp("fuzz") / "fuzz.workshop", ip_burst=1e9, device_burst=1e9
    )
    room.open("text")
    yield room
    room.server.stop()
    room.file.close()


def build_url(room: LiveRoom, request: FuzzRequest) -> tuple[str, str]:
    method, template = request.route.split(" ", 1)
    path = template.format(
        token=room.server.join_token,
        poll=room.polls["text"].id,
        segment=quote(request.segment, safe=""),
    )
    if request.query and "?" not in path:
        path += "?" + request.query
    return method, room.server.base_url + path


async def send(room: LiveRoom, request: FuzzRequest) -> int:
    phone = await new_phone(room.server.join_url)
    async with phone.http as http:
        await phone.join()
        method, url = build_url(room, request)
        headers = {"Accept-Language": request.language}
        if request.content_type:
            headers["Content-Type"] = request.content_type
        if request.cookie is not None:
            http.cookie_jar.clear()
            headers["Cookie"] = f"wsdevice={request.cookie}"
        async with http.request(
            method,
            aiohttp.client.URL(url, encoded=True),
            data=request.body if method not in ("GET", "DELETE") else None,
            headers=headers,
            allow_redirects=False,
        ) as response:
            await response.read()
            return response.status


def answers_of_other_polls(room: LiveRoom) -> dict[str, list[Any]]:
    return {name: room.stored(name) for name in ("single", "multi", "scale", "rank", "once")}


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(request=requests)
def test_no_request_breaks_the_server_or_touches_another_poll(
    room: LiveRoom, request: FuzzRequest
) -> None:
    before = answers_of_other_polls(room)
    status = asyncio.run(send(room, request))
    assert status < 500, (status, request)
    assert answers_of_other_polls(room) == before

    async def still_serving() -> dict[str, Any]:
        phone = await new_phone(room.server.join_url)
        async with phone.http:
            return await phone.state()

    assert asyncio.run(still_serving())["poll"]["id"] == room.polls["text"].id


def test_events_stream_survives_odd_cookies_and_languages(room: LiveRoom) -> None:
    """The live channel answers every odd visitor with the state, then keeps going."""

    async def first_event(cookie: str, language: str) -> dict[str, Any]:
        async with (
            aiohttp.ClientSession() as http,
            http.get(
                room.server.join_url + "/api/events",
                headers={"Cookie": f"wsdevice={cookie}", "Accept-Language": language},
            ) as response,
        ):
            assert response.status == 200
            async for line in response.content:
                if line.startswith(b"data: "):
                    state: dict[str, Any] = json.loads(line[6:])
                    return state
        raise AssertionError("no event")

    async def go() -> list[dict[str, Any]]:
        odd = [("", ""), ("x" * 5000, "*"), ("<script>", "zz-ZZ;q=abc"), ("A" * 43, "fr,,;")]
        return await asyncio.wait_for(
            asyncio.gather(*(first_event(c, lang) for c, lang in odd)), 10
        )

    for state in asyncio.run(go()):
        assert state["poll"]["id"] == room.polls["text"].id and state["answer"] is None


def test_many_connections_at_once_are_all_answered(room: LiveRoom) -> None:
    async def go() -> list[int]:
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as http:

            async def one() -> int:
                async with http.get(room.server.join_url + "/api/state") as response:
                    await response.read()
                    return response.status

            return await asyncio.gather(*(one() for _ in range(300)))

    assert set(asyncio.run(go())) == {200}


def test_huge_bodies_on_every_post_route_are_refused(room: LiveRoom) -> None:
    big = b"a=" + b"x" * (2 * 1024 * 1024)

    async def go() -> list[int]:
        phone = await new_phone(room.server.join_url)
        statuses = []
        async with phone.http as http:
            await phone.join()
            for path in (f"/api/polls/{room.polls['text'].id}/vote", "/vote"):
                for content_type in ("application/json", "application/x-www-form-urlencoded"):
                    async with http.post(
                        room.server.join_url + path,
                        data=big,
                        headers={"Content-Type": content_type},
                    ) as response:
                        statuses.append(response.status)
        return statuses

    before = room.stored("text")
    assert asyncio.run(go()) == [413, 413, 413, 413]
    assert room.stored("text") == before
