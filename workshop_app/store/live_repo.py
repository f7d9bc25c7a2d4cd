"""What the live server writes: device tokens and responses, in batches.

Used on the server's writer thread with its own connection (see
``workshop_file.connect_for_thread``); every batch is one transaction, and a phone is
told its vote was received only after that transaction committed. Polls and responses
are read and changed through the same repositories the GUI uses.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from workshop_app.domain.ballots import device_digest, new_secret
from workshop_app.domain.polls import Poll
from workshop_app.store.codec import dt_to_text, to_json
from workshop_app.store.ideas_repo import IdeasRepo, IdeaVote, IdeaWrite, StoredIdeas
from workshop_app.store.polls_repo import PollsRepo
from workshop_app.store.responses_repo import ResponsesRepo, StoredResponse
from workshop_app.store.transaction import write_transaction

__all__ = ["LiveRepo", "StoredResponse", "VoteResult", "VoteWrite"]


@dataclass(frozen=True)
class VoteWrite:
    poll_id: int
    ballot: str  # the phone's per-poll keyed hash, never its token (domain/ballots.py)
    device: str  # the digest of the phone's token: recognises its cookie after a resume
    value: Any
    at: datetime
    allow_change: bool


@dataclass(frozen=True)
class VoteResult:
    """What happened to one vote: stored (new or changed), or refused with a reason."""

    response_id: int | None
    changed: bool = False
    refused: str | None = None  # "already_answered" | "poll_gone"


class LiveRepo:
    def __init__(self, conn: sqlite3.Connection, session_id: int) -> None:
        self.conn = conn
        self.session_id = session_id
        self._polls = PollsRepo(conn)
        self._responses = ResponsesRepo(conn)
        self.ideas = IdeasRepo(conn)

    def poll(self, poll_id: int) -> Poll | None:
        return self._polls.get(poll_id)

    def open_polls(self) -> list[Poll]:
        return self._polls.open_polls()

    def responses(self, poll_id: int) -> list[StoredResponse]:
        # Only this run's answers: a new session starts every poll empty.
        return self._responses.responses(poll_id, [self.session_id])

    def known_devices(self) -> set[str]:
        """Digests of the device tokens that answered in this session."""
        rows = self.conn.execute(
            "SELECT token FROM devices WHERE session_id = ?", (self.session_id,)
        ).fetchall()
        return {r[0] for r in rows}

    def ballot_secret(self) -> str:
        """The live session's key for ballots, made once and kept until it ends."""
        with write_transaction(self.conn):
            row = self.conn.execute(
                "SELECT ballot_secret FROM sessions WHERE id = ?", (self.session_id,)
            ).fetchone()
            if row is not None and row[0]:
                return str(row[0])
            secret = new_secret()
            self.conn.execute(
                "UPDATE sessions SET ballot_secret = ? WHERE id = ?", (secret, self.session_id)
            )
            return secret

    def write_votes(self, votes: list[VoteWrite | IdeaWrite]) -> list[VoteResult]:
        """Store a batch (votes, ideas and upvotes) in one transaction; results in the
        order of ``votes``."""
        with write_transaction(self.conn):
            return [
                self._write_one(vote) if isinstance(vote, VoteWrite) else self._write_idea(vote)
                for vote in votes
            ]

    def _write_idea(self, write: IdeaWrite) -> VoteResult:
        """An idea: its new id; an upvote: the idea's id, ``changed`` when it counted."""
        conn = self.conn
        if conn.execute("SELECT 1 FROM polls WHERE id = ?", (write.poll_id,)).fetchone() is None:
            return VoteResult(None, refused="poll_gone")
        conn.execute(
            "INSERT OR IGNORE INTO devices (token, session_id, created_at) VALUES (?, ?, ?)",
            # As for a vote: the token's digest, never the token, and the minute only.
            (
                device_digest(write.device_token),
                self.session_id,
                dt_to_text(write.at.replace(second=0, microsecond=0)),
            ),
        )
        if isinstance(write, IdeaVote):
            target = self.ideas.merge_target(write.poll_id, write.idea_id)
            if target is None:
                return VoteResult(None, refused="poll_gone")
            # Merged meanwhile: the upvote goes where the idea went, once per voter.
            vote = replace(write, idea_id=target)
            return VoteResult(target, changed=self.ideas.apply_vote(vote))
        return VoteResult(self.ideas.insert_idea(write, self.session_id))

    def stored_ideas(self, poll_id: int) -> StoredIdeas:
        return self.ideas.stored(poll_id, [self.session_id])

    def _write_one(self, vote: VoteWrite) -> VoteResult:
        conn = self.conn
        if conn.execute("SELECT 1 FROM polls WHERE id = ?", (vote.poll_id,)).fetchone() is None:
            return VoteResult(None, refused="poll_gone")
        conn.execute(
            "INSERT OR IGNORE INTO devices (token, session_id, created_at) VALUES (?, ?, ?)",
            # The minute only: a device's row must not point at its first answer by time.
            (vote.device, self.session_id, dt_to_text(vote.at.replace(second=0, microsecond=0))),
        )
        existing = conn.execute(
            "SELECT id FROM responses WHERE poll_id = ? AND ballot = ? AND session_id = ?",
            (vote.poll_id, vote.ballot, self.session_id),
        ).fetchone()
        stamp = dt_to_text(vote.at)
        if existing is not None:
            if not vote.allow_change:
                return VoteResult(existing[0], refused="already_answered")
            conn.execute(
                "UPDATE responses SET value = ?, updated_at = ? WHERE id = ?",
                (to_json(vote.value), stamp, existing[0]),
            )
            return VoteResult(existing[0], changed=True)
        cursor = conn.execute(
            """INSERT INTO responses (poll_id, session_id, ballot, value, created_at,
                   updated_at) VALUES (?, ?, ?, ?, ?, ?)""",
            (vote.poll_id, self.session_id, vote.ballot, to_json(vote.value), stamp, stamp),
        )
        return VoteResult(int(cursor.lastrowid or 0))

    def set_hidden(self, response_id: int, hidden: bool) -> None:
        self._responses.set_hidden(response_id, hidden)

    def reset_poll(self, poll_id: int) -> None:
        self._responses.delete_all(poll_id, [self.session_id])
        with write_transaction(self.conn):
            self.ideas.delete_all(poll_id, self.session_id)
