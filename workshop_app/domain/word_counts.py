"""The most frequent words of open-text answers, for the word cloud and the minutes.

Stop words ("my", "na", "και") are left out in the workshop's language and in each
answer's language, and the forms of one word ("light", "lights", "lighting") are counted
as one, shown in the form people wrote most. The stop-word lists come from stopwords-iso
(`stopwordsiso`) and the word forms from the Snowball stemmers (`snowballstemmer`).

The language of an answer: no statistical detector (they are slow to load, large, and
unreliable on the two or three words an answer usually has). Instead each answer takes
the language whose stop words it uses, each stop word weighted by how few languages
share it ("και" is Greek only, "i" is in a dozen lists); with none, or a tie that
includes the workshop's language, the workshop's language wins. So a short answer with no
stop words ("Lepsze oświetlenie") is stemmed as the workshop's language: its forms are
grouped only when the workshop speaks it. A workshop language without a Snowball stemmer
(or none, as in the live room's snapshots) counts as English.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from functools import cache, lru_cache

import snowballstemmer
import stopwordsiso

# ISO 639-1 code → Snowball stemmer, for every language that has both a stemmer and a
# stop-word list; only these languages are candidates for an answer's language.
STEMMERS = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "eo": "esperanto",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "st": "sesotho",
    "sv": "swedish",
    "tr": "turkish",
}

DEFAULT_LANGUAGE = "en"  # a workshop's language when it has none we can stem (as Workshop's)

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@cache
def stop_words(language: str) -> frozenset[str]:
    return (
        frozenset(stopwordsiso.stopwords(language))
        if stopwordsiso.has_lang(language)
        else (frozenset())
    )


@cache
def _languages_of_stop_word() -> dict[str, frozenset[str]]:
    """Stop word → the candidate languages whose list holds it."""
    index: dict[str, set[str]] = defaultdict(set)
    for language in STEMMERS:
        for word in stop_words(language):
            index[word].add(language)
    # Some 12,000 words share a few hundred language sets: one frozenset per distinct set.
    shared: dict[frozenset[str], frozenset[str]] = {}
    return {
        word: shared.setdefault(frozenset(languages), frozenset(languages))
        for word, languages in index.items()
    }


def prepare() -> None:
    """Build the stop-word index now (off the GUI thread, before a session starts)."""
    _languages_of_stop_word()


# A Snowball stemmer keeps the word it works on in itself, so one shared by the server's
# thread and the GUI thread corrupts both words (IndexError inside stemWord): each thread
# has its own.
_per_thread = threading.local()


def _stemmer(language: str) -> snowballstemmer.stemmer | None:
    stemmers: dict[str, snowballstemmer.stemmer | None] | None = getattr(
        _per_thread, "stemmers", None
    )
    if stemmers is None:
        stemmers = _per_thread.stemmers = {}
    if language not in stemmers:
        name = STEMMERS.get(language)
        stemmers[language] = snowballstemmer.stemmer(name) if name else None
    return stemmers[language]


@lru_cache(maxsize=50_000)  # lru_cache is thread-safe; only the stemmers are not
def _stem(language: str, word: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def _tokens(text: str) -> list[str]:
    words = (match.group(0).strip("'’-") for match in _WORD.finditer(text.lower()))
    return [word for word in words if word]


def answer_language(tokens: list[str], workshop_language: str) -> str:
    """The language whose stop words the answer uses most (see the module's docstring)."""
    index = _languages_of_stop_word()
    scores: dict[str, float] = defaultdict(float)
    for token in tokens:
        languages = index.get(token)
        if languages:
            for language in languages:
                scores[language] += 1 / len(languages)
    if not scores:
        return workshop_language
    best = max(scores.values())
    leaders = sorted(language for language, score in scores.items() if score == best)
    return workshop_language if workshop_language in leaders else leaders[0]


def word_frequencies(
    texts: list[str], language: str = "", limit: int = 40
) -> list[tuple[str, int]]:
    """(word, count), most frequent first: stop words out, forms of a word together."""
    workshop_language = (language or "").split("-")[0].split("_")[0].lower()
    if workshop_language not in STEMMERS:
        workshop_language = DEFAULT_LANGUAGE
    workshop_stops = stop_words(workshop_language)
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        tokens = _tokens(text)
        spoken = answer_language(tokens, workshop_language)
        spoken_stops = stop_words(spoken)  # two lookups, not a union of sets per answer
        for token in tokens:
            if len(token) > 1 and token not in workshop_stops and token not in spoken_stops:
                groups[_stem(spoken, token)][token] += 1
    counted = [(_surface(forms), sum(forms.values())) for forms in groups.values()]
    return sorted(counted, key=lambda pair: (-pair[1], pair[0]))[:limit]


def _surface(forms: Counter[str]) -> str:
    """The form written most often; on a tie the shortest, then the first alphabetically."""
    return min(forms, key=lambda form: (-forms[form], len(form), form))
