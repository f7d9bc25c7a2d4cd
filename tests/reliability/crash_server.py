"""A live session plus a note-taker in one process, for tests that kill it with SIGKILL.

Usage: python -m tests.reliability.crash_server FILE SEED

Creates FILE with every poll open, starts the real live server on loopback, prints
``ready JOIN_URL name=id,…`` and then keeps adding and editing notes through the same
store code the notes pane uses. Each note write is printed as ``note ID VERSION`` only
after its transaction committed, so a line on stdout is an acknowledgement.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from tests.live.serve_for_test import poll_ids, start_open_room
from workshop_app.clock import SystemClock
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.workshop_file import WorkshopFile

NOTE_PAUSE = 0.001  # a very fast note-taker: note writes interleave with the votes


def note_text(version: int) -> str:
    """The text of a note at an edit version; the version can be read back from it."""
    return f"v{version} <b>edit</b> & 'quote'"


def version_of(text: str) -> int:
    return int(text.split(" ", 1)[0][1:])


def main(path: Path, seed: int) -> None:
    file, polls, server = start_open_room(path, unlimited_devices=True)
    print(f"ready {server.join_url} {poll_ids(polls)}", flush=True)
    take_notes(file, random.Random(seed), next(iter(polls.values())).item_id)


def take_notes(file: WorkshopFile, rng: random.Random, item_id: int | None) -> None:
    """Add and edit notes on this (the opening) thread until the process is killed."""
    notes = NotesRepo(file)
    versions: dict[int, int] = {}
    clock = SystemClock()
    while True:
        if versions and rng.random() < 0.5:
            note_id = rng.choice(list(versions))
            note = notes.get(note_id)
            assert note is not None
            note.text = note_text(versions[note_id] + 1)
            note.updated_at = clock.now()
            notes.update(note)
            versions[note_id] += 1
        else:
            kind = rng.choice(list(NoteKind))
            added = notes.add(
                Note(kind=kind, text=note_text(0), item_id=item_id, created_at=clock.now())
            )
            assert added.id is not None
            note_id = added.id
            versions[note_id] = 0
        print(f"note {note_id} {versions[note_id]}", flush=True)  # committed: acknowledge
        time.sleep(NOTE_PAUSE)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
