"""Poll types, their settings, answer validation and tallies."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from workshop_app.domain.translations import PollText
from workshop_app.domain.word_counts import word_frequencies


class PollType(str, Enum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE = "scale"
    OPEN_TEXT = "open_text"
    RANKING = "ranking"
    IDEA_WALL = "idea_wall"  # participants post ideas or questions and upvote them
    DOT_VOTE = "dot_vote"  # participants spread dots (or 100 points) across options

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    PollType.SINGLE_CHOICE: "Single choice",
    PollType.MULTIPLE_CHOICE: "Multiple choice",
    PollType.SCALE: "Scale",
    PollType.OPEN_TEXT: "Open text",
    PollType.RANKING: "Ranking",
    PollType.IDEA_WALL: "Idea wall",
    PollType.DOT_VOTE: "Dot voting",
}


class PollState(str, Enum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


OPEN_TEXT_MAX_CHARS = 500


@dataclass
class PollSettings:
    """Per-poll settings. Unused ones are ignored by types they do not apply to."""

    max_choices: int | None = None  # multiple choice: at most this many
    scale_min: int = 1
    scale_max: int = 5
    scale_min_label: str = ""
    scale_max_label: str = ""
    allow_change: bool = True  # participants may change their answer until the poll closes
    results_hidden: bool = False  # hide results on the presenter until the poll closes
    min_group: int | None = None  # minimum group size k for this poll; None = the workshop's
    approve_first: bool = False  # idea wall: an idea shows only once the facilitator approves
    dots: int = 5  # dot vote: dots each participant spends (ignored with points)
    dots_per_option: int = 1  # dot vote: at most this many dots on one option
    points: bool = False  # dot vote: spread 100 points instead of dots

    def to_dict(self) -> dict[str, Any]:
        extra: dict[str, Any] = {} if self.min_group is None else {"min_group": self.min_group}
        return {
            "max_choices": self.max_choices,
            "scale_min": self.scale_min,
            "scale_max": self.scale_max,
            "scale_min_label": self.scale_min_label,
            "scale_max_label": self.scale_max_label,
            "allow_change": self.allow_change,
            "results_hidden": self.results_hidden,
            **extra,
            # The idea wall's and the dot vote's, only where set: plans and files of
            # the other kinds stay as they were.
            **{
                name: value
                for name, value in (
                    ("approve_first", self.approve_first),
                    ("dots", self.dots),
                    ("dots_per_option", self.dots_per_option),
                    ("points", self.points),
                )
                if value != getattr(_DEFAULT_SETTINGS, name)
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> PollSettings:
        data = data or {}
        defaults = cls()
        max_choices = data.get("max_choices")
        min_group = data.get("min_group")
        return cls(
            max_choices=int(max_choices) if max_choices is not None else None,
            scale_min=int(data.get("scale_min", defaults.scale_min)),
            scale_max=int(data.get("scale_max", defaults.scale_max)),
            scale_min_label=str(data.get("scale_min_label", "")),
            scale_max_label=str(data.get("scale_max_label", "")),
            allow_change=bool(data.get("allow_change", True)),
            results_hidden=bool(data.get("results_hidden", False)),
            min_group=max(1, int(min_group)) if min_group is not None else None,
            approve_first=bool(data.get("approve_first", False)),
            dots=int(data.get("dots", defaults.dots)),
            dots_per_option=int(data.get("dots_per_option", defaults.dots_per_option)),
            points=bool(data.get("points", False)),
        )


_DEFAULT_SETTINGS = PollSettings()


@dataclass
class Poll:
    type: PollType
    question: str
    options: list[str] = field(default_factory=list)
    settings: PollSettings = field(default_factory=PollSettings)
    state: PollState = PollState.DRAFT
    position: int = 0
    item_id: int | None = None
    id: int | None = None
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    # The other languages' wording (domain/translations.py); the fields above are the
    # workshop's main language.
    translations: dict[str, PollText] = field(default_factory=dict)


@dataclass
class Response:
    """One anonymous answer. ``value`` depends on the poll type, see ``validate_answer``."""

    poll_id: int
    value: Any
    created_at: datetime | None = None
    hidden: bool = False  # moderated: left out of the presenter and the minutes
    id: int | None = None


class InvalidAnswer(ValueError):
    """An answer that does not fit its poll; the message is safe to show a participant."""


def poll_problems(poll: Poll) -> list[str]:
    """What makes a poll unusable, in words a facilitator understands (empty when fine)."""
    problems: list[str] = []
    if not poll.question.strip():
        problems.append("The question is empty.")
    if poll.type in (
        PollType.SINGLE_CHOICE,
        PollType.MULTIPLE_CHOICE,
        PollType.RANKING,
        PollType.DOT_VOTE,
    ):
        options = [o for o in poll.options if o.strip()]
        if len(options) < 2:
            problems.append("A poll of this type needs at least two options.")
        if len(set(options)) != len(options):
            problems.append("Two options have the same text.")
    limit = poll.settings.max_choices
    if poll.type == PollType.MULTIPLE_CHOICE and limit is not None and limit < 1:
        problems.append("The maximum number of choices must be at least 1.")
    if poll.type == PollType.SCALE:
        if poll.settings.scale_max <= poll.settings.scale_min:
            problems.append("The top of the scale must be above its bottom.")
        if poll.settings.scale_max - poll.settings.scale_min > 20:
            problems.append("A scale may have at most 21 steps.")
    if poll.type == PollType.DOT_VOTE and not poll.settings.points:
        if not 1 <= poll.settings.dots <= MAX_DOTS:
            problems.append("The number of dots must be from 1 to 20.")  # MAX_DOTS
        if poll.settings.dots_per_option < 1:
            problems.append("At least one dot must fit on an option.")
    return problems


def validate_answer(poll: Poll, raw: Any) -> Any:
    """Return the canonical stored form of an answer, or raise InvalidAnswer.

    single_choice: option index (int); multiple_choice: sorted list of distinct indexes;
    scale: int within the scale; open_text: stripped plain text; ranking: a permutation
    of all option indexes, most preferred first.
    """
    n = len(poll.options)
    if poll.type == PollType.SINGLE_CHOICE:
        index = _as_index(raw, n)
        return index
    if poll.type == PollType.MULTIPLE_CHOICE:
        if not isinstance(raw, list):
            raw = [raw]
        indexes = sorted({_as_index(v, n) for v in raw})
        if not indexes:
            raise InvalidAnswer("Choose at least one option.")
        limit = poll.settings.max_choices
        if limit is not None and len(indexes) > limit:
            raise InvalidAnswer(f"Choose at most {limit} options.")
        return indexes
    if poll.type == PollType.SCALE:
        value = _as_int(raw)
        if not poll.settings.scale_min <= value <= poll.settings.scale_max:
            raise InvalidAnswer(
                f"Choose a value from {poll.settings.scale_min} to {poll.settings.scale_max}."
            )
        return value
    if poll.type == PollType.OPEN_TEXT:
        if not isinstance(raw, str):
            raise InvalidAnswer("The answer must be text.")
        text = clean_text(raw)
        if not text:
            raise InvalidAnswer("The answer is empty.")
        if len(text) > OPEN_TEXT_MAX_CHARS:
            raise InvalidAnswer(f"The answer is longer than {OPEN_TEXT_MAX_CHARS} characters.")
        return text
    if poll.type == PollType.RANKING:
        if not isinstance(raw, list):
            raise InvalidAnswer("A ranking must list the options in order.")
        order = [_as_index(v, n) for v in raw]
        if sorted(order) != list(range(n)):
            raise InvalidAnswer("Rank every option exactly once.")
        return order
    if poll.type == PollType.DOT_VOTE:
        return validate_dots(poll, raw)
    if poll.type == PollType.IDEA_WALL:
        raise InvalidAnswer("Post an idea or upvote one instead.")
    raise InvalidAnswer("Unknown poll type.")


MAX_DOTS = 20
POINTS_TOTAL = 100


def dot_budget(settings: PollSettings) -> tuple[int, int]:
    """(what one participant spends in all, the most on one option)."""
    if settings.points:
        return POINTS_TOTAL, POINTS_TOTAL
    return settings.dots, max(1, settings.dots_per_option)


def validate_dots(poll: Poll, raw: Any) -> dict[str, int]:
    """dot_vote: ``{option index: dots}`` with positive counts, at most the per-option
    limit each and the budget in all (points: exactly 100). Stored with string keys,
    as JSON keeps them."""
    if not isinstance(raw, dict):
        raise InvalidAnswer("Spread your dots across the options.")
    total, per_option = dot_budget(poll.settings)
    spread: dict[str, int] = {}
    for key, value in raw.items():
        index = _as_index(key, len(poll.options))
        count = _as_int(value)
        if count < 0:
            raise InvalidAnswer("A count cannot be negative.")
        if count > per_option:
            raise InvalidAnswer(f"At most {per_option} on one option.")
        if count:
            spread[str(index)] = spread.get(str(index), 0) + count
    spent = sum(spread.values())
    if spent == 0:
        raise InvalidAnswer("Place at least one dot.")
    if spent > total:
        raise InvalidAnswer(f"You have {total} to spend, not {spent}.")
    if poll.settings.points and spent != total:
        raise InvalidAnswer(f"Spread exactly {total} points.")
    return dict(sorted(spread.items(), key=lambda pair: int(pair[0])))


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(raw: str) -> str:
    """Plain text as typed, minus control characters and unpaired surrogates."""
    text = _CONTROL_CHARS.sub("", raw)
    text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text
    return text.strip()


def _has_surrogates(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def _as_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise InvalidAnswer("The answer must be a number.")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and re.fullmatch(r"-?\d{1,6}", raw.strip()):
        return int(raw.strip())
    raise InvalidAnswer("The answer must be a number.")


def _as_index(raw: Any, n: int) -> int:
    index = _as_int(raw)
    if not 0 <= index < n:
        raise InvalidAnswer("That option does not exist.")
    return index


# --- tallies -------------------------------------------------------------------------


@dataclass
class Tally:
    """Aggregated results of one poll: what the presenter and the minutes show."""

    poll_type: PollType
    responses: int = 0
    counts: list[int] = field(default_factory=list)  # choices: per option; scale: per step
    scale_values: list[int] = field(default_factory=list)  # scale: the step values
    mean: float | None = None
    median: float | None = None
    ranking: list[tuple[int, float]] = field(default_factory=list)  # (option, mean rank)
    texts: list[str] = field(default_factory=list)  # open text, moderated ones left out
    words: list[tuple[str, int]] = field(default_factory=list)  # open text word frequencies
    # ranking: each option's summed places, so tallies of several channels combine exactly
    rank_points: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.poll_type.value,
            "responses": self.responses,
            "counts": self.counts,
            "scale_values": self.scale_values,
            "mean": self.mean,
            "median": self.median,
            "ranking": [[option, score] for option, score in self.ranking],
            "texts": self.texts,
            "words": [[w, c] for w, c in self.words],
        }


def tally(poll: Poll, answers: list[Any], language: str = "") -> Tally:
    """Aggregate canonical answers (as returned by validate_answer) of visible responses.

    `language` is the workshop's: open-text words leave out its stop words too."""
    result = Tally(poll_type=poll.type, responses=len(answers))
    n = len(poll.options)
    if poll.type == PollType.SINGLE_CHOICE:
        result.counts = [0] * n
        for a in answers:
            if 0 <= a < n:
                result.counts[a] += 1
    elif poll.type == PollType.MULTIPLE_CHOICE:
        result.counts = [0] * n
        for a in answers:
            for index in a:
                if 0 <= index < n:
                    result.counts[index] += 1
    elif poll.type == PollType.SCALE:
        lo, hi = poll.settings.scale_min, poll.settings.scale_max
        result.scale_values = list(range(lo, hi + 1))
        result.counts = [0] * len(result.scale_values)
        for a in answers:
            if lo <= a <= hi:
                result.counts[a - lo] += 1
        if answers:
            result.mean = round(statistics.fmean(answers), 2)
            result.median = float(statistics.median(answers))
    elif poll.type == PollType.RANKING:
        # Borda-style mean position (1 = first); lower is preferred.
        totals = [0] * n
        for order in answers:
            for place, option in enumerate(order):
                if 0 <= option < n:
                    totals[option] += place + 1
        result.rank_points = totals
        if answers:
            means = [(i, round(totals[i] / len(answers), 2)) for i in range(n)]
            result.ranking = sorted(means, key=lambda pair: (pair[1], pair[0]))
    elif poll.type == PollType.DOT_VOTE:
        result.counts = [0] * n
        for a in answers:
            for key, count in dict(a).items():
                index = int(key)
                if 0 <= index < n:
                    result.counts[index] += int(count)
    elif poll.type == PollType.OPEN_TEXT:
        result.texts = [str(a) for a in answers]
        result.words = word_frequencies(result.texts, language)
    return result
