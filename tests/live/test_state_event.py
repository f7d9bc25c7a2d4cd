"""The live channel's state event is encoded once per state for every phone that has not
answered, not once per phone; a phone with an answer gets its own."""

from __future__ import annotations

import json
from typing import Any, cast

from workshop_app.clock import SystemClock
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.live.participant_api import ParticipantApi, RoomIdentity
from workshop_app.live.ratelimit import RateLimiter
from workshop_app.live.room import Room
from workshop_app.live.writer import BatchWriter


def data_of(event: bytes) -> dict[str, Any]:
    head, data = event.decode().strip().split("\n")
    assert head == "event: state"
    return cast(dict[str, Any], json.loads(data.removeprefix("data: ")))


def test_one_encoding_per_state_for_phones_without_an_answer() -> None:
    room = Room()
    api = ParticipantApi(
        RoomIdentity("j" * 22, "1234", "Evening", "en"),
        room,
        cast(BatchWriter, None),  # never reached: no vote is sent here
        SystemClock(),
        RateLimiter(2.0, 10.0),
    )
    idle = api._state_event("phone-a")
    assert api._state_event("phone-b") is idle  # the same bytes, not a second encoding
    assert data_of(idle)["poll"] is None

    poll = Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B"], id=7, state=PollState.OPEN)
    room.load_poll(poll, [])
    room.open_poll(poll)
    opened = api._state_event("phone-a")
    assert opened is not idle and api._state_event("phone-b") is opened
    assert data_of(opened)["poll"]["id"] == 7 and data_of(opened)["answer"] is None

    room.record(7, "phone-a", 1, 0)
    own = api._state_event("phone-a")
    assert own is not opened and data_of(own)["answer"] == 0
    assert api._state_event("phone-b") is opened  # the others still share theirs
