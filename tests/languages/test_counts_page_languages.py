"""The note-taker's counts page in the tablet's language, through the real server over
loopback: a Spanish tablet and an Arabic one open it from the note-taker page's link and
get its words, what it says after a save and its refusals in their language (Arabic
right to left, the English poll texts marked as English); the Arabic page fits a phone
in Chromium."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.browser import headless_chromium
from tests.languages.test_idea_wall_languages import OVERFLOW, html_root
from tests.live.conftest import LiveRoom, start_room
from tests.live.test_page_accessibility import audit
from tests.live.test_refusal_pages import BROWSER, words_of
from workshop_app.domain.channels import MAX_COUNT, Channel
from workshop_app.live.refusal_words import strings as refusal_strings
from workshop_app.live.tokens import new_notetaker_token
from workshop_app.store.offline_repo import HeadcountsRepo, OfflineAnswersRepo

SPANISH = "es-ES,es;q=0.9,en;q=0.5"
ARABIC = "ar-EG,ar;q=0.9"
ENGLISH_TEXT = ' lang="en" dir="ltr"'  # the workshop's texts, in a page in another language


@pytest.fixture
def room(tmp_path: Path) -> Iterator[LiveRoom]:
    live = start_room(tmp_path / "counts-words.workshop")
    live.server.set_notetaker_token(new_notetaker_token())
    live.server.set_current_item(live.polls["single"].item_id).result(timeout=5)
    yield live
    live.server.stop()
    live.file.close()


class Tablet:
    """A browser on the note-taker's tablet, as far as the server can tell: its language,
    text/html, and redirects followed after a form post."""

    def __init__(self, http: aiohttp.ClientSession, base: str) -> None:
        self.http = http
        self.base = base

    async def get(self, url: str) -> tuple[int, str]:
        async with self.http.get(url) as response:
            return response.status, await response.text()

    async def post(self, path: str, form: dict[str, str]) -> tuple[int, str]:
        async with self.http.post(self.base + path, data=form) as response:
            return response.status, await response.text()

    async def open_counts_page(self, notetaker_url: str, link_text: str) -> tuple[str, str]:
        """The note-taker page, then its link to the counts page (found by its words)."""
        status, page = await self.get(notetaker_url)
        assert status == 200
        found = re.search(rf'<a href="(/n/[^"]+/counts)">{re.escape(link_text)}</a>', page)
        assert found is not None, "no counts link in the tablet's language"
        status, counts = await self.get(self.base + found.group(1))
        assert status == 200
        return page, counts


def tablet_in(room: LiveRoom, accept_language: str) -> Tablet:
    http = aiohttp.ClientSession(headers={"Accept-Language": accept_language, "Accept": BROWSER})
    return Tablet(http, room.server.base_url)


def counts_path(room: LiveRoom) -> str:
    url = room.server.notetaker_url
    assert url is not None
    return url.removeprefix(room.server.base_url) + "/counts"


def test_a_spanish_tablet_gets_the_counts_page_and_its_refusals_in_spanish(
    room: LiveRoom,
) -> None:
    single, rank = room.polls["single"], room.polls["rank"]
    assert single.id is not None and rank.id is not None and single.item_id is not None
    url = room.server.notetaker_url
    assert url is not None
    path = counts_path(room)
    offline = OfflineAnswersRepo(room.file)

    async def go() -> None:
        tablet = tablet_in(room, SPANISH)
        async with tablet.http:
            notes, page = await tablet.open_counts_page(url, "Recuentos en la sala")
            assert html_root(notes) == ("es", "ltr")  # the note-taker page it came from
            assert html_root(page) == ("es", "ltr")
            assert "<h1>Recuentos en la sala · <span" in page
            for text in (
                "Volver a las notas",
                "Punto actual",
                "Guardar",
                "Recuentos de la sala",
                "Respuesta",
                "Mano alzada",
                "Papeletas",
                "Puntos adhesivos",
                "Guardar recuentos",
                "Añadir papeleta",
                "Introducir en nombre de alguien sin teléfono",
            ):
                assert f">{text}<" in page, text
            assert "<label>Personas presentes <input" in page
            assert 'placeholder="sin contar"' in page
            assert "<label>Una respuesta, como en la papeleta <input" in page
            assert 'placeholder="Escriba el número de una opción, p. ej., 2."' in page
            assert 'aria-label="Papeletas: 1. North"' in page
            assert '<p class="total">0 respuestas · Teléfonos 0</p>' in page
            # The workshop's own texts stay English, and say so.
            assert f'<p id="item" class="item-title"{ENGLISH_TEXT}>Warm-up</p>' in page
            assert f"{ENGLISH_TEXT}>Where do you live?</h2>" in page
            assert f'<th scope="row"{ENGLISH_TEXT}>1. North</th>' in page

            # A count that is not a number: refused in Spanish, nothing stored.
            status, refused = await tablet.post(
                path + "/cells", {"poll_id": str(single.id), "hands_0": "muchas"}
            )
            assert status == 400
            assert html_root(refused) == ("es", "ltr")
            text = words_of(refused)
            assert f"Los recuentos deben ser números enteros de 0 a {MAX_COUNT}." in text
            assert f'href="{path}">{refusal_strings("es")["back"]}</a>' in refused
            status, refused = await tablet.post(path + "/people", {"people": "-4"})
            assert status == 400
            assert "Los recuentos deben ser números enteros" in words_of(refused)
            # A ballot that does not fit: what to type, in Spanish.
            status, refused = await tablet.post(
                path + "/ballot", {"poll_id": str(rank.id), "channel": "paper", "answer": "3 3"}
            )
            assert status == 400
            assert (
                "Esa no es una respuesta a esta encuesta. Escriba el número de cada opción, "
                "la primera elección primero, p. ej., 2 1 3."
            ) in words_of(refused)
            assert offline.count_of(single.id, Channel.HANDS, 0) == 0
            assert HeadcountsRepo(room.file).people(single.item_id) is None

            # What a save says, back on the page.
            status, page = await tablet.post(path + "/people", {"people": "3"})
            assert status == 200 and ">Número de personas presentes guardado.<" in page
            status, page = await tablet.post(
                path + "/cells", {"poll_id": str(single.id), "hands_0": "4"}
            )
            assert status == 200 and ">Recuentos guardados.<" in page
            assert '<p class="total">4 respuestas · Teléfonos 0, Mano alzada 4</p>' in page
            assert (
                '<p class="msg">Más respuestas que personas presentes: compruebe los recuentos.</p>'
            ) in page
            status, page = await tablet.post(
                path + "/ballot", {"poll_id": str(single.id), "channel": "proxy", "answer": "2"}
            )
            assert status == 200
            assert ">Respuesta introducida en nombre de alguien sin teléfono.<" in page
            assert "Introducido por la persona facilitadora 1" in page
            assert offline.count_of(single.id, Channel.HANDS, 0) == 4

    asyncio.run(go())


def test_an_arabic_tablet_gets_the_counts_page_right_to_left(room: LiveRoom) -> None:
    single = room.polls["single"]
    assert single.id is not None
    url = room.server.notetaker_url
    assert url is not None
    path = counts_path(room)

    async def go() -> None:
        tablet = tablet_in(room, ARABIC)
        async with tablet.http:
            notes, page = await tablet.open_counts_page(url, "العدّ في القاعة")
            assert html_root(notes) == ("ar", "rtl")
            assert html_root(page) == ("ar", "rtl")
            for text in ("العودة إلى الملاحظات", "البند الحالي", "احفظ الأعداد", "رفع الأيدي"):
                assert f">{text}<" in page, text
            assert "<label>عدد الحاضرين <input" in page
            assert f'<p id="item" class="item-title"{ENGLISH_TEXT}>Warm-up</p>' in page

            status, refused = await tablet.post(
                path + "/cells", {"poll_id": str(single.id), "paper_1": "bad"}
            )
            assert status == 400
            assert html_root(refused) == ("ar", "rtl")
            text = words_of(refused)
            assert f"يجب أن تكون الأعداد أعداداً صحيحة من 0 إلى {MAX_COUNT}." in text
            status, refused = await tablet.post(
                path + "/ballot", {"poll_id": str(single.id), "channel": "paper", "answer": "9"}
            )
            assert status == 400
            assert "هذه ليست إجابة على هذا الاستطلاع. اكتب رقم خيار واحد، مثلاً 2." in (
                words_of(refused)
            )
            status, page = await tablet.post(
                path + "/cells", {"poll_id": str(single.id), "paper_1": "2"}
            )
            assert status == 200 and ">حُفظت الأعداد.<" in page
            assert '<p class="total">الإجابات: 2 · الهواتف 0، أوراق الاقتراع 2</p>' in page

    asyncio.run(go())


# --- the Arabic counts page on a phone-sized tablet in Chromium ------------------------------

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.mark.browser
def test_the_arabic_counts_page_fits_a_phone_right_to_left(room: LiveRoom, tmp_path: Path) -> None:
    single = room.polls["single"]
    assert single.id is not None
    url = room.server.notetaker_url
    assert url is not None
    with headless_chromium(axe=True) as browser:
        context = browser.new_context(**PHONE, locale="ar-EG")
        try:
            page = context.new_page()
            page.goto(url)
            page.get_by_role("link", name="العدّ في القاعة").click()
            page.get_by_role("heading", name="Where do you live?").wait_for(timeout=5000)
            page.get_by_label("عدد الحاضرين").fill("12")
            page.get_by_role("button", name="احفظ", exact=True).click()
            page.get_by_text("حُفظ عدد الحاضرين.").wait_for(timeout=5000)
            section = page.locator("section.poll", has=page.get_by_text("Where do you live?"))
            section.get_by_label("أوراق الاقتراع: 2. South").fill("5")
            section.get_by_role("button", name="احفظ الأعداد").click()
            page.get_by_text("حُفظت الأعداد.").wait_for(timeout=5000)

            assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
            # Right to left: the table's row labels start at the right, the English
            # question runs left to right inside it.
            table = page.locator("section.poll .table-wrap table").first
            label = table.locator("th[scope=row]").first
            cell = table.locator("td").first
            assert label.bounding_box()["x"] > cell.bounding_box()["x"]
            assert label.evaluate("el => getComputedStyle(el).direction") == "ltr"
            page.screenshot(path=str(tmp_path / "counts-ar-390.png"), full_page=True)
            overflow, sticking_out = page.evaluate(OVERFLOW)
            assert (overflow, sticking_out) == (0, [])
            audit(page, "arabic counts page")
        finally:
            context.close()
