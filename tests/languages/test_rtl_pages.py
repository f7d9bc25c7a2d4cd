"""Pages other than the poll in an Arabic phone's language: right to left, lang and dir
set; the note-taker page too."""

from __future__ import annotations

from tests.live.conftest import LiveRoom, live_room  # noqa: F401  (the fixture)
from tests.live.test_refusal_pages import BROWSER, fetch, words_of
from workshop_app.live.tokens import new_join_token


def test_a_mistyped_link_on_an_arabic_phone(live_room: LiveRoom) -> None:  # noqa: F811
    stale = f"{live_room.server.base_url}/j/{new_join_token()}"
    status, _, html = fetch(stale, BROWSER, "ar-MA,ar;q=0.9")
    assert status == 404
    assert '<html lang="ar" dir="rtl">' in html
    assert "هذا الرابط لا يعمل." in words_of(html)


def test_join_page_in_turkish_and_polish(live_room: LiveRoom) -> None:  # noqa: F811
    _, _, html = fetch(f"{live_room.server.base_url}/", BROWSER, "tr")
    assert '<html lang="tr" dir="ltr">' in html and "Salon kodu" in html
    _, _, html = fetch(f"{live_room.server.base_url}/", BROWSER, "pl-PL")
    assert '<html lang="pl" dir="ltr">' in html and "Kod sali" in html


def test_notetaker_page_in_arabic_marks_the_english_item_title(live_room: LiveRoom) -> None:  # noqa: F811
    from workshop_app.live.tokens import new_notetaker_token

    token = new_notetaker_token()
    live_room.server.set_notetaker_token(token)
    item_id = live_room.polls["single"].item_id
    live_room.server.set_current_item(item_id).result(timeout=5)
    _, _, html = fetch(f"{live_room.server.base_url}/n/{token}", BROWSER, "ar")
    assert '<html lang="ar" dir="rtl">' in html
    assert 'id="item" class="item-title" aria-live="polite" lang="en" dir="ltr">Warm-up<' in html
    assert "تدوين الملاحظات" in html
