"""The demo's mixed room: people present at each item, and beside the phones' answers a
show of hands and paper ballots on two polls, and two answers entered by the facilitator
for people without a phone."""

from __future__ import annotations

from datetime import datetime

from workshop_app.domain.channels import Channel
from workshop_app.domain.polls import PollType
from workshop_app.store.offline_repo import HeadcountsRepo, OfflineAnswersRepo
from workshop_app.store.workshop_file import WorkshopFile

# People present per item, in agenda order (the phones were 38 at most).
PEOPLE_PRESENT = [52, 54, 54, 51, 49, 47, 44]
# Counted in the room, per poll type: (channel, answer, count). The multiple-choice poll
# gets a show of hands per option, paper ballots and two proxy answers; the 0–10 scale a
# show of hands at its ends and paper ballots between.
ROOM_COUNTS: dict[PollType, list[tuple[Channel, object, int]]] = {
    PollType.MULTIPLE_CHOICE: [
        (Channel.HANDS, [0], 4),
        (Channel.HANDS, [2], 2),
        (Channel.PAPER, [0, 1], 3),
        (Channel.PAPER, [2, 4], 2),
        (Channel.PROXY, [0, 2], 2),
    ],
    PollType.SCALE: [
        (Channel.HANDS, 0, 3),
        (Channel.HANDS, 10, 1),
        (Channel.PAPER, 2, 2),
        (Channel.PAPER, 5, 3),
        (Channel.PAPER, 8, 1),
    ],
}


def count_the_room(file: WorkshopFile, at: datetime) -> None:
    """Counts of the latest session: the first multiple-choice poll and the last scale."""
    items = file.items()
    headcounts = HeadcountsRepo(file)
    for item, people in zip(items, PEOPLE_PRESENT, strict=False):
        assert item.id is not None
        headcounts.set_people(item.id, people, at)
    polls = file.polls()
    chosen = [
        next(p for p in polls if p.type == PollType.MULTIPLE_CHOICE),
        next(p for p in reversed(polls) if p.type == PollType.SCALE),
    ]
    offline = OfflineAnswersRepo(file)
    for poll in chosen:
        assert poll.id is not None
        for channel, value, count in ROOM_COUNTS[poll.type]:
            offline.set_count(poll.id, channel, value, count, at)
