"""Shared by the agenda, run-mode and presenter tests: a workshop context on a real file,
a prompter that answers every question the same way, and a three-item plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from workshop_app.clock import FakeClock
from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.domain.workshop import AgendaItem, Method, Workshop
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.context import WorkshopContext


class AnsweringPrompter:
    """Answers every question as told and remembers what was asked."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.choice_answer: int | None = 0
        self.choices_offered: list[list[str]] = []
        self.asked: list[tuple[str, str]] = []

    def open_path(self, title: str, folder: str, file_filter: str) -> Path | None:
        return None

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return None

    def error(self, title: str, message: str) -> None:
        self.asked.append((title, message))

    def info(self, title: str, message: str) -> None:
        self.asked.append((title, message))

    def confirm(self, title: str, message: str, confirm_label: str) -> bool:
        self.asked.append((title, message))
        return self.confirm_answer

    def choose(self, title: str, message: str, choices: list[str]) -> int | None:
        self.asked.append((title, message))
        self.choices_offered.append(choices)
        return self.choice_answer


@pytest.fixture
def answering() -> AnsweringPrompter:
    return AnsweringPrompter()


def three_item_plan(file: WorkshopFile) -> list[AgendaItem]:
    """Welcome (no poll), Discussion (two polls), Wrap-up (one poll)."""
    items = [
        file.add_item(AgendaItem("Welcome", 10, method=Method.PLENARY)),
        file.add_item(AgendaItem("Discussion", 30, method=Method.SMALL_GROUPS)),
        file.add_item(AgendaItem("Wrap-up", 20, method=Method.PLENARY)),
    ]
    file.add_poll(
        Poll(
            PollType.SINGLE_CHOICE,
            "Where do you feel safe?",
            ["Park", "Station"],
            item_id=items[1].id,
        )
    )
    file.add_poll(
        Poll(
            PollType.SCALE, "How safe overall?", settings=PollSettings(1, 1, 5), item_id=items[1].id
        )
    )
    file.add_poll(Poll(PollType.OPEN_TEXT, "One word for tonight", item_id=items[2].id))
    return items


@pytest.fixture
def context(tmp_path: Path, qtbot) -> Iterator[WorkshopContext]:  # type: ignore[no-untyped-def]
    from datetime import time

    file = WorkshopFile.create(
        tmp_path / "plan.workshop", Workshop(title="Safe streets", start_time=time(18, 0))
    )
    stack = QUndoStack()
    ctx = WorkshopContext(file=file, clock=FakeClock(), undo_stack=stack)
    yield ctx
    stack.clear()
    file.close()


def reopen(context: WorkshopContext) -> WorkshopFile:
    """Close the file and open it again from disk, to check what was really written."""
    path = context.file.path
    context.file.close()
    context.file = WorkshopFile.open(path)
    return context.file


def step_to_open_poll(controller, poll_type: PollType) -> Poll:  # type: ignore[no-untyped-def]
    """PageDown through run mode until a poll of ``poll_type`` is open; that poll."""
    while not (
        (poll := controller.current_poll()) is not None
        and poll.type == poll_type
        and controller.step is not None
        and controller.step.kind.name == "POLL_OPEN"
    ):
        assert controller.next()
    assert poll.id is not None
    return poll
