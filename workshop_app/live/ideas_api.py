"""The idea wall's routes beside the vote routes: post an idea, upvote or withdraw.

Routes (documented in resources/openapi.json), with the vote routes' guards (the join
token, Host and Origin, body size and time, rate limits per address and per device):
  POST /j/{token}/api/polls/{id}/ideas               JSON {"text": …}
  POST /j/{token}/api/polls/{id}/ideas/{idea}/vote   JSON {"on": true | false}
  POST /j/{token}/ideas                              form: poll_id, text (no JavaScript)
  POST /j/{token}/ideas/vote                         form: poll_id, idea_id, on (1 | 0)

Phones learn of a change through the event stream: an ``ideas`` event carries only the
ideas that changed; the whole wall comes with the state, when a phone connects.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any, Protocol

from aiohttp import web

from workshop_app.clock import Clock
from workshop_app.domain.ideas import (
    IDEA_MAX_CHARS,
    IDEAS_PER_DEVICE,
    IdeaRow,
    IdeaState,
    clean_idea,
)
from workshop_app.domain.polls import InvalidAnswer, Poll, PollType
from workshop_app.live.event_stream import chunk
from workshop_app.live.ideas_words import idea_strings
from workshop_app.live.ratelimit import RateLimiter
from workshop_app.live.refusal import Refusal
from workshop_app.live.request_body import read_form, read_json
from workshop_app.live.room import Room
from workshop_app.live.voter import voter_key
from workshop_app.live.writer import BatchWriter
from workshop_app.store.ideas_repo import IdeaVote, NewIdea

log = logging.getLogger(__name__)
IDEA_MESSAGES = ("idea_received", "idea_pending", "upvoted", "withdrawn")


class JoinLink(Protocol):
    @property
    def join_token(self) -> str: ...


class PhoneRoutes(Protocol):
    """What the idea routes share with the vote routes (participant_api): the room, its
    writer and clock, and the same guards. Named here so the vote routes can hold the
    idea routes without the two modules importing each other."""

    room: Room
    writer: BatchWriter
    clock: Clock
    device_limiter: RateLimiter
    body_timeout: float
    base: str

    @property
    def identity(self) -> JoinLink: ...

    def _check_token(self, request: web.Request) -> None: ...

    def _device(self, request: web.Request) -> str | None: ...

    def _language(self, request: web.Request) -> str: ...


class IdeasApi:
    def __init__(self, participant: PhoneRoutes) -> None:
        self.p = participant
        self.room = participant.room
        self.room.idea_broadcast = self.broadcast_ideas

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/j/{token}/api/polls/{poll_id}/ideas", self.post_json),
            web.post("/j/{token}/api/polls/{poll_id}/ideas/{ideaId}/vote", self.vote_json),
            web.post("/j/{token}/ideas", self.post_form),
            web.post("/j/{token}/ideas/vote", self.vote_form),
        ]

    # --- who is asking -------------------------------------------------------------------

    def voter(self, poll_id: int, device: str | None) -> str | None:
        if device is None:
            return None
        return voter_key(self.p.identity.join_token, poll_id, device)

    def wall_state(self, poll: Poll, device: str | None) -> str:
        """The wall for one phone as JSON: the shared list (encoded once per change)
        and this phone's own upvotes and ideas."""
        assert poll.id is not None
        wall = self.room.wall(poll.id)
        personal = json.dumps(wall.personal(self.voter(poll.id, device)), ensure_ascii=False)
        return '{"ideas":' + wall.visible_json() + "," + personal[1:]

    def broadcast_ideas(self, poll_id: int, idea_ids: list[int]) -> None:
        """Ideas changed: every phone on this wall gets those ideas, nothing else."""
        current = self.room.current_poll()
        if current is None or current.id != poll_id or not idea_ids:
            return
        wall = self.room.wall(poll_id)
        ideas = [idea for idea in map(wall.public, idea_ids) if idea is not None]
        data = json.dumps({"poll_id": poll_id, "ideas": ideas}, ensure_ascii=False)
        event = f"event: ideas\ndata: {data}\n\n".encode()
        framed = chunk(event)
        for stream in list(self.room.streams):
            stream.send(event, framed)

    # --- routes ----------------------------------------------------------------------------

    async def post_json(self, request: web.Request) -> web.Response:
        self.p._check_token(request)
        poll_id = _int_or_404(request.match_info["poll_id"])
        body = await read_json(request, self.p.body_timeout)
        if not isinstance(body, dict) or "text" not in body:
            raise Refusal(400, "bad_request", "refused", text='Send {"text": …}.')
        code, row = await self._post(request, poll_id, body["text"])
        return self._ok(request, code, row)

    async def vote_json(self, request: web.Request) -> web.Response:
        self.p._check_token(request)
        poll_id = _int_or_404(request.match_info["poll_id"])
        idea_id = _int_or_404(request.match_info["ideaId"])
        body = await read_json(request, self.p.body_timeout)
        if not isinstance(body, dict) or not isinstance(body.get("on"), bool):
            raise Refusal(400, "bad_request", "refused", text='Send {"on": true or false}.')
        code, row = await self._vote(request, poll_id, idea_id, body["on"])
        return self._ok(request, code, row)

    async def post_form(self, request: web.Request) -> web.Response:
        self.p._check_token(request)
        base = self.p.base
        form = await read_form(request, self.p.body_timeout, back=base)
        poll_id = _form_int(form, "poll_id", base)
        try:
            code, _ = await self._post(request, poll_id, str(form.get("text", "")))
        except Refusal as refusal:
            refusal.back = base
            raise
        raise web.HTTPSeeOther(f"{base}?m={code}")

    async def vote_form(self, request: web.Request) -> web.Response:
        self.p._check_token(request)
        base = self.p.base
        form = await read_form(request, self.p.body_timeout, back=base)
        poll_id = _form_int(form, "poll_id", base)
        idea_id = _form_int(form, "idea_id", base)
        on_field = str(form.get("on", "1"))
        if on_field not in ("1", "0"):
            raise Refusal(400, "bad_form", "bad_form", back=base)
        on = on_field == "1"
        sort = "&sort=newest" if str(form.get("sort", "")) == "newest" else ""
        try:
            code, _ = await self._vote(request, poll_id, idea_id, on)
        except Refusal as refusal:
            refusal.back = base
            raise
        raise web.HTTPSeeOther(f"{base}?m={code}{sort}#idea-{idea_id}")

    # --- the work ----------------------------------------------------------------------------

    def _ok(self, request: web.Request, code: str, row: IdeaRow | None) -> web.Response:
        words = self._words(request)
        idea = self.room.wall(row.poll_id).public(row.id) if row is not None else None
        if idea is not None and row is not None and row.state == IdeaState.PENDING:
            idea = {**idea, "text": row.text, "pending": True, "votes": row.votes}
        return web.json_response(
            {"ok": True, "status": code, "message": words[code], "idea": idea},
            headers={"Cache-Control": "no-store"},
        )

    def _words(self, request: web.Request) -> dict[str, str]:
        return idea_strings(self.p._language(request))

    def _device_and_wall(self, request: web.Request, poll_id: int) -> tuple[str, Poll]:
        device = self.p._device(request)
        if device is None or not self.room.knows(device):
            raise Refusal(403, "no_device", "no_device")
        if not self.p.device_limiter.allow(device):
            raise Refusal(429, "too_many", "too_many")
        poll = self.room.open_poll_by_id(poll_id)
        if poll is None:
            raise Refusal(409, "closed", "closed")
        if poll.type != PollType.IDEA_WALL:
            raise Refusal(409, "not_a_wall", "refused", text=self._words(request)["not_a_wall"])
        return device, poll

    async def _post(self, request: web.Request, poll_id: int, raw: Any) -> tuple[str, IdeaRow]:
        device, poll = self._device_and_wall(request, poll_id)
        words = self._words(request)
        try:
            text = clean_idea(raw)
        except InvalidAnswer as err:
            if isinstance(raw, str) and len(raw) > IDEA_MAX_CHARS:
                message = words["idea_too_long"]
            elif isinstance(raw, str) and raw.strip():
                message = words["idea_bad_character"]
            else:
                message = words["idea_write_first"]
            log.debug("invalid idea: %s", err)
            raise Refusal(400, "invalid_idea", "refused", text=message) from None
        author = self.voter(poll_id, device)
        assert author is not None
        wall = self.room.wall(poll_id)
        if wall.ideas_by(author) >= IDEAS_PER_DEVICE:
            raise Refusal(429, "too_many_ideas", "refused", text=words["too_many_ideas"])
        state = IdeaState.PENDING if poll.settings.approve_first else IdeaState.SHOWN
        at = self.p.clock.now()
        generation = self.p.writer.generations.current(poll_id)
        result = await self._write(NewIdea(poll_id, device, author, text, state, at), generation)
        if result is None or self.p.writer.generations.current(poll_id) != generation:
            raise Refusal(409, "reset", "reset")
        row = IdeaRow(result, poll_id, text, state, 0, created_at=at.isoformat())
        wall.added(row, author)
        # A pending idea is the author's alone until approved: the room hears nothing.
        self.room.ideas_changed(poll_id, [row.id] if row.visible else [])
        return ("idea_pending" if state == IdeaState.PENDING else "idea_received"), row

    async def _vote(
        self, request: web.Request, poll_id: int, idea_id: int, on: bool
    ) -> tuple[str, IdeaRow | None]:
        device, _ = self._device_and_wall(request, poll_id)
        wall = self.room.wall(poll_id)
        target = wall.target(idea_id)
        if target is None:
            raise Refusal(409, "idea_gone", "refused", text=self._words(request)["idea_gone"])
        voter = self.voter(poll_id, device)
        assert voter is not None
        code = "upvoted" if on else "withdrawn"
        if wall.has_voted(target, voter) == on:
            return code, wall.row(target)  # already so: nothing to write, same answer
        generation = self.p.writer.generations.current(poll_id)
        at = self.p.clock.now()
        result = await self._write(IdeaVote(poll_id, device, target, voter, on, at), generation)
        if result is None or self.p.writer.generations.current(poll_id) != generation:
            raise Refusal(409, "reset", "reset")
        target = result  # where the file put it (a duplicate merged meanwhile: its target)
        if wall.row(target) is not None:
            wall.voted(target, voter, on)
            self.room.ideas_changed(poll_id, [target])
        return code, wall.row(target)

    async def _write(self, write: NewIdea | IdeaVote, generation: int) -> int | None:
        try:
            result = await self.p.writer.vote(write, generation)
        except sqlite3.Error:
            log.warning("an idea could not be written to the workshop file", exc_info=True)
            raise Refusal(503, "not_saved", "not_saved") from None
        if result.refused == "reset":
            return None
        if result.refused or result.response_id is None:
            raise Refusal(409, "closed", "closed")
        return result.response_id


def _int_or_404(raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise Refusal(404, "no_poll", "closed") from None


def _form_int(form: Any, name: str, back: str) -> int:
    try:
        return int(str(form.get(name, "")))
    except ValueError:
        raise Refusal(400, "bad_form", "bad_form", back=back) from None
