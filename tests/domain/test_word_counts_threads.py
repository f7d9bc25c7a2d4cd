"""Word counting from two threads at once: the server's and the GUI's tally the same
open-text answers while phones vote (the rehearsal found a shared stemmer failing)."""

from __future__ import annotations

import threading

from workshop_app.domain.word_counts import _stem, word_frequencies


def test_two_threads_stem_at_once_without_errors() -> None:
    _stem.cache_clear()  # every word must reach a stemmer, not the cache
    words = [f"lighting{n} streetlights{n} neighbourhoods{n}" for n in range(4_000)]
    failures: list[BaseException] = []

    def count(offset: int) -> None:
        try:
            for start in range(offset, len(words), 100):
                word_frequencies(words[start : start + 100], "en")
        except BaseException as err:  # reported below
            failures.append(err)

    threads = [threading.Thread(target=count, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    assert word_frequencies(["streetlights lighting"], "en")
