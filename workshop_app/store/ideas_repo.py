"""Ideas of idea-wall polls and their upvotes, as stored in the file.

One repository for the GUI (on the open file), the live server's writer (on its own
connection, inside the writer's batch transaction) and the exports.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from workshop_app.domain.ideas import IdeaRow, IdeaState, UnmergeRefusal
from workshop_app.store.codec import dt_to_text
from workshop_app.store.responses_repo import in_sessions
from workshop_app.store.transaction import HasConnection, connection_of


@dataclass(frozen=True)
class NewIdea:
    """A phone posts an idea (written by the live writer in its batch)."""

    poll_id: int
    device_token: str  # registered as the session's device, like a vote's
    author: str
    text: str
    state: IdeaState
    at: datetime


@dataclass(frozen=True)
class IdeaVote:
    """A phone upvotes an idea (``on``) or withdraws its upvote."""

    poll_id: int
    device_token: str
    idea_id: int
    voter: str
    on: bool
    at: datetime


IdeaWrite = NewIdea | IdeaVote


@dataclass(frozen=True)
class Unmerged:
    """What an unmerge changed, for the live wall to follow the file."""

    source_id: int
    target_id: int
    restored: set[str]  # voters whose upvote is on the source again
    removed: set[str]  # voters whose upvote left the kept idea
    children: list[int]  # ideas back under the source


@dataclass(frozen=True)
class StoredIdeas:
    """One wall as the live room loads it: rows, and who voted for / wrote which idea."""

    rows: list[IdeaRow]
    voters: dict[int, set[str]]
    authors: dict[int, str]


class IdeasRepo:
    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    # --- writes inside a caller's transaction (the live writer's batch) ----------------

    def insert_idea(self, idea: NewIdea, session_id: int | None) -> int:
        cursor = self.conn.execute(
            "INSERT INTO ideas (poll_id, session_id, author, text, state, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                idea.poll_id,
                session_id,
                idea.author,
                idea.text,
                idea.state.value,
                dt_to_text(idea.at),
            ),
        )
        return int(cursor.lastrowid or 0)

    def apply_vote(self, vote: IdeaVote) -> bool:
        """Store or withdraw one upvote; True when that changed anything."""
        if vote.on:
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO idea_votes (idea_id, voter, created_at) VALUES (?, ?, ?)",
                (vote.idea_id, vote.voter, dt_to_text(vote.at)),
            )
        else:
            cursor = self.conn.execute(
                "DELETE FROM idea_votes WHERE idea_id = ? AND voter = ?",
                (vote.idea_id, vote.voter),
            )
            if cursor.rowcount > 0:
                # Withdrawn from the kept idea: withdrawn from the duplicates merged into it
                # too, so an unmerge gives this phone an upvote on neither.
                self.conn.execute(
                    "DELETE FROM idea_merge_votes WHERE voter = ? AND source_id IN "
                    "(SELECT source_id FROM idea_merges WHERE target_id = ? OR target_id IN "
                    "(SELECT id FROM ideas WHERE merged_into = ?))",
                    (vote.voter, vote.idea_id, vote.idea_id),
                )
        return cursor.rowcount > 0

    def merge_target(self, poll_id: int, idea_id: int) -> int | None:
        """The idea of this wall that ``idea_id`` now stands for (itself, or the one it
        was merged into), or None when there is no such idea."""
        current: int | None = idea_id
        for _ in range(100):
            row = self.conn.execute(
                "SELECT merged_into FROM ideas WHERE id = ? AND poll_id = ?", (current, poll_id)
            ).fetchone()
            if row is None:
                return None
            if row[0] is None:
                return current
            current = int(row[0])
        return None

    # --- moderation (each its own transaction) ------------------------------------------

    def set_state(self, idea_id: int, state: IdeaState) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE ideas SET state = ? WHERE id = ?", (state.value, idea_id))

    def set_answered(self, idea_id: int, answered: bool) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE ideas SET answered = ? WHERE id = ?", (int(answered), idea_id))

    def set_text(self, idea_id: int, text: str) -> None:
        """The facilitator's edit: the new text replaces the old one, which is not kept
        (secure_delete overwrites it in the file), and the idea is marked edited."""
        with self._transaction() as conn:
            conn.execute("UPDATE ideas SET text = ?, edited = 1 WHERE id = ?", (text, idea_id))

    def set_pinned(self, poll_id: int, idea_id: int | None) -> None:
        """Pin one idea of the wall (None: none); pinning one unpins the others."""
        with self._transaction() as conn:
            conn.execute("UPDATE ideas SET pinned = 0 WHERE poll_id = ?", (poll_id,))
            if idea_id is not None:
                conn.execute(
                    "UPDATE ideas SET pinned = 1 WHERE id = ? AND poll_id = ?", (idea_id, poll_id)
                )

    def merge(self, target_id: int, source_ids: list[int]) -> None:
        """Merge duplicates into ``target_id``: their upvotes move over, once per voter.
        What moved is recorded (idea_merges, idea_merge_votes) so that ``unmerge`` can
        undo it."""
        with self._transaction() as conn:
            for source in source_ids:
                if source == target_id:
                    continue
                on_target = {
                    str(r[0])
                    for r in conn.execute(
                        "SELECT voter FROM idea_votes WHERE idea_id = ?", (target_id,)
                    )
                }
                moved = conn.execute(
                    "SELECT voter, created_at FROM idea_votes WHERE idea_id = ?", (source,)
                ).fetchall()
                conn.execute("DELETE FROM idea_merges WHERE source_id = ?", (source,))
                conn.execute(
                    "INSERT INTO idea_merges (source_id, target_id) VALUES (?, ?)",
                    (source, target_id),
                )
                conn.executemany(
                    "INSERT INTO idea_merge_votes (source_id, voter, created_at, brought) "
                    "VALUES (?, ?, ?, ?)",
                    [(source, v, at, int(str(v) not in on_target)) for v, at in moved],
                )
                conn.execute(
                    "INSERT OR IGNORE INTO idea_votes (idea_id, voter, created_at) "
                    "SELECT ?, voter, created_at FROM idea_votes WHERE idea_id = ?",
                    (target_id, source),
                )
                conn.execute("DELETE FROM idea_votes WHERE idea_id = ?", (source,))
                # Ideas merged into the source follow it to the target.
                conn.execute(
                    "UPDATE ideas SET merged_into = ? WHERE merged_into = ?", (target_id, source)
                )
                conn.execute(
                    "UPDATE ideas SET merged_into = ?, pinned = 0 WHERE id = ?",
                    (target_id, source),
                )

    def unmerge_refusal(self, idea_id: int) -> tuple[UnmergeRefusal, int | None] | None:
        """Why ``idea_id`` cannot be unmerged (with the idea to unmerge first, for
        TARGET_FIRST), or None when it can."""
        row = self.conn.execute("SELECT merged_into FROM ideas WHERE id = ?", (idea_id,)).fetchone()
        if row is None or row[0] is None:
            return UnmergeRefusal.NOT_MERGED, None
        record = self.conn.execute(
            "SELECT target_id FROM idea_merges WHERE source_id = ?", (idea_id,)
        ).fetchone()
        if record is None:
            return UnmergeRefusal.NOT_RECORDED, None
        if int(record[0]) != int(row[0]):
            # Merged into an idea that was itself merged later: undo that one first.
            return UnmergeRefusal.TARGET_FIRST, int(record[0])
        return None

    def unmerge(self, source_id: int) -> Unmerged | None:
        """Undo the merge of ``source_id``: it is its own idea again with the upvotes it
        brought, and the idea it went into loses the upvotes that came only from it.

        - A phone that had upvoted both keeps an upvote on each.
        - A phone that withdrew its upvote from the kept idea after the merge has none on
          either (apply_vote forgets it from the merge's record at once).
        - An upvote given to the kept idea after the merge stays with the kept idea.
        - Ideas merged into the source before it was merged come back under it.
        - Several duplicates that brought the same phone's upvote: the kept idea keeps
          it while another of them is still merged in.
        None when refused (``unmerge_refusal``)."""
        with self._transaction() as conn:
            if self.unmerge_refusal(source_id) is not None:
                return None
            (target,) = conn.execute(
                "SELECT target_id FROM idea_merges WHERE source_id = ?", (source_id,)
            ).fetchone()
            on_target = {
                str(r[0])
                for r in conn.execute("SELECT voter FROM idea_votes WHERE idea_id = ?", (target,))
            }
            restored: set[str] = set()
            removed: set[str] = set()
            recorded = conn.execute(
                "SELECT voter, created_at, brought FROM idea_merge_votes WHERE source_id = ?",
                (source_id,),
            ).fetchall()
            for voter, at, brought in recorded:
                if voter not in on_target:
                    continue  # withdrawn meanwhile (apply_vote drops those records too)
                conn.execute(
                    "INSERT OR IGNORE INTO idea_votes (idea_id, voter, created_at) "
                    "VALUES (?, ?, ?)",
                    (source_id, voter, at),
                )
                restored.add(str(voter))
                if not brought:
                    continue  # the kept idea had it before: it stays
                other = conn.execute(
                    "SELECT v.source_id FROM idea_merge_votes v "
                    "JOIN idea_merges m ON m.source_id = v.source_id "
                    "WHERE m.target_id = ? AND m.source_id != ? AND v.voter = ? LIMIT 1",
                    (target, source_id, voter),
                ).fetchone()
                if other is not None:  # another duplicate brought it too: now it alone
                    conn.execute(
                        "UPDATE idea_merge_votes SET brought = 1 WHERE source_id = ? AND voter = ?",
                        (other[0], voter),
                    )
                    continue
                conn.execute(
                    "DELETE FROM idea_votes WHERE idea_id = ? AND voter = ?", (target, voter)
                )
                removed.add(str(voter))
            children = [
                int(r[0])
                for r in conn.execute(
                    "SELECT i.id FROM ideas i JOIN idea_merges m ON m.source_id = i.id "
                    "WHERE m.target_id = ? AND i.merged_into = ?",
                    (source_id, target),
                )
            ]
            conn.executemany(
                "UPDATE ideas SET merged_into = ? WHERE id = ?",
                [(source_id, child) for child in children],
            )
            conn.execute("UPDATE ideas SET merged_into = NULL WHERE id = ?", (source_id,))
            conn.execute("DELETE FROM idea_merges WHERE source_id = ?", (source_id,))
        return Unmerged(source_id, int(target), restored, removed, children)

    def delete_all(self, poll_id: int, session_id: int | None = None) -> None:
        """A poll's ideas (of one session: a reset clears only this run's)."""
        if session_id is None:
            self.conn.execute("DELETE FROM ideas WHERE poll_id = ?", (poll_id,))
        else:
            self.conn.execute(
                "DELETE FROM ideas WHERE poll_id = ? AND session_id = ?", (poll_id, session_id)
            )

    # --- reads ---------------------------------------------------------------------------

    def rows(self, poll_id: int, sessions: list[int] | None = None) -> list[IdeaRow]:
        """Every idea of the wall (hidden, pending and merged too), oldest first; of the
        ``sessions`` given (None: every session)."""
        where, args = in_sessions(sessions, "session_id")
        merged_counts = dict(
            self.conn.execute(
                "SELECT merged_into, COUNT(*) FROM ideas WHERE poll_id = ? "
                f"AND merged_into IS NOT NULL{where} GROUP BY merged_into",
                (poll_id, *args),
            ).fetchall()
        )
        where_i, _ = in_sessions(sessions, "i.session_id")
        rows = self.conn.execute(
            f"""SELECT i.id, i.text, i.state, i.answered, i.pinned, i.merged_into, i.created_at,
                   (SELECT COUNT(*) FROM idea_votes v WHERE v.idea_id = i.id), i.edited
               FROM ideas i WHERE i.poll_id = ?{where_i} ORDER BY i.id""",
            (poll_id, *args),
        ).fetchall()
        return [
            IdeaRow(
                id=r[0],
                poll_id=poll_id,
                text=r[1],
                state=IdeaState(r[2]),
                votes=int(r[7]),
                answered=bool(r[3]),
                pinned=bool(r[4]),
                merged_into=r[5],
                merged_count=int(merged_counts.get(r[0], 0)),
                created_at=r[6] or "",
                edited=bool(r[8]),
            )
            for r in rows
        ]

    def stored(self, poll_id: int, sessions: list[int] | None = None) -> StoredIdeas:
        """What a live room needs of a wall on (re)start: its ideas, voters and authors."""
        where_i, args = in_sessions(sessions, "i.session_id")
        where, _ = in_sessions(sessions, "session_id")
        voters: dict[int, set[str]] = {}
        for idea_id, voter in self.conn.execute(
            "SELECT v.idea_id, v.voter FROM idea_votes v JOIN ideas i ON i.id = v.idea_id "
            f"WHERE i.poll_id = ?{where_i}",
            (poll_id, *args),
        ):
            voters.setdefault(int(idea_id), set()).add(str(voter))
        authors = {
            int(r[0]): str(r[1])
            for r in self.conn.execute(
                f"SELECT id, author FROM ideas WHERE poll_id = ? AND author IS NOT NULL{where}",
                (poll_id, *args),
            )
        }
        return StoredIdeas(self.rows(poll_id, sessions), voters, authors)

    def voter_count(self, poll_id: int, sessions: list[int] | None = None) -> int:
        """How many distinct phones upvoted on the wall."""
        where_i, args = in_sessions(sessions, "i.session_id")
        row = self.conn.execute(
            "SELECT COUNT(DISTINCT v.voter) FROM idea_votes v JOIN ideas i ON i.id = v.idea_id "
            f"WHERE i.poll_id = ?{where_i}",
            (poll_id, *args),
        ).fetchone()
        return int(row[0])

    def add_for_demo(
        self,
        poll_id: int,
        text: str,
        at: datetime,
        voters: list[str],
        state: IdeaState,
        session_id: int | None = None,
    ) -> int:
        """An idea with its upvotes in one transaction (the demo file, imports); of the
        run ``session_id`` when given."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO ideas (poll_id, session_id, text, state, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (poll_id, session_id, text, state.value, dt_to_text(at)),
            )
            idea_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT OR IGNORE INTO idea_votes (idea_id, voter, created_at) VALUES (?, ?, ?)",
                [(idea_id, voter, dt_to_text(at)) for voter in voters],
            )
        return idea_id
