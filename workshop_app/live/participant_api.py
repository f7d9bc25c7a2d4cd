"""The participant's routes: the page, its live channel, and voting (JSON or plain form).

Routes (documented in resources/openapi.json):
  GET  /                              room-code entry page
  GET  /join?code=…                   room code → the join URL
  GET  /j/{token}                     the participant page (works without JavaScript)
  GET  /j/{token}/static/{name}       page assets
  GET  /j/{token}/api/state           the open poll and this phone's answer
  GET  /j/{token}/api/events          Server-Sent Events: the state whenever it changes
  POST /j/{token}/api/polls/{id}/vote JSON vote
  POST /j/{token}/vote                form vote (no JavaScript)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from aiohttp import HttpVersion11, web

from workshop_app.clock import Clock
from workshop_app.domain.ballots import device_digest
from workshop_app.domain.polls import (
    OPEN_TEXT_MAX_CHARS,
    InvalidAnswer,
    Poll,
    PollType,
    validate_answer,
)
from workshop_app.domain.privacy_notice import notice_paragraphs
from workshop_app.live.connection_limits import room_full_page
from workshop_app.live.event_stream import EventStream, chunk
from workshop_app.live.ideas_api import IDEA_MESSAGES, IdeasApi
from workshop_app.live.ideas_page import dots_from_form
from workshop_app.live.ideas_words import dot_message, idea_strings
from workshop_app.live.page_language import (
    LANGUAGE_COOKIE,
    LANGUAGE_QUERY,
    PageLanguages,
    choose_languages,
)
from workshop_app.live.participant_page import join_page, participant_page, poll_json
from workshop_app.live.participant_words import strings
from workshop_app.live.ratelimit import RateLimiter
from workshop_app.live.refusal import Refusal
from workshop_app.live.request_body import read_form, read_json
from workshop_app.live.room import Room
from workshop_app.live.static_assets import StaticAssets
from workshop_app.live.tokens import looks_like_token, new_device_token, normalise_room_code
from workshop_app.live.writer import BatchWriter
from workshop_app.store.live_repo import VoteWrite

DEVICE_COOKIE = "wsdevice"
STATIC_FILES = {
    "participant.js": "text/javascript",
    "participant.css": "text/css",
    "ideas.js": "text/javascript",
}
HEARTBEAT_SECONDS = 15.0
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoomIdentity:
    join_token: str
    room_code: str
    title: str
    language: str  # the workshop's main language
    languages: tuple[str, ...] = ()  # its further languages: poll text given in them too
    min_group: int = 5  # the workshop's minimum group size, for the first screen


class ParticipantApi:
    def __init__(
        self,
        identity: RoomIdentity,
        room: Room,
        writer: BatchWriter,
        clock: Clock,
        device_limiter: RateLimiter,
        body_timeout: float = 15.0,
    ) -> None:
        self.identity = identity
        # A phone that sends its headers and then stalls in the body must not hold a
        # handler (and a connection) for ever.
        self.body_timeout = body_timeout
        self.room = room
        self.writer = writer
        self.clock = clock
        self.device_limiter = device_limiter
        self.base = f"/j/{identity.join_token}"
        self._assets = StaticAssets(STATIC_FILES)
        # (state version, SSE bytes, the same bytes as one HTTP chunk)
        self._shared_event: tuple[int, bytes, bytes] | None = None
        room.broadcast = self.broadcast_state
        self.ideas = IdeasApi(self)

    def routes(self) -> list[web.RouteDef]:
        return [
            *self.ideas.routes(),
            web.get("/", self.join_form),
            web.get("/join", self.join_by_code),
            web.get("/static/{name}", self.static),
            web.get("/j/{token}", self.page),
            web.get("/j/{token}/static/{name}", self.static),
            web.get("/j/{token}/api/state", self.state),
            web.get("/j/{token}/api/events", self.events),
            web.post("/j/{token}/api/polls/{poll_id}/vote", self.vote_json),
            web.post("/j/{token}/vote", self.vote_form),
        ]

    # --- helpers ----------------------------------------------------------------------

    def _langs(self, request: web.Request) -> PageLanguages:
        """The page's languages: the switch's choice (this request's ``?lang=``, else the
        cookie it left), else the phone's Accept-Language, else the workshop's."""
        chosen = request.query.get(LANGUAGE_QUERY) or request.cookies.get(LANGUAGE_COOKIE)
        return choose_languages(
            self.identity.language,
            self.identity.languages,
            request.headers.get("Accept-Language"),
            chosen[:8] if chosen else None,
        )

    def _language(self, request: web.Request) -> str:
        return self._langs(request).interface

    def _words(self, request: web.Request) -> dict[str, str]:
        language = self._language(request)
        return {**strings(language), **idea_strings(language)}

    def _remember_language(self, request: web.Request, response: web.StreamResponse) -> None:
        """A choice made with the page's switch holds for the next pages (form votes
        redirect back here without it)."""
        chosen = request.query.get(LANGUAGE_QUERY, "")[:8]
        if chosen and chosen == self._langs(request).poll:
            response.set_cookie(
                LANGUAGE_COOKIE, chosen, path="/", httponly=True, samesite="Strict", max_age=86400
            )

    def _check_token(self, request: web.Request) -> None:
        token = request.match_info.get("token", "")
        if token != self.identity.join_token:
            raise Refusal(404, "not_found", "link_unknown")

    def _device(self, request: web.Request) -> str | None:
        value = request.cookies.get(DEVICE_COOKIE)
        return value if value and looks_like_token(value) else None

    def _set_device_cookie(self, response: web.StreamResponse, device: str) -> None:
        response.set_cookie(
            DEVICE_COOKIE, device, path=self.base, httponly=True, samesite="Strict", max_age=86400
        )

    def _state_event(self, device: str | None) -> bytes:
        """The state as one SSE event. A phone with no answer to the open poll gets the
        bytes every such phone gets: encoded once per state version, not once per phone."""
        poll = self.room.current_poll()
        if poll is not None and poll.type == PollType.IDEA_WALL:
            return self._wall_state_event(poll, device)
        if poll is None or poll.id is None or self.room.answer_of(poll.id, device) is None:
            return self._shared()[1]
        return _sse_state(self._personal_state(device))

    def _wall_state_event(self, poll: Poll, device: str | None) -> bytes:
        """An idea wall's state: the shared list (encoded once per change) with this
        phone's own upvotes and ideas."""
        state = json.dumps(self._personal_state(device), ensure_ascii=False)
        data = state[:-1] + ',"wall":' + self.ideas.wall_state(poll, device) + "}"
        return f"event: state\ndata: {data}\n\n".encode()

    def _shared(self) -> tuple[int, bytes, bytes]:
        version = self.room.state_version * 1_000_003 + self.room.ideas_version
        if self._shared_event is None or self._shared_event[0] != version:
            event = _sse_state(self._personal_state(None))
            self._shared_event = (version, event, chunk(event))
        return self._shared_event

    def broadcast_state(self) -> None:
        """The room's state changed: write it to every stream now, in one pass (the
        shared event encoded and framed once; a phone that answered the open poll gets
        its own). Nothing else runs on the loop until the last phone has it."""
        poll = self.room.current_poll()
        poll_id = poll.id if poll is not None else None
        _, shared, shared_chunk = self._shared()
        wall = poll if poll is not None and poll.type == PollType.IDEA_WALL else None
        if wall is None and (poll_id is None or not self.room.has_answers(poll_id)):
            # No phone has an answer of its own to see (a poll just opened): the same
            # bytes for all, and nothing looked up per phone.
            for stream in list(self.room.streams):
                stream.send(shared, shared_chunk)
            return
        for stream in list(self.room.streams):
            device = self.room.device_of(stream)
            if wall is not None:
                stream.send(self._wall_state_event(wall, device))
            elif poll_id is not None and self.room.answer_of(poll_id, device) is not None:
                stream.send(_sse_state(self._personal_state(device)))
            else:
                stream.send(shared, shared_chunk)

    def _personal_state(self, device: str | None) -> dict[str, Any]:
        poll = self.room.current_poll()
        return {
            "poll": poll_json(poll) if poll else None,
            "answer": self.room.answer_of(poll.id, device) if poll and poll.id else None,
            "version": self.room.state_version,
        }

    # --- pages ------------------------------------------------------------------------

    async def join_form(self, request: web.Request) -> web.Response:
        words = self._words(request)
        return web.Response(
            text=join_page(title=words["title"], language=self._language(request), words=words),
            content_type="text/html",
            headers={"Cache-Control": "no-store"},
        )

    async def join_by_code(self, request: web.Request) -> web.Response:
        code = normalise_room_code(request.query.get("code", "")[:32])
        if code and code == self.identity.room_code:
            raise web.HTTPSeeOther(self.base)
        words = self._words(request)
        return web.Response(
            status=404,
            text=join_page(
                title=words["title"],
                language=self._language(request),
                words=words,
                error=words["bad_code"],
            ),
            content_type="text/html",
        )

    async def static(self, request: web.Request) -> web.Response:
        if "token" in request.match_info:
            self._check_token(request)
        return self._assets.response(request.match_info["name"])

    async def page(self, request: web.Request) -> web.Response:
        self._check_token(request)
        if self.room.stream_refusal(None) == "room_full":
            return room_full_page()  # a small page now, rather than a page that hangs
        message_key = request.query.get("m")
        if message_key is not None and message_key not in _PAGE_MESSAGES:
            raise Refusal(400, "bad_message", "refused", text="There is no such message.")
        langs = self._langs(request)
        words = {**strings(langs.interface), **idea_strings(langs.interface)}
        device = self._device(request)
        known = device is not None and self.room.knows(device)
        if not known:
            if not self.room.admission.admit(request.remote):
                self.room.device_refused()
                # A few new phones a minute per address: a cookie-dropping script stops.
                raise Refusal(429, "too_many_devices", "too_many_devices")
            device = new_device_token()
            self.room.admit(device)
        message = words.get(message_key, "") if message_key else ""
        poll = self.room.current_poll()
        response = web.Response(
            text=participant_page(
                base=self.base,
                title=self.identity.title or words["title"],
                title_language=langs.main if self.identity.title else langs.interface,
                langs=langs,
                words=words,
                poll=poll,
                answer=self.room.answer_of(poll.id, device) if poll and poll.id else None,
                message=message,
                # Once per device and session: a phone the room did not know yet.
                notice=None
                if known
                else notice_paragraphs(self._language(request), self.identity.min_group),
                wall=self._wall_for_page(poll, device),
                sort=request.query.get("sort", ""),
            ),
            content_type="text/html",
            headers={"Cache-Control": "no-store"},
        )
        if not known:
            assert device is not None
            self._set_device_cookie(response, device)
        self._remember_language(request, response)
        return response

    def _wall_for_page(self, poll: Poll | None, device: str | None) -> dict[str, Any] | None:
        if poll is None or poll.type != PollType.IDEA_WALL:
            return None
        result: dict[str, Any] = json.loads(self.ideas.wall_state(poll, device))
        return result

    # --- live channel ------------------------------------------------------------------

    async def state(self, request: web.Request) -> web.Response:
        self._check_token(request)
        event = self._state_event(self._device(request))
        data = event.split(b"data: ", 1)[1].rstrip(b"\n")  # the event's JSON, as sent
        return web.Response(
            body=data,
            content_type="application/json",
            charset="utf-8",
            headers={"Cache-Control": "no-store"},
        )

    async def events(self, request: web.Request) -> web.StreamResponse:
        self._check_token(request)
        device = self._device(request)
        if device is not None and not self.room.knows(device):
            device = None  # a made-up cookie is no phone
        refusal = self.room.stream_refusal(device)
        if refusal == "room_full":
            raise Refusal(
                503, "room_full", "refused", text="The room is full; please try again soon."
            )
        if refusal is not None:
            raise Refusal(429, refusal, "refused", text="Too many live channels from this phone.")
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-store",
                "X-Accel-Buffering": "no",
            }
        )
        # Chunked by our choice (HTTP/1.1), so the broadcast knows how to frame its
        # direct writes; an HTTP/1.0 phone gets the raw stream until the connection ends.
        chunked = request.version >= HttpVersion11
        if chunked:
            response.enable_chunked_encoding()
        await response.prepare(request)
        stream = EventStream(request.transport, chunked=chunked)
        self.room.connect(stream, device)
        try:
            await response.write(b"retry: 2000\n\n")
            await self._send_state(response, device)
            stream.direct = True  # the headers are out: the broadcast may write from now
            while True:
                try:
                    # A timeout scope, not wait_for: no task is created per wake-up.
                    async with asyncio.timeout(HEARTBEAT_SECONDS):
                        wake = await stream.wakes.get()
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
                    continue
                if wake == "ended":  # the session ends: say so before the server stops
                    await response.write(b"event: ended\ndata: {}\n\n")
                    break
                if wake is None:
                    break
                await self._send_state(response, device)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self.room.disconnect(stream)
        with contextlib.suppress(ConnectionResetError, RuntimeError):
            await response.write_eof()
        return response

    async def _send_state(self, response: web.StreamResponse, device: str | None) -> None:
        await response.write(self._state_event(device))

    # --- voting -----------------------------------------------------------------------

    async def vote_json(self, request: web.Request) -> web.Response:
        self._check_token(request)
        try:
            poll_id = int(request.match_info["poll_id"])
        except ValueError:
            raise Refusal(404, "no_poll", "closed") from None
        body = await read_json(request, self.body_timeout)
        if not isinstance(body, dict) or "answer" not in body:
            raise Refusal(400, "bad_request", "bad_request")
        code, answer = await self._vote(request, poll_id, body["answer"])
        return web.json_response(
            {"ok": True, "status": code, "message": self._words(request)[code], "answer": answer},
            headers={"Cache-Control": "no-store"},
        )

    async def vote_form(self, request: web.Request) -> web.Response:
        """The plain form's vote: back to the page on success; a refusal is a page of its
        own (the middleware's), in the phone's language, linking back to the question."""
        self._check_token(request)
        form = await read_form(request, self.body_timeout, back=self.base)
        try:
            poll_id = int(str(form.get("poll_id", "")))
        except ValueError:
            raise Refusal(400, "bad_form", "bad_form", back=self.base) from None
        poll = self.room.open_poll_by_id(poll_id)
        raw: Any
        if poll is not None and poll.type == PollType.RANKING:
            raw = _ranking_from_form(form, len(poll.options))
        elif poll is not None and poll.type == PollType.DOT_VOTE:
            raw = dots_from_form(form, len(poll.options))
        elif poll is not None and poll.type == PollType.MULTIPLE_CHOICE:
            raw = [str(v) for v in form.getall("answer", [])]
        else:
            raw = str(form.get("answer", ""))
        try:
            code, _ = await self._vote(request, poll_id, raw)
        except Refusal as refusal:
            refusal.back = self.base  # the page the phone came from: answer again there
            raise
        raise web.HTTPSeeOther(f"{self.base}?m={code}")

    async def _vote(self, request: web.Request, poll_id: int, raw: Any) -> tuple[str, Any]:
        """Validate and store one vote: ("received" | "changed", the stored answer), or
        raise the Refusal that says why not."""
        device = self._device(request)
        if device is None or not self.room.knows(device):
            raise Refusal(403, "no_device", "no_device")
        if not self.device_limiter.allow(device):
            raise Refusal(429, "too_many", "too_many")
        poll: Poll | None = self.room.open_poll_by_id(poll_id)
        if poll is None:
            raise Refusal(409, "closed", "closed")
        try:
            answer = validate_answer(poll, raw)
        except InvalidAnswer as err:
            if poll.type == PollType.DOT_VOTE:
                words = self._words(request)
                text = dot_message(poll.settings, raw, words)
                raise Refusal(400, "invalid_answer", "invalid", text=text) from None
            raise _invalid(poll, raw, err) from None
        previous = self.room.answer_of(poll_id, device)
        if previous is not None and not poll.settings.allow_change:
            raise Refusal(409, "already", "already")
        generation = self.writer.generations.current(poll_id)
        try:
            result = await self.writer.vote(
                VoteWrite(
                    poll_id,
                    self.room.ballot_of(poll_id, device),
                    device_digest(device),
                    answer,
                    self.clock.now(),
                    poll.settings.allow_change,
                ),
                generation,
            )
        except sqlite3.Error:  # disk full or turned read-only: nothing was stored, say so
            log.warning("a vote could not be written to the workshop file", exc_info=True)
            raise Refusal(503, "not_saved", "not_saved") from None
        if result.refused == "reset" or self.writer.generations.current(poll_id) != generation:
            # Reset while on its way: not counted (deleted, or never written). Say so.
            raise Refusal(409, "reset", "reset")
        if result.refused == "already_answered":
            raise Refusal(409, "already", "already")
        if result.refused or result.response_id is None:
            raise Refusal(409, "closed", "closed")
        self.room.record(poll_id, device, result.response_id, answer)
        return ("changed" if result.changed else "received"), answer


