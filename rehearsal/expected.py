"""What must be in the file after the rehearsal, from what the phones were told.

A phone's answer counts once it was acknowledged; a later acknowledged change replaces
it. A reset deletes what was committed before it: an answer acknowledged before the
facilitator clicked Reset is gone, one sent more than RESET_SETTLE_S after the click
stays, and one in between may be either (the reset and the vote raced): such answers
are "unsure" and allowed, not required.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

RESET_SETTLE_S = 1.0


def key(value: Any) -> str:
    """A hashable, canonical form of a stored answer (an int, a text or a list)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass
class PollExpectation:
    sure: Counter[str] = field(default_factory=Counter)  # answers that must be stored
    unsure: Counter[str] = field(default_factory=Counter)  # answers that may be stored
    acks: int = 0


def expected_answers(
    acks: list[dict[str, Any]], resets: dict[int, float]
) -> dict[int, PollExpectation]:
    """Per poll: the final answers of every phone, by the rule above."""
    last: dict[tuple[int, int], dict[str, Any]] = {}
    counts: Counter[int] = Counter()
    for ack in sorted(acks, key=lambda a: a["acked"]):
        last[(ack["poll"], ack["phone"])] = ack
        counts[ack["poll"]] += 1
    result: dict[int, PollExpectation] = {}
    for (poll, _phone), ack in last.items():
        expectation = result.setdefault(poll, PollExpectation())
        reset_at = resets.get(poll)
        if reset_at is None or ack["sent"] > reset_at + RESET_SETTLE_S:
            expectation.sure[key(ack["answer"])] += 1
        elif ack["acked"] >= reset_at:
            expectation.unsure[key(ack["answer"])] += 1
    for poll, n in counts.items():
        result.setdefault(poll, PollExpectation()).acks = n
    return result


@dataclass
class Comparison:
    lost: int  # acknowledged answers missing from the file
    unexplained: int  # stored answers no phone was told about
    unsure_stored: int


def compare(stored: Counter[str], baseline: Counter[str], want: PollExpectation) -> Comparison:
    """Stored answers of one poll against the baseline plus what the phones were told."""
    new = stored - baseline
    lost = sum((want.sure - new).values())
    extra = new - want.sure
    unsure_stored = sum((extra & want.unsure).values())
    unexplained = sum((extra - want.unsure).values())
    return Comparison(lost, unexplained, unsure_stored)
