"""SIGKILL in the middle of a live session: nothing acknowledged is lost, the same link
works after resuming, and nobody gets a second vote out of it."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
import yarl

from tests.live.conftest import Phone, new_phone
from workshop_app.live.server import LiveConfig, LiveServer
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile

ROOT = Path(__file__).resolve().parents[2]


def start_subprocess(path: Path) -> tuple[subprocess.Popen[str], str, dict[str, int]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.live.serve_for_test", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    assert line, "the server process printed nothing"
    polls = {k: int(v) for k, v in (pair.split("=") for pair in line[1].split(","))}
    return proc, line[0], polls


def kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


class _Poll:
    def __init__(self, poll_id: int) -> None:
        self.id = poll_id


def test_sigkill_then_resume_same_link_and_one_vote_rule(tmp_path: Path) -> None:
    path = tmp_path / "crash.workshop"
    proc, join_url, polls = start_subprocess(path)
    cookies: list[dict[str, str]] = []
    try:

        async def before() -> None:
            for i in range(6):
                phone = await new_phone(join_url)
                async with phone.http:
                    await phone.join()
                    status, _ = await phone.vote(_Poll(polls["once"]), i % 2)  # type: ignore[arg-type]
                    assert status == 200
                    cookies.append({c.key: c.value for c in phone.http.cookie_jar})

        asyncio.run(before())
    finally:
        kill(proc)

    file = WorkshopFile.open(path)  # the dead process's lock went with it
    assert file.read_only is None
    assert file.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    session = SessionsRepo(file).live()
    assert session is not None and session.id is not None
    assert join_url == f"http://{session.host}:{session.port}/j/{session.join_token}"
    server = LiveServer(
        path,
        session.id,
        LiveConfig(
            host=session.host,
            port=session.port or 0,
            join_token=session.join_token,
            room_code=session.room_code,
        ),
    )
    server.start()
    try:
        assert server.join_url == join_url  # printed handouts and phones still work

        async def after() -> list[tuple[int, dict[str, Any]]]:
            jar = aiohttp.CookieJar(unsafe=True)
            jar.update_cookies(cookies[0], response_url=yarl.URL(join_url))
            returning = Phone(aiohttp.ClientSession(cookie_jar=jar), join_url)
            newcomer = await new_phone(join_url)
            async with returning.http, newcomer.http:
                again = await returning.vote(_Poll(polls["once"]), 1)  # type: ignore[arg-type]
                await newcomer.join()
                fresh = await newcomer.vote(_Poll(polls["once"]), 1)  # type: ignore[arg-type]
                return [again, fresh]

        again, fresh = asyncio.run(after())
        assert again[0] == 409 and again[1]["error"] == "already"
        assert fresh[0] == 200
    finally:
        server.stop()
    values = [
        json.loads(r[0])
        for r in file.conn.execute(
            "SELECT value FROM responses WHERE poll_id = ? ORDER BY id", (polls["once"],)
        )
    ]
    file.close()
    assert sorted(values) == [0, 0, 0, 1, 1, 1, 1]


def test_sigkill_during_a_burst_loses_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "burst.workshop"
    proc, join_url, polls = start_subprocess(path)
    acknowledged: list[tuple[int, Any]] = []

    async def burst() -> None:
        phones = [await new_phone(join_url) for _ in range(40)]
        try:
            await asyncio.gather(*(p.join() for p in phones))

            async def vote(phone: Phone, i: int) -> None:
                name = ["single", "scale", "text"][i % 3]
                answer: Any = {"single": i % 3, "scale": 1 + i % 5, "text": f"idea {i}"}[name]
                try:
                    status, body = await phone.vote(_Poll(polls[name]), answer)  # type: ignore[arg-type]
                except (TimeoutError, aiohttp.ClientError):
                    return
                if status == 200:
                    acknowledged.append((polls[name], body["answer"]))
                if i == 25:
                    kill(proc)  # mid-burst, while other votes are in flight

            await asyncio.gather(*(vote(p, i) for i, p in enumerate(phones)))
        finally:
            await asyncio.gather(*(p.http.close() for p in phones))

    try:
        asyncio.run(burst())
    finally:
        if proc.poll() is None:
            kill(proc)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = [
        (r[0], json.loads(r[1])) for r in conn.execute("SELECT poll_id, value FROM responses")
    ]
    twice = conn.execute(
        "SELECT poll_id, ballot FROM responses GROUP BY poll_id, ballot HAVING COUNT(*) > 1"
    ).fetchall()
    conn.close()
    assert twice == []  # no device counted twice on a poll
    assert len(acknowledged) >= 20
    for ack in acknowledged:
        assert stored.count(ack) >= acknowledged.count(ack), f"acknowledged but lost: {ack}"
