"""The demo's ideas round: an idea wall the room filled and the facilitator moderated
(one idea hidden, two duplicates merged, a question answered, one pinned, a phone
number edited out of one), and the dot
vote made from its top five ideas."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from workshop_app.domain.ideas import IdeaState, ordered
from workshop_app.domain.polls import Poll, PollSettings, PollState, PollType
from workshop_app.domain.workshop import AgendaItem
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.workshop_file import WorkshopFile

WALL_QUESTION = "What one change would make our streets feel safer?"
# (text, upvotes, state); the duplicates are merged into the first below.
_IDEAS = [
    ("Better lighting on Rue de la Victoire", 24, IdeaState.SHOWN),
    ("More street lights near the tram stop", 11, IdeaState.SHOWN),  # merged: duplicate
    ("A night bus that stops closer to the flats", 19, IdeaState.SHOWN),
    ("Open the community centre on Friday evenings", 17, IdeaState.SHOWN),
    ("Who decides where the cameras go?", 15, IdeaState.SHOWN),  # a question, answered
    # Posted with a phone number in it, which the facilitator edits out.
    ("Fix the broken pavement on Avenue du Parc, call me 0470 12 34 56", 13, IdeaState.SHOWN),
    ("Neighbourhood walks with the community officer", 12, IdeaState.SHOWN),
    ("Des bancs et des arbres sur la place", 9, IdeaState.SHOWN),
    ("Youth workers in the park after school", 8, IdeaState.SHOWN),
    ("Throw the loiterers out", 3, IdeaState.HIDDEN),  # moderated away
    ("Cleaner alleys behind the shops", 2, IdeaState.PENDING),  # never approved
]
DUPLICATE, KEPT, ANSWERED, EDITED = 1, 0, 4, 5
EDITED_TEXT = "Fix the broken pavement on Avenue du Parc"


def add_idea_round(
    file: WorkshopFile, item: AgendaItem, rng: random.Random, at: datetime, voters: int
) -> tuple[Poll, Poll]:
    """The wall and its dot vote, closed, after the item's other polls."""
    assert item.id is not None
    wall = file.add_poll(
        Poll(
            PollType.IDEA_WALL,
            WALL_QUESTION,
            settings=PollSettings(approve_first=True),
            item_id=item.id,
            state=PollState.CLOSED,
            opened_at=at,
            closed_at=at + timedelta(minutes=8),
        )
    )
    assert wall.id is not None
    repo = IdeasRepo(file)
    phones = [f"demo-phone-{n:02d}" for n in range(voters)]
    ids = []
    for offset, (text, votes, state) in enumerate(_IDEAS):
        upvoters = rng.sample(phones, min(votes, len(phones)))
        ids.append(
            repo.add_for_demo(wall.id, text, at + timedelta(seconds=20 * offset), upvoters, state)
        )
    repo.merge(ids[KEPT], [ids[DUPLICATE]])
    repo.set_answered(ids[ANSWERED], True)
    repo.set_text(ids[EDITED], EDITED_TEXT)
    repo.set_pinned(wall.id, ids[KEPT])
    with file.transaction() as conn:
        # The round belongs to the evening's session, like its answers.
        conn.execute(
            "UPDATE ideas SET session_id = (SELECT MAX(id) FROM sessions) WHERE poll_id = ?",
            (wall.id,),
        )
    top = [row.text for row in ordered([r for r in repo.rows(wall.id) if r.visible])][:5]
    dots = file.add_poll(
        Poll(
            PollType.DOT_VOTE,
            f"Prioritise: {WALL_QUESTION}",
            top,
            settings=PollSettings(dots=3, dots_per_option=2),
            item_id=item.id,
            state=PollState.CLOSED,
            opened_at=at + timedelta(minutes=9),
            closed_at=at + timedelta(minutes=13),
        )
    )
    assert dots.id is not None
    responses = ResponsesRepo(file)
    weights = [9, 6, 5, 4, 3]
    for n in range(voters - rng.randint(2, 6)):
        spread: dict[str, int] = {}
        for _ in range(3):
            choice = str(rng.choices(range(len(top)), weights=weights[: len(top)])[0])
            if spread.get(choice, 0) < 2:
                spread[choice] = spread.get(choice, 0) + 1
        responses.add(
            dots.id, dict(sorted(spread.items())), at + timedelta(minutes=10, seconds=n * 4)
        )
    return wall, dots
