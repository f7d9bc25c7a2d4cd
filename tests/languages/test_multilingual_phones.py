"""One poll in French, Dutch and Arabic on three phones in Chromium: each phone shows it in
its own language, the tally pools them, the Arabic page reads right to left and passes
axe, and every element whose language differs from the page's says so."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser import headless_chromium
from tests.live.conftest import LiveRoom, start_room
from tests.live.test_page_accessibility import audit
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.translations import PollText
from workshop_app.live.participant_words import strings

QUESTION = {"fr": "Quelle priorité ?", "nl": "Welke prioriteit?", "ar": "ما هي الأولوية؟"}
OPTIONS = {
    "fr": ["Éclairage", "Trottoirs", "Bancs"],
    "nl": ["Verlichting", "Stoepen", "Banken"],
    "ar": ["الإنارة", "الأرصفة", ""],  # the third is not translated: French is shown
}


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRoom]:
    live = start_room(
        tmp_path_factory.mktemp("langs") / "langs.workshop", language="fr", languages=("nl", "ar")
    )
    item_id = live.polls["single"].item_id
    poll = Poll(
        PollType.SINGLE_CHOICE,
        QUESTION["fr"],
        OPTIONS["fr"],
        item_id=item_id,
        translations={
            lang: PollText(question=QUESTION[lang], options=OPTIONS[lang]) for lang in ("nl", "ar")
        },
    )
    live.polls["priority"] = live.file.add_poll(poll)
    live.open("priority")
    yield live
    live.server.stop()
    live.file.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with headless_chromium(axe=True) as launched:
        yield launched


def phone(browser: Any, locale: str, javascript: bool = True) -> Any:
    ctx = browser.new_context(
        viewport={"width": 360, "height": 740}, locale=locale, java_script_enabled=javascript
    )
    return ctx, ctx.new_page()


@pytest.mark.browser
def test_three_phones_three_languages_one_pooled_tally(room: LiveRoom, browser: Any) -> None:
    picks = {"fr": 0, "nl": 1, "ar": 0}
    phones = {
        lang: phone(browser, locale)
        for lang, locale in (("fr", "fr-FR"), ("nl", "nl-BE"), ("ar", "ar-EG"))
    }
    try:
        for lang, (_, page) in phones.items():
            page.goto(room.server.join_url)
            page.locator("#question").get_by_text(QUESTION[lang]).wait_for(timeout=5000)
            assert page.evaluate("document.documentElement.lang") == lang
            expected_dir = "rtl" if lang == "ar" else "ltr"
            assert page.evaluate("document.documentElement.dir") == expected_dir
            assert page.locator("#submit").text_content() == strings(lang)["submit"]
            page.locator("label.choice").nth(picks[lang]).click()
            page.locator("#submit").click()
            page.locator("#confirm").get_by_text(strings(lang)["received"]).wait_for(timeout=5000)
        poll_id = room.polls["priority"].id
        assert poll_id is not None
        snap = room.wait_for_snapshot(
            lambda s: poll_id in s.tallies and s.tallies[poll_id].responses == 3
        )
        assert snap.tallies[poll_id].counts == [2, 1, 0]  # one tally, every language in it
        assert sorted(room.stored("priority")) == [0, 0, 1]

        # What each element is written in: the Arabic page's third option fell back to
        # French and says so; the workshop title is French on every page but the French one.
        _, arabic = phones["ar"]
        fallback = arabic.locator("label.choice span").nth(2)
        assert fallback.text_content() == "Bancs"
        assert (fallback.get_attribute("lang"), fallback.get_attribute("dir")) == ("fr", "ltr")
        assert arabic.locator("label.choice span").nth(0).get_attribute("lang") is None
        assert arabic.locator("header h1").get_attribute("lang") == "fr"
        assert phones["fr"][1].locator("header h1").get_attribute("lang") is None
    finally:
        for ctx, _ in phones.values():
            ctx.close()


@pytest.mark.browser
def test_arabic_page_reads_right_to_left_and_passes_axe(room: LiveRoom, browser: Any) -> None:
    ctx, page = phone(browser, "ar")
    try:
        page.goto(room.server.join_url)
        page.locator("#question").get_by_text(QUESTION["ar"]).wait_for(timeout=5000)
        width = page.viewport_size["width"]
        question = page.locator("#question").bounding_box()
        # Right-aligned: the question starts at the right margin, not the left.
        assert question["x"] + question["width"] > width - 30
        text_box = page.locator("#question").evaluate(
            "h => { const r = document.createRange(); r.selectNodeContents(h);"
            " const b = r.getBoundingClientRect(); return [b.left, b.right]; }"
        )
        assert text_box[1] > width - 30 and text_box[0] > 30
        first = page.locator("label.choice").nth(0)
        radio = first.locator("input").bounding_box()
        label = first.locator("span").bounding_box()
        assert radio["x"] > label["x"]  # the radio button sits to the right of its text
        button = page.locator("#submit").bounding_box()
        assert button["x"] + button["width"] > width - 30
        # The final question mark is at the left end of the question: read right to left.
        assert page.evaluate("getComputedStyle(document.getElementById('question')).direction") == (
            "rtl"
        )
        audit(page, "Arabic poll open")
    finally:
        ctx.close()


@pytest.mark.browser
def test_language_switch_without_javascript_and_vote_in_chosen_language(
    room: LiveRoom, browser: Any
) -> None:
    # A Turkish phone: page words in Turkish, the poll (no Turkish text) in French.
    ctx, page = phone(browser, "tr-TR", javascript=False)
    try:
        page.goto(room.server.join_url)
        assert page.evaluate("document.documentElement.lang") == "tr"
        question = page.locator("#question")
        assert question.text_content().strip() == QUESTION["fr"]
        assert question.get_attribute("lang") == "fr"
        switch = page.get_by_role("navigation", name=strings("tr")["languages"])
        assert switch.get_by_role("link").all_text_contents() == [
            "Français",
            "Nederlands",
            "العربية",
        ]
        assert switch.get_by_role("link", name="Français").get_attribute("aria-current") == "true"
        switch.get_by_role("link", name="Nederlands").click()
        page.wait_for_url("**?lang=nl")
        assert page.evaluate("document.documentElement.lang") == "nl"
        assert question.text_content().strip() == QUESTION["nl"]
        assert question.get_attribute("lang") is None
        page.locator("label.choice").nth(2).click()
        page.locator("#submit").click()
        # The plain form's redirect keeps the chosen language (a cookie).
        page.get_by_text(strings("nl")["received"]).wait_for(timeout=5000)
        assert page.evaluate("document.documentElement.lang") == "nl"
        assert "Banken" in page.locator("label.choice").nth(2).text_content()
        assert page.locator("textarea, [dir=auto]").count() == 0  # no user text on this poll
    finally:
        ctx.close()


@pytest.mark.browser
def test_arabic_notetaker_page_is_right_to_left_and_passes_axe(
    room: LiveRoom, browser: Any
) -> None:
    from workshop_app.live.tokens import new_notetaker_token

    token = new_notetaker_token()
    room.server.set_notetaker_token(token)
    room.server.set_current_item(room.polls["single"].item_id).result(timeout=5)
    ctx, page = phone(browser, "ar")
    try:
        page.goto(f"{room.server.base_url}/n/{token}")
        page.locator("#item").get_by_text("Warm-up").wait_for(timeout=5000)
        assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
            "ar",
            "rtl",
        ]
        item = page.locator("#item")
        assert (item.get_attribute("lang"), item.get_attribute("dir")) == ("fr", "ltr")
        audit(page, "Arabic note-taker page")
    finally:
        ctx.close()
