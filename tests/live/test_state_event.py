"""The live channel's state event is encoded once per state for every phone that has not
answered, not once per phone; a phone with an answer gets its own. A change is written to
every stream in one pass, without waking a task per phone."""

from __future__ import annotations

import asyncio
import json
from typing import Any, cast

import pytest

from workshop_app.clock import SystemClock
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.live import room as room_module
from workshop_app.live.event_stream import EventStream
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


class RecordingTransport(asyncio.WriteTransport):
    """A phone's connection that keeps what the server wrote, and can be made to lag."""

    def __init__(self, backlog: int = 0) -> None:
        super().__init__()
        self.written: list[bytes] = []
        self.backlog = backlog

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written.append(bytes(data))

    def is_closing(self) -> bool:
        return False

    def get_write_buffer_size(self) -> int:
        return self.backlog


def unchunk(framed: bytes) -> bytes:
    size, rest = framed.split(b"\r\n", 1)
    assert rest.endswith(b"\r\n") and len(rest) - 2 == int(size, 16)
    return rest[:-2]


def test_opening_a_poll_writes_it_to_every_stream_in_one_pass() -> None:
    room = Room()
    api = ParticipantApi(
        RoomIdentity("j" * 22, "1234", "Evening", "en"),
        room,
        cast(BatchWriter, None),
        SystemClock(),
        RateLimiter(2.0, 10.0),
    )
    assert room.broadcast == api.broadcast_state  # the room's changes go out through it
    poll = Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B"], id=7, state=PollState.OPEN)
    room.load_poll(poll, [])
    room.record(7, "phone-answered", 1, 1)  # from before a suspend: it has its answer
    phones = {}
    for name in ("phone-a", "phone-b", "phone-answered", "phone-lagging", "phone-joining"):
        transport = RecordingTransport(backlog=10**6 if name == "phone-lagging" else 0)
        stream = EventStream(transport, chunked=True)
        stream.direct = name != "phone-joining"  # still sending its first event
        room.connect(stream, name)
        phones[name] = (transport, stream)

    room.open_poll(poll)  # no await: nothing else may run before every phone has it

    a, b = phones["phone-a"][0].written, phones["phone-b"][0].written
    assert len(a) == 1 and a[0] is b[0]  # one encoding, framed once, for both
    assert data_of(unchunk(a[0]))["poll"]["id"] == 7 and data_of(unchunk(a[0]))["answer"] is None
    [own] = phones["phone-answered"][0].written
    assert data_of(unchunk(own))["answer"] == 1
    for name in ("phone-lagging", "phone-joining"):  # left to the stream's own task
        transport, stream = phones[name]
        assert transport.written == [] and stream.wakes.get_nowait() == "state"
    for name in ("phone-a", "phone-b", "phone-answered"):
        assert phones[name][1].wakes.empty()  # no task woken for a phone that has it


def test_a_poll_no_phone_answered_goes_out_without_a_ballot_per_phone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Per event, not per phone: opening a poll nobody answered yet computes no phone's
    ballot (a keyed hash each), and every phone gets the one shared encoding."""
    ballots: list[str] = []

    def counted_ballot(secret: str, poll_id: int, device: str) -> str:
        ballots.append(device)
        return f"{poll_id}:{device}"

    monkeypatch.setattr(room_module, "ballot", counted_ballot)
    room = Room()
    ParticipantApi(
        RoomIdentity("j" * 22, "1234", "Evening", "en"),
        room,
        cast(BatchWriter, None),
        SystemClock(),
        RateLimiter(2.0, 10.0),
    )
    poll = Poll(PollType.SINGLE_CHOICE, "Which?", ["A", "B"], id=7, state=PollState.OPEN)
    room.load_poll(poll, [])
    transports = []
    for n in range(50):
        transport = RecordingTransport()
        stream = EventStream(transport, chunked=True)
        stream.direct = True
        room.connect(stream, f"phone-{n}")
        transports.append(transport)

    room.open_poll(poll)

    assert ballots == []
    shared = transports[0].written[0]
    assert all(t.written == [shared] for t in transports)
    assert data_of(unchunk(shared))["poll"]["id"] == 7

    room.record(7, "phone-3", 1, 0)  # once a phone has answered, it gets its own state
    room.open_poll(poll)
    assert data_of(unchunk(transports[3].written[-1]))["answer"] == 0
    assert transports[4].written[-1] is not shared and ballots  # a new state version
