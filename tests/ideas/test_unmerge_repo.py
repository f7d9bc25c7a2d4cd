"""Undoing a merge in the file: the duplicate gets back the upvotes it brought, the kept
idea loses those that came only from it; after further votes, withdrawn votes, chains of
merges, two duplicates bringing the same phone; a merge from before merges were
recorded is refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workshop_app.domain.ideas import IdeaState, UnmergeRefusal
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.ideas_repo import IdeasRepo, IdeaVote
from workshop_app.store.workshop_file import WorkshopFile

AT = datetime(2026, 5, 2, 18, 0, tzinfo=UTC)


@pytest.fixture
def wall(tmp_path: Path) -> Iterator[tuple[IdeasRepo, int]]:
    file = WorkshopFile.create(tmp_path / "w.workshop", Workshop(title="Park"))
    item = file.add_item(AgendaItem(title="Ideas"))
    poll = file.add_poll(Poll(PollType.IDEA_WALL, "Ideas?", item_id=item.id))
    assert poll.id is not None
    yield IdeasRepo(file), poll.id
    file.close()


def _idea(wall: tuple[IdeasRepo, int], text: str, voters: list[str]) -> int:
    repo, poll_id = wall
    return repo.add_for_demo(poll_id, text, AT, voters, IdeaState.SHOWN)


def _voters(repo: IdeasRepo, idea_id: int) -> set[str]:
    rows = repo.conn.execute("SELECT voter FROM idea_votes WHERE idea_id = ?", (idea_id,))
    return {str(r[0]) for r in rows}


def _vote(wall: tuple[IdeasRepo, int], idea_id: int, voter: str, on: bool = True) -> None:
    """As the live writer does: a merged duplicate's upvote lands on its target."""
    repo, poll_id = wall
    target = repo.merge_target(poll_id, idea_id)
    assert target is not None
    with repo.conn:
        repo.apply_vote(IdeaVote(poll_id, "device", target, voter, on, AT))


def _row(wall: tuple[IdeasRepo, int], idea_id: int):  # type: ignore[no-untyped-def]
    repo, poll_id = wall
    return next(r for r in repo.rows(poll_id) if r.id == idea_id)


def test_unmerge_gives_back_what_the_duplicate_brought(wall: tuple[IdeasRepo, int]) -> None:
    repo, _ = wall
    kept = _idea(wall, "Lights", ["both", "kept-only"])
    dup = _idea(wall, "More lights", ["both", "dup-only"])
    repo.merge(kept, [dup])
    assert _voters(repo, kept) == {"both", "kept-only", "dup-only"}
    assert repo.unmerge_refusal(dup) is None
    undone = repo.unmerge(dup)
    assert undone is not None and undone.removed == {"dup-only"}
    # A phone that had upvoted both keeps an upvote on each.
    assert _voters(repo, dup) == {"both", "dup-only"}
    assert _voters(repo, kept) == {"both", "kept-only"}
    assert _row(wall, dup).merged_into is None and _row(wall, dup).votes == 2
    assert _row(wall, kept).merged_count == 0
    assert repo.unmerge_refusal(dup) == (UnmergeRefusal.NOT_MERGED, None)
    # It can be merged again, and unmerged again.
    repo.merge(kept, [dup])
    assert repo.unmerge(dup) is not None and _voters(repo, kept) == {"both", "kept-only"}


def test_upvotes_after_the_merge_stay_with_the_kept_idea(wall: tuple[IdeasRepo, int]) -> None:
    repo, _ = wall
    kept = _idea(wall, "Lights", ["k"])
    dup = _idea(wall, "More lights", ["d"])
    repo.merge(kept, [dup])
    _vote(wall, kept, "later-on-kept")
    _vote(wall, dup, "later-on-dup")  # lands on the kept idea
    assert _voters(repo, kept) == {"k", "d", "later-on-kept", "later-on-dup"}
    repo.unmerge(dup)
    assert _voters(repo, dup) == {"d"}
    assert _voters(repo, kept) == {"k", "later-on-kept", "later-on-dup"}


