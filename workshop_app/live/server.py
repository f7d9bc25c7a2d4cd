"""LiveServer: aiohttp in its own thread with its own event loop.

The GUI thread calls ``start``/``stop`` and the facilitator controls; controls are
posted to the loop and never wait on the network. Results leave the server only as
snapshots pushed through one throttle: the first change after a quiet spell at once, a
burst at most once per ``snapshot_interval``; ``notify`` then tells the GUI side.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import errno
import logging
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from workshop_app.clock import Clock, SystemClock
from workshop_app.domain.polls import PollState, PollType
from workshop_app.live import gc_policy, idea_moderation, log_privacy
from workshop_app.live.connection_limits import (
    ConnectionGuard,
    GuardedSite,
    connection_budget,
    raise_open_file_limit,
)
from workshop_app.live.device_admission import (
    NEW_DEVICES_BURST,
    NEW_DEVICES_PER_MINUTE,
    DeviceAdmission,
)
from workshop_app.live.ending_notice import EndingNotice
from workshop_app.live.middlewares import make_middlewares
from workshop_app.live.notetaker_access import NotetakerAccess
from workshop_app.live.notetaker_api import NotetakerApi
from workshop_app.live.notetaker_counts import NotetakerCounts
from workshop_app.live.participant_api import ParticipantApi, RoomIdentity
from workshop_app.live.ratelimit import RateLimiter
from workshop_app.live.request_body import MAX_BODY
from workshop_app.live.reset_generations import ResetGenerations
from workshop_app.live.room import Room
from workshop_app.live.snapshot import LiveSnapshot
from workshop_app.live.throttle import Throttle
from workshop_app.live.tokens import new_join_token, new_room_code
from workshop_app.live.writer import BatchWriter

log = logging.getLogger(__name__)
# Called in the server thread after ``latest`` was replaced: must be quick and thread-safe.
SnapshotNotifier = Callable[[], None]


class LiveServerError(Exception):
    """The server could not start; the message is for the facilitator."""


@dataclass
class LiveConfig:
    host: str
    port: int = 8765
    port_attempts: int = 20  # try port, port+1, … when busy
    join_token: str | None = None  # given when resuming, so printed QR codes still work
    room_code: str | None = None
    notetaker_token: str | None = None  # the note-taker link, when one was issued
    title: str = ""
    language: str = "en"
    languages: tuple[str, ...] = ()  # the workshop's further languages (poll text)
    min_group: int = 5  # the workshop's minimum group size: told on the phone's first screen
    ip_rate: float = 20.0  # requests per second per address, after a burst
    ip_burst: float = 120.0
    device_rate: float = 2.0  # votes per second per phone, after a burst
    device_burst: float = 10.0
    snapshot_interval: float = 0.1
    # A connection that has not sent a whole request by then is closed: a phone that
    # stalls mid-request (or a client that never finishes one) frees its slot.
    idle_timeout: float = 15.0
    # A connection must send a whole request head this soon, or it is closed.
    header_timeout: float = 5.0
    connections_per_address: int = 32  # a phone holds 2-4 (page, events, a vote)
    max_connections: int | None = None  # None: what the open-file limit allows
    unlimited_addresses: tuple[str, ...] = ()  # the benchmark's phones all share loopback
    new_devices_burst: float = NEW_DEVICES_BURST  # new phones per address at once …
    new_devices_per_minute: float = NEW_DEVICES_PER_MINUTE  # … and a minute after that
    max_streams: int | None = None  # event streams of all phones; None: half the budget
    streams_per_device: int = 3  # tabs of one phone
    start_timeout: float = 10.0


class LiveServer:
    def __init__(
        self,
        path: Path,
        session_id: int,
        config: LiveConfig,
        notify: SnapshotNotifier | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.path = Path(path)
        self.session_id = session_id
        self.config = config
        self.notify = notify
        self.clock = clock or SystemClock()
        self.join_token = config.join_token or new_join_token()
        self.room_code = config.room_code or new_room_code()
        self.port: int | None = None
        self.room = Room()
        self.room.admission = DeviceAdmission(
            config.new_devices_burst,
            config.new_devices_per_minute,
            frozenset(config.unlimited_addresses),
        )
        self.guard = ConnectionGuard(
            per_address=config.connections_per_address,
            total=config.max_connections or 0,  # set from the open-file limit in start()
            header_timeout=config.header_timeout,
            unlimited_addresses=frozenset(config.unlimited_addresses),
        )
        self.generations = ResetGenerations()
        self.notetaker = NotetakerAccess(self.join_token, config.notetaker_token)
        self.latest: LiveSnapshot | None = None  # swapped whole by the loop thread
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._stop_event: asyncio.Event | None = None
        self._writer: BatchWriter | None = None
        self._holds_gc_policy = False  # entered the live-session GC policy; left on stop
        self._session_ended = False  # set by stop(): tell the phones the session is over
        self._ending: EndingNotice | None = None  # the note-taker pages' channels

    # --- life cycle -------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self.config.host

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self.port is not None

    @property
    def join_url(self) -> str:
        return f"http://{self._authority()}/j/{self.join_token}"

    @property
    def base_url(self) -> str:
        return f"http://{self._authority()}"

    @property
    def notetaker_url(self) -> str | None:
        token = self.notetaker.token
        return f"http://{self._authority()}/n/{token}" if token else None

    def _authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def start(self) -> None:
        """Bind and serve; returns once listening. Raises LiveServerError on failure."""
        if self._thread is not None:
            raise LiveServerError("The live server is already running.")
        log_privacy.install()  # before the first request can be logged
        raise_open_file_limit()  # the desktop's 1,024 is a few hundred phones
        budget = self.config.max_connections or connection_budget()
        self.guard.total = budget
        self.room.max_streams = self.config.max_streams or max(16, budget // 2)
        self.room.streams_per_device = self.config.streams_per_device
        self._thread = threading.Thread(target=self._run, name="workshop-live", daemon=True)
        self._thread.start()
        if not self._ready.wait(self.config.start_timeout):
            raise LiveServerError("The live server did not start in time.")
        if self._startup_error is not None:
            self._thread.join(5)
            self._thread = None
            error = self._startup_error
            if isinstance(error, LiveServerError):
                raise error
            raise LiveServerError(f"The live server could not start: {error}")
        # Listening: no full garbage collection should stop every thread mid-vote.
        gc_policy.enter_live_session()
        self._holds_gc_policy = True

    def stop(
        self,
        timeout: float = 10.0,
        *,
        session_ended: bool = False,
        wait: Callable[[threading.Thread, float], None] | None = None,
    ) -> None:
        """Stop serving and close every socket; nothing listens afterwards. With
        ``session_ended`` each connected phone is told first that the session is over;
        without, phones reconnect when the session is resumed on the same link.

        Returns once the server's thread has finished (every vote it acknowledged is in
        the file). ``wait(thread, timeout)`` waits for that; by default a plain join,
        while the GUI passes one that keeps painting meanwhile (telling hundreds of
        phones and closing their connections takes a moment)."""
        self._session_ended = session_ended
        thread, loop, stop_event = self._thread, self._loop, self._stop_event
        if thread is None:
            return
        if loop is not None and stop_event is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop_event.set)
        (wait or threading.Thread.join)(thread, timeout)
        self._thread = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as err:  # reported to start(); never crashes the app
            if not self._ready.is_set():
                self._startup_error = err
                self._ready.set()
            else:
                log.exception("live server stopped with an error")
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._leave_gc_policy()

    def _leave_gc_policy(self) -> None:
        # The collection that reclaims the session's objects follows a second later.
        if self._holds_gc_policy:
            self._holds_gc_policy = False
            gc_policy.leave_live_session()

    async def _serve(self) -> None:
        self._stop_event = asyncio.Event()
        loop = asyncio.get_running_loop()
        throttle = Throttle(
            self._emit_snapshot, self.config.snapshot_interval, loop.time, loop.call_later
        )
        self.room.on_change = throttle.changed
        writer = BatchWriter(self.path, self.session_id, self.generations)
        await writer.start()
        self._writer = writer
        try:
            await self._load_room(writer)
            runner, site_port = await self._bind(writer)
        except BaseException:
            await writer.close()
            raise
        self.port = site_port
        self._ready.set()
        throttle.changed()  # the room as loaded, for the first picture
        try:
            await self._stop_event.wait()
        finally:
            throttle.cancel()
            self.room.close_streams(ended=self._session_ended)
            if self._ending is not None:  # the note-taker pages are told too
                self._ending.close(ended=self._session_ended)
            await self._streams_closed(within=1.0)  # each phone is told before its cut
            await runner.cleanup()
            await writer.close()
            self.room.on_change = None
            self._emit_snapshot()

    def _ending_open(self) -> bool:
        return self._ending is not None and self._ending.open_channels > 0

    async def _streams_closed(self, within: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while (self.room.streams or self._ending_open()) and loop.time() < deadline:
            await asyncio.sleep(0.01)

    async def _load_room(self, writer: BatchWriter) -> None:
        self.room.ballot_secret = await writer.call(lambda repo: repo.ballot_secret())
        self.room.known_devices = await writer.call(lambda repo: repo.known_devices())
        for poll in await writer.call(lambda repo: repo.open_polls()):
            assert poll.id is not None
            pid = poll.id
            responses = await writer.call(lambda repo, p=pid: repo.responses(p))  # type: ignore[misc]
            self.room.load_poll(poll, responses)
            if poll.type == PollType.IDEA_WALL:
                await idea_moderation.load_wall(self.room, writer, pid)
            self.room.open_poll(poll)

    async def _bind(self, writer: BatchWriter) -> tuple[web.AppRunner, int]:
        last_error: OSError | None = None
        for port in range(self.config.port, self.config.port + self.config.port_attempts):
            runner = web.AppRunner(
                self._make_app(writer),
                handle_signals=False,
                access_log=None,
                shutdown_timeout=1.0,
                keepalive_timeout=self.config.idle_timeout,
            )
            await runner.setup()
            site = GuardedSite(
                runner, self.guard, self.host, port, backlog=1024, reuse_address=True
            )
            try:
                await site.start()
            except OSError as err:
                await runner.cleanup()
                last_error = err
                if err.errno in (errno.EADDRINUSE, errno.EACCES):
                    continue
                raise LiveServerError(
                    f"Cannot listen on {self.host}: {err.strerror or err}."
                ) from err
            bound = runner.addresses[0][1] if runner.addresses else port  # port 0: the OS chose
            self.port = int(bound)
            return runner, int(bound)
        raise LiveServerError(
            f"No free port from {self.config.port} to "
            f"{self.config.port + self.config.port_attempts - 1} on {self.host} "
            f"({last_error.strerror if last_error else 'busy'})."
        )

    def _make_app(self, writer: BatchWriter) -> web.Application:
        app = web.Application(
            client_max_size=MAX_BODY,
            middlewares=make_middlewares(
                self._authority,
                RateLimiter(self.config.ip_rate, self.config.ip_burst),
                self.config.language,
            ),
        )
        api = ParticipantApi(
            RoomIdentity(
                self.join_token,
                self.room_code,
                self.config.title,
                self.config.language,
                languages=self.config.languages,
                min_group=self.config.min_group,
            ),
            self.room,
            writer,
            self.clock,
            RateLimiter(self.config.device_rate, self.config.device_burst),
            body_timeout=self.config.idle_timeout,
        )
        app.add_routes(api.routes())
        notetaker = NotetakerApi(
            self.notetaker,
            self.room,
            writer,
            self.clock,
            self.config.title,
            self.config.language,
            body_timeout=self.config.idle_timeout,
        )
        app.add_routes(notetaker.routes())
        self._ending = notetaker.ending
        app.add_routes(NotetakerCounts(notetaker, self.clock).routes())
        return app

    # --- snapshots --------------------------------------------------------------------

    def _emit_snapshot(self) -> None:
        self.latest = self.room.snapshot()
        if self.notify is not None:
            try:
                self.notify()
            except Exception:  # a listener's bug must not stop the room
                log.exception("snapshot notifier failed")

    # --- facilitator controls (call from any thread; they never block) ------------------

    def open_poll(self, poll_id: int) -> concurrent.futures.Future[None]:
        return self._post(self._open_poll(poll_id))

    def close_poll(self, poll_id: int) -> concurrent.futures.Future[None]:
        return self._post(self._close_poll(poll_id))

    def reset_poll(self, poll_id: int) -> concurrent.futures.Future[None]:
        return self._post(self._reset_poll(poll_id))

    def set_answer_hidden(self, response_id: int, hidden: bool) -> concurrent.futures.Future[None]:
        return self._post(self._set_hidden(response_id, hidden))

    def moderate_ideas(self, change: idea_moderation.Moderation) -> concurrent.futures.Future[None]:
        """Approve, hide, answer, pin or merge ideas of a wall (file, room, phones)."""
        return self._post(self._moderate(change))

    async def _moderate(self, change: idea_moderation.Moderation) -> None:
        assert self._writer is not None
        await idea_moderation.apply(self.room, self._writer, change)

    def set_notetaker_token(self, token: str | None) -> None:
        """Issue (a token) or revoke (None) the note-taker link; refused from the next request."""
        self.notetaker.set_token(token)

    def set_current_item(self, item_id: int | None) -> concurrent.futures.Future[None]:
        """Run mode moved to another agenda item: the note-taker's notes go there."""
        return self._post(self._set_current_item(item_id))

    async def _set_current_item(self, item_id: int | None) -> None:
        self.notetaker.current_item_id = item_id

    def _post(self, work: Coroutine[Any, Any, None]) -> concurrent.futures.Future[None]:
        loop = self._loop
        if loop is None or loop.is_closed() or not self.running:
            work.close()
            done: concurrent.futures.Future[None] = concurrent.futures.Future()
            done.set_exception(LiveServerError("The live server is not running."))
            return done
        return asyncio.run_coroutine_threadsafe(work, loop)

    async def _open_poll(self, poll_id: int) -> None:
        writer = self._writer
        assert writer is not None
        loaded = self.room.is_loaded(poll_id)
        # One trip to the writer thread for the poll and, the first time, its answers.
        poll, responses = await writer.call(
            lambda repo: (repo.poll(poll_id), None if loaded else repo.responses(poll_id))
        )
        if poll is None:
            return
        # The facilitator may tell the server before the file says OPEN: it is open now.
        poll.state = PollState.OPEN
        if responses is not None:
            self.room.load_poll(poll, responses)
            if poll.type == PollType.IDEA_WALL:
                await idea_moderation.load_wall(self.room, writer, poll_id)
        self.room.open_poll(poll)

    async def _close_poll(self, poll_id: int) -> None:
        self.room.close_poll(poll_id)

    async def _reset_poll(self, poll_id: int) -> None:
        writer = self._writer
        assert writer is not None
        # Votes accepted before this moment are stale: written or not, each is answered
        # "reset". The room is emptied now; only votes of the new generation refill it.
        self.generations.bump(poll_id)
        self.room.reset_poll(poll_id)
        await writer.call(lambda repo: repo.reset_poll(poll_id))

    async def _set_hidden(self, response_id: int, hidden: bool) -> None:
        writer = self._writer
        assert writer is not None
        await writer.call(lambda repo: repo.set_hidden(response_id, hidden))
        poll_id = self.room.poll_of_response(response_id)
        if poll_id is not None:
            self.room.set_hidden(poll_id, response_id, hidden)
