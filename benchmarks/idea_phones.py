"""Phones posting ideas to an idea wall and upvoting them, in a process of their own (like
benchmarks.phones, whose joining they share), so they do not share the app's GIL.

Usage: python -m benchmarks.idea_phones JOIN_URL POLL_ID PHONES IDEAS UPVOTES SECONDS
Prints {"connected": N, "join_s": …} once every phone is on the live channel (the host may
open the wall now); {"start": T} once every phone has seen the wall open (T: when the
load begins, time.monotonic(), the clock every process here shares); then one JSON line
of results: every acknowledgement's time, refusals by status, and the upvotes each idea
was acknowledged.

Each phone has its own cookie jar and keeps its live channel open and read (every
change to the wall reaches every phone, as in a room). Ideas come in the first quarter
of SECONDS, upvotes (each phone distinct ideas, never its vote twice) over the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from benchmarks.phones import JOINING_AT_ONCE, join_page, opens_poll, raise_file_limit

START_DELAY_S = 1.0  # from the last phone seeing the wall open to the first post
SEEN_WAIT_S = 30.0  # phones that never see the wall open are left behind after this


@dataclass
class Load:
    phones: int = 300
    ideas: int = 600
    upvotes: int = 6000
    seconds: float = 120.0


@dataclass
class Crowd:
    url: str
    poll_id: int
    load: Load
    joined: int = 0
    settled: int = 0  # joined or gave up joining
    seen: int = 0  # phones that saw the wall open
    all_joined: asyncio.Event = field(default_factory=asyncio.Event)
    all_seen: asyncio.Event = field(default_factory=asyncio.Event)
    go: asyncio.Event = field(default_factory=asyncio.Event)
    start: float = 0.0
    ideas: list[int] = field(default_factory=list)  # posted and acknowledged, any phone
    acks_ms: list[float] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)  # status -> count
    errors: dict[str, int] = field(default_factory=dict)  # exception name -> count
    upvoted: dict[int, int] = field(default_factory=dict)  # idea -> acknowledged upvotes

    def settle(self) -> None:
        self.settled += 1
        if self.settled == self.load.phones:
            self.all_joined.set()

    def saw(self) -> None:
        self.seen += 1
        if self.seen == self.joined:
            self.all_seen.set()


def share(total: int, phones: int, n: int) -> int:
    return total // phones + (1 if n < total % phones else 0)


async def _read_channel(events: aiohttp.ClientResponse, crowd: Crowd) -> None:
    """Wait for the wall to open, then keep reading (the server writes every change)."""
    with contextlib.suppress(aiohttp.ClientError, asyncio.CancelledError, ValueError):
        async for line in events.content:
            if opens_poll(line, crowd.poll_id):
                crowd.saw()
                break
        async for _ in events.content.iter_any():
            pass


async def phone(n: int, crowd: Crowd, joining: asyncio.Semaphore) -> None:
    url = crowd.url
    rng = random.Random(n)
    jar = aiohttp.CookieJar(unsafe=True)  # unsafe: cookies for an IP address host
    async with aiohttp.ClientSession(cookie_jar=jar) as http:
        try:
            async with joining:
                events = await join_page(http, url)
            events.raise_for_status()
        except (aiohttp.ClientError, TimeoutError) as err:
            crowd.errors[type(err).__name__] = crowd.errors.get(type(err).__name__, 0) + 1
            crowd.settle()
            return
        crowd.joined += 1
        crowd.settle()
        reader = asyncio.get_running_loop().create_task(_read_channel(events, crowd))
        try:
            await crowd.go.wait()
            await _act(n, rng, http, crowd)
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
            events.close()


async def _act(n: int, rng: random.Random, http: aiohttp.ClientSession, crowd: Crowd) -> None:
    load, url = crowd.load, crowd.url
    posts = share(load.ideas, load.phones, n)
    votes = share(load.upvotes, load.phones, n)
    ideas_until = load.seconds * 0.25  # ideas come first, upvotes over the rest
    plan = sorted(
        [(rng.uniform(0, ideas_until), "post") for _ in range(posts)]
        + [(rng.uniform(ideas_until, load.seconds * 0.97), "vote") for _ in range(votes)]
    )
    chosen: set[int] = set()
    for at, kind in plan:
        delay = crowd.start + at - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        body: dict[str, Any]
        if kind == "post":
            body = {"text": f"Idea {n}-{rng.randrange(10**6)}"}
            target = f"{url}/api/polls/{crowd.poll_id}/ideas"
        else:
            pool = [i for i in crowd.ideas if i not in chosen]
            if not pool:
                continue
            idea = rng.choice(pool)
            chosen.add(idea)
            body = {"on": True}
            target = f"{url}/api/polls/{crowd.poll_id}/ideas/{idea}/vote"
        sent = time.monotonic()
        try:
            async with http.post(target, json=body) as response:
                reply = await response.json(content_type=None)
                status = response.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as err:
            crowd.errors[type(err).__name__] = crowd.errors.get(type(err).__name__, 0) + 1
            continue
        acked = time.monotonic()
        if status != 200:
            crowd.refused[str(status)] = crowd.refused.get(str(status), 0) + 1
            continue
        crowd.acks_ms.append((acked - sent) * 1000)
        idea_id = int(reply["idea"]["id"])
        if kind == "post":
            crowd.ideas.append(idea_id)
        elif reply.get("status") == "upvoted":
            crowd.upvoted[idea_id] = crowd.upvoted.get(idea_id, 0) + 1


async def run(url: str, poll_id: int, load: Load) -> dict[str, Any]:
    crowd = Crowd(url, poll_id, load)
    joining = asyncio.Semaphore(JOINING_AT_ONCE)
    started = time.monotonic()
    tasks = [asyncio.create_task(phone(n, crowd, joining)) for n in range(load.phones)]
    await crowd.all_joined.wait()
    say({"connected": crowd.joined, "join_s": time.monotonic() - started})
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(crowd.all_seen.wait(), SEEN_WAIT_S)
    crowd.start = time.monotonic() + START_DELAY_S
    say({"start": crowd.start, "seen": crowd.seen})
    crowd.go.set()
    await asyncio.gather(*tasks)
    return {
        "ideas": len(crowd.ideas),
        "acks_ms": crowd.acks_ms,
        "refused": crowd.refused,
        "errors": crowd.errors,
        "upvoted": {str(k): v for k, v in crowd.upvoted.items()},
        "ended": time.monotonic(),
    }


def say(message: dict[str, Any]) -> None:
    print(json.dumps(message), flush=True)


def main(argv: list[str]) -> int:
    if len(argv) != 6:
        print(
            "usage: python -m benchmarks.idea_phones JOIN_URL POLL_ID PHONES IDEAS UPVOTES SECONDS",
            file=sys.stderr,
        )
        return 2
    raise_file_limit()
    load = Load(int(argv[2]), int(argv[3]), int(argv[4]), float(argv[5]))
    say(asyncio.run(run(argv[0], int(argv[1]), load)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
