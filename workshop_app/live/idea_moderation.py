"""The facilitator's moderation of an idea wall, applied by the live server: the file
first (on the writer thread), then the room's memory, then the phones and the GUI."""

from __future__ import annotations

import concurrent.futures
import logging
from dataclasses import dataclass
from enum import Enum

from workshop_app.domain.ideas import IdeaState
from workshop_app.live.room import Room
from workshop_app.live.writer import BatchWriter
from workshop_app.store.live_repo import LiveRepo

log = logging.getLogger(__name__)


class ModerationKind(str, Enum):
    STATE = "state"  # approve (shown), hide, or back to pending
    ANSWERED = "answered"
    PIN = "pin"  # idea_id None: unpin
    MERGE = "merge"  # sources merged into idea_id
    EDIT = "edit"  # the idea's text replaced by ``text`` (already cleaned), marked edited
    UNMERGE = "unmerge"  # idea_id, a merged duplicate, is its own idea again


@dataclass(frozen=True)
class Moderation:
    poll_id: int
    kind: ModerationKind
    idea_id: int | None
    state: IdeaState = IdeaState.SHOWN
    flag: bool = True  # answered or not
    sources: tuple[int, ...] = ()
    text: str = ""  # the new text of an edit


async def load_wall(room: Room, writer: BatchWriter, poll_id: int) -> None:
    stored = await writer.call(lambda repo: repo.stored_ideas(poll_id))
    room.wall(poll_id).load(stored)
    room.ideas_changed(poll_id, [])


async def apply(room: Room, writer: BatchWriter, change: Moderation) -> None:
    wall = room.wall(change.poll_id)
    idea_id = change.idea_id
    if change.kind == ModerationKind.PIN:
        await writer.call(lambda repo: repo.ideas.set_pinned(change.poll_id, idea_id))
        room.ideas_changed(change.poll_id, wall.set_pinned(idea_id))
        return
    if idea_id is None or wall.row(idea_id) is None:
        return
    target: int = idea_id
    if change.kind == ModerationKind.STATE:
        await writer.call(lambda repo: repo.ideas.set_state(target, change.state))
        wall.set_state(target, change.state)
        changed = [target]
    elif change.kind == ModerationKind.ANSWERED:
        await writer.call(lambda repo: repo.ideas.set_answered(target, change.flag))
        wall.set_answered(target, change.flag)
        changed = [target]
    elif change.kind == ModerationKind.EDIT:
        await writer.call(lambda repo: repo.ideas.set_text(target, change.text))
        wall.set_text(target, change.text)
        changed = [target]
    elif change.kind == ModerationKind.UNMERGE:
        undone = await writer.call(lambda repo: repo.ideas.unmerge(target))
        if undone is None:
            return  # refused (the console says why before sending it)
        changed = wall.unmerge(undone)
        room.ideas_changed(change.poll_id, changed)
        # Which idea a phone upvoted changed: every phone gets its whole wall again.
        room.refresh_phones()
        return
    else:
        sources = [s for s in change.sources if s != target and wall.row(s) is not None]

        def merge(repo: LiveRepo) -> None:
            repo.ideas.merge(target, sources)

        await writer.call(merge)
        changed = wall.merge(target, sources)
    room.ideas_changed(change.poll_id, changed)


def log_failure(future: concurrent.futures.Future[None]) -> None:
    """For a moderation nobody waits for: a failure goes to the log, not into the void."""
    if not future.cancelled() and future.exception() is not None:
        log.error("idea moderation failed", exc_info=future.exception())
