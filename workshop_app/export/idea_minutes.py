"""What every export says about an idea wall and a dot vote, in the minutes' words."""

from __future__ import annotations

from workshop_app.domain.ideas import IdeaRow, wall_counts
from workshop_app.domain.polls import Poll, PollType, dot_budget
from workshop_app.domain.small_groups import Cell, shown_as
from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import (
    PollResult,
    choice_rows,
    idea_votes,
    listed_ideas,
    percent_of,
)


def count_key(poll: Poll) -> str:
    """What a poll's count counts: ideas on a wall, responses elsewhere."""
    return "n_ideas" if poll.type == PollType.IDEA_WALL else "n_responses"


def wall_summary(result: PollResult, words: MinutesWords) -> str:
    # No sum of the votes (counts.votes): with the exact counts printed beside it, it
    # would give a "fewer than k" one back by subtraction. The number of phones that
    # upvoted does not (a phone upvotes several ideas).
    counts = wall_counts(list(result.ideas))
    return words(
        "wall_summary",
        posted=counts.ideas,
        hidden=counts.hidden,
        merged=counts.merged,
        pending=counts.pending,
        answered=counts.answered,
        edited=counts.edited,
        voters=result.voters,
    )


def idea_number(result: PollResult, idea_id: int) -> str:
    """An idea's reference in the minutes: "3.2-4" (the 4th idea printed for poll 3.2)."""
    for place, row in enumerate(listed_ideas(result), start=1):
        if row.id == idea_id:
            return f"{result.number}-{place}"
    return f"{result.number}-?"


def votes_cell(result: PollResult, row: IdeaRow, words: MinutesWords) -> str:
    """An idea's upvotes in a table's cell: "7", or "fewer than 5" where k holds them."""
    return words.shown_count(row.votes, idea_votes(result, row), result.tally.min_group)


def votes_phrase(result: PollResult, row: IdeaRow, words: MinutesWords) -> str:
    """An idea's upvotes in a line of text: "7 votes", or "fewer than 5"."""
    cell = idea_votes(result, row)
    if cell is Cell.EXACT:
        return words.count("n_votes", row.votes)
    return words.shown_count(row.votes, cell, result.tally.min_group)


def idea_status(result: PollResult, row: IdeaRow, words: MinutesWords) -> str:
    edited = [words("idea_edited")] if row.edited else []
    if row.merged_into is not None:
        merged = words("idea_merged_into", number=idea_number(result, row.merged_into))
        return " · ".join([merged, *edited])
    parts = []
    if row.pinned:
        parts.append(words("idea_pinned"))
    if row.answered:
        parts.append(words("idea_answered"))
    parts += edited
    if row.merged_count:
        parts.append(words.count("idea_merged_n", row.merged_count))
    return " · ".join(parts)


def dot_rules(result: PollResult, words: MinutesWords) -> str:
    settings = result.poll.settings
    if settings.points:
        return words("point_rules")
    total, per = dot_budget(settings)
    return words("dot_rules", dots=total, per=per)


def dots_placed(result: PollResult) -> int:
    """Every dot (or point) placed, held options' too: the figure shares are out of."""
    return result.tally.counts_total


def dot_totals(result: PollResult, words: MinutesWords) -> str:
    key = "point_totals" if result.poll.settings.points else "dot_totals"
    return words(key, total=dots_placed(result), voters=result.tally.responses)


def unit(result: PollResult, words: MinutesWords) -> str:
    return words("points") if result.poll.settings.points else words("dots")


def idea_csv_rows(result: PollResult) -> tuple[list[str], list[list[object]]]:
    """An idea wall: the ideas the room saw; a dot vote: the dots per option."""
    if result.poll.type == PollType.DOT_VOTE:
        total, k = dots_placed(result), result.tally.min_group
        return ["option_number", "option", "dots", "percent_of_dots", "shown_as"], [
            [
                row.number,
                row.option,
                row.count if row.cell is Cell.EXACT else "",
                (percent_of(row.count, total) or 0) if row.cell is Cell.EXACT else "",
                shown_as(row.cell, k),
            ]
            for row in choice_rows(result)
        ]
    rows = listed_ideas(result)
    place = {row.id: f"{result.number}-{n}" for n, row in enumerate(rows, start=1)}
    k = result.tally.min_group
    header = [
        "idea_number",
        "idea",
        "votes",
        "shown_as",
        "answered",
        "pinned",
        "merged_into",
        "edited",
    ]
    lines: list[list[object]] = []
    for row in rows:
        # Held upvotes: an empty count, shown_as saying why (as a poll's held option).
        exact = idea_votes(result, row) is Cell.EXACT
        lines.append(
            [
                place[row.id],
                row.text,
                row.votes if exact else "",
                shown_as(idea_votes(result, row), k),
                int(row.answered),
                int(row.pinned),
                place.get(row.merged_into, "") if row.merged_into is not None else "",
                int(row.edited),
            ]
        )
    return header, lines
