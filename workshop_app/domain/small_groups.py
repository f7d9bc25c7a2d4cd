"""What a poll's results may show in a small room: the minimum group size ``k``.

In a room of fifteen, "2 people: I don't trust the police" lets neighbours guess who.
``shown`` turns an exact tally into what the presenter, the console, the minutes and
every export may print:

* fewer than ``k`` answers: nothing but the number of answers so far;
* an option (or scale step) chosen by 1 to ``k``−1 people: "fewer than k", never the
  number; the total stays exact. Where the counts add up to the total (single choice,
  scale) and only one option is folded, its number would follow by subtraction, so the
  smallest other option is withheld too ("masked");
* scale statistics: only from ``k`` answers, and the mean not at all while a step is
  folded (mean × total would give the folded steps back);
* open text: held until ``k`` answers, then in an order given by a digest of each text,
  never in arrival order (who typed last is who just put their phone down);
* an idea wall's upvotes in the minutes: an idea upvoted by 1 to ``k``−1 phones reads
  "fewer than k" (``idea_vote_cell``); the ideas' texts and the number of upvoters stay.

``k`` = 1 turns all of this off. Pure: no Qt, no SQL, no I/O.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any

from workshop_app.domain.polls import Poll, PollType, Tally

DEFAULT_MIN_GROUP = 5
MAX_MIN_GROUP = 99

# Polls whose counts add up to a total the minutes print (the answers; a dot vote's dots
# placed): one folded count could be worked out from the total and the others.
_PARTITIONS = (PollType.SINGLE_CHOICE, PollType.SCALE, PollType.DOT_VOTE)


class Cell(str, Enum):
    """How one count may be shown."""

    EXACT = "exact"
    FEWER = "fewer"  # 1 to k-1: "fewer than k"
    MASKED = "masked"  # withheld so that a folded count cannot be worked out


@dataclass
class ShownTally(Tally):
    """A tally as it may be shown. Hidden counts are 0 in ``counts`` (so a view that
    ignores ``cells`` still shows nothing it should not) and ``None`` in ``to_dict``."""

    min_group: int = 1
    withheld: bool = False  # fewer than min_group answers: only ``responses`` is shown
    cells: list[Cell] = field(default_factory=list)  # per count
    mean_withheld: bool = False
    # The sum of the exact counts (a dot vote's dots placed), safe to print once a single
    # folded count has a masked partner; ``counts`` above holds 0 where a count is held.
    counts_total: int = 0

    def cell(self, index: int) -> Cell:
        return self.cells[index] if 0 <= index < len(self.cells) else Cell.EXACT

    def shows(self, index: int) -> bool:
        return self.cell(index) is Cell.EXACT

    @property
    def folds_any(self) -> bool:
        return any(c is not Cell.EXACT for c in self.cells)

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["counts"] = [count if self.shows(i) else None for i, count in enumerate(self.counts)]
        data["min_group"] = self.min_group
        data["withheld"] = self.withheld
        data["cells"] = [c.value for c in self.cells]
        return data


def min_group_of(poll: Poll, workshop_default: int) -> int:
    """The k that applies to ``poll``: its own when set, else the workshop's."""
    own = poll.settings.min_group
    return clamp_min_group(own if own is not None else workshop_default)


def clamp_min_group(value: int) -> int:
    return max(1, min(MAX_MIN_GROUP, int(value)))


def shown(exact: Tally, min_group: int) -> ShownTally:
    """What of ``exact`` may be shown with a minimum group size of ``min_group``."""
    k = clamp_min_group(min_group)
    base = {f.name: getattr(exact, f.name) for f in fields(Tally)}
    result = ShownTally(**base, min_group=k)
    result.counts = list(exact.counts)
    result.texts = list(exact.texts)
    result.cells = [Cell.EXACT] * len(exact.counts)
    result.counts_total = sum(exact.counts)
    if k <= 1:
        return result
    if exact.responses < k:
        return _withheld(result)
    folded = [i for i, c in enumerate(exact.counts) if 0 < c < k]
    for i in folded:
        result.cells[i] = Cell.FEWER
    if exact.poll_type in _PARTITIONS and len(folded) == 1 and len(exact.counts) > 1:
        others = [i for i in range(len(exact.counts)) if i not in folded]
        smallest = min(others, key=lambda i: (exact.counts[i], i))
        result.cells[smallest] = Cell.MASKED
    result.counts = [c if result.shows(i) else 0 for i, c in enumerate(exact.counts)]
    if exact.poll_type == PollType.SCALE and result.folds_any:
        result.mean = None
        result.mean_withheld = True
    if exact.poll_type == PollType.OPEN_TEXT:
        result.texts = sorted(exact.texts, key=_digest)
    return result


def shown_as(cell: Cell, min_group: int) -> str:
    """How a machine-readable export (CSV) names what became of a count."""
    if cell is Cell.FEWER:
        return f"fewer than {min_group}"
    return "withheld" if cell is Cell.MASKED else "exact"


def idea_vote_cell(votes: int, min_group: int, voters: int) -> Cell:
    """How an idea's upvotes may be shown in the minutes, ``voters`` phones having
    upvoted on its wall: the one place this is decided, for every format.

    0 stays 0 and ``k`` or more are exact, as for an option. While fewer than ``k``
    phones upvoted at all, every count reads "fewer than k", 0 too: with one upvoter
    printed, "fewer than 5" would be exactly 1 and the zeros would show what that one
    phone passed over (a poll with fewer than ``k`` answers shows no counts either).
    """
    k = clamp_min_group(min_group)
    if k <= 1:
        return Cell.EXACT
    if 0 < voters < k or 0 < votes < k:
        return Cell.FEWER
    return Cell.EXACT


def _withheld(result: ShownTally) -> ShownTally:
    result.withheld = True
    result.counts = []
    result.cells = []
    result.mean = result.median = None
    result.ranking = []
    result.texts = []
    result.words = []
    return result


def _digest(text: str) -> str:
    # An order that neither follows arrival nor lets anyone work arrival out.
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
