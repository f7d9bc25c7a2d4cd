"""One phone's open live channel (Server-Sent Events), as the room broadcasts to it.

A state change is written to every stream in one pass, straight to its transport, by
the code that changed the state: no task per phone wakes up, and votes arriving
meanwhile cannot come between the first phones and the last. The handler task of a
stream only waits for what is its own: the first event, keep-alives, the end, and a
catch-up when a direct write was not possible (a phone that does not read).
"""

from __future__ import annotations

import asyncio

# Bytes a stream's transport may hold unsent before the broadcast stops writing to it and
# leaves the next state to the stream's own task (which waits for the phone to read).
BACKLOG_LIMIT = 64 * 1024


def chunk(data: bytes) -> bytes:
    """``data`` as one HTTP/1.1 chunk (the framing of a streamed response)."""
    return b"%x\r\n%s\r\n" % (len(data), data)


class EventStream:
    def __init__(self, transport: asyncio.BaseTransport | None, *, chunked: bool) -> None:
        self.wakes: asyncio.Queue[str | None] = asyncio.Queue()
        self.chunked = chunked  # the response is chunked (HTTP/1.1): events are framed
        # Checked once here, not on every broadcast: only a writable transport is kept.
        self._transport: asyncio.WriteTransport | None = (
            transport if isinstance(transport, asyncio.WriteTransport) else None
        )
        # Direct writes start once the handler has sent the first event (and with it the
        # response's headers); before that a change only wakes the handler.
        self.direct = False

    def wake(self, reason: str = "state") -> None:
        """Ask the stream's task to send the current state (one pending wake-up is enough:
        the state is read when sent)."""
        if self.wakes.empty():
            self.wakes.put_nowait(reason)

    def close(self, *, ended: bool) -> None:
        """The server stops: the task says "ended" first when the session ``ended``."""
        self.wakes.put_nowait("ended" if ended else None)

    def send(self, event: bytes, framed: bytes | None = None) -> None:
        """Write one event now (``framed``: the same event already chunked, shared by many
        streams), or, when the transport cannot take it at once, leave it to the task."""
        transport = self._transport
        if (
            not self.direct
            or not self.wakes.empty()  # the task has something pending: keep the order
            or transport is None
            or transport.is_closing()
            or transport.get_write_buffer_size() > BACKLOG_LIMIT
        ):
            self.wake()
            return
        if self.chunked:
            transport.write(framed if framed is not None else chunk(event))
        else:
            transport.write(event)
