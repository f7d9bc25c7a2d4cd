"""The room: N phones and one LAN note-taker, in a process of their own.

Usage: python -m rehearsal.crowd SETTINGS_JSON
(join_url, notetaker_url, phones, seed, vote_window_s, drop_every_s, note_every_s).

Each phone has its own cookie jar and its own loopback address (127.0.x.y: every one of
them is this machine, so nothing leaves it, and the server's per-address limit applies to
each phone as it would in a room). A phone loads the page and its assets, follows the live
channel, answers every poll that opens (each poll type, a few seconds apart, as people
do), changes its answer now and then where the poll allows it, answers again after the
facilitator resets a poll, and drops off the Wi-Fi and comes back from time to time.

The note-taker adds notes through the note-taker API and edits some of them.

Prints {"joined": N} once every phone is on the live channel; on "stop" (stdin) every
phone hangs up and one JSON line reports what the room saw: every acknowledged answer
and note, refusals, errors and latencies. Times are time.monotonic(), which every
process on this machine shares.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from benchmarks.phones import JOINING_AT_ONCE, device_of, raise_file_limit

OPEN_TEXT_WORDS = ("lighting", "neighbours", "open shops", "Éclairage", "buses at night")
NOTE_KINDS = ("note", "decision", "question", "action", "quote")


def phone_address(index: int) -> str:
    """A loopback address of its own per phone (127.0.0.0/8 is all this machine)."""
    return f"127.0.{10 + index // 250}.{1 + index % 250}"


def answer_for(poll: dict[str, Any], rng: random.Random, phone: int, version: int) -> Any:
    """An answer of the poll's type, as a person would give it."""
    kind, options = poll["type"], poll["options"]
    if kind == "single_choice":
        return rng.randrange(len(options))
    if kind == "multiple_choice":
        most = poll.get("max_choices") or len(options)
        return sorted(rng.sample(range(len(options)), rng.randint(1, most)))
    if kind == "scale":
        return rng.randint(poll["scale_min"], poll["scale_max"])
    if kind == "ranking":
        order = list(range(len(options)))
        rng.shuffle(order)
        return order
    if kind == "dot_vote":  # within the budget and the per-option limit
        total = 100 if poll.get("points") else int(poll.get("dots") or 1)
        per = total if poll.get("points") else int(poll.get("dots_per_option") or 1)
        spread: dict[str, int] = {}
        for _ in range(total if not poll.get("points") else 1):
            key = str(rng.randrange(len(options)))
            if spread.get(key, 0) + (total if poll.get("points") else 1) <= per:
                spread[key] = spread.get(key, 0) + (total if poll.get("points") else 1)
        return spread or {"0": min(per, total)}
    word = rng.choice(OPEN_TEXT_WORDS)
    return f"Phone {phone} answer {version}: {word}"


@dataclass
class Room:
    """What the phones and the note-taker saw, and the settings they share."""

    join_url: str
    notetaker_url: str | None
    vote_window_s: float
    drop_every_s: float
    note_every_s: float
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    acks: list[dict[str, Any]] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    joined: int = 0
    joins: int = 0
    drops: int = 0
    all_joined: asyncio.Event = field(default_factory=asyncio.Event)
    expected: int = 0
    notes: dict[int, str] = field(default_factory=dict)  # note id → its last acknowledged text
    note_latencies: list[float] = field(default_factory=list)
    note_errors: dict[str, int] = field(default_factory=dict)

    def count(self, table: dict[str, int], key: str) -> None:
        table[key] = table.get(key, 0) + 1


