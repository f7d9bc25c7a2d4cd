"""The idea wall and the dot vote in the phone's language, through the real server over
loopback: a German phone and an Arabic one get the wall's words and its refusals in
their language (Arabic still right to left), the German wall fits a small phone, and
the wall's question and the dot vote's options come in the phone's poll language,
marked with their own where they fall back."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.browser import headless_chromium
from tests.ideas.conftest import add_idea_polls, post_idea, upvote
from tests.live.conftest import LiveRoom, Phone, start_room
from workshop_app.domain.ideas import IDEA_MAX_CHARS
from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.domain.translations import PollText
from workshop_app.live.ideas_words import idea_strings

GERMAN = "de-DE,de;q=0.9,en;q=0.5"
ARABIC = "ar-EG,ar;q=0.9"


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "words.workshop")
    add_idea_polls(live)
    yield live
    live.server.stop()
    live.file.close()


def phone_in(room: LiveRoom, accept_language: str) -> Phone:
    session = aiohttp.ClientSession(
        cookie_jar=aiohttp.CookieJar(unsafe=True), headers={"Accept-Language": accept_language}
    )
    return Phone(session, room.server.join_url)


def boot(html: str) -> dict[str, Any]:
    """The data the page's script is given (its words among them)."""
    found = re.search(r'<script type="application/json" id="boot">(.*?)</script>', html, re.S)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def html_root(html: str) -> tuple[str, str]:
    found = re.search(r'<html lang="([a-z]+)" dir="(ltr|rtl)"', html)
    assert found is not None, html[:300]
    return found.group(1), found.group(2)


def test_a_german_phone_gets_the_idea_wall_and_its_refusals_in_german(room: LiveRoom) -> None:
    wall = room.open("wall")

    async def go() -> None:
        phone = phone_in(room, GERMAN)
        async with phone.http:
            html = await phone.join()
            assert html_root(html) == ("de", "ltr")
            # The page as served, before any script: the wall's form and list in German.
            for text in ("Ihre Idee oder Frage", "Idee senden", "Ideen aus dem Raum"):
                assert f">{text}<" in html, text
            assert "Noch keine Ideen. Machen Sie den Anfang!" in html
            assert 'aria-label="Ideen sortieren"' in html
            # The words the script builds the live wall from: every idea word in German.
            words = boot(html)["words"]
            assert {key: words[key] for key in idea_strings("de")} == idea_strings("de")
            assert words["idea_chars_left"] == "Noch {n} Zeichen"
            assert words["votes_n"] == "{n} Stimmen" and words["upvote"] == "Unterstützen"
            assert words["submit"] == "Antwort senden"  # the page's own words, German too

            status, body = await post_idea(phone, wall, "x" * (IDEA_MAX_CHARS + 1))
            assert (status, body["error"]) == (400, "invalid_idea")
            assert body["message"] == f"Eine Idee hat höchstens {IDEA_MAX_CHARS} Zeichen."
            status, body = await post_idea(phone, wall, "   ")
            assert (status, body["message"]) == (400, "Schreiben Sie zuerst Ihre Idee.")
            status, body = await upvote(phone, wall, 999)
            assert (status, body["message"]) == (409, "Diese Idee steht nicht mehr an der Wand.")
            status, body = await post_idea(phone, wall, "Mehr Licht am Fluss")
            assert (status, body["message"]) == (200, "Danke — Ihre Idee steht an der Wand.")
            status, body = await upvote(phone, wall, body["idea"]["id"])
            assert (status, body["message"]) == (200, "Ihre Unterstützung zählt.")

    asyncio.run(go())


