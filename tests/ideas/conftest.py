"""A live room with an idea wall (and one needing approval) and dot votes open to phones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.live.conftest import LiveRoom, Phone, start_room
from tests.ui import plan_fixtures
from workshop_app.domain.polls import Poll, PollSettings, PollType

# The GUI tests' workshop on a real file and a prompter that answers as told.
context = plan_fixtures.context
answering = plan_fixtures.answering


def add_idea_polls(room: LiveRoom) -> None:
    item_id = room.polls["single"].item_id
    specs = {
        "wall": Poll(PollType.IDEA_WALL, "What would make the park safer?"),
        "moderated": Poll(
            PollType.IDEA_WALL, "Questions for the panel", settings=PollSettings(approve_first=True)
        ),
        "dots": Poll(
            PollType.DOT_VOTE,
            "Where should the money go?",
            ["Lighting", "Benches", "Patrols", "Trees"],
            settings=PollSettings(dots=3, dots_per_option=2),
        ),
        "points": Poll(
            PollType.DOT_VOTE,
            "Split 100 points",
            ["Youth", "Elders"],
            settings=PollSettings(points=True),
        ),
    }
    for name, poll in specs.items():
        poll.item_id = item_id
        room.polls[name] = room.file.add_poll(poll)


@pytest.fixture
def idea_room(tmp_path: Path) -> Iterator[LiveRoom]:
    room = start_room(tmp_path / "ideas.workshop")
    add_idea_polls(room)
    yield room
    room.server.stop()
    room.file.close()


async def post_idea(phone: Phone, poll: Poll, text: Any) -> tuple[int, dict[str, Any]]:
    url = f"{phone.join_url}/api/polls/{poll.id}/ideas"
    async with phone.http.post(url, json={"text": text}) as response:
        return response.status, await response.json()


async def upvote(
    phone: Phone, poll: Poll, idea_id: int, on: bool = True
) -> tuple[int, dict[str, Any]]:
    url = f"{phone.join_url}/api/polls/{poll.id}/ideas/{idea_id}/vote"
    async with phone.http.post(url, json={"on": on}) as response:
        return response.status, await response.json()
