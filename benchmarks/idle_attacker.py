"""One address holding thousands of idle connections to the live server.

Usage: python -m benchmarks.idle_attacker JOIN_URL COUNT SOURCE_ADDRESS
Opens COUNT TCP connections from SOURCE_ADDRESS (127.0.0.2: another loopback address,
so the phones on 127.0.0.1 stay apart) and keeps COUNT attempts standing: a connection
the server closes (refused with "the room is full", or timed out without a request) is
opened again after a pause, as a persistent attacker would. Sends nothing. Prints
{"attempted": N, "held": M, "refused": R, ...} once all were tried (held: open and
answered nothing, i.e. kept by the server), then runs until killed.
"""

from __future__ import annotations

import asyncio
import json
import sys
from urllib.parse import urlsplit

from benchmarks.phones import raise_file_limit

REOPEN_AFTER_S = 1.0
SETTLE_S = 1.5


async def hold(host: str, port: int, source: str, counts: dict[str, int]) -> None:
    while True:
        try:
            reader, writer = await asyncio.open_connection(host, port, local_addr=(source, 0))
        except OSError:
            counts["failed"] += 1
            await asyncio.sleep(REOPEN_AFTER_S)
            continue
        counts["attempted"] += 1
        counts["held"] += 1
        try:
            first = await reader.read(64)  # a refusal page at once, or nothing until closed
            if first:
                counts["held"] -= 1
                counts["refused"] += 1
                first = b""
                await reader.read()
            else:
                counts["held"] -= 1
        except OSError:
            counts["held"] -= 1
        finally:
            writer.close()
        await asyncio.sleep(REOPEN_AFTER_S)


async def run(url: str, count: int, source: str) -> None:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    counts = {"attempted": 0, "held": 0, "refused": 0, "failed": 0}
    tasks = []
    for _ in range(count):
        tasks.append(asyncio.ensure_future(hold(parts.hostname, parts.port, source, counts)))
        if len(tasks) % 200 == 0:
            await asyncio.sleep(0)  # let the opened ones settle
    while counts["attempted"] + counts["failed"] < count:
        await asyncio.sleep(0.05)
    await asyncio.sleep(SETTLE_S)  # refusals answered; silent ones still within the timeout
    print(json.dumps({"attacker": True, **counts}), flush=True)
    await asyncio.gather(*tasks)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m benchmarks.idle_attacker JOIN_URL COUNT SOURCE", file=sys.stderr)
        return 2
    raise_file_limit()
    asyncio.run(run(argv[0], int(argv[1]), argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
