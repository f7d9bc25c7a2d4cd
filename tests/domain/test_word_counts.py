"""Frequent words of open-text answers: stop words left out in the workshop's and the
answers' languages, forms of one word counted together under their most common form."""

from __future__ import annotations

import pytest

from workshop_app.domain.polls import Poll, PollType, tally
from workshop_app.domain.word_counts import answer_language, word_frequencies


def counted(texts: list[str], language: str) -> dict[str, int]:
    return dict(word_frequencies(texts, language))


def test_english_groups_forms_and_drops_filler() -> None:
    words = counted(
        ["Light", "Good lighting", "More lights", "Knowing my neighbours", "lighting"], "en"
    )
    # light, lighting, lights, lighting: one word, named by its most common form
    assert words["lighting"] == 4
    assert "light" not in words and "lights" not in words
    assert "my" not in words and "neighbours" in words


def test_the_most_common_form_names_the_group() -> None:
    words = counted(["Lighting", "lighting", "light", "Street lighting"], "en")
    assert words == {"lighting": 4, "street": 1}


def test_french() -> None:
    words = counted(
        ["Un bon éclairage", "Les éclairages de la rue", "Des voisins qui se connaissent"],
        "fr",
    )
    assert words["éclairage"] == 2
    assert not {"un", "les", "de", "la", "des", "qui", "se"} & words.keys()


def test_german() -> None:
    words = counted(["Gute Beleuchtung", "Mehr Beleuchtungen in der Straße", "Straßen"], "de")
    assert words["beleuchtung"] == 2 and words["straße"] == 2
    assert not {"in", "der", "mehr"} & words.keys()


def test_dutch() -> None:
    words = counted(["Goede verlichting", "Meer verlichtingen in de straten", "De straat"], "nl")
    assert words["verlichting"] == 2 and words["straat"] + words.get("straten", 0) == 2
    assert len([w for w in words if w.startswith("stra")]) == 1
    assert not {"de", "in", "meer"} & words.keys()


def test_polish_answers_in_an_english_workshop() -> None:
    """An answer recognised as Polish by its stop words loses them and groups its forms."""
    words = counted(
        ["Więcej ludzi na ulicach, bo jest ciemno", "Ludzie na ulicy, bo jest ciemno"], "en"
    )
    assert "na" not in words and "bo" not in words and "jest" not in words
    assert "więcej" not in words
    assert [w for w in words if w.startswith("ludz")] == ["ludzi"] and words["ludzi"] == 2
    assert [w for w in words if w.startswith("ulic")] == ["ulicy"] and words["ulicy"] == 2


def test_polish_workshop() -> None:
    words = counted(
        [
            "Oświetlenie i ludzie na ulicy",
            "Lepsze oświetlenia ulic",
            "Oświetleniem",
            "Więcej ludzi na ulicy",
        ],
        "pl",
    )
    assert "na" not in words and "i" not in words and "więcej" not in words
    assert [w for w in words if w.startswith("oświetl")] == ["oświetlenia"]
    assert words["oświetlenia"] == 3
    assert [w for w in words if w.startswith("ulic")] == ["ulicy"] and words["ulicy"] == 3


def test_greek_answer_loses_its_filler() -> None:
    words = counted(["Φωτισμός και ζωντανή γειτονιά", "Light and people"], "en")
    assert "και" not in words and "and" not in words
    assert {"φωτισμός", "γειτονιά", "light", "people"} <= words.keys()


def test_an_answers_language_is_found_by_its_stop_words() -> None:
    polish = "chciałabym wiedzieć do kogo zadzwonić zanim coś się stanie".split()
    assert answer_language(polish, "en") == "pl"
    assert answer_language(["des", "voisins", "qui", "se", "connaissent"], "en") == "fr"
    assert answer_language(["light"], "de") == "de"  # nothing to go by: the workshop's


def test_the_tally_uses_the_workshops_language() -> None:
    poll = Poll(PollType.OPEN_TEXT, "Ideas?")
    english = tally(poll, ["die Straße", "die Straßen"], "en").words
    german = tally(poll, ["die Straße", "die Straßen"], "de").words
    assert ("straße", 2) in german and "die" not in dict(german)
    assert ("straße", 2) in english  # the answers' German stop words go all the same


@pytest.mark.parametrize("language", ["", "xx", "en-GB"])
def test_no_or_unknown_language_counts_as_english(language: str) -> None:
    assert counted(["Light", "lighting", "my"], language) == {"light": 2}


def test_regional_tags_pick_their_language() -> None:
    assert counted(["éclairages", "Éclairage", "les"], "fr_BE") == {"éclairage": 2}
    assert counted(["Lichter", "Licht", "die"], "de-AT") == {"licht": 2}