def test_a_german_phone_gets_the_dot_vote_in_german(room: LiveRoom) -> None:
    dots = room.open("dots")  # 3 dots, at most 2 on one option

    async def go() -> None:
        phone = phone_in(room, GERMAN)
        async with phone.http:
            html = await phone.join()
            # The plain form's hint, its numbers filled in by the server.
            assert "Verteilen Sie 3 Punkte auf die Optionen (höchstens 2 auf eine)." in html
            words = boot(html)["words"]
            assert words["dots_hint"] == (
                "Verteilen Sie {n} Punkte auf die Optionen (höchstens {max} auf eine)."
            )
            status, body = await phone.vote(dots, {"0": 3})
            assert (status, body["message"]) == (400, "Höchstens 2 auf eine Option.")
            status, body = await phone.vote(dots, {"0": 2, "1": 2})
            assert (status, body["message"]) == (400, "Sie haben 3 zu vergeben, nicht 4.")

    asyncio.run(go())
    room.close("dots")
    room.open("points")

    async def points() -> str:
        phone = phone_in(room, GERMAN)
        async with phone.http:
            return await phone.join()

    assert "Verteilen Sie genau 100 Punkte auf die Optionen." in asyncio.run(points())


def test_an_arabic_phone_gets_the_idea_wall_in_arabic_right_to_left(room: LiveRoom) -> None:
    wall = room.open("moderated")

    async def go() -> None:
        phone = phone_in(room, ARABIC)
        async with phone.http:
            html = await phone.join()
            assert html_root(html) == ("ar", "rtl")
            assert ">فكرتك أو سؤالك<" in html and ">أفكار من القاعة<" in html
            data = boot(html)
            assert data["languages"]["page"] == "ar"
            assert {key: data["words"][key] for key in idea_strings("ar")} == idea_strings("ar")
            status, body = await post_idea(phone, wall, "x" * (IDEA_MAX_CHARS + 1))
            assert (status, body["message"]) == (
                400,
                f"لا يتجاوز طول الفكرة {IDEA_MAX_CHARS} حرفاً.",
            )
            status, body = await post_idea(phone, wall, "إنارة أفضل في الحديقة")
            assert (status, body["status"]) == (200, "idea_pending")
            assert body["message"] == "شكراً — فكرتك بانتظار موافقة الميسّر."

    asyncio.run(go())


# --- the German wall on a small phone in Chromium ------------------------------------------

