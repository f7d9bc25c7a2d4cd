"""The participant and note-taker pages' words: gettext PO files, complete in eight
languages, placeholders kept; and the rule that picks the page's languages."""

from __future__ import annotations

import re

import polib
import pytest

from workshop_app.live import notetaker_words, participant_words, refusal_words
from workshop_app.live.page_catalogue import PAGE_LANGUAGES, missing, po_path
from workshop_app.live.page_language import choose_languages

DOMAINS = ("participant", "notetaker", "refusal")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", PAGE_LANGUAGES)
def test_every_page_word_is_translated(domain: str, language: str) -> None:
    assert missing(language, domain) == [], f"{language}/{domain}.po lacks these keys"
    po = polib.pofile(po_path(language, domain))
    assert po.metadata["Language"] == language
    for entry in po:
        assert not entry.fuzzy, f"{language}/{domain}.po: {entry.msgctxt} is marked fuzzy"
        if language != "en":
            assert set(PLACEHOLDER.findall(entry.msgstr)) == set(
                PLACEHOLDER.findall(entry.msgid)
            ), f"{language}/{domain}.po: {entry.msgctxt} changes a placeholder"


def test_refusal_words_fall_back_to_english() -> None:
    assert sorted(refusal_words.STRINGS) == sorted(PAGE_LANGUAGES)
    assert refusal_words.strings("xx") == refusal_words.STRINGS["en"]


def test_one_catalogue_per_page() -> None:
    assert sorted(participant_words.STRINGS) == sorted(PAGE_LANGUAGES)
    assert sorted(notetaker_words.STRINGS) == sorted(PAGE_LANGUAGES)
    assert participant_words.strings("ar")["submit"] == "أرسل إجابتي"
    assert notetaker_words.strings("pl")["add"] == "Dodaj"


def test_an_empty_translation_falls_back_to_english(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.live import page_catalogue

    src = polib.pofile(po_path("de", "participant"))
    src.find("submit", by="msgctxt").msgstr = ""
    folder = tmp_path / "locale" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    src.save(str(folder / "participant.po"))
    monkeypatch.setattr(
        page_catalogue,
        "po_path",
        lambda lang, domain: (
            str(tmp_path / "locale" / lang / "LC_MESSAGES" / f"{domain}.po")
            if lang == "de"
            else po_path(lang, domain)
        ),
    )
    assert page_catalogue.missing("de", "participant") == ["submit"]
    page_catalogue.catalogue.cache_clear()
    try:
        words = page_catalogue.catalogue("participant")["de"]
        assert words["submit"] == "Send my answer" and words["join"] == "Teilnehmen"
    finally:
        page_catalogue.catalogue.cache_clear()


@pytest.mark.parametrize(
    ("accept", "chosen", "interface", "poll"),
    [
        ("nl-BE,nl;q=0.9", None, "nl", "nl"),
        ("ar", None, "ar", "ar"),
        ("tr-TR,tr;q=0.9,en;q=0.5", None, "tr", "fr"),  # no Turkish poll text: French
        ("tr,nl;q=0.8", None, "tr", "nl"),  # …but Dutch, which the phone also reads
        ("ja", None, "fr", "fr"),  # nothing the phone reads: the workshop's language
        (None, None, "fr", "fr"),
        ("nl", "ar", "ar", "ar"),  # the switch wins
        ("tr", "nl", "nl", "nl"),
        ("nl", "de", "de", "nl"),  # German page words, but no German poll text
        ("nl", "zz", "nl", "nl"),  # a made-up choice is ignored
    ],
)
def test_page_languages(accept: str | None, chosen: str | None, interface: str, poll: str) -> None:
    langs = choose_languages("fr", ["nl", "ar"], accept, chosen)
    assert (langs.interface, langs.poll) == (interface, poll)
    assert langs.offered == ("fr", "nl", "ar") and langs.main == "fr"
