"""What one address, or everyone together, may hold open on the live server.

Every connection costs a file descriptor; at the usual desktop limit of 1,024 a few
thousand idle connections from one laptop locked every phone out. So:

- the soft open-file limit is raised towards the hard limit when the server starts;
- each address may hold a bounded number of connections, and all together a bounded
  number (below the open-file limit); a connection beyond either gets a short
  "the room is full" page and is closed at once instead of waiting in a queue;
- a connection that has not sent a whole request head within ``header_timeout``
  is closed (aiohttp's own idle timeout then covers the time between requests).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

try:
    import resource
except ImportError:  # Windows: no such limit to raise
    resource = None  # type: ignore[assignment]

RESERVED_DESCRIPTORS = 64  # the file, its -wal and -shm, the GUI, fonts, logs …
REFUSED_LINGER = 0.5  # seconds a refused connection stays open for its request to arrive

_FULL_PAGE = (
    "<!doctype html><html lang=en><head><meta charset=utf-8>"
    '<meta name=viewport content="width=device-width,initial-scale=1">'
    '<title>The room is full</title></head><body style="font:1.1em sans-serif;margin:2em">'
    "<h1>The room is full</h1><p>Too many connections right now. Please try again in a "
    "minute.</p><p lang=fr>La salle est pleine : trop de connexions pour l'instant. "
    "Réessayez dans une minute.</p></body></html>"
).encode()
ROOM_FULL_RESPONSE = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n"
    b"Retry-After: 30\r\nCache-Control: no-store\r\nConnection: close\r\n"
    b"Content-Length: " + str(len(_FULL_PAGE)).encode() + b"\r\n\r\n" + _FULL_PAGE
)


def room_full_page() -> web.Response:
    """The same page for a phone refused because every event stream is taken."""
    return web.Response(
        status=503,
        body=_FULL_PAGE,
        content_type="text/html",
        headers={"Retry-After": "30", "Cache-Control": "no-store"},
    )


def raise_open_file_limit() -> tuple[int, int]:
    """Raise the soft RLIMIT_NOFILE to the hard limit; returns (soft, hard) in force."""
    if resource is None:
        return (0, 0)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
    if soft == resource.RLIM_INFINITY or soft >= target:
        return soft, hard
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def connection_budget(default: int = 4096) -> int:
    """How many connections all together may be open: below the open-file limit."""
    if resource is None:
        return default
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return default * 4
    return max(32, int(soft) - RESERVED_DESCRIPTORS)


@dataclass
class ConnectionGuard:
    per_address: int
    total: int
    header_timeout: float
    unlimited_addresses: frozenset[str] = frozenset()  # the benchmark's phones share one
    open_by_address: Counter[str] = field(default_factory=Counter)
    open_total: int = 0
    refused: int = 0

    def admit(self, address: str) -> bool:
        if self.open_total >= self.total or (
            address not in self.unlimited_addresses
            and self.open_by_address[address] >= self.per_address
        ):
            self.refused += 1
            return False
        self.open_by_address[address] += 1
        self.open_total += 1
        return True

    def release(self, address: str) -> None:
        self.open_by_address[address] -= 1
        self.open_total -= 1
        if self.open_by_address[address] <= 0:
            del self.open_by_address[address]


class _GuardedProtocol(asyncio.Protocol):
    """Wraps aiohttp's request handler: admits the connection first, then delegates."""

    def __init__(self, inner: RequestHandler, guard: ConnectionGuard) -> None:
        self.inner = inner
        self.guard = guard
        self.address: str | None = None  # set once admitted
        self._deadline: asyncio.TimerHandle | None = None
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if peer else "?"
        if not self.guard.admit(address):
            # Answer at once, then close a moment later: closing with the phone's request
            # still unread would reset the connection and lose the page.
            transport.write(ROOM_FULL_RESPONSE)
            asyncio.get_running_loop().call_later(REFUSED_LINGER, transport.close)
            return
        self.address = address
        self.inner.connection_made(transport)
        loop = asyncio.get_running_loop()
        self._deadline = loop.call_later(self.guard.header_timeout, self._head_overdue)

    def _head_overdue(self) -> None:
        # No whole request head yet (a slow or silent client): free the slot.
        if self.inner._request_count == 0 and self._transport is not None:
            self._transport.close()

    def data_received(self, data: bytes) -> None:
        if self.address is not None:
            self.inner.data_received(data)

    def eof_received(self) -> None:
        if self.address is not None:
            self.inner.eof_received()

    def pause_writing(self) -> None:
        if self.address is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.address is not None:
            self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self._let_go_of_transport()
        if self.address is None:
            return
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self.guard.release(self.address)
        self.address = None
        self.inner.connection_lost(exc)

    def _let_go_of_transport(self) -> None:
        """Leave no reference cycle through a closed connection's transport.

        A live session keeps full collections rare (gc_policy), so a closed connection
        that only the cyclic collector can free stays in memory until the session ends:
        hundreds a minute while phones drop and rejoin. Two cycles: this protocol and the
        transport hold each other; and on Python 3.11 the transport holds a bound method
        of itself (``_read_ready_cb``), which Python 3.12 clears on close (CPython
        gh-100348). The transport no longer reads once connection_lost is called.
        """
        transport, self._transport = self._transport, None
        if transport is not None and getattr(transport, "_read_ready_cb", None) is not None:
            transport._read_ready_cb = None  # type: ignore[attr-defined]


class GuardedSite(web.TCPSite):
    """A TCPSite whose every connection passes the ConnectionGuard first."""

    def __init__(self, runner: web.BaseRunner, guard: ConnectionGuard, *args: Any, **kw: Any):
        super().__init__(runner, *args, **kw)
        self.guard = guard

    async def start(self) -> None:
        await web.BaseSite.start(self)
        server = self._runner.server
        assert server is not None
        guard = self.guard
        self._server = await asyncio.get_running_loop().create_server(
            lambda: _GuardedProtocol(server(), guard),
            self._host,
            self._port,
            backlog=self._backlog,
            reuse_address=self._reuse_address,
        )
