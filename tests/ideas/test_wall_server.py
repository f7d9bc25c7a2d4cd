"""The idea wall through the real server over loopback: post, upvote once per phone,
withdraw, approval, moderation, and only the changed ideas on the event stream."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp

from tests.ideas.conftest import add_idea_polls, post_idea, upvote
from tests.live.conftest import LiveRoom, Phone, new_phone, start_room
from workshop_app.domain.ideas import IDEA_MAX_CHARS, IDEAS_PER_DEVICE, IdeaState
from workshop_app.live.idea_moderation import Moderation, ModerationKind
from workshop_app.store.ideas_repo import IdeasRepo


def _rows(room: LiveRoom, name: str) -> dict[str, Any]:
    poll_id = room.polls[name].id
    assert poll_id is not None
    return {r.text: r for r in IdeasRepo(room.file).rows(poll_id)}


def test_post_upvote_once_per_phone_and_withdraw(idea_room: LiveRoom) -> None:
    wall = idea_room.open("wall")

    async def go() -> None:
        a, b = (
            await new_phone(idea_room.server.join_url),
            await new_phone(idea_room.server.join_url),
        )
        async with a.http, b.http:
            await a.join()
            await b.join()
            status, body = await post_idea(a, wall, "  More   lights\n on the path ")
            assert (status, body["status"]) == (200, "idea_received"), body
            idea_id = body["idea"]["id"]
            assert body["idea"]["text"] == "More lights on the path"
            assert (await upvote(a, wall, idea_id))[1]["idea"]["votes"] == 1
            again = await upvote(a, wall, idea_id)  # the same phone again: still one
            assert again[0] == 200 and again[1]["idea"]["votes"] == 1
            assert (await upvote(b, wall, idea_id))[1]["idea"]["votes"] == 2
            status, body = await upvote(b, wall, idea_id, on=False)
            assert (status, body["status"], body["idea"]["votes"]) == (200, "withdrawn", 1)
            state = await a.state()
            assert state["wall"]["voted"] == [idea_id]
            assert [i["text"] for i in state["wall"]["ideas"]] == ["More lights on the path"]
            assert (await b.state())["wall"]["voted"] == []

    asyncio.run(go())
    assert _rows(idea_room, "wall")["More lights on the path"].votes == 1


def test_refusals_are_clear(idea_room: LiveRoom) -> None:
    wall = idea_room.open("wall")

    async def go() -> None:
        phone = await new_phone(idea_room.server.join_url)
        async with phone.http:
            await phone.join()
            status, body = await post_idea(phone, wall, "x" * (IDEA_MAX_CHARS + 1))
            assert (status, body["error"]) == (400, "invalid_idea")
            assert str(IDEA_MAX_CHARS) in body["message"]
            assert (await post_idea(phone, wall, "   "))[0] == 400
            assert (await post_idea(phone, wall, 12))[0] == 400
            status, body = await post_idea(phone, wall, "bell\x07")
            assert (status, body["error"]) == (400, "invalid_idea")
            status, body = await upvote(phone, wall, 999)
            assert (status, body["error"]) == (409, "idea_gone")
            single = idea_room.polls["single"]
            status, body = await post_idea(phone, single, "idea")
            assert (status, body["error"]) == (409, "closed")  # not open
            stranger = await new_phone(idea_room.server.join_url)  # no cookie
            async with stranger.http:
                assert (await post_idea(stranger, wall, "hi"))[0] == 403

    asyncio.run(go())
    assert _rows(idea_room, "wall") == {}


def test_at_most_twenty_ideas_per_phone_and_wall(tmp_path: Path) -> None:
    # The phone's request rate lifted: the cap on ideas is what refuses the 21st.
    room = start_room(tmp_path / "cap.workshop", device_burst=1e9)
    add_idea_polls(room)
    wall = room.open("wall")

    async def go() -> list[int]:
        phone = await new_phone(room.server.join_url)
        async with phone.http:
            await phone.join()
            return [
                (await post_idea(phone, wall, f"Idea {n}"))[0] for n in range(IDEAS_PER_DEVICE + 1)
            ]

    try:
        statuses = asyncio.run(go())
    finally:
        room.server.stop()
        room.file.close()
    assert statuses == [200] * IDEAS_PER_DEVICE + [429]


def test_approval_tells_the_author_and_hides_it_from_the_room(idea_room: LiveRoom) -> None:
    wall = idea_room.open("moderated")
    assert wall.id is not None

    async def go() -> None:
        a, b = (
            await new_phone(idea_room.server.join_url),
            await new_phone(idea_room.server.join_url),
        )
        async with a.http, b.http:
            await a.join()
            await b.join()
            status, body = await post_idea(a, wall, "Who pays for this?")
            assert (status, body["status"]) == (200, "idea_pending")
            assert "approval" in body["message"]
            idea_id = body["idea"]["id"]
            mine = (await a.state())["wall"]
            assert mine["ideas"] == [] and mine["mine"][0]["pending"] is True
            assert (await b.state())["wall"]["ideas"] == []
            assert (await upvote(b, wall, idea_id))[0] == 409  # not on the wall yet
            idea_room.server.moderate_ideas(
                Moderation(wall.id, ModerationKind.STATE, idea_id, IdeaState.SHOWN)
            ).result(5)
            shown = (await b.state())["wall"]["ideas"]
            assert [i["text"] for i in shown] == ["Who pays for this?"]

    asyncio.run(go())


def test_merge_combines_votes_once_per_phone(idea_room: LiveRoom) -> None:
    wall = idea_room.open("wall")
    assert wall.id is not None
    ids: dict[str, int] = {}

    async def go() -> None:
        phones = [await new_phone(idea_room.server.join_url) for _ in range(3)]
        try:
            for p in phones:
                await p.join()
            ids["a"] = (await post_idea(phones[0], wall, "Lights"))[1]["idea"]["id"]
            ids["b"] = (await post_idea(phones[1], wall, "More lighting"))[1]["idea"]["id"]
            # phone 0 upvotes both (counts once after the merge); 1 the first; 2 the second
            for p, idea in ((phones[0], "a"), (phones[0], "b"), (phones[1], "a"), (phones[2], "b")):
                assert (await upvote(p, wall, ids[idea]))[0] == 200
            idea_room.server.moderate_ideas(
                Moderation(wall.id, ModerationKind.MERGE, ids["a"], sources=(ids["b"],))
            ).result(5)
            state = (await phones[2].state())["wall"]
            assert [(i["text"], i["votes"]) for i in state["ideas"]] == [("Lights", 3)]
            assert state["voted"] == [ids["a"]]
            # an upvote on the merged duplicate lands on its target, still once
            status, body = await upvote(phones[2], wall, ids["b"])
            assert (status, body["idea"]["id"], body["idea"]["votes"]) == (200, ids["a"], 3)
        finally:
            for p in phones:
                await p.http.close()

    asyncio.run(go())
    rows = _rows(idea_room, "wall")
    assert rows["Lights"].votes == 3 and rows["Lights"].merged_count == 1
    assert rows["More lighting"].merged_into == ids["a"]


def test_the_stream_carries_only_changed_ideas(idea_room: LiveRoom) -> None:
    wall = idea_room.open("wall")

    async def go() -> list[tuple[str, Any]]:
        poster = await new_phone(idea_room.server.join_url)
        events: list[tuple[str, Any]] = []
        async with poster.http:
            await poster.join()
            for n in range(3):
                await post_idea(poster, wall, f"Idea {n}")
            jar = aiohttp.CookieJar(unsafe=True)
            async with aiohttp.ClientSession(cookie_jar=jar) as listener:
                async with listener.get(idea_room.server.join_url):
                    pass
                async with listener.get(f"{idea_room.server.join_url}/api/events") as stream:
                    name = ""

                    async def read_until(count: int) -> None:
                        nonlocal name
                        while len(events) < count:
                            line = (await stream.content.readline()).decode().strip()
                            if line.startswith("event: "):
                                name = line[7:]
                            elif line.startswith("data: "):
                                events.append((name, json.loads(line[6:])))

                    await asyncio.wait_for(read_until(1), 5)
                    _, body = await post_idea(poster, wall, "Idea 3")
                    await asyncio.wait_for(read_until(2), 5)
                    await upvote(poster, wall, body["idea"]["id"])
                    await asyncio.wait_for(read_until(3), 5)
        return events

    events = asyncio.run(go())
    assert events[0][0] == "state" and len(events[0][1]["wall"]["ideas"]) == 3
    assert events[1][0] == "ideas"
    assert [i["text"] for i in events[1][1]["ideas"]] == ["Idea 3"]
    assert events[2][0] == "ideas" and events[2][1]["ideas"][0]["votes"] == 1


def test_the_vote_guards_hold_for_ideas(idea_room: LiveRoom) -> None:
    wall = idea_room.open("wall")
    url = f"{idea_room.server.join_url}/api/polls/{wall.id}/ideas"

    async def go() -> list[int]:
        phone = await new_phone(idea_room.server.join_url)
        async with phone.http:
            await phone.join()
            statuses = []
            for headers, body in (
                ({"Origin": "http://evil.example"}, b'{"text": "x"}'),
                ({"Host": "evil.example"}, b'{"text": "x"}'),
                ({}, b'{"text": "' + b"x" * (1024 * 1024) + b'"}'),
                ({}, b"not json"),
            ):
                async with phone.http.post(
                    url, data=body, headers={"Content-Type": "application/json", **headers}
                ) as response:
                    statuses.append(response.status)
            return statuses

    assert asyncio.run(go()) == [403, 421, 413, 400]
    assert _rows(idea_room, "wall") == {}


def test_unmerge_tells_each_phone_on_its_stream_what_it_upvoted(idea_room: LiveRoom) -> None:
    """After an unmerge, a phone listening on the event stream gets its whole wall again:
    the duplicate back with its upvotes, and its own upvote on the duplicate, not on the
    kept idea."""
    wall = idea_room.open("wall")
    assert wall.id is not None

    async def go() -> tuple[dict[str, int], dict[str, Any]]:
        ids: dict[str, int] = {}
        jar = aiohttp.CookieJar(unsafe=True)
        poster = await new_phone(idea_room.server.join_url)
        async with poster.http, aiohttp.ClientSession(cookie_jar=jar) as listener:
            await poster.join()
            async with listener.get(idea_room.server.join_url):
                pass
            ids["a"] = (await post_idea(poster, wall, "Lights"))[1]["idea"]["id"]
            ids["b"] = (await post_idea(poster, wall, "More lighting"))[1]["idea"]["id"]
            me = Phone(listener, idea_room.server.join_url)
            assert (await upvote(me, wall, ids["b"]))[0] == 200
            assert (await upvote(poster, wall, ids["a"]))[0] == 200
            idea_room.server.moderate_ideas(
                Moderation(wall.id, ModerationKind.MERGE, ids["a"], sources=(ids["b"],))
            ).result(5)
            async with listener.get(f"{idea_room.server.join_url}/api/events") as stream:
                name = ""

                async def next_state() -> dict[str, Any]:
                    nonlocal name
                    while True:
                        line = (await stream.content.readline()).decode().strip()
                        if line.startswith("event: "):
                            name = line[7:]
                        elif line.startswith("data: ") and name == "state":
                            result: dict[str, Any] = json.loads(line[6:])["wall"]
                            return result

                first = await asyncio.wait_for(next_state(), 5)
                assert first["voted"] == [ids["a"]]  # merged: its upvote is on the kept idea
                idea_room.server.moderate_ideas(
                    Moderation(wall.id, ModerationKind.UNMERGE, ids["b"])
                ).result(5)
                return ids, await asyncio.wait_for(next_state(), 5)

    ids, after = asyncio.run(go())
    assert after["voted"] == [ids["b"]]
    assert sorted((i["text"], i["votes"]) for i in after["ideas"]) == [
        ("Lights", 1),
        ("More lighting", 1),
    ]
