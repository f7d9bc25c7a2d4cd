"""The steps a session advances through: each item's introduction, then per poll
"poll open" and "results shown". Pure Python, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from workshop_app.domain.polls import Poll
from workshop_app.domain.workshop import AgendaItem


class StepKind(str, Enum):
    INTRO = "intro"
    POLL_OPEN = "poll_open"
    RESULTS = "results"


@dataclass(frozen=True)
class Step:
    kind: StepKind
    item_id: int
    poll_id: int | None = None

    def key(self) -> str:
        """A stable text form, kept in the file to resume at the same step."""
        return f"{self.kind.value}:{self.item_id}:{self.poll_id or 0}"


def build_steps(items: list[AgendaItem], polls_of: dict[int, list[Poll]]) -> list[Step]:
    steps: list[Step] = []
    for item in sorted(items, key=lambda i: i.position):
        assert item.id is not None
        steps.append(Step(StepKind.INTRO, item.id))
        for poll in polls_of.get(item.id, []):
            assert poll.id is not None
            steps.append(Step(StepKind.POLL_OPEN, item.id, poll.id))
            steps.append(Step(StepKind.RESULTS, item.id, poll.id))
    return steps


class StepSequence:
    """A cursor over the steps; moving never goes past either end."""

    def __init__(self, steps: list[Step], index: int = 0) -> None:
        self.steps = steps
        self.index = max(0, min(index, len(steps) - 1)) if steps else -1

    @property
    def current(self) -> Step | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    @property
    def at_start(self) -> bool:
        return self.index <= 0

    @property
    def at_end(self) -> bool:
        return self.index >= len(self.steps) - 1

    def next(self) -> bool:
        if self.at_end:
            return False
        self.index += 1
        return True

    def previous(self) -> bool:
        if self.at_start:
            return False
        self.index -= 1
        return True

    def jump(self, index: int) -> bool:
        if not 0 <= index < len(self.steps) or index == self.index:
            return False
        self.index = index
        return True

    def index_of(self, step: Step) -> int:
        return self.steps.index(step) if step in self.steps else -1

    def find_key(self, key: str) -> int:
        for index, step in enumerate(self.steps):
            if step.key() == key:
                return index
        return -1

    def replace_steps(self, steps: list[Step]) -> None:
        """After the agenda changed: keep the current step when it still exists."""
        current = self.current
        self.steps = steps
        if not steps:
            self.index = -1
            return
        found = steps.index(current) if current in steps else -1
        if found >= 0:
            self.index = found
            return
        if current is not None:
            for index, step in enumerate(steps):
                if step.item_id == current.item_id:
                    self.index = index
                    return
        self.index = max(0, min(self.index, len(steps) - 1))
