"""One idea wall's live state in the server's memory: ideas, upvoters, authors.

Owned by the server's loop thread, like the Room that holds it; changed only after the
file has the change. Phones get one idea at a time (``public``) when it changes, and
the whole list (``listing``) only when they connect or the poll changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from workshop_app.domain.ideas import IdeaRow, IdeaState
from workshop_app.store.ideas_repo import StoredIdeas, Unmerged


@dataclass
class _Idea:
    row: IdeaRow
    voters: set[str] = field(default_factory=set)
    author: str | None = None


class IdeaWall:
    def __init__(self, poll_id: int) -> None:
        self.poll_id = poll_id
        self._ideas: dict[int, _Idea] = {}
        self._by_author: dict[str, list[int]] = {}
        self.revision = 0
        self._rows: tuple[int, tuple[IdeaRow, ...]] = (-1, ())
        self._visible: tuple[int, str] = (-1, "[]")
        self._shown: tuple[int, int] = (-1, 0)

    def load(self, stored: StoredIdeas) -> None:
        self._ideas.clear()
        self._by_author.clear()
        for row in stored.rows:
            author = stored.authors.get(row.id)
            self._ideas[row.id] = _Idea(row, set(stored.voters.get(row.id, set())), author)
            if author:
                self._by_author.setdefault(author, []).append(row.id)
        self._touch()

    def clear(self) -> None:
        self.load(StoredIdeas([], {}, {}))

    # --- what phones may do --------------------------------------------------------------

    def ideas_by(self, author: str) -> int:
        return len(self._by_author.get(author, []))

    def target(self, idea_id: int) -> int | None:
        """The idea a phone's upvote lands on (a merged duplicate: the one it went into),
        or None when it is not on the wall for the room."""
        idea = self._ideas.get(idea_id)
        seen = 0
        while idea is not None and idea.row.merged_into is not None and seen < 100:
            idea = self._ideas.get(idea.row.merged_into)
            seen += 1
        if idea is None or idea.row.state != IdeaState.SHOWN:
            return None
        return idea.row.id

    def has_voted(self, idea_id: int, voter: str) -> bool:
        idea = self._ideas.get(idea_id)
        return idea is not None and voter in idea.voters

    # --- changes (after the file has them) ----------------------------------------------

    def added(self, row: IdeaRow, author: str | None) -> None:
        self._ideas[row.id] = _Idea(row, set(), author)
        if author:
            self._by_author.setdefault(author, []).append(row.id)
        self._touch()

    def voted(self, idea_id: int, voter: str, on: bool) -> None:
        idea = self._ideas[idea_id]
        if on:
            idea.voters.add(voter)
        else:
            idea.voters.discard(voter)
        idea.row = replace(idea.row, votes=len(idea.voters))
        self._touch()

    def set_state(self, idea_id: int, state: IdeaState) -> None:
        self._update(idea_id, state=state)

    def set_answered(self, idea_id: int, answered: bool) -> None:
        self._update(idea_id, answered=answered)

    def set_text(self, idea_id: int, text: str) -> None:
        self._update(idea_id, text=text, edited=True)

    def set_pinned(self, idea_id: int | None) -> list[int]:
        """Pin one (None: none); returns the ideas whose pin changed."""
        changed = []
        for other in self._ideas.values():
            pinned = other.row.id == idea_id
            if other.row.pinned != pinned:
                other.row = replace(other.row, pinned=pinned)
                changed.append(other.row.id)
        self._touch()
        return changed

    def merge(self, target_id: int, source_ids: list[int]) -> list[int]:
        """The file's merge, in memory: returns every idea that changed."""
        target = self._ideas[target_id]
        changed = [target_id]
        for source_id in source_ids:
            source = self._ideas.get(source_id)
            if source is None or source_id == target_id:
                continue
            target.voters |= source.voters
            source.voters = set()
            for other in self._ideas.values():
                if other.row.merged_into == source_id:
                    other.row = replace(other.row, merged_into=target_id)
            source.row = replace(source.row, merged_into=target_id, pinned=False, votes=0)
            changed.append(source_id)
        merged = sum(1 for i in self._ideas.values() if i.row.merged_into == target_id)
        target.row = replace(target.row, votes=len(target.voters), merged_count=merged)
        self._touch()
        return changed

    def unmerge(self, undone: Unmerged) -> list[int]:
        """The file's unmerge, in memory: returns every idea that changed."""
        source = self._ideas.get(undone.source_id)
        target = self._ideas.get(undone.target_id)
        if source is None or target is None:
            return []
        source.voters |= undone.restored
        target.voters -= undone.removed
        for child in undone.children:
            if (idea := self._ideas.get(child)) is not None:
                idea.row = replace(idea.row, merged_into=undone.source_id)
        for idea in (source, target):
            merged = sum(1 for i in self._ideas.values() if i.row.merged_into == idea.row.id)
            idea.row = replace(
                idea.row, votes=len(idea.voters), merged_count=merged, merged_into=None
            )
        self._touch()
        return [undone.source_id, undone.target_id, *undone.children]

    def _update(self, idea_id: int, **changes: Any) -> None:
        idea = self._ideas.get(idea_id)
        if idea is not None:
            idea.row = replace(idea.row, **changes)
            self._touch()

    def _touch(self) -> None:
        self.revision += 1

    # --- views -----------------------------------------------------------------------------

    def row(self, idea_id: int) -> IdeaRow | None:
        idea = self._ideas.get(idea_id)
        return idea.row if idea is not None else None

    def rows(self) -> tuple[IdeaRow, ...]:
        """Every idea, oldest first; built once per change, shared by every snapshot."""
        if self._rows[0] != self.revision:
            self._rows = (self.revision, tuple(i.row for i in self._ideas.values()))
        return self._rows[1]

    def shown_count(self) -> int:
        """How many ideas are on the wall for the room; counted once per change."""
        if self._shown[0] != self.revision:
            self._shown = (self.revision, sum(1 for i in self._ideas.values() if i.row.visible))
        return self._shown[1]

    def public(self, idea_id: int) -> dict[str, Any] | None:
        """One idea as every phone may see it; one that is not on the wall (hidden,
        merged, or waiting for approval) without its text."""
        idea = self._ideas.get(idea_id)
        if idea is None:
            return None
        return _public(idea.row) if idea.row.visible else _gone(idea.row)

    def visible_json(self) -> str:
        """The ideas on the wall as a JSON array: encoded once per change of the wall,
        shared by every phone's state."""
        if self._visible[0] != self.revision:
            ideas = [_public(i.row) for i in self._ideas.values() if i.row.visible]
            self._visible = (self.revision, json.dumps(ideas, ensure_ascii=False))
        return self._visible[1]

    def personal(self, voter: str | None) -> dict[str, Any]:
        """What only this phone sees: the ideas it upvoted, and its own ideas (with the
        ones still waiting for approval)."""
        if not voter:
            return {"voted": [], "mine": []}
        mine = [_public(self._ideas[i].row) for i in self._by_author.get(voter, [])]
        voted = sorted(i for i, idea in self._ideas.items() if voter in idea.voters)
        return {"voted": voted, "mine": mine}


def _public(row: IdeaRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "text": row.text,
        "votes": row.votes,
        "shown": row.visible,
        "pending": row.state == IdeaState.PENDING and row.merged_into is None,
        "answered": row.answered,
        "pinned": row.pinned,
        "edited": row.edited,
        "merged_into": row.merged_into,
    }


def _gone(row: IdeaRow) -> dict[str, Any]:
    return {"id": row.id, "shown": False, "merged_into": row.merged_into}
