"""The second note-taker's routes, behind the same middlewares as the participant's.

Routes (documented in resources/openapi.json):
  GET  /n/{token}                     the note-taker page
  GET  /n/{token}/static/{name}       page assets
  GET  /n/{token}/api/state           the current agenda item and its notes
  GET  /n/{token}/api/events          a live channel that says when the session ends
  POST /n/{token}/api/notes           add a note to the current (or given) item
  PUT  /n/{token}/api/notes/{noteId}  edit a note the note-taker wrote

The participant join token on these routes gets 403; a token never issued or revoked
gets 404, as an unknown participant link does. Notes are committed to the workshop file
on the server's one writer thread before the 2xx answer.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from typing import Any

from aiohttp import web
from aiohttp.typedefs import Handler

from workshop_app.clock import Clock
from workshop_app.domain.notes import Note
from workshop_app.live.ending_notice import EndingNotice
from workshop_app.live.notetaker_access import NotetakerAccess, Verdict, link_id
from workshop_app.live.notetaker_input import InvalidNote, NoteRequest, parse_note
from workshop_app.live.notetaker_page import notetaker_page
from workshop_app.live.notetaker_words import strings
from workshop_app.live.participant_words import pick_language
from workshop_app.live.refusal import Refusal
from workshop_app.live.request_body import read_json
from workshop_app.live.room import Room
from workshop_app.live.static_assets import StaticAssets
from workshop_app.live.writer import BatchWriter
from workshop_app.store.live_repo import LiveRepo
from workshop_app.store.notetaker_notes import NOTE_TAKER, EditOutcome, NotetakerNotesRepo

STATIC_FILES = {"notetaker.js": "text/javascript", "notetaker.css": "text/css"}
REMEMBERED_REQUESTS = 256
NO_STORE = {"Cache-Control": "no-store"}
log = logging.getLogger(__name__)


class _Revoked(Exception):
    """The link was revoked (or replaced) while its request was on its way."""


def note_json(note: Note, editable: bool) -> dict[str, Any]:
    return {
        "id": note.id,
        "kind": note.kind.value,
        "text": note.text,
        "author": note.author,
        "owner": note.action_owner,
        "due": note.action_due.isoformat() if note.action_due else None,
        "itemId": note.item_id,
        "created": note.created_at.isoformat() if note.created_at else None,
        "editable": editable and note.author == NOTE_TAKER,
    }


class NotetakerApi:
    def __init__(
        self,
        access: NotetakerAccess,
        room: Room,
        writer: BatchWriter,
        clock: Clock,
        title: str,
        language: str,
        body_timeout: float = 15.0,
    ) -> None:
        self.access = access
        self.body_timeout = body_timeout
        self.room = room
        self.writer = writer
        self.clock = clock
        self.title = title
        self.language = language
        self._assets = StaticAssets(STATIC_FILES)
        self.ending = EndingNotice()
        # (link, requestId) -> note: a note resent after a lost acknowledgement is stored once.
        self._answered: OrderedDict[tuple[str, str], Note] = OrderedDict()

    def routes(self) -> list[web.RouteDef]:
        admit = self._admitted
        return [
            web.get("/n/{token}", admit(self.page)),
            web.get("/n/{token}/static/{name}", admit(self.static)),
            web.get("/n/{token}/api/state", admit(self.state)),
            web.get("/n/{token}/api/events", admit(self.ending.stream)),
            web.post("/n/{token}/api/notes", admit(self.add_note)),
            web.put("/n/{token}/api/notes/{noteId}", admit(self.edit_note)),
        ]

    # --- helpers ----------------------------------------------------------------------

    def _admitted(self, handler: Handler) -> Handler:
        """``handler`` behind the one check of the link: every route refuses a link that
        is not the note-taker's before anything else is read."""

        async def admitted(request: web.Request) -> web.StreamResponse:
            self._check_link(request)
            return await handler(request)

        return admitted

    def _check_link(self, request: web.Request) -> None:
        verdict = self.access.check(request.match_info.get("token", ""))
        if verdict == Verdict.PARTICIPANT:
            raise Refusal(403, "participant_link", "participant_link")
        if verdict != Verdict.NOTE_TAKER:
            raise Refusal(404, "not_found", "notetaker_unknown")

    def _still_allowed(self, token: str) -> None:
        """Checked again on the writer thread just before a write: a link revoked while
        its body was arriving (or its write was queued) writes nothing."""
        if self.access.check(token) != Verdict.NOTE_TAKER:
            raise _Revoked()

    def _language(self, request: web.Request) -> str:
        return pick_language(request.headers.get("Accept-Language"), self.language)

    def _base(self, request: web.Request) -> str:
        return f"/n/{request.match_info['token']}"

    async def _state(self, token: str) -> dict[str, Any]:
        item_id = self.access.current_item_id

        def read(repo: LiveRepo) -> tuple[str | None, list[Note], set[int]]:
            notes = NotetakerNotesRepo(repo.conn, repo.session_id)
            title = notes.item_title(item_id) if item_id is not None else None
            own = notes.own_note_ids(link_id(token))
            return title, notes.notes_of_item(item_id if title is not None else None), own

        title, notes, own = await self.writer.call(read)
        return {
            "item": {"id": item_id, "title": title} if title is not None else None,
            "notes": [note_json(n, n.id in own) for n in notes],
            "revision": self.room.notes_revision,
        }

    # --- page -------------------------------------------------------------------------

    async def page(self, request: web.Request) -> web.Response:
        language = self._language(request)
        return web.Response(
            text=notetaker_page(
                base=self._base(request),
                title=self.title,
                language=language,
                words=strings(language),
                state=await self._state(request.match_info["token"]),
                plan_language=self.language,
            ),
            content_type="text/html",
            headers=NO_STORE,
        )

    async def static(self, request: web.Request) -> web.Response:
        return self._assets.response(request.match_info["name"])

    async def state(self, request: web.Request) -> web.Response:
        return web.json_response(await self._state(request.match_info["token"]), headers=NO_STORE)

    # --- writing ----------------------------------------------------------------------

    async def add_note(self, request: web.Request) -> web.Response:
        wanted = _parse(await read_json(request, self.body_timeout))
        self._check_link(request)  # the body may have come long after the headers: revoked?
        token = request.match_info["token"]
        remembered = (link_id(token), wanted.request_id or "")
        if wanted.request_id and remembered in self._answered:
            earlier = self._answered[remembered]
            return web.json_response(
                {"ok": True, "note": note_json(earlier, True)}, headers=NO_STORE
            )
        try:
            note = await self._write_new(wanted, token)
        except _Revoked:
            raise Refusal(404, "not_found", "notetaker_unknown") from None
        except sqlite3.Error:  # disk full or turned read-only: nothing stored; the page retries
            log.warning("a note could not be written to the workshop file", exc_info=True)
            raise Refusal(503, "not_saved", "note_not_saved") from None
        if note is None:
            raise Refusal(404, "no_item", "no_item")
        if wanted.request_id:
            self._answered[remembered] = note
            while len(self._answered) > REMEMBERED_REQUESTS:
                self._answered.popitem(last=False)
        self.room.notes_changed()
        return web.json_response(
            {"ok": True, "note": note_json(note, True)}, status=201, headers=NO_STORE
        )

    async def _write_new(self, wanted: NoteRequest, token: str) -> Note | None:
        item_id = wanted.item_id if wanted.item_id is not None else self.access.current_item_id
        at = self.clock.now()
        link = link_id(token)

        def write(repo: LiveRepo) -> Note | None:
            self._still_allowed(token)
            notes = NotetakerNotesRepo(repo.conn, repo.session_id)
            if item_id is not None and notes.item_title(item_id) is None:
                if wanted.item_id is not None:
                    return None  # the note-taker named an item that is gone
                return notes.add(wanted.draft, None, at, link)  # the current item was deleted
            return notes.add(wanted.draft, item_id, at, link)

        return await self.writer.call(write)

    async def edit_note(self, request: web.Request) -> web.Response:
        try:
            note_id = int(request.match_info["noteId"])
        except ValueError:
            note_id = 0
        if not 0 < note_id < 2**62:  # SQLite integers end at 2**63
            raise Refusal(404, "no_note", "no_note")
        wanted = _parse(await read_json(request, self.body_timeout))
        self._check_link(request)  # revoked while the body was arriving?
        at = self.clock.now()
        token = request.match_info["token"]

        def edit(repo: LiveRepo) -> tuple[EditOutcome, Note | None]:
            self._still_allowed(token)
            notes = NotetakerNotesRepo(repo.conn, repo.session_id)
            return notes.edit_own(note_id, wanted.draft, at, link_id(token))

        try:
            outcome, note = await self.writer.call(edit)
        except _Revoked:
            raise Refusal(404, "not_found", "notetaker_unknown") from None
        except sqlite3.Error:
            log.warning("a note could not be written to the workshop file", exc_info=True)
            raise Refusal(503, "not_saved", "note_not_saved") from None
        if outcome == EditOutcome.NOT_OWN:
            raise Refusal(403, "not_own", "not_own")
        if note is None:
            raise Refusal(404, "no_note", "no_note")
        self.room.notes_changed()
        return web.json_response({"ok": True, "note": note_json(note, True)}, headers=NO_STORE)


def _parse(body: Any) -> NoteRequest:
    try:
        return parse_note(body)
    except InvalidNote as err:
        raise Refusal(400, "invalid_note", "invalid", text=str(err)) from None
