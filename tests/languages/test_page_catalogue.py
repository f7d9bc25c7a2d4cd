"""The participant, note-taker and counts pages' words: gettext PO files, complete in
eight languages, placeholders kept; and the rule that picks the page's languages."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

from workshop_app.domain.channels import CHANNEL_ORDER, COUNTED_TYPES, MAX_COUNT
from workshop_app.domain.ideas import IDEA_MAX_CHARS, IDEAS_PER_DEVICE
from workshop_app.live import (
    counts_words,
    ideas_words,
    notetaker_counts,
    notetaker_words,
    participant_words,
    refusal_words,
)
from workshop_app.live.ideas_api import IDEA_MESSAGES
from workshop_app.live.page_catalogue import PAGE_LANGUAGES, missing, po_path
from workshop_app.live.page_language import choose_languages
from workshop_app.resources import resource_path

DOMAINS = ("participant", "ideas", "notetaker", "counts", "refusal")
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
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == sorted(
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


def test_idea_words_are_complete_with_the_limits_filled_in() -> None:
    assert sorted(ideas_words.STRINGS) == sorted(PAGE_LANGUAGES)
    assert ideas_words.idea_strings("xx") == ideas_words.STRINGS["en"]
    assert ideas_words.idea_strings("tr")["upvote"] == "Destekle"
    # The limits are the code's, filled in on the way out: no number in the PO files
    # (but "1 vote"), no placeholder left for them on the phone.
    for entry in polib.pofile(po_path("en", "ideas")):
        if entry.msgctxt != "votes_1":
            assert not re.search(r"[0-9]", entry.msgid), entry.msgctxt
    for language in PAGE_LANGUAGES:
        words = ideas_words.idea_strings(language)
        assert str(IDEA_MAX_CHARS) in words["idea_too_long"], language
        assert str(IDEAS_PER_DEVICE) in words["too_many_ideas"], language
        assert "{" not in words["idea_too_long"] + words["too_many_ideas"], language


def test_every_word_the_idea_wall_asks_for_is_in_the_catalogue() -> None:
    """The keys ideas.js and the wall's Python read: a typo or a key dropped from the
    PO files fails here, not on a phone."""
    script = resource_path("web", "ideas.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bwords\.([a-z_0-9]+)", script))
    live = Path(ideas_words.__file__).parent
    for name in ("ideas_page.py", "ideas_api.py", "ideas_words.py"):
        used |= set(re.findall(r"words\[\"([a-z_0-9]+)\"\]", (live / name).read_text("utf-8")))
    used |= set(IDEA_MESSAGES)
    assert len(used) > 30
    for language in PAGE_LANGUAGES:
        given = {**participant_words.strings(language), **ideas_words.idea_strings(language)}
        assert sorted(used - set(given)) == [], language


def test_counts_words_are_complete_with_the_limit_filled_in() -> None:
    assert sorted(counts_words.STRINGS) == sorted(PAGE_LANGUAGES)
    assert counts_words.strings("xx") == counts_words.STRINGS["en"]
    assert counts_words.strings("es")["title"] == "Recuentos en la sala"
    assert counts_words.strings("fr")["title"] == "Décomptes dans la salle"
    # The largest count is the code's, filled in on the way out, in every language.
    assert "{max}" in polib.pofile(po_path("en", "counts")).find("bad_number", by="msgctxt").msgid
    for language in PAGE_LANGUAGES:
        bad_number = counts_words.strings(language)["bad_number"]
        assert str(MAX_COUNT) in bad_number and "{" not in bad_number, language


def test_every_word_the_counts_page_asks_for_is_in_the_catalogue() -> None:
    """The keys notetaker_counts.py reads, the ones built from a channel, a poll type or a
    saved form among them, and the note-taker page's link: a key dropped from counts.po
    fails here, not on a tablet."""
    source = Path(notetaker_counts.__file__).read_text("utf-8")
    used = set(re.findall(r"words\[[\"']([a-z_0-9]+)[\"']\]", source))
    used |= {"title"}  # the note-taker page's link to the counts page
    used |= {channel.value for channel in CHANNEL_ORDER}
    used |= {f"hint_{kind.value}" for kind in COUNTED_TYPES}
    used |= {f"done_{what}" for what in notetaker_counts.DONE}
    assert len(used) > 25
    for language in PAGE_LANGUAGES:
        assert sorted(used - set(counts_words.strings(language))) == [], language
    # …and nothing in counts.po that no page asks for.
    assert sorted(set(counts_words.strings("en")) - used) == []


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
