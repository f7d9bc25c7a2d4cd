"""The live state of a session in memory: open polls, answers, connected phones.

Owned by the server's event loop thread; nothing here touches the file or Qt. Every
change calls ``on_change`` (the server's throttle), so snapshots are pushed, not polled.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workshop_app.domain.ballots import ballot, device_digest
from workshop_app.domain.polls import Poll, PollState, PollType, Tally, tally
from workshop_app.live.device_admission import DeviceAdmission
from workshop_app.live.event_stream import EventStream
from workshop_app.live.idea_wall import IdeaWall
from workshop_app.live.snapshot import LiveSnapshot
from workshop_app.store.live_repo import StoredResponse

# Changed ideas go to the phones at most this often: a room upvoting fast gets one event
# per phone with every idea changed meanwhile, not one per upvote (300 phones at 50
# upvotes a second were 15,000 socket writes a second). The first change after a quiet
# spell still goes out on the next turn of the loop.
IDEA_BROADCAST_INTERVAL_S = 0.2


@dataclass
class _PollAnswers:
    poll: Poll
    by_response: dict[int, tuple[Any, bool]] = field(default_factory=dict)  # id -> (value, hidden)
    by_ballot: dict[str, int] = field(default_factory=dict)  # the phone's ballot -> response id


class Room:
    def __init__(self) -> None:
        self._polls: dict[int, _PollAnswers] = {}
        self.open_order: list[int] = []  # open polls, most recently opened last
        self.results_hidden: set[int] = set()
        self.streams: set[EventStream] = set()
        # Phones connected are devices with a stream, not streams: one phone (or one
        # script) holding many streams counts once, and is capped.
        self._stream_device: dict[EventStream, str] = {}
        self._streams_of_device: Counter[str] = Counter()
        self.max_streams = 1_000_000  # set by the server from its connection budget
        self.streams_per_device = 3
        # Digests of the device tokens this session issued or saw answer (domain/ballots):
        # the room recognises a cookie without keeping it.
        self.known_devices: set[str] = set()
        self.ballot_secret = ""  # the session's key for ballots, from the file
        self._ballots: dict[tuple[int, str], str] = {}
        self.on_change: Callable[[], None] | None = None
        # Writes the new state to every stream in one pass (the participant API, which
        # encodes it); without one, each stream's task is woken to send it.
        self.broadcast: Callable[[], None] | None = None
        self.state_version = 0
        self._sequence = 0
        self._newest_ack: float | None = None
        self.notes_revision = 0
        self.admission: DeviceAdmission = DeviceAdmission()  # set by the server
        # Idea walls: their ideas change without the state changing; phones get only
        # the ideas that changed (``idea_broadcast``), coalesced per loop iteration.
        self.walls: dict[int, IdeaWall] = {}
        self.ideas_version = 0
        self.idea_broadcast: Callable[[int, list[int]], None] | None = None
        self._dirty_ideas: dict[int, set[int]] = {}
        self._idea_flush: asyncio.Handle | None = None
        self._idea_flushed_at: float | None = None  # monotonic time of the last flush
        self.counts_revision = 0  # grows when the note-taker enters counts or people present

    # --- polls ------------------------------------------------------------------------

    def load_poll(self, poll: Poll, responses: list[StoredResponse]) -> None:
        assert poll.id is not None
        answers = _PollAnswers(poll)
        for r in responses:
            answers.by_response[r.id] = (r.value, r.hidden)
            if r.ballot:
                answers.by_ballot[r.ballot] = r.id
        self._polls[poll.id] = answers
        self._touch()

    def open_poll(self, poll: Poll) -> None:
        assert poll.id is not None
        self._polls[poll.id].poll = poll
        if poll.id in self.open_order:
            self.open_order.remove(poll.id)
        self.open_order.append(poll.id)
        self._changed()

    def close_poll(self, poll_id: int) -> None:
        if poll_id in self.open_order:
            self.open_order.remove(poll_id)
        answers = self._polls.get(poll_id)
        if answers is not None:
            answers.poll.state = PollState.CLOSED
        self._changed()

    def reset_poll(self, poll_id: int) -> None:
        answers = self._polls.get(poll_id)
        if answers is not None:
            answers.by_response.clear()
            answers.by_ballot.clear()
        wall = self.walls.get(poll_id)
        if wall is not None:
            wall.clear()
            self.ideas_version += 1
        self._changed()

    def current_poll(self) -> Poll | None:
        if not self.open_order:
            return None
        return self._polls[self.open_order[-1]].poll

    def open_poll_by_id(self, poll_id: int) -> Poll | None:
        if poll_id not in self.open_order:
            return None
        return self._polls[poll_id].poll

    def is_loaded(self, poll_id: int) -> bool:
        return poll_id in self._polls

    # --- answers ----------------------------------------------------------------------

    def knows(self, device: str) -> bool:
        """Whether this session issued ``device`` (a cookie's token)."""
        return device_digest(device) in self.known_devices

    def admit(self, device: str) -> None:
        self.known_devices.add(device_digest(device))
        self._touch()  # the console counts devices joined

    def device_refused(self) -> None:
        self._touch()  # the console counts refusals too

    def ballot_of(self, poll_id: int, device: str) -> str:
        """The phone's ballot for one poll: a keyed hash unlinkable across polls."""
        key = (poll_id, device)
        found = self._ballots.get(key)
        if found is None:
            if len(self._ballots) > 200_000:
                self._ballots.clear()  # a cache, not a record
            found = self._ballots[key] = ballot(self.ballot_secret, poll_id, device)
        return found

    def answer_of(self, poll_id: int, device: str | None) -> Any | None:
        answers = self._polls.get(poll_id)
        if answers is None or device is None or not answers.by_ballot:
            return None  # no answer yet: no ballot to compute (a keyed hash per phone)
        response_id = answers.by_ballot.get(self.ballot_of(poll_id, device))
        if response_id is None:
            return None
        return answers.by_response[response_id][0]

    def has_answers(self, poll_id: int) -> bool:
        """Whether any phone answered the poll (else every phone gets the same state)."""
        answers = self._polls.get(poll_id)
        return answers is not None and bool(answers.by_ballot)

    def record(self, poll_id: int, device: str, response_id: int, value: Any) -> None:
        answers = self._polls[poll_id]
        hidden = answers.by_response.get(response_id, (None, False))[1]
        answers.by_response[response_id] = (value, hidden)
        answers.by_ballot[self.ballot_of(poll_id, device)] = response_id
        self._newest_ack = time.monotonic()
        self._touch()

    def set_hidden(self, poll_id: int, response_id: int, hidden: bool) -> None:
        answers = self._polls.get(poll_id)
        if answers is not None and response_id in answers.by_response:
            value, _ = answers.by_response[response_id]
            answers.by_response[response_id] = (value, hidden)
            self._touch()

    def poll_of_response(self, response_id: int) -> int | None:
        for poll_id, answers in self._polls.items():
            if response_id in answers.by_response:
                return poll_id
        return None

    # --- idea walls -------------------------------------------------------------------

    def wall(self, poll_id: int) -> IdeaWall:
        """The poll's idea wall (empty until loaded)."""
        wall = self.walls.get(poll_id)
        if wall is None:
            wall = self.walls[poll_id] = IdeaWall(poll_id)
        return wall

    def ideas_changed(self, poll_id: int, idea_ids: list[int]) -> None:
        """Ideas changed (already in the file): the phones get them once this loop
        iteration's other changes are in too, the GUI with the next snapshot."""
        self.ideas_version += 1
        self._dirty_ideas.setdefault(poll_id, set()).update(idea_ids)
        if self._idea_flush is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self._flush_ideas()
            else:
                last = self._idea_flushed_at
                wait = 0.0 if last is None else last + IDEA_BROADCAST_INTERVAL_S - loop.time()
                if wait > 0:
                    self._idea_flush = loop.call_later(wait, self._flush_ideas)
                else:
                    self._idea_flush = loop.call_soon(self._flush_ideas)
        self._touch()

    def _flush_ideas(self) -> None:
        self._idea_flush = None
        try:
            self._idea_flushed_at = asyncio.get_running_loop().time()
        except RuntimeError:
            self._idea_flushed_at = None
        dirty, self._dirty_ideas = self._dirty_ideas, {}
        for poll_id, idea_ids in dirty.items():
            if self.idea_broadcast is not None:
                self.idea_broadcast(poll_id, sorted(idea_ids))
            else:
                self.refresh_phones()

    def refresh_phones(self) -> None:
        """Every phone gets its whole state again (what it upvoted changed under it)."""
        for stream in list(self.streams):
            stream.wake()

    def counts_changed(self) -> None:
        """The note-taker entered counts or people present (already committed)."""
        self.counts_revision += 1
        self._touch()

    def notes_changed(self) -> None:
        """The note-taker added or edited a note (already committed)."""
        self.notes_revision += 1
        self._touch()

    # --- streams ----------------------------------------------------------------------

    def stream_refusal(self, device: str | None) -> str | None:
        """Why a new event stream may not open now: "room_full", "too_many_streams"."""
        if len(self.streams) >= self.max_streams:
            return "room_full"
        if device is not None and self._streams_of_device[device] >= self.streams_per_device:
            return "too_many_streams"
        return None

    def connect(self, stream: EventStream, device: str | None = None) -> None:
        if self._dirty_ideas:
            # The phones already here get what changed before this one joined; the new one
            # gets the whole wall with its first state, not those changes again.
            if self._idea_flush is not None:
                self._idea_flush.cancel()
            self._flush_ideas()
        self.streams.add(stream)
        if device is not None:
            self._stream_device[stream] = device
            self._streams_of_device[device] += 1
        self._touch()

    def disconnect(self, stream: EventStream) -> None:
        self.streams.discard(stream)
        device = self._stream_device.pop(stream, None)
        if device is not None:
            self._streams_of_device[device] -= 1
            if self._streams_of_device[device] <= 0:
                del self._streams_of_device[device]
        self._touch()

    def _touch(self) -> None:
        if self.on_change is not None:
            self.on_change()

    @property
    def connected_devices(self) -> int:
        return len(self._streams_of_device)

    def device_of(self, stream: EventStream) -> str | None:
        return self._stream_device.get(stream)

    def _changed(self) -> None:
        self.state_version += 1
        # The phones first: the snapshot for the GUI can wait a few milliseconds.
        if self.broadcast is not None:
            self.broadcast()
        else:
            for stream in list(self.streams):
                stream.wake()
        self._touch()

    def close_streams(self, *, ended: bool) -> None:
        """The server stops: every stream closes, telling its phone first when the
        session ``ended`` (rather than being suspended, to resume on the same link)."""
        for stream in list(self.streams):
            stream.close(ended=ended)

    # --- snapshots --------------------------------------------------------------------

    def snapshot(self) -> LiveSnapshot:
        self._sequence += 1
        tallies: dict[int, Tally] = {}
        counts: dict[int, int] = {}
        for poll_id, answers in self._polls.items():
            visible = [value for value, hidden in answers.by_response.values() if not hidden]
            tallies[poll_id] = tally(answers.poll, visible)
            wall = self.walls.get(poll_id)
            if wall is not None and answers.poll.type == PollType.IDEA_WALL:
                # An idea wall's "responses": the ideas on it (the GUI counts those).
                tallies[poll_id] = Tally(PollType.IDEA_WALL, responses=wall.shown_count())
            counts[poll_id] = len(answers.by_response)
        return LiveSnapshot(
            connected=self.connected_devices,
            tallies=tallies,
            responses=counts,
            open_poll_ids=tuple(self.open_order),
            sequence=self._sequence,
            newest_ack=self._newest_ack,
            notes_revision=self.notes_revision,
            devices_joined=self.admission.joined,
            most_devices_from_one_address=self.admission.most_from_one_address,
            devices_refused=self.admission.refused,
            walls={poll_id: wall.rows() for poll_id, wall in self.walls.items()},
            counts_revision=self.counts_revision,
        )