SMALL_PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
# What sticks out of the page sideways: elements whose right edge passes the viewport's.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width && (box.right > width + 0.5 || box.left < -0.5)) {
      out.push(el.tagName + (el.id ? '#' + el.id : '') + ' ' + (el.textContent || '').slice(0, 40));
    }
  }
  return [document.documentElement.scrollWidth - width, out];
}"""


@pytest.mark.browser
def test_the_german_idea_wall_fits_a_small_phone(room: LiveRoom, tmp_path: Path) -> None:
    wall = room.open("wall")
    assert wall.id is not None
    with headless_chromium() as browser:
        context = browser.new_context(**SMALL_PHONE, locale="de-DE")
        try:
            page = context.new_page()
            page.goto(room.server.join_url)
            page.wait_for_selector("#idea-form")
            page.locator("#conn").get_by_text("Verbunden").wait_for(timeout=5000)
            assert page.locator("label[for=idea-text]").text_content() == "Ihre Idee oder Frage"
            assert page.locator("#idea-chars").text_content() == f"Noch {IDEA_MAX_CHARS} Zeichen"
            posted = page.locator("#confirm").get_by_text("Danke — Ihre Idee steht an der Wand.")
            for text in (
                "Gehwegbeleuchtungsverbesserungsmaßnahmen entlang des Flussufers, bitte",
                "Sichere Fahrradabstellplätze am Bahnhof",
            ):
                page.fill("#idea-text", text)
                page.click("#idea-submit")
                posted.wait_for(timeout=5000)
            page.locator("#ideas li.idea").nth(1).wait_for(timeout=5000)
            page.locator("#ideas li.idea").nth(0).locator("button.upvote").click()
            page.locator("#ideas li.idea >> text=1 Stimme").wait_for(timeout=5000)
            meta = page.locator("#ideas li.idea").nth(0).locator(".meta").text_content()
            assert "Von Ihnen" in meta, meta
            assert page.locator("#sort-votes").text_content() == "Meiste Stimmen"
            overflow, sticking_out = page.evaluate(OVERFLOW)
            page.screenshot(path=str(tmp_path / "idea-wall-de-360.png"), full_page=True)
            assert (overflow, sticking_out) == (0, [])
        finally:
            context.close()


# --- the wall's question and the dot vote's options in the poll's languages ----------------

QUESTION_AR = "ما الذي يجعل الحديقة أكثر أماناً؟"


@pytest.fixture
def bilingual(tmp_path: Path) -> Iterator[LiveRoom]:
    """A French workshop with Arabic poll texts: one wall translated, one not, and a dot
    vote with one option left untranslated."""
    live = start_room(tmp_path / "bilingual.workshop", language="fr", languages=("ar",))
    item_id = live.polls["single"].item_id
    specs = {
        "wall_ar": Poll(
            PollType.IDEA_WALL,
            "Qu'est-ce qui rendrait le parc plus sûr ?",
            translations={"ar": PollText(question=QUESTION_AR)},
        ),
        "wall_fr": Poll(PollType.IDEA_WALL, "Des questions pour le panel ?"),
        "dots": Poll(
            PollType.DOT_VOTE,
            "Où mettre l'argent ?",
            ["Éclairage", "Bancs"],
            settings=PollSettings(dots=3, dots_per_option=2),
            translations={"ar": PollText(question="أين نضع المال؟", options=["الإنارة", ""])},
        ),
    }
    for name, poll in specs.items():
        poll.item_id = item_id
        live.polls[name] = live.file.add_poll(poll)
    yield live
    live.server.stop()
    live.file.close()


def arabic_page(room: LiveRoom) -> str:
    async def go() -> str:
        phone = phone_in(room, ARABIC)
        async with phone.http:
            return await phone.join()

    return asyncio.run(go())


def test_the_wall_question_and_dot_options_in_the_phone_poll_language(
    bilingual: LiveRoom,
) -> None:
    bilingual.open("wall_ar")
    assert f'<h2 id="question">{QUESTION_AR}</h2>' in arabic_page(bilingual)
    bilingual.close("wall_ar")
    bilingual.open("wall_fr")
    # No Arabic text: the French one, said to be French and left to right.
    assert '<h2 id="question" lang="fr" dir="ltr">Des questions pour le panel ?</h2>' in (
        arabic_page(bilingual)
    )
    bilingual.close("wall_fr")
    bilingual.open("dots")
    html = arabic_page(bilingual)
    assert "> <span>الإنارة</span></label>" in html
    assert '> <span lang="fr" dir="ltr">Bancs</span></label>' in html


@pytest.mark.browser
def test_the_arabic_phone_script_marks_what_falls_back(bilingual: LiveRoom, tmp_path: Path) -> None:
    with headless_chromium() as browser:
        context = browser.new_context(**SMALL_PHONE, locale="ar-EG")
        try:
            page = context.new_page()
            bilingual.open("wall_fr")
            page.goto(bilingual.server.join_url)
            page.wait_for_selector("#idea-chars")  # the script's wall, not the served one
            question = page.locator("#question")
            assert question.text_content() == "Des questions pour le panel ?"
            assert (question.get_attribute("lang"), question.get_attribute("dir")) == ("fr", "ltr")
            assert page.locator("label[for=idea-text]").text_content() == "فكرتك أو سؤالك"
            page.screenshot(path=str(tmp_path / "idea-wall-ar-360.png"), full_page=True)
            bilingual.close("wall_fr")
            bilingual.open("dots")  # the phone follows over the live channel
            page.locator(".dot-row").nth(1).wait_for(timeout=5000)
            first, second = (
                page.locator(".dot-row .text").nth(0),
                page.locator(".dot-row .text").nth(1),
            )
            assert first.text_content() == "الإنارة" and first.get_attribute("lang") is None
            assert second.text_content() == "Bancs"
            assert (second.get_attribute("lang"), second.get_attribute("dir")) == ("fr", "ltr")
            more = page.locator(".dot-row").nth(1).locator("button[data-dir=more]")
            assert more.get_attribute("aria-label") == "أضف نقطة إلى Bancs"
            assert page.evaluate(OVERFLOW) == [0, []]
        finally:
            context.close()
