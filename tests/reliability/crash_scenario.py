"""One seeded crash: phones vote and a note-taker writes while the server is SIGKILLed.

The seed fixes the phones' answers, their order, the note-taker's choices and the
moment of the kill (after the K-th acknowledgement, K drawn from the seed). Afterwards
the file is reopened read-only and checked against what was acknowledged:

- every vote a phone was told was received is in the file, with its answer or an answer
  the same phone sent later (a change may commit without its reply reaching the phone);
- no phone has two responses to one poll, and no open-text answer is stored twice;
- every note the note-taker was told was written is there, at that edit or a later one;
- ``PRAGMA integrity_check`` is ok and the app's own ``WorkshopFile.open`` accepts it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import signal
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from tests.reliability.crash_server import version_of
from workshop_app.domain.ballots import ballot
from workshop_app.store.errors import WorkshopFileError
from workshop_app.store.workshop_file import WorkshopFile

ROOT = Path(__file__).resolve().parents[2]
PHONES = 24
START_TIMEOUT = 30.0
CHANGEABLE = ("single", "multi", "scale", "text", "rank")  # "once" refuses a change


@dataclass
class CrashOutcome:
    seed: int
    kill_after: int
    votes_acknowledged: int = 0  # answers (phone and poll) with an acknowledged vote
    notes_acknowledged: int = 0  # notes with an acknowledged write
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    integrity: str = ""
    reopen_error: str = ""

    @property
    def ok(self) -> bool:
        return (
            not self.lost
            and not self.duplicated
            and self.integrity == "ok"
            and not self.reopen_error
        )

    def line(self) -> str:
        return (
            f"seed {self.seed}: killed after {self.kill_after} acks, "
            f"{self.votes_acknowledged} answers and {self.notes_acknowledged} notes "
            f"acknowledged, {len(self.lost)} lost, {len(self.duplicated)} duplicated, "
            f"integrity {self.integrity or 'not checked'}"
            + (f", reopen failed: {self.reopen_error}" if self.reopen_error else "")
        )


@dataclass
class PhoneLog:
    """What one phone sent to one poll, and how far its acknowledgements went."""

    sent: list[Any] = field(default_factory=list)
    acknowledged: int | None = None  # index into ``sent`` of the last acknowledged answer


def answer_for(name: str, rng: random.Random, tag: str) -> Any:
    if name in ("single",):
        return rng.randrange(3)
    if name == "once":
        return rng.randrange(2)
    if name == "multi":
        return sorted(rng.sample(range(4), rng.randint(1, 2)))
    if name == "scale":
        return rng.randint(1, 5)
    if name == "rank":
        order = [0, 1, 2]
        rng.shuffle(order)
        return order
    return f"idea {tag} <script>x</script>"  # unique per phone and send: never two alike


class Crash:
    def __init__(self, seed: int, path: Path) -> None:
        self.seed = seed
        self.path = path
        self.rng = random.Random(seed)
        self.kill_after = self.rng.randint(5, 250)
        self.acks = 0
        self.acks_by_kind: dict[str, int] = {}
        self.killed = asyncio.Event()
        self.proc: asyncio.subprocess.Process | None = None
        self.logs: dict[tuple[str, int], PhoneLog] = {}  # (poll name, phone) → log
        self.tokens: dict[int, str] = {}  # phone → its device token
        self.notes: dict[int, int] = {}  # note id → last acknowledged version
        self.polls: dict[str, int] = {}  # poll name → id, as the server process made them

    def acknowledge(self, kind: str) -> None:
        self.acks += 1
        self.acks_by_kind[kind] = self.acks_by_kind.get(kind, 0) + 1
        # The kill waits for both kinds of write, so every seed tests votes and notes.
        if self.acks >= self.kill_after and len(self.acks_by_kind) == 2:
            self.kill()

    def kill(self) -> None:
        if self.proc is not None and not self.killed.is_set():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGKILL)
            self.killed.set()

    async def run(self) -> None:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.reliability.crash_server",
            str(self.path),
            str(self.seed),
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
        )
        try:
            assert self.proc.stdout is not None
            first = await asyncio.wait_for(self.proc.stdout.readline(), START_TIMEOUT)
            words = first.decode().split()
            if not words or words[0] != "ready":
                raise RuntimeError(f"the server process did not start: {first!r}")
            join_url = words[1]
            polls = {k: int(v) for k, v in (p.split("=") for p in words[2].split(","))}
            self.polls = polls
            reader = asyncio.create_task(self.read_notes(self.proc.stdout))
            plans = [self.plan_for(phone) for phone in range(PHONES)]
            await asyncio.gather(
                *(self.phone(i, join_url, polls, plan) for i, plan in enumerate(plans))
            )
            self.kill()  # every phone is done before the K-th acknowledgement: kill now
            await reader
        finally:
            self.kill()
            await self.proc.wait()

    def plan_for(self, phone: int) -> list[tuple[str, Any]]:
        """The votes one phone sends, in order: every poll, some changed, "once" twice."""
        names = [*CHANGEABLE, "once", *self.rng.sample(CHANGEABLE, 2), "once"]
        self.rng.shuffle(names)
        return [
            (n, answer_for(n, self.rng, f"{self.seed}-{phone}-{i}")) for i, n in enumerate(names)
        ]

    async def read_notes(self, stdout: asyncio.StreamReader) -> None:
        while True:
            line = await stdout.readline()
            if not line.endswith(b"\n"):  # EOF, or a line cut by the kill: not acknowledged
                return
            kind, note_id, version = line.decode().split()
            if kind == "note":
                self.notes[int(note_id)] = max(int(version), self.notes.get(int(note_id), -1))
                self.acknowledge("note")

    async def phone(
        self, index: int, join_url: str, polls: dict[str, int], plan: list[tuple[str, Any]]
    ) -> None:
        jar = aiohttp.CookieJar(unsafe=True)
        timeout = aiohttp.ClientTimeout(total=20)
        async with aiohttp.ClientSession(cookie_jar=jar, timeout=timeout) as http:
            try:
                async with http.get(join_url) as page:
                    if page.status != 200:
                        return
                    await page.read()
            except (aiohttp.ClientError, TimeoutError):
                return
            self.tokens[index] = next(c.value for c in jar if c.key == "wsdevice")
            for name, answer in plan:
                if self.killed.is_set():
                    return
                log = self.logs.setdefault((name, index), PhoneLog())
                log.sent.append(answer)
                url = f"{join_url}/api/polls/{polls[name]}/vote"
                try:
                    async with http.post(url, json={"answer": answer}) as reply:
                        body = await reply.json()
                        status = reply.status
                except (aiohttp.ClientError, TimeoutError, json.JSONDecodeError):
                    return  # the server died under this request: not acknowledged
                if status == 200 and body.get("ok"):
                    if body["answer"] != answer:
                        raise AssertionError(f"server changed {answer!r} to {body['answer']!r}")
                    log.acknowledged = len(log.sent) - 1
                    self.acknowledge("vote")


def check(crash: Crash, outcome: CrashOutcome) -> None:
    """Compare the file after the kill with every acknowledgement (read-only)."""
    polls = crash.polls
    file = WorkshopFile.open(crash.path, read_only=True)
    try:
        conn = file.conn
        outcome.integrity = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        rows = conn.execute("SELECT poll_id, ballot, value FROM responses").fetchall()
        secret = ballot_secret_of(conn)
        stored: dict[tuple[int, str], list[Any]] = {}
        for poll_id, token, value in rows:
            stored.setdefault((poll_id, token), []).append(json.loads(value))
        for (poll_id, _token), values in stored.items():
            if len(values) > 1:
                outcome.duplicated.append(f"poll {poll_id}: one phone has {len(values)} answers")
        texts = [
            json.loads(v)
            for (v,) in conn.execute(
                "SELECT value FROM responses WHERE poll_id = ?", (polls["text"],)
            )
        ]
        for text in set(texts):
            if texts.count(text) > 1:
                outcome.duplicated.append(f"open-text answer stored {texts.count(text)} times")
        for (name, phone), log in crash.logs.items():
            if log.acknowledged is None:
                continue
            outcome.votes_acknowledged += 1
            # The file keeps a per-poll ballot of the phone's token (never the token).
            found = stored.get((polls[name], ballot(secret, polls[name], crash.tokens[phone])), [])
            # A change may commit without its reply arriving; "once" keeps its first answer.
            later = log.sent[log.acknowledged :] if name != "once" else [log.sent[0]]
            if not found or found[0] not in later:
                outcome.lost.append(f"{name} from phone {phone}: acknowledged {later[0]!r}")
        notes = {
            note_id: version_of(text)
            for note_id, text in conn.execute("SELECT id, text FROM notes")
        }
        outcome.notes_acknowledged = len(crash.notes)
        for note_id, version in crash.notes.items():
            if notes.get(note_id, -1) < version:
                outcome.lost.append(f"note {note_id}: acknowledged edit {version}")
    finally:
        file.close()


def ballot_secret_of(conn: sqlite3.Connection) -> str:
    """The live session's ballot key (the session was killed, so it is still there)."""
    row = conn.execute("SELECT ballot_secret FROM sessions ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0] or "") if row else ""


def run_crash(seed: int, folder: Path) -> CrashOutcome:
    """Run one seeded crash in ``folder`` and return what the file kept."""
    crash = Crash(seed, folder / f"crash-{seed}.workshop")
    outcome = CrashOutcome(seed, crash.kill_after)
    asyncio.run(crash.run())
    try:
        check(crash, outcome)
        reopened = WorkshopFile.open(crash.path)  # writable: the dead process's lock is gone
        try:
            if reopened.read_only is not None:
                outcome.reopen_error = reopened.read_only.message
        finally:
            reopened.close()
    except WorkshopFileError as err:
        outcome.reopen_error = str(err)
    return outcome