class Phone:
    def __init__(self, room: Room, index: int, seed: int, joining: asyncio.Semaphore) -> None:
        self.room = room
        self.index = index
        self.rng = random.Random(seed * 100_003 + index)
        self.joining = joining
        self.poll: dict[str, Any] | None = None
        self.answer: Any = None
        self.voting: asyncio.Task[None] | None = None
        self.voting_poll: int | None = None
        self.versions = 0
        self.first_join = True

    async def run(self) -> None:
        connector = aiohttp.TCPConnector(local_addr=(phone_address(self.index), 0))
        jar = aiohttp.CookieJar(unsafe=True)  # unsafe: cookies for an IP address host
        async with aiohttp.ClientSession(connector=connector, cookie_jar=jar) as http:
            self.http = http
            while not self.room.stopping.is_set():
                try:
                    await self.follow()
                except (aiohttp.ClientError, TimeoutError, ValueError) as err:
                    self.room.count(self.room.errors, f"channel {type(err).__name__}")
                if self.first_join:  # it never got on: count it as settled anyway
                    self.first_join = False
                    self.settle()
                if not self.room.stopping.is_set():
                    self.room.drops += 1
                    await self.pause(self.rng.uniform(1.0, 4.0))  # off the Wi-Fi a moment
            if self.voting is not None:
                await asyncio.gather(self.voting, return_exceptions=True)

    def settle(self) -> None:
        self.room.joined += 1
        if self.room.joined == self.room.expected:
            self.room.all_joined.set()

    async def pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.room.stopping.wait(), seconds)

    async def follow(self) -> None:
        """Load the page, then follow the live channel until it drops or we drop it."""
        url = self.room.join_url
        async with self.joining:
            async with self.http.get(url) as r:
                r.raise_for_status()
                await r.read()
            for asset in ("participant.js", "participant.css"):
                async with self.http.get(f"{url}/static/{asset}") as r:
                    r.raise_for_status()
                    await r.read()
            events = await self.http.get(
                f"{url}/api/events", timeout=aiohttp.ClientTimeout(total=None)
            )
        self.room.joins += 1
        if self.first_join:
            self.first_join = False
            self.settle()
        # Each phone loses the Wi-Fi now and then, at its own moment.
        drop_at = time.monotonic() + self.rng.expovariate(1 / self.room.drop_every_s)
        async with events:
            events.raise_for_status()
            while not self.room.stopping.is_set():
                left = drop_at - time.monotonic()
                if left <= 0:
                    return
                try:
                    line = await asyncio.wait_for(events.content.readline(), min(left, 0.5))
                except TimeoutError:
                    continue
                if not line:
                    self.room.count(self.room.errors, "channel closed by the server")
                    return
                if line.startswith(b"data:"):
                    self.on_state(json.loads(line[5:]))

    def on_state(self, state: dict[str, Any]) -> None:
        poll = state.get("poll")
        self.poll = poll
        self.answer = state.get("answer")
        if poll is None or self.answer is not None:
            return
        if self.voting is not None and not self.voting.done():
            if self.voting_poll == poll["id"]:
                return  # already thinking about this one
            self.voting.cancel()  # the facilitator moved on before this phone answered
        self.voting_poll = poll["id"]
        self.voting = asyncio.create_task(self.vote_on(poll))

    async def vote_on(self, poll: dict[str, Any]) -> None:
        """Think a moment, answer; sometimes think again and change the answer."""
        if poll["type"] == "idea_wall":
            return  # ideas are posted, not voted: benchmarks/idea_wall.py loads that path
        await self.pause(self.rng.uniform(0.3, self.room.vote_window_s))
        if not await self.send(poll):
            return
        if poll.get("allow_change") and self.rng.random() < 0.3:
            await self.pause(self.rng.uniform(0.5, self.room.vote_window_s))
            await self.send(poll)

    async def send(self, poll: dict[str, Any]) -> bool:
        current = self.poll
        if self.room.stopping.is_set() or current is None or current["id"] != poll["id"]:
            return False
        self.versions += 1
        answer = answer_for(poll, self.rng, self.index, self.versions)
        sent = time.monotonic()
        try:
            async with self.http.post(
                f"{self.room.join_url}/api/polls/{poll['id']}/vote", json={"answer": answer}
            ) as response:
                body = await response.json(content_type=None)
                acked = time.monotonic()
        except (aiohttp.ClientError, TimeoutError, ValueError) as err:
            self.room.count(self.room.errors, f"vote {type(err).__name__}")
            return False
        if response.status == 200 and body.get("ok"):
            self.room.acks.append(
                {
                    "phone": self.index,
                    "device": device_of(self.http),
                    "poll": poll["id"],
                    "answer": body["answer"],
                    "status": body.get("status"),
                    "sent": sent,
                    "acked": acked,
                }
            )
            return True
        code = body.get("error") if isinstance(body, dict) else None
        if response.status == 409:  # the poll closed first, or already answered: expected
            self.room.count(self.room.refused, str(code or response.status))
        else:
            self.room.count(self.room.errors, f"vote HTTP {response.status} {code}")
        return False


