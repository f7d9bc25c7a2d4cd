"""Simulated phones, run in their own process so they do not share the server's GIL.

Usage: python -m benchmarks.phones JOIN_URL POLL_ID N  → one JSON line of results.
Each phone has its own cookie jar: it loads the page and its assets, opens the live
channel, waits for the poll to open, votes, and records when its vote was acknowledged
(time.monotonic, which is the same clock in every process on this machine).
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from typing import Any

import aiohttp


def raise_file_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def phone(http: aiohttp.ClientSession, url: str, poll_id: int, answer: int,
                ready: asyncio.Event, opened: asyncio.Event) -> dict[str, Any]:
    result: dict[str, Any] = {"ok": False}
    try:
        async with http.get(url) as r:
            await r.read()
        for asset in ("participant.js", "participant.css"):
            async with http.get(f"{url}/static/{asset}") as r:
                await r.read()
        async with http.get(f"{url}/api/events", timeout=aiohttp.ClientTimeout(total=None)) as r:
            ready.set()
            async for line in r.content:
                if line.startswith(b"data:") and b'"poll": {' in line:
                    break
            opened.set()
            started = time.monotonic()
            async with http.post(f"{url}/api/polls/{poll_id}/vote",
                                 json={"answer": answer}) as v:
                body = await v.json(content_type=None)
                acked = time.monotonic()
                result = {"ok": v.status == 200, "status": v.status, "latency": acked - started,
                          "acked": acked, "answer": body.get("answer")}
    except (aiohttp.ClientError, asyncio.TimeoutError) as err:
        result = {"ok": False, "error": type(err).__name__}
    return result


async def run(url: str, poll_id: int, count: int) -> dict[str, Any]:
    connector_limit = 0  # unlimited: every phone has its own connections
    sessions = [aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True),
                                      connector=aiohttp.TCPConnector(limit=connector_limit))
                for _ in range(count)]
    readies = [asyncio.Event() for _ in range(count)]
    opened = [asyncio.Event() for _ in range(count)]
    try:
        tasks = [asyncio.create_task(phone(s, url, poll_id, i % 3, readies[i], opened[i]))
                 for i, s in enumerate(sessions)]
        await asyncio.wait_for(asyncio.gather(*(e.wait() for e in readies)), 120)
        print(json.dumps({"connected": count}), flush=True)  # the host may open the poll now
        results = await asyncio.wait_for(asyncio.gather(*tasks), 300)
    finally:
        await asyncio.gather(*(s.close() for s in sessions))
    return {"results": results}


def main() -> None:
    raise_file_limit()
    if sys.argv[1] == "bare":
        print(json.dumps(asyncio.run(bare(sys.argv[2], int(sys.argv[3])))), flush=True)
        return
    url, poll_id, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    started = time.monotonic()
    outcome = asyncio.run(run(url, poll_id, count))
    outcome["wall"] = time.monotonic() - started
    print(json.dumps(outcome), flush=True)



async def bare(url: str, count: int) -> dict[str, Any]:
    """The same client against a handler that does nothing: what the stack can do at all."""
    sessions = [aiohttp.ClientSession() for _ in range(count)]
    started = time.monotonic()

    async def one(http: aiohttp.ClientSession, i: int) -> float:
        t = time.monotonic()
        async with http.post(url, json={"answer": i % 3}) as r:
            await r.read()
            if r.status != 200:
                raise RuntimeError(f"bare handler answered {r.status}")
        return time.monotonic() - t

    try:
        latencies = await asyncio.gather(*(one(s, i) for i, s in enumerate(sessions)))
    finally:
        await asyncio.gather(*(s.close() for s in sessions))
    return {"latencies": list(latencies), "wall": time.monotonic() - started}


if __name__ == "__main__":
    main()
