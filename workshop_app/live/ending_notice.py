"""The note-taker page's live channel: it carries one thing, that the session ended.

The page asks for the notes every two seconds; once the server has stopped, a failed
request cannot tell "the session ended" from "the Wi-Fi dropped". So the page keeps a
Server-Sent Events channel open, and when the facilitator ends the session each open
channel is told ``ended`` before the server stops: the page stops retrying and says
that notes typed but not sent stay in the box to be copied.
"""

from __future__ import annotations

import asyncio
import contextlib

from aiohttp import web

from workshop_app.live.refusal import Refusal

# A note-taker has one link; a few tabs or a reconnect overlapping the old channel are
# normal, more is not a note-taker.
MAX_CHANNELS = 8
HEARTBEAT_SECONDS = 15.0


class EndingNotice:
    def __init__(self, heartbeat_s: float = HEARTBEAT_SECONDS) -> None:
        self.heartbeat_s = heartbeat_s
        self._channels: set[asyncio.Queue[bool]] = set()

    @property
    def open_channels(self) -> int:
        return len(self._channels)

    def close(self, *, ended: bool) -> None:
        """The server stops: every channel is closed, first told ``ended`` if it did."""
        for channel in self._channels:
            channel.put_nowait(ended)

    async def stream(self, request: web.Request) -> web.StreamResponse:
        if len(self._channels) >= MAX_CHANNELS:
            raise Refusal(429, "too_many_streams", "refused", text="Too many open channels.")
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-store",
                "X-Accel-Buffering": "no",
            }
        )
        await response.prepare(request)
        channel: asyncio.Queue[bool] = asyncio.Queue()
        self._channels.add(channel)
        try:
            await response.write(b"retry: 2000\n\n")
            while True:
                try:
                    async with asyncio.timeout(self.heartbeat_s):
                        ended = await channel.get()
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
                    continue
                if ended:
                    await response.write(b"event: ended\ndata: {}\n\n")
                break
        except (ConnectionResetError, asyncio.CancelledError):
            pass  # the page went away, or the server stops
        finally:
            self._channels.discard(channel)
        with contextlib.suppress(ConnectionResetError, RuntimeError):
            await response.write_eof()
        return response
