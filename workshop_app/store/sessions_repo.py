"""Sessions of a workshop as recorded in the file: when each started and ended."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from workshop_app.domain.ballots import new_secret
from workshop_app.domain.session import Session, SessionState, SessionSummary
from workshop_app.store import wal_check
from workshop_app.store.arrival_order import forget_arrival_order
from workshop_app.store.codec import dt_to_text, text_to_dt
from workshop_app.store.plan_outline import store_fingerprint
from workshop_app.store.workshop_file import WorkshopFile


class SessionsRepo:
    def __init__(self, file: WorkshopFile) -> None:
        self.journal_purged = True  # after end(): the -wal no longer holds the tokens
        self.file = file

    def live(self) -> Session | None:
        """The session that is still live (started and not ended), if any."""
        row = self.file.conn.execute(
            "SELECT * FROM sessions WHERE state = ? ORDER BY id DESC LIMIT 1",
            (SessionState.LIVE.value,),
        ).fetchone()
        return _from_row(row) if row else None

    def all(self) -> list[Session]:
        rows = self.file.conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
        return [_from_row(row) for row in rows]

    def current_id(self) -> int | None:
        """The session the views show by default: the live one, else the latest kept one."""
        row = self.file.conn.execute(
            "SELECT id FROM sessions WHERE discarded = 0 "
            "ORDER BY state = ? DESC, started_at DESC, id DESC LIMIT 1",
            (SessionState.LIVE.value,),
        ).fetchone()
        return int(row[0]) if row else None

    def kept_ids(self) -> set[int]:
        """The sessions not discarded."""
        rows = self.file.conn.execute("SELECT id FROM sessions WHERE discarded = 0")
        return {int(r[0]) for r in rows}

    def summaries(self, *, with_discarded: bool = False) -> list[SessionSummary]:
        """Every session with its counts, oldest first (numbered 1, 2, … by start)."""
        rows = self.file.conn.execute(
            """SELECT s.*,
                   (SELECT COUNT(*) FROM responses r WHERE r.session_id = s.id AND r.hidden = 0)
                       AS n_responses,
                   (SELECT COUNT(*) FROM notes n WHERE n.session_id = s.id) AS n_notes,
                   (SELECT COUNT(*) FROM devices d WHERE d.session_id = s.id) AS n_devices
               FROM sessions s ORDER BY s.started_at, s.id"""
        ).fetchall()
        summaries = []
        for number, row in enumerate(rows, start=1):
            if row["discarded"] and not with_discarded:
                continue
            participants = row["participants"]
            summaries.append(
                SessionSummary(
                    id=row["id"],
                    number=number,
                    started_at=text_to_dt(row["started_at"]) or datetime.min,
                    ended_at=text_to_dt(row["ended_at"]),
                    state=SessionState(row["state"]),
                    rehearsal=bool(row["rehearsal"]),
                    discarded=bool(row["discarded"]),
                    responses=int(row["n_responses"]),
                    notes=int(row["n_notes"]),
                    participants=int(
                        participants if participants is not None else row["n_devices"]
                    ),
                )
            )
        return summaries

    def start(
        self, at: datetime, *, rehearsal: bool = False, polls_to_draft: bool = False
    ) -> Session:
        """A new run (its join link is made when its server starts).

        ``polls_to_draft``: run mode starts every poll afresh — not open, not closed.
        """
        with self.file.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (started_at, state, rehearsal, ballot_secret)"
                " VALUES (?, ?, ?, ?)",
                (dt_to_text(at), SessionState.LIVE.value, int(rehearsal), new_secret()),
            )
            if polls_to_draft:
                # Poll states describe the run in progress; the previous run's answers stay
                # with their session and no poll of the new one is open or closed yet.
                conn.execute("UPDATE polls SET state = 'draft', opened_at = NULL, closed_at = NULL")
            store_fingerprint(conn)
        return Session(started_at=at, id=int(cursor.lastrowid or 0), rehearsal=rehearsal)

    def set_rehearsal(self, session_id: int, rehearsal: bool) -> None:
        with self.file.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET rehearsal = ? WHERE id = ?", (int(rehearsal), session_id)
            )

    def set_discarded(self, session_id: int, discarded: bool) -> None:
        """Discard (or bring back) a session; it is deleted for good when the file closes."""
        with self.file.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET discarded = ? WHERE id = ? AND state != ?",
                (int(discarded), session_id, SessionState.LIVE.value),
            )

    def purge_discarded(self) -> int:
        """Delete the discarded sessions with their responses, notes and times."""
        with self.file.transaction() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM sessions WHERE discarded = 1")]
            for session_id in ids:
                conn.execute("DELETE FROM responses WHERE session_id = ?", (session_id,))
                conn.execute("DELETE FROM notes WHERE session_id = ?", (session_id,))
                conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return len(ids)

    def set_join(self, session_id: int, token: str, room_code: str, host: str, port: int) -> None:
        """Remember the join link, so a resumed session keeps the same QR code."""
        with self.file.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET join_token = ?, room_code = ?, host = ?, port = ? "
                "WHERE id = ?",
                (token, room_code, host, port, session_id),
            )

    def set_notetaker_token(self, session_id: int, token: str | None) -> None:
        """Issue (a token) or revoke (None) the note-taker link; kept for a resumed session."""
        with self.file.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET notetaker_token = ? WHERE id = ?", (token, session_id)
            )

    def end(self, session_id: int, at: datetime) -> int:
        """End the session and forget its devices; returns how many devices answered.

        The count is kept for the minutes; the device digests and the session's ballot
        key are deleted, answers get new ids in a random order within each poll and
        times cut to the minute, and, with secure_delete on and the WAL checkpointed,
        the old bytes are gone from the file and its -wal.
        """
        with self.file.transaction() as conn:
            participants = conn.execute(
                "SELECT COUNT(*) FROM devices WHERE session_id = ?", (session_id,)
            ).fetchone()[0]
            conn.execute("DELETE FROM devices WHERE session_id = ?", (session_id,))
            forget_arrival_order(conn, session_id)
            conn.execute(
                # The laptop's address goes too: an ended session keeps no network detail.
                "UPDATE sessions SET state = ?, ended_at = ?, participants = ?, join_token = NULL, "
                "notetaker_token = NULL, host = NULL, port = NULL, ballot_secret = NULL "
                "WHERE id = ?",
                (SessionState.ENDED.value, dt_to_text(at), participants, session_id),
            )
        # Verified: a reader elsewhere can keep the deleted tokens in the -wal. Then the
        # caller tells the facilitator, and closing the file tries again.
        self.journal_purged = wal_check.checkpoint_truncate(self.file.conn)
        return int(participants)


def _from_row(row: sqlite3.Row) -> Session:
    return Session(
        id=row["id"],
        started_at=text_to_dt(row["started_at"]) or datetime.min,
        ended_at=text_to_dt(row["ended_at"]),
        state=SessionState(row["state"]),
        join_token=row["join_token"] or "",
        room_code=row["room_code"] or "",
        host=row["host"] or "",
        port=row["port"],
        notetaker_token=row["notetaker_token"],
        rehearsal=bool(row["rehearsal"]),
    )
