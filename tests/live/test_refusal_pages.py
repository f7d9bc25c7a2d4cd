"""Stale, revoked or mistyped links: a browser gets a small page in its language saying
what to do; an API client (Accept: application/json, or any /api/ route) keeps JSON."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import aiohttp

from tests.live.conftest import LiveRoom
from workshop_app.live.tokens import new_join_token, new_notetaker_token

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def fetch(url: str, accept: str, language: str = "") -> tuple[int, str, str]:
    async def go() -> tuple[int, str, str]:
        headers = {"Accept": accept}
        if language:
            headers["Accept-Language"] = language
        async with aiohttp.ClientSession() as http, http.get(url, headers=headers) as r:
            return r.status, r.content_type, await r.text()

    return asyncio.run(go())


def words_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_a_mistyped_join_link_gets_a_page_in_the_phones_language(live_room: LiveRoom) -> None:
    stale = f"{live_room.server.base_url}/j/{new_join_token()}"
    status, kind, html = fetch(stale, BROWSER, "fr-CH,fr;q=0.9,en;q=0.5")
    assert (status, kind) == (404, "text/html")
    assert '<html lang="fr" dir="ltr">' in html
    text = words_of(html)
    assert "Ce lien ne fonctionne pas." in text
    assert "Scannez à nouveau le QR code" in text
    assert '<a class="button" href="/">Saisir le code de la salle</a>' in html
    assert "{" not in text  # no JSON, no placeholder

    status, kind, html = fetch(stale, BROWSER, "en-GB")
    assert (status, kind) == (404, "text/html")
    assert "This link does not work." in words_of(html)

    # Any other unknown address on the laptop: the same kind of page.
    status, kind, html = fetch(f"{live_room.server.base_url}/nothing/here", BROWSER, "en")
    assert (status, kind) == (404, "text/html")
    assert "There is nothing here." in words_of(html)


def test_api_clients_keep_json(live_room: LiveRoom) -> None:
    stale = f"{live_room.server.base_url}/j/{new_join_token()}"
    for url, accept in (
        (stale, "application/json"),
        (stale, "*/*"),
        (f"{stale}/api/state", BROWSER),  # the /api/ routes answer JSON whatever is asked
    ):
        status, kind, body = fetch(url, accept, "fr")
        assert (status, kind) == (404, "application/json"), url
        reply: dict[str, Any] = json.loads(body)
        assert reply == {"error": "not_found", "message": "Ce lien ne fonctionne pas."}


def test_a_revoked_or_unknown_note_taker_link_says_to_ask_for_a_new_one(
    live_room: LiveRoom,
) -> None:
    base = live_room.server.base_url
    token = new_notetaker_token()
    live_room.server.set_notetaker_token(token)
    assert fetch(f"{base}/n/{token}", BROWSER)[0] == 200
    live_room.server.set_notetaker_token(None)
    for url in (f"{base}/n/{token}", f"{base}/n/{new_notetaker_token()}"):
        status, kind, html = fetch(url, BROWSER, "en-US")
        assert (status, kind) == (404, "text/html")
        assert "This note-taker link no longer works." in words_of(html)
        assert "Ask the facilitator for a new note-taker link." in words_of(html)
    status, kind, html = fetch(f"{base}/n/{token}", BROWSER, "fr")
    assert "Demandez un nouveau lien de prise de notes" in words_of(html)
    # The participant's link on the note-taker's routes: a page that says which link to ask for.
    status, kind, html = fetch(f"{base}/n/{live_room.server.join_token}", BROWSER, "en")
    assert (status, kind) == (403, "text/html")
    assert "Ask the facilitator for the note-taker link." in words_of(html)


def test_a_refusal_page_is_escaped_and_sends_the_security_headers(live_room: LiveRoom) -> None:
    async def go() -> tuple[int, dict[str, str], str]:
        async with (
            aiohttp.ClientSession() as http,
            http.get(
                f"{live_room.server.base_url}/j/<script>",
                headers={"Accept": BROWSER, "Accept-Language": '"><script>'},
            ) as r,
        ):
            return r.status, dict(r.headers), await r.text()

    status, headers, html = asyncio.run(go())
    assert status == 404
    assert "<script" not in html
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cache-Control"] == "no-store"
