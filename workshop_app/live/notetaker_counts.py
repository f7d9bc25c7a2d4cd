"""The note-taker's counts page: people present and the room's counts, from a tablet.

Routes (documented in resources/openapi.json), behind the note-taker link's own checks
(the participant link gets 403, an unknown or revoked one 404):
  GET  /n/{token}/counts          the page: the current item, its polls and their counts
  POST /n/{token}/counts/people   people present at the current item
  POST /n/{token}/counts/cells    counts per option or scale value, per source
  POST /n/{token}/counts/ballot   one typed ballot (paper), or one answer by proxy

Plain HTML forms (Post/Redirect/Get): no script, so it works on any tablet. Each write
is committed on the server's one writer thread before the answer, then the laptop is
told through the room's snapshot (``counts_changed``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from html import escape
from typing import Any

from aiohttp import web
from multidict import MultiDictProxy

from workshop_app.clock import Clock
from workshop_app.domain.channels import (
    CHANNEL_ORDER,
    COUNTED_CHANNELS,
    COUNTED_TYPES,
    MAX_COUNT,
    Channel,
    ChannelTally,
    offline_value,
    typed_answer,
)
from workshop_app.domain.polls import InvalidAnswer, Poll, PollType
from workshop_app.domain.translations import text_direction
from workshop_app.live.counts_words import strings
from workshop_app.live.notetaker_api import NO_STORE, NotetakerApi, _Revoked
from workshop_app.live.page_shell import document_head
from workshop_app.live.participant_words import pick_language
from workshop_app.live.refusal import Refusal
from workshop_app.live.request_body import read_form
from workshop_app.store.live_repo import LiveRepo
from workshop_app.store.offline_repo import (
    HeadcountsRepo,
    OfflineAnswersRepo,
    current_session_id,
    stored_channel_tally,
)
from workshop_app.store.polls_repo import PollsRepo

DONE = ("people", "counts", "ballot", "proxy")


@dataclass(frozen=True)
class _PollCounts:
    poll: Poll
    combined: ChannelTally
    rows: list[tuple[str, Any]]  # (label, canonical answer) of each countable row
    cells: dict[tuple[Channel, int], int]  # (source, row) -> this session's count


@dataclass(frozen=True)
class _ItemCounts:
    item_id: int | None
    title: str | None
    people: int | None
    polls: list[_PollCounts]


class NotetakerCounts:
    def __init__(self, notetaker: NotetakerApi, clock: Clock) -> None:
        self.notetaker = notetaker  # its link checks guard these routes too
        self.clock = clock

    def routes(self) -> list[web.RouteDef]:
        admit = self.notetaker._admitted
        return [
            web.get("/n/{token}/counts", admit(self.page)),
            web.post("/n/{token}/counts/people", admit(self.set_people)),
            web.post("/n/{token}/counts/cells", admit(self.set_cells)),
            web.post("/n/{token}/counts/ballot", admit(self.add_ballot)),
        ]

    # --- reading ----------------------------------------------------------------------

    async def _read(self) -> _ItemCounts:
        item_id = self.notetaker.access.current_item_id

        def read(repo: LiveRepo) -> _ItemCounts:
            conn = repo.conn
            row = (
                conn.execute("SELECT title FROM agenda_items WHERE id = ?", (item_id,)).fetchone()
                if item_id is not None
                else None
            )
            if row is None:
                return _ItemCounts(None, None, None, [])
            assert item_id is not None
            offline = OfflineAnswersRepo(conn)
            polls = []
            for poll in PollsRepo(conn).all(item_id):
                assert poll.id is not None
                if poll.type not in COUNTED_TYPES:
                    continue  # idea walls and dot votes are answered on the phones
                rows = _rows(poll)
                cells = {
                    (channel, index): offline.count_of(poll.id, channel, value)
                    for channel in COUNTED_CHANNELS
                    for index, (_, value) in enumerate(rows)
                }
                # This run's answers and counts (the live session's), as the console shows.
                run = current_session_id(conn)
                combined = stored_channel_tally(conn, poll, sessions=[run] if run else None)
                polls.append(_PollCounts(poll, combined, rows, cells))
            return _ItemCounts(item_id, str(row[0]), HeadcountsRepo(conn).people(item_id), polls)

        return await self.notetaker.writer.call(read)

    def _base(self, request: web.Request) -> str:
        return f"/n/{request.match_info['token']}"

    def _words(self, request: web.Request) -> dict[str, str]:
        return strings(self._language(request))

    def _language(self, request: web.Request) -> str:
        return pick_language(request.headers.get("Accept-Language"), self.notetaker.language)

    # --- the page ---------------------------------------------------------------------

    async def page(self, request: web.Request) -> web.Response:
        language = self._language(request)
        done = request.query.get("done", "")
        return web.Response(
            text=_page(
                base=self._base(request),
                title=self.notetaker.title,
                language=language,
                words=strings(language),
                plan_language=self.notetaker.language,
                counts=await self._read(),
                done=done if done in DONE else "",
            ),
            content_type="text/html",
            headers=NO_STORE,
        )

    # --- writing ----------------------------------------------------------------------

    async def set_people(self, request: web.Request) -> web.Response:
        back = f"{self._base(request)}/counts"
        form = await read_form(request, self.notetaker.body_timeout, back)
        words = self._words(request)
        if "people" not in form:
            raise Refusal(400, "bad_form", "bad_form", back=back)
        raw = str(form.get("people", "")).strip()
        people = None if raw == "" else _number(raw, words, back)
        item_id = self.notetaker.access.current_item_id
        if item_id is None:
            raise Refusal(404, "no_item", "no_item", back=back)
        at = self.clock.now()
        await self._write(
            request, lambda conn: HeadcountsRepo(conn).set_people(item_id, people, at)
        )
        return _done(back, "people")

    async def set_cells(self, request: web.Request) -> web.Response:
        back = f"{self._base(request)}/counts"
        form = await read_form(request, self.notetaker.body_timeout, back)
        words = self._words(request)
        poll = await self._poll_of_item(form, back)
        assert poll.id is not None
        poll_id = poll.id
        wanted: list[tuple[Channel, Any, int]] = []
        for channel in COUNTED_CHANNELS:
            for index, (_, value) in enumerate(_rows(poll)):
                raw = str(form.get(f"{channel.value}_{index}", "")).strip()
                if raw != "":
                    wanted.append((channel, value, _number(raw, words, back)))
        at = self.clock.now()

        def write(conn: sqlite3.Connection) -> None:
            repo = OfflineAnswersRepo(conn)
            for channel, value, count in wanted:
                if repo.count_of(poll_id, channel, value) != count:
                    repo.set_count(poll_id, channel, value, count, at)

        await self._write(request, write)
        return _done(back, "counts")

    async def add_ballot(self, request: web.Request) -> web.Response:
        back = f"{self._base(request)}/counts"
        form = await read_form(request, self.notetaker.body_timeout, back)
        words = self._words(request)
        poll = await self._poll_of_item(form, back)
        assert poll.id is not None
        poll_id = poll.id
        try:
            channel = Channel(str(form.get("channel", "")))
        except ValueError:
            raise Refusal(400, "bad_form", "bad_form", back=back) from None
        if channel == Channel.PHONE:
            raise Refusal(400, "bad_form", "bad_form", back=back)
        try:
            value = typed_answer(poll, str(form.get("answer", "")))
        except InvalidAnswer:
            text = f"{words['bad_answer']} {words['hint_' + poll.type.value]}"
            raise Refusal(400, "invalid_answer", "invalid", back=back, text=text) from None
        at = self.clock.now()
        await self._write(
            request, lambda conn: OfflineAnswersRepo(conn).add(poll_id, channel, value, at)
        )
        return _done(back, "proxy" if channel == Channel.PROXY else "ballot")

    async def _poll_of_item(self, form: MultiDictProxy[Any], back: str) -> Poll:
        """The poll the form names, if it belongs to the current item."""
        try:
            poll_id = int(str(form.get("poll_id", "")))
        except ValueError:
            raise Refusal(400, "bad_form", "bad_form", back=back) from None
        item_id = self.notetaker.access.current_item_id

        def read(repo: LiveRepo) -> Poll | None:
            poll = PollsRepo(repo.conn).get(poll_id) if 0 < poll_id < 2**62 else None
            return poll if poll is not None and poll.item_id == item_id else None

        poll = await self.notetaker.writer.call(read)
        if poll is None:
            raise Refusal(404, "no_poll", "no_item", back=back)
        return poll

    async def _write(self, request: web.Request, work: Any) -> None:
        token = request.match_info["token"]
        self.notetaker._check_link(request)  # revoked while the body was arriving?

        def write(repo: LiveRepo) -> None:
            self.notetaker._still_allowed(token)
            work(repo.conn)

        try:
            await self.notetaker.writer.call(write)
        except _Revoked:
            raise Refusal(404, "not_found", "notetaker_unknown") from None
        except sqlite3.Error:  # disk full or read-only: nothing stored
            raise Refusal(503, "not_saved", "note_not_saved", back=f"/n/{token}/counts") from None
        self.notetaker.room.counts_changed()


def _rows(poll: Poll) -> list[tuple[str, Any]]:
    """The rows a count can be entered for: each option, or each value of the scale."""
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        return [
            (f"{n}. {option}", offline_value(poll, n - 1))
            for n, option in enumerate(poll.options, start=1)
        ]
    if poll.type == PollType.SCALE:
        settings = poll.settings
        return [(str(v), v) for v in range(settings.scale_min, settings.scale_max + 1)]
    return []


def _number(raw: str, words: dict[str, str], back: str) -> int:
    if not raw.isdigit() or len(raw) > 6 or int(raw) > MAX_COUNT:
        raise Refusal(400, "invalid_count", "invalid", back=back, text=words["bad_number"])
    return int(raw)


def _done(back: str, what: str) -> web.Response:
    """Post/Redirect/Get: back to the page, which says what was saved."""
    raise web.HTTPSeeOther(f"{back}?done={what}")


def _page(
    *,
    base: str,
    title: str,
    language: str,
    words: dict[str, str],
    counts: _ItemCounts,
    done: str,
    plan_language: str = "",
) -> str:
    """``plan_language``: the workshop's, which its title, the item's and the polls' texts
    are in; they say so (lang, dir) where the page's words are in another language, as on
    the note-taker page."""
    e = escape
    plan = (
        f' lang="{e(plan_language)}" dir="{text_direction(plan_language)}"'
        if plan_language and plan_language != language
        else ""
    )
    head = document_head(
        language=language,
        direction=text_direction(language),
        title=f"{words['title']} · {title}",
        stylesheet=f"{base}/static/notetaker.css",
    )
    item_title = (
        f'<p id="item" class="item-title"{plan}>{e(counts.title)}</p>'
        if counts.title
        else f'<p id="item" class="item-title">{e(words["no_item"])}</p>'
    )
    parts = [
        head,
        f"<header><h1>{e(words['title'])} · <span{plan}>{e(title)}</span></h1>",
        f'<p><a href="{e(base)}">{e(words["back"])}</a></p></header>',
        "<main>",
        f'<p id="status" class="msg" role="status">{e(words["done_" + done]) if done else ""}</p>',
        f'<section class="item"><h2>{e(words["current_item"])}</h2>',
        item_title,
    ]
    if counts.item_id is not None:
        people = "" if counts.people is None else str(counts.people)
        parts += [
            f'<form method="post" action="{e(base)}/counts/people" class="row">',
            f'<label>{e(words["people"])} <input id="people" name="people" type="number" '
            f'min="0" max="{MAX_COUNT}" inputmode="numeric" value="{people}" '
            f'placeholder="{e(words["not_counted"])}"></label>',
            f'<button type="submit">{e(words["save"])}</button></form>',
        ]
    parts.append("</section>")
    if counts.item_id is not None and not counts.polls:
        parts.append(f"<p>{e(words['no_polls'])}</p>")
    for number, entry in enumerate(counts.polls, start=1):
        parts += _poll_section(base, words, entry, number, counts.people, plan)
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _poll_section(
    base: str,
    words: dict[str, str],
    entry: _PollCounts,
    number: int,
    people: int | None,
    plan: str = "",
) -> list[str]:
    """``plan``: the lang and dir attributes of the poll's own texts (or none)."""
    e = escape
    poll, combined = entry.poll, entry.combined
    key = f"poll-{number}"
    total = combined.total.responses
    split = words["separator"].join(
        f"{words[c.value]} {combined.answers(c)}"
        for c in CHANNEL_ORDER
        if c == Channel.PHONE or combined.answers(c)
    )
    out = [
        f'<section class="poll" aria-labelledby="{key}">',
        f'<h2 id="{key}"{plan}>{e(poll.question)}</h2>',
        f'<p class="total">{e(words["answers"].replace("{n}", str(total)))} · {e(split)}</p>',
    ]
    if people is not None and total > people:
        out.append(f'<p class="msg">{e(words["over"])}</p>')
    hidden = f'<input type="hidden" name="poll_id" value="{poll.id}">'
    if entry.rows:
        out += [
            f'<form method="post" action="{e(base)}/counts/cells">{hidden}',
            f'<div class="table-wrap" role="region" tabindex="0" '
            f'aria-labelledby="{key} {key}-caption">',
            f'<table><caption id="{key}-caption">{e(words["counts_caption"])}</caption>',
            f'<thead><tr><th scope="col">{e(words["answer"])}</th>',
            *(f'<th scope="col">{e(words[c.value])}</th>' for c in COUNTED_CHANNELS),
            "</tr></thead><tbody>",
        ]
        for index, (label, _) in enumerate(entry.rows):
            out.append(f'<tr><th scope="row"{plan}>{e(label)}</th>')
            for channel in COUNTED_CHANNELS:
                value = entry.cells.get((channel, index), 0)
                name = f"{channel.value}_{index}"
                aria = e(f"{words[channel.value]}: {label}")
                out.append(
                    f'<td><input name="{name}" type="number" min="0" max="{MAX_COUNT}" '
                    f'inputmode="numeric" value="{value}" aria-label="{aria}"></td>'
                )
            out.append("</tr>")
        out += [
            "</tbody></table></div>",
            f'<button type="submit">{e(words["save_counts"])}</button></form>',
        ]
    hint = words["hint_" + poll.type.value]
    out += [
        f'<form method="post" action="{e(base)}/counts/ballot">{hidden}',
        f'<label>{e(words["ballot"])} <input name="answer" type="text" maxlength="500" '
        f'placeholder="{e(hint)}"></label>',
        '<div class="row buttons">',
        f'<button type="submit" name="channel" value="paper">{e(words["add_paper"])}</button>',
        f'<button type="submit" name="channel" value="proxy">{e(words["add_proxy"])}</button>',
        "</div></form>",
        "</section>",
    ]
    return out