def test_an_upvote_withdrawn_after_the_merge_is_on_neither(wall: tuple[IdeasRepo, int]) -> None:
    repo, _ = wall
    kept = _idea(wall, "Lights", ["k", "both"])
    dup = _idea(wall, "More lights", ["d", "both", "stays"])
    repo.merge(kept, [dup])
    _vote(wall, kept, "d", on=False)  # brought by the duplicate, withdrawn from the kept
    _vote(wall, kept, "both", on=False)  # had upvoted both: one upvote, withdrawn
    _vote(wall, kept, "d")  # and "d" upvotes the kept idea again: a new upvote of its own
    repo.unmerge(dup)
    assert _voters(repo, dup) == {"stays"}
    assert _voters(repo, kept) == {"k", "d"}


def test_a_chain_of_merges_is_undone_last_first(wall: tuple[IdeasRepo, int]) -> None:
    repo, _ = wall
    top = _idea(wall, "Lights", ["t"])
    middle = _idea(wall, "More lights", ["m", "shared"])
    first = _idea(wall, "Lamps", ["f", "shared"])
    repo.merge(middle, [first])
    repo.merge(top, [middle])  # "Lamps" follows into "Lights"
    assert _row(wall, first).merged_into == top
    assert _voters(repo, top) == {"t", "m", "f", "shared"}
    refusal = repo.unmerge_refusal(first)
    assert refusal == (UnmergeRefusal.TARGET_FIRST, middle)
    assert repo.unmerge(first) is None and _row(wall, first).merged_into == top
    undone = repo.unmerge(middle)
    assert undone is not None and undone.children == [first]
    # "More lights" is back with what it held, "Lamps" still merged into it.
    assert _row(wall, first).merged_into == middle
    assert _row(wall, middle).merged_count == 1 and _row(wall, top).merged_count == 0
    assert _voters(repo, middle) == {"m", "f", "shared"}
    assert _voters(repo, top) == {"t"}
    repo.unmerge(first)
    assert _voters(repo, first) == {"f", "shared"}
    assert _voters(repo, middle) == {"m", "shared"}


def test_a_withdrawal_on_the_top_of_a_chain_reaches_every_link(
    wall: tuple[IdeasRepo, int],
) -> None:
    repo, _ = wall
    top = _idea(wall, "Lights", [])
    middle = _idea(wall, "More lights", [])
    first = _idea(wall, "Lamps", ["f"])
    repo.merge(middle, [first])
    repo.merge(top, [middle])
    _vote(wall, top, "f", on=False)
    repo.unmerge(middle)
    repo.unmerge(first)
    assert _voters(repo, top) == _voters(repo, middle) == _voters(repo, first) == set()


def test_two_duplicates_bringing_the_same_phone(wall: tuple[IdeasRepo, int]) -> None:
    repo, _ = wall
    kept = _idea(wall, "Lights", [])
    one = _idea(wall, "More lights", ["p"])
    two = _idea(wall, "Lamps", ["p"])
    repo.merge(kept, [one, two])
    assert _voters(repo, kept) == {"p"}
    repo.unmerge(one)  # "Lamps" still brings the upvote
    assert _voters(repo, kept) == {"p"} and _voters(repo, one) == {"p"}
    repo.unmerge(two)
    assert _voters(repo, kept) == set() and _voters(repo, two) == {"p"}


def test_a_merge_from_before_records_is_refused_and_left_alone(
    wall: tuple[IdeasRepo, int],
) -> None:
    repo, _ = wall
    kept = _idea(wall, "Lights", ["k"])
    dup = _idea(wall, "More lights", ["d"])
    repo.merge(kept, [dup])
    # As a file of the previous version has it: merged, with nothing recorded.
    with repo.conn:
        repo.conn.execute("DELETE FROM idea_merges")
    assert repo.unmerge_refusal(dup) == (UnmergeRefusal.NOT_RECORDED, None)
    assert repo.unmerge(dup) is None
    assert _row(wall, dup).merged_into == kept and _voters(repo, kept) == {"k", "d"}
    assert repo.unmerge_refusal(kept) == (UnmergeRefusal.NOT_MERGED, None)