async def note_taker(room: Room, seed: int) -> None:
    """A second laptop on the LAN adding notes through the note-taker link and editing some."""
    if room.notetaker_url is None:
        return
    rng = random.Random(seed)
    connector = aiohttp.TCPConnector(local_addr=("127.0.9.1", 0))
    async with aiohttp.ClientSession(connector=connector) as http:
        base = room.notetaker_url
        try:
            async with http.get(base) as r:
                r.raise_for_status()
                await r.read()
        except aiohttp.ClientError as err:
            room.count(room.note_errors, f"page {type(err).__name__}")
            return
        written = 0
        while not room.stopping.is_set():
            try:
                await asyncio.wait_for(room.stopping.wait(), room.note_every_s)
                break
            except TimeoutError:
                pass
            written += 1
            kind = NOTE_KINDS[written % len(NOTE_KINDS)]
            body: dict[str, Any] = {
                "kind": kind,
                "text": f"Note-taker note {written}: {rng.choice(OPEN_TEXT_WORDS)}",
                "requestId": uuid.uuid4().hex,
            }
            if kind == "action":
                body["owner"] = "Tomasz"
            edit = written % 3 == 0 and room.notes
            note_id = rng.choice(sorted(room.notes)) if edit else None
            if note_id is not None:
                body["text"] = f"{room.notes[note_id]} (edited {written})"
                del body["requestId"]
            sent = time.monotonic()
            try:
                if note_id is None:
                    request = http.post(f"{base}/api/notes", json=body)
                else:
                    request = http.put(f"{base}/api/notes/{note_id}", json=body)
                async with request as response:
                    answer = await response.json(content_type=None)
            except (aiohttp.ClientError, TimeoutError, ValueError) as err:
                room.count(room.note_errors, type(err).__name__)
                continue
            if response.status in (200, 201) and answer.get("ok"):
                note = answer["note"]
                room.notes[int(note["id"])] = note["text"]
                room.note_latencies.append(time.monotonic() - sent)
            else:
                room.count(room.note_errors, f"HTTP {response.status} {answer.get('error')}")


async def read_stop(room: Room) -> None:
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line or line.strip() == "stop":
            room.stopping.set()
            return


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


async def run(settings: dict[str, Any]) -> dict[str, Any]:
    room = Room(
        join_url=settings["join_url"],
        notetaker_url=settings.get("notetaker_url"),
        vote_window_s=settings["vote_window_s"],
        drop_every_s=settings["drop_every_s"],
        note_every_s=settings["note_every_s"],
        expected=settings["phones"],
    )
    joining = asyncio.Semaphore(JOINING_AT_ONCE)
    seed = settings["seed"]
    phones = [Phone(room, i, seed, joining) for i in range(settings["phones"])]
    tasks = [asyncio.create_task(p.run()) for p in phones]
    writer = asyncio.create_task(note_taker(room, seed))
    stop = asyncio.create_task(read_stop(room))
    started = time.monotonic()
    await asyncio.wait(
        [asyncio.ensure_future(room.all_joined.wait()), stop],
        timeout=120,
        return_when=asyncio.FIRST_COMPLETED,
    )
    print(json.dumps({"joined": room.joined, "join_s": time.monotonic() - started}), flush=True)
    await stop
    cpu = time.process_time()
    await asyncio.gather(*tasks, writer, return_exceptions=True)
    latencies = [1000 * (a["acked"] - a["sent"]) for a in room.acks]
    return {
        "acks": room.acks,
        "refused": room.refused,
        "errors": room.errors,
        "joins": room.joins,
        "drops": room.drops,
        "notes": room.notes,
        "note_errors": room.note_errors,
        "note_p99_ms": 1000 * (percentile(room.note_latencies, 99) or 0.0),
        "vote_p50_ms": percentile(latencies, 50),
        "vote_p99_ms": percentile(latencies, 99),
        "vote_max_ms": max(latencies, default=None),
        "cpu_s": cpu,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m rehearsal.crowd SETTINGS_JSON", file=sys.stderr)
        return 2
    raise_file_limit()
    outcome = asyncio.run(run(json.loads(argv[0])))
    print(json.dumps(outcome), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
