"""Simulated phones, in a process of their own so they do not share the server's GIL.

Usage: python -m benchmarks.phones JOIN_URL POLL_ID N [THINK_S]
Prints {"connected": N, ...} once every phone is on the live channel, then one JSON
line of results. Each phone has its own cookie jar: it loads the page and its assets,
opens the live channel, waits there for the poll to open, votes once, and records when
its vote was acknowledged (time.monotonic(), the same clock in every process here).
The same code drives the real server and the bare handler (benchmarks.host).
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

JOINING_AT_ONCE = 100  # phones joining at the same moment (a room fills up over minutes)
DEVICE_COOKIE = "wsdevice"


@dataclass
class Burst:
    url: str
    poll_id: int
    joined: int = 0
    settled: int = 0  # phones that joined or gave up joining
    all_joined: asyncio.Event = field(default_factory=asyncio.Event)
    first_seen: float | None = None  # when the first phone saw the poll open
    cpu_at_first_seen: float = 0.0
    expected: int = 0
    think_s: float = 0.0  # a pause between seeing the poll and voting (a quiet room)


def raise_file_limit() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def opens_poll(line: bytes, poll_id: int) -> bool:
    if not line.startswith(b"data:"):
        return False
    state = json.loads(line[5:])
    poll = state.get("poll")
    return isinstance(poll, dict) and poll.get("id") == poll_id


def device_of(http: aiohttp.ClientSession) -> str | None:
    for cookie in http.cookie_jar:
        if cookie.key == DEVICE_COOKIE:
            return cookie.value
    return None


def settle(burst: Burst) -> None:
    burst.settled += 1
    if burst.settled == burst.expected:
        burst.all_joined.set()


async def join_page(http: aiohttp.ClientSession, url: str) -> aiohttp.ClientResponse:
    """What a phone does on scanning the QR: the page, its script and style, then the
    live channel, left open (the caller reads and closes it)."""
    async with http.get(url) as r:
        r.raise_for_status()
        await r.read()
    for asset in ("participant.js", "participant.css"):
        async with http.get(f"{url}/static/{asset}") as r:
            r.raise_for_status()
            await r.read()
    return await http.get(f"{url}/api/events", timeout=aiohttp.ClientTimeout(total=None))


async def phone(burst: Burst, answer: int, joining: asyncio.Semaphore) -> dict[str, Any]:
    url = burst.url
    joined = False
    jar = aiohttp.CookieJar(unsafe=True)  # unsafe: cookies for an IP address host
    async with aiohttp.ClientSession(cookie_jar=jar) as http:
        try:
            async with joining:
                events = await join_page(http, url)
            async with events:
                events.raise_for_status()
                joined = True
                burst.joined += 1
                settle(burst)
                async for line in events.content:
                    if opens_poll(line, burst.poll_id):
                        break
                else:
                    return {"ok": False, "error": "channel closed", "device": device_of(http)}
                seen = time.monotonic()  # this phone shows the open poll now
                if burst.first_seen is None:
                    burst.first_seen = seen
                    burst.cpu_at_first_seen = time.process_time()
                if burst.think_s:
                    await asyncio.sleep(burst.think_s)
                started = time.monotonic()
                async with http.post(
                    f"{url}/api/polls/{burst.poll_id}/vote", json={"answer": answer}
                ) as v:
                    await v.read()
                    acked = time.monotonic()
                    return {
                        "ok": v.status == 200,
                        "status": v.status,
                        "seen": seen,
                        "sent": started,
                        "acked": acked,
                        "device": device_of(http),
                    }
        except (aiohttp.ClientError, TimeoutError, ValueError) as err:
            if not joined:
                settle(burst)
            return {"ok": False, "error": type(err).__name__, "device": device_of(http)}


async def run(url: str, poll_id: int, count: int, think_s: float = 0.0) -> dict[str, Any]:
    burst = Burst(url, poll_id, expected=count, think_s=think_s)
    joining = asyncio.Semaphore(JOINING_AT_ONCE)
    started = time.monotonic()
    tasks = [asyncio.create_task(phone(burst, i % 3, joining)) for i in range(count)]
    await burst.all_joined.wait()
    # The host may open the poll now (phones that failed to join are counted as errors).
    print(json.dumps({"connected": burst.joined, "join_s": time.monotonic() - started}), flush=True)
    results = await asyncio.gather(*tasks)
    ended = time.monotonic()
    cpu = time.process_time() - burst.cpu_at_first_seen
    wall = ended - burst.first_seen if burst.first_seen is not None else 0.0
    return {"results": results, "client_cpu_share": cpu / wall if wall > 0 else None}


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print("usage: python -m benchmarks.phones JOIN_URL POLL_ID N [THINK_S]", file=sys.stderr)
        return 2
    raise_file_limit()
    think = float(argv[3]) if len(argv) == 4 else 0.0
    outcome = asyncio.run(run(argv[0], int(argv[1]), int(argv[2]), think))
    print(json.dumps(outcome), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
