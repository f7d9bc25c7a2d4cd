"""Every kind of bad file gets a clear message and keeps its bytes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.store.errors import (
    DamagedFile,
    FileMissing,
    NewerVersion,
    NotAWorkshopFile,
    WorkshopFileError,
)
from workshop_app.store.workshop_file import APPLICATION_ID, WorkshopFile


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_good(path: Path) -> None:
    file = WorkshopFile.create(path, Workshop(title="Good"))
    for n in range(30):
        file.add_item(AgendaItem(title=f"Item {n} " + "x" * 200))
    file.close()


def make_newer(path: Path) -> None:
    make_good(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def make_text(path: Path) -> None:
    path.write_text("Minutes of the meeting\nnot a database\n", encoding="utf-8")


def make_other_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('someone')")
    conn.commit()
    conn.close()


def make_other_app_with_id(path: Path) -> None:
    make_other_app(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()


def make_truncated(path: Path) -> None:
    make_good(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def make_truncated_header(path: Path) -> None:
    path.write_bytes(b"SQLite for")


def make_corrupt(path: Path) -> None:
    make_good(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, len(data) - 16, 97):  # scribble over later pages
        data[offset : offset + 8] = b"\xde\xad\xbe\xef\xde\xad\xbe\xef"
    path.write_bytes(bytes(data))


def make_missing_table(path: Path) -> None:
    make_good(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE notes_fts")
    conn.execute("DROP TABLE notes")
    conn.commit()
    conn.close()


def make_empty(path: Path) -> None:
    path.write_bytes(b"")


CASES: dict[str, tuple[Callable[[Path], None], type[WorkshopFileError], str]] = {
    "newer version": (make_newer, NewerVersion, "newer version"),
    "text file": (make_text, NotAWorkshopFile, "not a workshop file"),
    "another application's database": (make_other_app, NotAWorkshopFile, "another application"),
    "another application's id": (make_other_app_with_id, NotAWorkshopFile, "another application"),
    "truncated": (make_truncated, DamagedFile, "truncated"),
    "truncated header": (make_truncated_header, DamagedFile, "truncated"),
    "corrupt": (make_corrupt, DamagedFile, "damaged"),
    "missing table": (make_missing_table, DamagedFile, "missing table"),
    "empty": (make_empty, NotAWorkshopFile, "empty"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_file_is_refused_and_untouched(tmp_path: Path, case: str) -> None:
    make, error, words = CASES[case]
    path = tmp_path / "bad.workshop"
    make(path)
    before = digest(path)
    with pytest.raises(error) as raised:
        WorkshopFile.open(path)
    message = str(raised.value)
    assert words in message
    assert "\n" not in message and "Traceback" not in message
    assert digest(path) == before
    assert not (tmp_path / ".bad.workshop.lock").exists()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissing, match="no such file"):
        WorkshopFile.open(tmp_path / "nowhere.workshop")
    assert not (tmp_path / "nowhere.workshop").exists()


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkshopFile, match="folder"):
        WorkshopFile.open(tmp_path)


def test_read_only_folder_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Permission bits do not bind root, so simulate the medium saying no to writes.
    path = tmp_path / "ro.workshop"
    make_good(path)
    before = digest(path)
    real_access = os.access
    monkeypatch.setattr(
        "workshop_app.store.workshop_file.os.access",
        lambda p, mode: False if mode == os.W_OK else real_access(p, mode),
    )
    file = WorkshopFile.open(path)
    try:
        assert file.read_only is not None
        assert file.read_only.code == "no_permission"
        assert "read-only" in file.read_only.message
        assert file.load_workshop().title == "Good"
        assert len(file.items()) == 30
        with pytest.raises(WorkshopFileError, match="read-only"):
            file.add_item(AgendaItem(title="nope"))
    finally:
        file.close()
    assert digest(path) == before


def test_second_instance_gets_read_only_with_warning(workshop_path: Path) -> None:
    first = WorkshopFile.create(workshop_path, Workshop(title="Shared"))
    second = WorkshopFile.open(workshop_path)
    try:
        assert first.read_only is None
        assert second.read_only is not None and second.read_only.code == "open_elsewhere"
        assert "already open" in second.read_only.message
        with pytest.raises(WorkshopFileError):
            second.save_workshop(Workshop(title="Double write"))
    finally:
        second.close()
        first.close()
    third = WorkshopFile.open(workshop_path)  # the lock went with the first instance
    assert third.read_only is None
    third.close()


def test_lock_released_when_holder_process_dies(workshop_path: Path) -> None:
    import subprocess
    import sys

    make_good(workshop_path)
    code = (
        "import sys, os, signal\n"
        "from workshop_app.store.workshop_file import WorkshopFile\n"
        f"f = WorkshopFile.open({str(workshop_path)!r})\n"
        "print('held', flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "held" in proc.stdout and proc.returncode == -9
    file = WorkshopFile.open(workshop_path)
    assert file.read_only is None  # the operating system dropped the dead holder's lock
    file.close()


def test_application_id_is_in_the_header(workshop_file: WorkshopFile) -> None:
    workshop_file.close()
    raw = workshop_file.path.read_bytes()[68:72]
    assert int.from_bytes(raw, "big") == APPLICATION_ID
