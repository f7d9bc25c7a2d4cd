"""Ordered schema migrations. Each runs in its own transaction with its version bump.

Versions are append-only: never edit a released migration, add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from workshop_app.domain import ballots
from workshop_app.store.plan_outline import store_fingerprint
from workshop_app.store.session_attribution import attribute_existing_rows

Migration = Callable[[sqlite3.Connection], None]


def _v1_core(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE workshop (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL,
            date TEXT,
            start_time TEXT NOT NULL DEFAULT '18:00',
            venue TEXT NOT NULL DEFAULT '',
            facilitators TEXT NOT NULL DEFAULT '[]',
            organisation TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            created_at TEXT NOT NULL
        );
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            goal TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL DEFAULT 'plenary',
            planned_minutes INTEGER NOT NULL DEFAULT 10 CHECK (planned_minutes >= 0),
            facilitator_notes TEXT NOT NULL DEFAULT '',
            actual_start TEXT,
            actual_end TEXT
        );
        CREATE TABLE polls (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            type TEXT NOT NULL,
            question TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '[]',
            settings TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'draft',
            opened_at TEXT,
            closed_at TEXT
        );
        CREATE INDEX polls_item ON polls(item_id);
        CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    )


def _v2_live(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            state TEXT NOT NULL,
            join_token TEXT,
            room_code TEXT,
            host TEXT,
            port INTEGER,
            notetaker_token TEXT,
            participants INTEGER
        );
        CREATE TABLE devices (
            token TEXT PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE responses (
            id INTEGER PRIMARY KEY,
            poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            device_token TEXT REFERENCES devices(token) ON DELETE SET NULL,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            UNIQUE (poll_id, device_token)
        );
        CREATE INDEX responses_poll ON responses(poll_id);
        """,
    )


