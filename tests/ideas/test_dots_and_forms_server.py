"""Dot voting's limits enforced by the server, and the no-JavaScript forms of the idea
wall and the dot vote, over loopback."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.live.conftest import LiveRoom, new_phone


def test_dot_limits_are_enforced_on_the_server(idea_room: LiveRoom) -> None:
    dots = idea_room.open("dots")  # 3 dots, at most 2 on one option

    async def go() -> list[tuple[int, Any]]:
        phone = await new_phone(idea_room.server.join_url)
        async with phone.http:
            await phone.join()
            results = []
            for answer in ({"0": 3}, {"0": 2, "1": 2}, {}, {"9": 1}, {"0": -1, "1": 1}, [1, 2]):
                status, body = await phone.vote(dots, answer)
                results.append((status, body.get("message")))
            status, body = await phone.vote(dots, {"0": 2, "3": 1})
            assert (status, body["answer"]) == (200, {"0": 2, "3": 1}), body
            return results

    results = asyncio.run(go())
    assert [s for s, _ in results] == [400] * 6
    assert results[0][1] == "At most 2 on one option."
    assert results[1][1] == "You have 3 to spend, not 4."
    assert idea_room.stored("dots") == [{"0": 2, "3": 1}]


def test_points_must_add_up_to_100(idea_room: LiveRoom) -> None:
    points = idea_room.open("points")

    async def go() -> tuple[int, int]:
        phone = await new_phone(idea_room.server.join_url)
        async with phone.http:
            await phone.join()
            short, _ = await phone.vote(points, {"0": 60, "1": 30})
            ok, _ = await phone.vote(points, {"0": 70, "1": 30})
            return short, ok

    assert asyncio.run(go()) == (400, 200)
    assert idea_room.stored("points") == [{"0": 70, "1": 30}]


def test_forms_without_javascript(idea_room: LiveRoom) -> None:
    wall = idea_room.open("wall")

    async def go() -> tuple[str, str, str]:
        phone = await new_phone(idea_room.server.join_url)
        base = idea_room.server.join_url
        async with phone.http:
            page = await phone.join()
            assert 'action="' in page and "/ideas" in page and 'name="text"' in page
            async with phone.http.post(
                f"{base}/ideas", data={"poll_id": str(wall.id), "text": "Benches <b>"}
            ) as posted:
                after_post = await posted.text()
                assert posted.url.query.get("m") == "idea_received"
            idea_id = (await phone.state())["wall"]["ideas"][0]["id"]
            async with phone.http.post(
                f"{base}/ideas/vote",
                data={"poll_id": str(wall.id), "idea_id": str(idea_id), "on": "1"},
            ) as voted:
                after_vote = await voted.text()
            async with phone.http.post(
                f"{base}/ideas", data={"poll_id": str(wall.id), "text": ""}
            ) as refused:
                assert refused.status == 400
                refusal = await refused.text()
            return after_post, after_vote, refusal

    after_post, after_vote, refusal = asyncio.run(go())
    assert (
        "Benches &lt;b&gt;" in after_post
        and "<b>" not in after_post.split("<main")[1].split("boot")[0]
    )
    assert "1 vote" in after_vote and "Withdraw my upvote" in after_vote
    assert "Write your idea first." in refusal


def test_dot_vote_form_without_javascript(idea_room: LiveRoom) -> None:
    dots = idea_room.open("dots")

    async def go() -> tuple[int, int]:
        phone = await new_phone(idea_room.server.join_url)
        base = idea_room.server.join_url
        async with phone.http:
            page = await phone.join()
            assert 'name="dots_0"' in page
            async with phone.http.post(
                f"{base}/vote", data={"poll_id": str(dots.id), "dots_0": "3"}
            ) as over:
                over_status = over.status
            async with phone.http.post(
                f"{base}/vote", data={"poll_id": str(dots.id), "dots_1": "1", "dots_2": "2"}
            ) as ok:
                return over_status, ok.status

    assert asyncio.run(go()) == (400, 200)
    assert idea_room.stored("dots") == [{"1": 1, "2": 2}]
