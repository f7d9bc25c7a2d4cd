"""The idea wall: participants' own ideas or questions, their upvotes and moderation.

Pure rules: what an idea may say, which ideas the room sees and in which order, and the
counts the minutes report. Storage is in ``store/ideas_repo.py``; the live state in
``live/idea_wall.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from workshop_app.domain.polls import InvalidAnswer

IDEA_MAX_CHARS = 280
IDEAS_PER_DEVICE = 20  # per wall: enough for a round, not enough to flood it


class IdeaState(str, Enum):
    PENDING = "pending"  # waits for the facilitator's approval (approve-before-shown)
    SHOWN = "shown"
    HIDDEN = "hidden"  # moderated away: not on the phones, the presenter or the minutes list


class IdeaOrder(str, Enum):
    VOTES = "votes"
    NEWEST = "newest"


class UnmergeRefusal(str, Enum):
    """Why a merged idea cannot be unmerged (each view words it)."""

    NOT_MERGED = "not_merged"
    NOT_RECORDED = "not_recorded"  # merged before merges were recorded (schema 12)
    TARGET_FIRST = "target_first"  # came along when the idea it went into was merged


@dataclass(frozen=True)
class IdeaRow:
    """One idea as every view shows it: counts only, never who voted or wrote."""

    id: int
    poll_id: int
    text: str
    state: IdeaState
    votes: int
    answered: bool = False
    pinned: bool = False
    merged_into: int | None = None
    merged_count: int = 0  # how many duplicates were merged into this one
    created_at: str = ""
    edited: bool = False  # the facilitator changed its text (the room is told so)

    @property
    def visible(self) -> bool:
        """On the phones and the presenter: shown and not merged into another."""
        return self.state == IdeaState.SHOWN and self.merged_into is None


# What JavaScript's (and so the OpenAPI pattern's) \s matches: an idea of only these is empty.
_JS_SPACES = frozenset(
    " \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
)


class IdeaProblem(str, Enum):
    """Why a text cannot be an idea (each view words it in its own language)."""

    TOO_LONG = "too_long"
    BAD_CHARACTER = "bad_character"
    EMPTY = "empty"


def idea_problem(raw: str) -> IdeaProblem | None:
    """What is wrong with ``raw`` as an idea's text, or None. The checks are those of the
    API's schema: at most IDEA_MAX_CHARS as sent, no control character but tab and
    newline, no lone surrogate, not only spaces."""
    if len(raw) > IDEA_MAX_CHARS:
        return IdeaProblem.TOO_LONG
    if any((ord(ch) < 32 and ch not in "\t\n") or 0xD800 <= ord(ch) <= 0xDFFF for ch in raw):
        return IdeaProblem.BAD_CHARACTER
    if all(ch in _JS_SPACES for ch in raw):
        return IdeaProblem.EMPTY
    return None


_PROBLEM_TEXT = {
    IdeaProblem.TOO_LONG: f"An idea has at most {IDEA_MAX_CHARS} characters.",
    IdeaProblem.BAD_CHARACTER: "An idea cannot hold control characters or that character.",
    IdeaProblem.EMPTY: "Write your idea first.",
}


def clean_idea(raw: object) -> str:
    """The stored text of an idea, posted by a phone or edited by the facilitator
    (spaces collapsed to one line), or InvalidAnswer saying what is wrong."""
    if not isinstance(raw, str):
        raise InvalidAnswer("An idea must be text.")
    problem = idea_problem(raw)
    if problem is not None:
        raise InvalidAnswer(_PROBLEM_TEXT[problem])
    return " ".join(raw.split()) or raw.strip(" ")


def ordered(ideas: list[IdeaRow], order: IdeaOrder = IdeaOrder.VOTES) -> list[IdeaRow]:
    """Most votes first (ties: the older first), or the newest first."""
    if order == IdeaOrder.NEWEST:
        return sorted(ideas, key=lambda i: -i.id)
    return sorted(ideas, key=lambda i: (-i.votes, i.id))


def top_ideas(ideas: list[IdeaRow], count: int) -> list[IdeaRow]:
    """The room's top ``count`` visible ideas, the pinned one first."""
    visible = ordered([i for i in ideas if i.visible])
    pinned = [i for i in visible if i.pinned]
    rest = [i for i in visible if not i.pinned]
    return (pinned + rest)[:count]


@dataclass(frozen=True)
class WallCounts:
    """What the minutes say about moderation."""

    ideas: int  # every idea posted (merged and hidden ones too)
    shown: int
    hidden: int
    pending: int
    merged: int
    answered: int
    votes: int  # upvotes on the ideas that remain (merged votes counted once)
    edited: int = 0  # ideas whose text the facilitator changed (merged and hidden too)


def wall_counts(ideas: list[IdeaRow]) -> WallCounts:
    remaining = [i for i in ideas if i.merged_into is None]
    return WallCounts(
        ideas=len(ideas),
        shown=sum(1 for i in remaining if i.state == IdeaState.SHOWN),
        hidden=sum(1 for i in remaining if i.state == IdeaState.HIDDEN),
        pending=sum(1 for i in remaining if i.state == IdeaState.PENDING),
        merged=sum(1 for i in ideas if i.merged_into is not None),
        answered=sum(1 for i in remaining if i.answered),
        votes=sum(i.votes for i in remaining),
        edited=sum(1 for i in ideas if i.edited),
    )