def _v3_notes(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            session_minutes REAL,
            action_owner TEXT NOT NULL DEFAULT '',
            action_due TEXT,
            action_status TEXT NOT NULL DEFAULT 'open',
            poll_id INTEGER REFERENCES polls(id) ON DELETE SET NULL,
            author TEXT NOT NULL DEFAULT 'app'
        );
        CREATE INDEX notes_item ON notes(item_id);
        CREATE VIRTUAL TABLE notes_fts USING fts5(
            text, action_owner,
            content='notes', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
            INSERT INTO notes_fts(rowid, text, action_owner)
            VALUES (new.id, new.text, new.action_owner);
        END;
        CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, text, action_owner)
            VALUES ('delete', old.id, old.text, old.action_owner);
        END;
        CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, text, action_owner)
            VALUES ('delete', old.id, old.text, old.action_owner);
            INSERT INTO notes_fts(rowid, text, action_owner)
            VALUES (new.id, new.text, new.action_owner);
        END;
        """,
    )


def _v4_notetaker_links(conn: sqlite3.Connection) -> None:
    # Which note-taker link wrote a note (a digest of the link, never the link itself):
    # a link may edit only its own notes, not those of a link issued before it.
    _run_script(
        conn,
        """
        CREATE TABLE notetaker_note_links (
            note_id INTEGER PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
            link TEXT NOT NULL
        );
        """,
    )


def _v5_response_ids_never_reused(conn: sqlite3.Connection) -> None:
    # AUTOINCREMENT: after a reset deletes a poll's responses, a new response never gets
    # the id of a deleted one (a hidden flag or a phone's answer could land on it).
    _run_script(
        conn,
        """
        CREATE TABLE responses_v5 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            device_token TEXT REFERENCES devices(token) ON DELETE SET NULL,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            UNIQUE (poll_id, device_token)
        );
        INSERT INTO responses_v5 SELECT id, poll_id, session_id, device_token, value,
            created_at, updated_at, hidden FROM responses;
        DROP TABLE responses;
        ALTER TABLE responses_v5 RENAME TO responses;
        CREATE INDEX responses_poll ON responses(poll_id);
        """,
    )


def _sessions_as_runs(conn: sqlite3.Connection) -> None:
    # A session is one run of the workshop: notes and each item's actual times belong to
    # the session they were made in, a session may be a rehearsal, and a discarded
    # rehearsal waits (undoable) until the file closes. Existing rows are attributed by
    # time; whatever lies outside every session goes to the earliest.
    _run_script(
        conn,
        """
        ALTER TABLE notes ADD COLUMN session_id INTEGER REFERENCES sessions(id)
            ON DELETE SET NULL;
        ALTER TABLE sessions ADD COLUMN rehearsal INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN discarded INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE session_item_times (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            actual_start TEXT,
            actual_end TEXT,
            PRIMARY KEY (session_id, item_id)
        );
        CREATE INDEX responses_session ON responses(session_id, poll_id);
        CREATE INDEX notes_session ON notes(session_id);
        """,
    )
    attribute_existing_rows(conn)
    store_fingerprint(conn)


def _add_translations(conn: sqlite3.Connection) -> None:
    # Plan text in further languages: the workshop's other languages, and per item and
    # per poll a JSON object {language: wording} (domain/translations.py). Columns only.
    _run_script(
        conn,
        """
        ALTER TABLE workshop ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE agenda_items ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE polls ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
        """,
    )


def _unlink_answers_across_polls(conn: sqlite3.Connection) -> None:
    # Responses keep a per-poll keyed hash of the device token (a "ballot") instead of the
    # token, so no column joins one phone's answers across polls; devices keep a digest
    # of the token, enough to recognise a cookie. The key is the live session's secret,
    # nulled when the session ends. See domain/ballots.py.
    secrets_by_session: dict[int, str] = {}

    def secret_of(session_id: int | None) -> str | None:
        if session_id is None:
            return None
        if session_id not in secrets_by_session:
            secrets_by_session[session_id] = ballots.new_secret()
        return secrets_by_session[session_id]

    def ballot_of(session_id: int | None, poll_id: int, token: str | None) -> str | None:
        secret = secret_of(session_id) if token else None
        return ballots.ballot(secret, poll_id, token) if secret and token else None

    conn.create_function("wsk_ballot", 3, ballot_of, deterministic=True)
    conn.create_function("wsk_device_digest", 1, ballots.device_digest, deterministic=True)
    _run_script(
        conn,
        """
        ALTER TABLE sessions ADD COLUMN ballot_secret TEXT;
        CREATE TABLE responses_unlinked (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            ballot TEXT,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            UNIQUE (poll_id, ballot)
        );
        INSERT INTO responses_unlinked SELECT id, poll_id, session_id,
            wsk_ballot(session_id, poll_id, device_token), value, created_at, updated_at, hidden
            FROM responses;
        DELETE FROM sqlite_sequence WHERE name = 'responses_unlinked';
        INSERT INTO sqlite_sequence (name, seq)
            SELECT 'responses_unlinked', seq FROM sqlite_sequence WHERE name = 'responses';
        DROP TABLE responses;
        ALTER TABLE responses_unlinked RENAME TO responses;
        CREATE INDEX responses_poll ON responses(poll_id);
        CREATE INDEX IF NOT EXISTS responses_session ON responses(session_id, poll_id);
        UPDATE devices SET token = wsk_device_digest(token);
        """,
    )
    # Only a session still live needs its key (to refuse a second answer after resuming).
    for session_id, secret in secrets_by_session.items():
        conn.execute(
            "UPDATE sessions SET ballot_secret = ? WHERE id = ? AND state = 'live'",
            (secret, session_id),
        )
    for (session_id,) in conn.execute("SELECT id FROM sessions WHERE state = 'live'").fetchall():
        conn.execute(
            "UPDATE sessions SET ballot_secret = ? WHERE id = ? AND ballot_secret IS NULL",
            (ballots.new_secret(), session_id),
        )


def _add_idea_wall(conn: sqlite3.Connection) -> None:
    # The idea wall: participants' ideas and one upvote per idea per voter. ``author`` and
    # ``voter`` are keyed digests of a phone, never its device token (live/voter.py).
    _run_script(
        conn,
        """
        CREATE TABLE ideas (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            author TEXT,
            text TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'shown',
            merged_into INTEGER REFERENCES ideas(id) ON DELETE SET NULL,
            answered INTEGER NOT NULL DEFAULT 0,
            pinned INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX ideas_poll ON ideas(poll_id);
        CREATE TABLE idea_votes (
            idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
            voter TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (idea_id, voter)
        );
        """,
    )


def _add_offline_answers_and_headcounts(conn: sqlite3.Connection) -> None:
    # Answers counted in the room (hands, paper, dots) or entered by the facilitator on
    # someone's behalf (proxy), each with its count; and the people present per item.
    # Both belong to the session they were counted in.
    _run_script(
        conn,
        """
        CREATE TABLE offline_answers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            channel TEXT NOT NULL CHECK (channel IN ('hands', 'paper', 'dots', 'proxy')),
            value TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count > 0),
            created_at TEXT NOT NULL
        );
        CREATE INDEX offline_answers_poll ON offline_answers(poll_id);
        CREATE TABLE item_headcounts (
            id INTEGER PRIMARY KEY,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            people INTEGER NOT NULL CHECK (people >= 0),
            updated_at TEXT NOT NULL
        );
        CREATE INDEX item_headcounts_item ON item_headcounts(item_id);
        """,
    )


def _add_idea_edited(conn: sqlite3.Connection) -> None:
    # The facilitator may edit an idea's text (a name or a phone number typed into it):
    # the room is told it was edited; the earlier text is not kept.
    conn.execute("ALTER TABLE ideas ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")


def _remember_idea_merges(conn: sqlite3.Connection) -> None:
    # What a merge moved, so that it can be undone: which idea each duplicate went into,
    # and each upvote it brought (``brought``: the kept idea had no upvote of that phone
    # before). A merge done before this version has no record and cannot be undone.
    _run_script(
        conn,
        """
        CREATE TABLE idea_merges (
            source_id INTEGER PRIMARY KEY REFERENCES ideas(id) ON DELETE CASCADE,
            target_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE
        );
        CREATE INDEX idea_merges_target ON idea_merges(target_id);
        CREATE TABLE idea_merge_votes (
            source_id INTEGER NOT NULL REFERENCES idea_merges(source_id) ON DELETE CASCADE,
            voter TEXT NOT NULL,
            created_at TEXT NOT NULL,
            brought INTEGER NOT NULL,
            PRIMARY KEY (source_id, voter)
        );
        """,
    )


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT first; run statement by statement to stay in our transaction.
    for statement in _split_statements(script):
        conn.execute(statement)


def _split_statements(script: str) -> list[str]:
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


MIGRATIONS: list[Migration] = [
    _v1_core,
    _v2_live,
    _v3_notes,
    _v4_notetaker_links,
    _v5_response_ids_never_reused,
    _sessions_as_runs,
    _add_translations,
    _unlink_answers_across_polls,
    _add_idea_wall,
    _add_offline_answers_and_headcounts,
    _add_idea_edited,
    _remember_idea_merges,
]
LATEST_VERSION = len(MIGRATIONS)

# Tables every file of the latest version must have; a missing one means a damaged file.
REQUIRED_TABLES = frozenset(
    {
        "workshop",
        "agenda_items",
        "polls",
        "kv",
        "sessions",
        "devices",
        "responses",
        "notes",
        "notetaker_note_links",
        "session_item_times",
        "ideas",
        "idea_votes",
        "idea_merges",
        "idea_merge_votes",
        "offline_answers",
        "item_headcounts",
    }
)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Bring the schema up to ``target``; return the versions applied. Idempotent."""
    applied = []
    version = current_version(conn)
    while version < target:
        migration = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
        applied.append(version)
    return applied