def _invalid(poll: Poll, raw: Any, err: InvalidAnswer) -> Refusal:
    """An invalid answer, told in words a person on a phone understands, in their language;
    the validator's own wording stays in the log."""
    log.debug("invalid answer: %s", err)
    limit = poll.settings.max_choices
    many = isinstance(raw, list) and limit is not None and len(set(map(str, raw))) > limit
    if poll.type == PollType.MULTIPLE_CHOICE and many:
        return Refusal(400, "invalid_answer", "too_many_choices", max=limit)
    if poll.type == PollType.OPEN_TEXT and isinstance(raw, str):
        if len(raw.strip()) > OPEN_TEXT_MAX_CHARS:
            return Refusal(400, "invalid_answer", "too_long", max=OPEN_TEXT_MAX_CHARS)
        if not raw.strip():
            return Refusal(400, "invalid_answer", "write_first")
    if poll.type == PollType.RANKING:
        return Refusal(400, "invalid_answer", "rank_each_once")
    if raw in ("", [], None):
        return Refusal(400, "invalid_answer", "choose_first")
    return Refusal(400, "invalid_answer", "invalid")


# After a form vote or idea (Post/Redirect/Get).
_PAGE_MESSAGES = {"received", "changed", *IDEA_MESSAGES}


def _sse_state(state: dict[str, Any]) -> bytes:
    data = json.dumps(state, ensure_ascii=False)
    return f"event: state\ndata: {data}\n\n".encode()


def _ranking_from_form(form: Any, n: int) -> list[int]:
    """``rank_i = position`` fields → option indexes ordered by position (ties: invalid)."""
    places: list[tuple[int, int]] = []
    for i in range(n):
        try:
            places.append((int(str(form.get(f"rank_{i}", ""))), i))
        except ValueError:
            return []
    if len({p for p, _ in places}) != n:
        return []
    return [i for _, i in sorted(places)]
