"""From an idea wall to a dot vote in one step: the wall's top ideas become the options of
a new dot-voting poll right after the wall, as one undoable command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.ideas import IdeaRow, ordered
from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.ui.agenda.commands import AddPollCommand
from workshop_app.ui.context import WorkshopContext


def top_texts(rows: tuple[IdeaRow, ...] | list[IdeaRow], count: int) -> list[str]:
    """The texts of the ``count`` most upvoted ideas on the wall, each once."""
    texts: list[str] = []
    for row in ordered([r for r in rows if r.visible]):
        if row.text not in texts:
            texts.append(row.text)
        if len(texts) == count:
            break
    return texts


def dot_vote_from(wall: Poll, texts: list[str]) -> Poll:
    """About half as many dots as options (the usual rule), at most two on one."""
    return Poll(
        PollType.DOT_VOTE,
        QCoreApplication.translate("Prioritise", "Prioritise: {question}").format(
            question=wall.question
        ),
        list(texts),
        settings=PollSettings(dots=max(1, (len(texts) + 1) // 2), dots_per_option=2),
        item_id=wall.item_id,
    )


def prioritise(
    context: WorkshopContext, wall: Poll, rows: tuple[IdeaRow, ...], count: int
) -> Poll | None:
    """Add the dot vote after the wall (undo: Ctrl+Z); None when fewer than two ideas."""
    texts = top_texts(rows, count)
    if len(texts) < 2:
        return None
    command = AddPollCommand(context, dot_vote_from(wall, texts), wall.position + 1)
    context.undo_stack.push(command)
    return command.poll
