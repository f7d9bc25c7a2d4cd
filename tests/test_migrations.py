"""Schema migrations: from empty and from every earlier version, idempotent, ids set."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workshop_app.cli import main as cli_main
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.errors import WorkshopFileError
from workshop_app.store.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    REQUIRED_TABLES,
    _add_idea_edited,
    _add_idea_wall,
    _remember_idea_merges,
    migrate,
)
from workshop_app.store.workshop_file import APPLICATION_ID, WorkshopFile


def _file_at_version(path: Path, version: int) -> None:
    """A file as an older release would have left it, with a workshop row when possible."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, target=version)
    if version >= 1:
        conn.execute(
            "INSERT INTO workshop (id, title, created_at) VALUES (1, 'Old one', '2025-01-01')"
        )
        conn.execute("INSERT INTO agenda_items (position, title) VALUES (0, 'Kept item')")
    conn.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_new_file_has_latest_schema_and_ids(workshop_file: WorkshopFile) -> None:
    conn = workshop_file.conn
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert _tables(conn) >= REQUIRED_TABLES


def test_migrate_from_empty_is_idempotent(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    assert migrate(conn) == list(range(1, LATEST_VERSION + 1))
    schema = sorted(conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
    assert migrate(conn) == []
    assert sorted(conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")) == schema
    conn.close()


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_open_upgrades_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.workshop"
    _file_at_version(path, version)
    file = WorkshopFile.open(path)
    try:
        assert file.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert _tables(file.conn) >= REQUIRED_TABLES
        assert file.load_workshop().title == "Old one"
        assert [item.title for item in file.items()] == ["Kept item"]
        file.add_item(AgendaItem(title="New item"))  # the upgraded file is writable
    finally:
        file.close()


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_an_earlier_version_opened_read_only_is_read_upgraded_and_left_as_it_was(
    tmp_path: Path, version: int
) -> None:
    """An export or a rooms merge opens a file read-only: a file of an older version is
    read through an upgraded copy in memory, the file itself not touched."""
    path = tmp_path / f"v{version}.workshop"
    _file_at_version(path, version)
    before = sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir())
    file = WorkshopFile.open(path, read_only=True)
    try:
        assert file.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert file.load_workshop().title == "Old one"
        assert [item.title for item in file.items()] == ["Kept item"]
        assert file.read_only is not None and "not changed" in file.read_only.message
        with pytest.raises(WorkshopFileError):
            file.add_item(AgendaItem(title="New item"))
    finally:
        file.close()
    assert sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir()) == before


def test_an_earlier_version_exports_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "old.workshop"
    _file_at_version(path, LATEST_VERSION - 2)
    before = path.read_bytes()
    out = tmp_path / "minutes.md"
    assert cli_main(["export", str(path), "--markdown", str(out)]) == 0
    assert "Old one" in out.read_text(encoding="utf-8")
    assert path.read_bytes() == before


def test_same_schema_whether_upgraded_or_fresh(tmp_path: Path) -> None:
    fresh = sqlite3.connect(tmp_path / "fresh.db", isolation_level=None)
    migrate(fresh)
    expected = sorted(fresh.execute("SELECT type, name, sql FROM sqlite_master"))
    for version in range(1, LATEST_VERSION):
        conn = sqlite3.connect(tmp_path / f"old{version}.db", isolation_level=None)
        migrate(conn, target=version)
        migrate(conn)
        assert sorted(conn.execute("SELECT type, name, sql FROM sqlite_master")) == expected
        conn.close()
    fresh.close()


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    migrate(conn, target=1)

    def broken(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("boom")

    patched = list(MIGRATIONS)
    patched[1] = broken
    monkeypatch.setattr("workshop_app.store.migrations.MIGRATIONS", patched)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "half_done" not in _tables(conn)
    conn.close()


def test_edits_are_committed_at_once(workshop_file: WorkshopFile, workshop_path: Path) -> None:
    workshop_file.save_workshop(Workshop(title="Renamed"))
    workshop_file.add_item(AgendaItem(title="Welcome"))
    other = sqlite3.connect(workshop_path)  # a second reader sees it without any save
    assert other.execute("SELECT title FROM workshop").fetchone()[0] == "Renamed"
    assert other.execute("SELECT title FROM agenda_items").fetchall() == [("Welcome",)]
    other.close()


def test_upgraded_responses_keep_their_ids_and_never_reuse_one(tmp_path: Path) -> None:
    path = tmp_path / "v4.workshop"
    _file_at_version(path, 4)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO polls (item_id, position, type, question) VALUES (1, 0, 'x', 'q')")
    for value in ("1", "2", "3"):
        conn.execute(
            "INSERT INTO responses (poll_id, value, created_at, updated_at) VALUES (1, ?, '', '')",
            (value,),
        )
    conn.close()
    file = WorkshopFile.open(path)
    try:
        conn = file.conn
        rows = conn.execute("SELECT id, value FROM responses ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [
            (1, "1"),
            (2, "2"),
            (3, "3"),
        ]
        conn.execute("DELETE FROM responses WHERE id = 3")
        new = conn.execute(
            "INSERT INTO responses (poll_id, value, created_at, updated_at) VALUES (1, '4', '', '')"
        ).lastrowid
        assert new == 4  # not 3 again
    finally:
        file.close()


def test_a_live_file_of_the_previous_version_loses_its_tokens_but_not_the_one_vote_rule(
    tmp_path: Path,
) -> None:
    from workshop_app.domain.ballots import ballot, device_digest
    from workshop_app.store.migrations import _unlink_answers_across_polls

    version = MIGRATIONS.index(_unlink_answers_across_polls)
    path = tmp_path / "live-before.workshop"
    _file_at_version(path, version)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO polls (item_id, position, type, question) VALUES (1, 0, 'x', 'a')")
    conn.execute("INSERT INTO polls (item_id, position, type, question) VALUES (1, 1, 'x', 'b')")
    conn.execute("INSERT INTO sessions (id, started_at, state) VALUES (1, '2025-01-01', 'live')")
    token = "t" * 43
    conn.execute("INSERT INTO devices VALUES (?, 1, '2025-01-01')", (token,))
    for poll_id in (1, 2):
        conn.execute(
            "INSERT INTO responses (poll_id, session_id, device_token, value, created_at, "
            "updated_at) VALUES (?, 1, ?, '0', '', '')",
            (poll_id, token),
        )
    conn.execute("DELETE FROM responses WHERE id = 2")  # a reset: id 2 must not come back
    conn.execute(
        "INSERT INTO responses (poll_id, session_id, device_token, value, created_at, "
        "updated_at) VALUES (2, 1, ?, '1', '', '')",
        (token,),
    )
    conn.close()
    file = WorkshopFile.open(path)
    try:
        conn = file.conn
        secret = conn.execute("SELECT ballot_secret FROM sessions").fetchone()[0]
        assert secret
        rows = conn.execute("SELECT id, poll_id, ballot FROM responses ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [
            (1, 1, ballot(secret, 1, token)),
            (3, 2, ballot(secret, 2, token)),
        ]
        assert conn.execute("SELECT token FROM devices").fetchone()[0] == device_digest(token)
        new = conn.execute(
            "INSERT INTO responses (poll_id, value, created_at, updated_at) VALUES (1, '4', '', '')"
        ).lastrowid
        assert new == 4
    finally:
        file.close()
    # secure_delete: the tokens are gone from the file's pages, not left in free space.
    assert token.encode() not in path.read_bytes()


# The versions with an idea wall but no ``edited`` column.
_WALL_VERSIONS = range(MIGRATIONS.index(_add_idea_wall) + 1, MIGRATIONS.index(_add_idea_edited) + 1)


@pytest.mark.parametrize("version", _WALL_VERSIONS)
def test_ideas_of_a_file_before_edits_open_unedited_and_can_be_edited(
    tmp_path: Path, version: int
) -> None:
    """A file from before edits: its ideas open as not edited, votes and merges kept,
    and an edit works on the upgraded file."""
    from workshop_app.store.ideas_repo import IdeasRepo

    path = tmp_path / f"v{version}.workshop"
    _file_at_version(path, version)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO polls (item_id, position, type, question) VALUES (1, 0, 'idea_wall', 'q')"
    )
    for text in ("Lights", "More lights"):
        conn.execute(
            "INSERT INTO ideas (poll_id, text, created_at) VALUES (1, ?, '2025-01-01')", (text,)
        )
    conn.execute("INSERT INTO idea_votes VALUES (1, 'v1', '2025-01-01'), (2, 'v2', '2025-01-01')")
    conn.execute("UPDATE ideas SET merged_into = 1 WHERE id = 2")
    conn.close()
    file = WorkshopFile.open(path)
    try:
        repo = IdeasRepo(file)
        rows = repo.rows(1)
        assert [(r.text, r.votes, r.merged_into, r.edited) for r in rows] == [
            ("Lights", 1, None, False),
            ("More lights", 1, 1, False),
        ]
        repo.set_text(1, "Lights on the path")
        assert [(r.text, r.edited) for r in repo.rows(1)] == [
            ("Lights on the path", True),
            ("More lights", False),
        ]
    finally:
        file.close()


@pytest.mark.parametrize(
    "version",
    range(MIGRATIONS.index(_add_idea_wall) + 1, MIGRATIONS.index(_remember_idea_merges) + 1),
)
def test_a_merge_from_before_merge_records_is_kept_and_refused_for_unmerge(
    tmp_path: Path, version: int
) -> None:
    """A file whose merges were not recorded: they stay as they were, an unmerge of one
    is refused (its upvotes' origin is unknown), a merge made after the upgrade can be
    undone."""
    from workshop_app.domain.ideas import UnmergeRefusal
    from workshop_app.store.ideas_repo import IdeasRepo

    path = tmp_path / f"v{version}.workshop"
    _file_at_version(path, version)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO polls (item_id, position, type, question) VALUES (1, 0, 'idea_wall', 'q')"
    )
    for text in ("Lights", "More lights", "Lamps"):
        conn.execute(
            "INSERT INTO ideas (poll_id, text, created_at) VALUES (1, ?, '2025-01-01')", (text,)
        )
    conn.execute("INSERT INTO idea_votes VALUES (1, 'v1', '2025-01-01'), (3, 'v3', '2025-01-01')")
    conn.execute("UPDATE ideas SET merged_into = 1 WHERE id = 2")
    conn.close()
    file = WorkshopFile.open(path)
    try:
        repo = IdeasRepo(file)
        assert repo.unmerge_refusal(2) == (UnmergeRefusal.NOT_RECORDED, None)
        assert repo.unmerge(2) is None
        repo.merge(1, [3])
        assert repo.unmerge(3) is not None
        assert [(r.text, r.votes, r.merged_into) for r in repo.rows(1)] == [
            ("Lights", 1, None),
            ("More lights", 0, 1),
            ("Lamps", 1, None),
        ]
    finally:
        file.close()
