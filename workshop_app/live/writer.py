"""The one writer of the live server: a thread that owns its SQLite connection.

Votes queue up while a batch commits; the next batch takes everything that waited, so
a burst costs a few commits, not one per vote. A vote's future resolves only after
the transaction holding it has committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from workshop_app.live.reset_generations import ResetGenerations
from workshop_app.store.ideas_repo import IdeaWrite
from workshop_app.store.live_repo import LiveRepo, VoteResult, VoteWrite
from workshop_app.store.workshop_file import connect_for_thread

T = TypeVar("T")
MAX_BATCH = 500
STALE = VoteResult(None, refused="reset")  # the poll was reset after the vote was accepted
Queued = tuple[VoteWrite | IdeaWrite, int | None, "asyncio.Future[VoteResult]"]


class BatchWriter:
    def __init__(
        self, path: Path, session_id: int, generations: ResetGenerations | None = None
    ) -> None:
        self.path = path
        self.session_id = session_id
        self.generations = generations or ResetGenerations()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workshop-writer")
        self._repo: LiveRepo | None = None
        self._queue: asyncio.Queue[Queued] | None = None
        self._task: asyncio.Task[None] | None = None
        self.commits = 0

    async def start(self) -> None:
        self._repo = await self._in_thread(self._open)
        self._queue = asyncio.Queue()
        self._task = asyncio.get_running_loop().create_task(self._run())

    def _open(self) -> LiveRepo:
        conn: sqlite3.Connection = connect_for_thread(self.path)
        # A phone is told "received" only after commit; FULL makes that commit survive a
        # power cut too, not only a crash. One fsync per batch keeps the cost small.
        conn.execute("PRAGMA synchronous = FULL")
        return LiveRepo(conn, self.session_id)

    async def call(self, work: Callable[[LiveRepo], T]) -> T:
        """Run ``work`` on the writer thread with the repository (reads and small writes)."""
        repo = self._repo
        assert repo is not None
        return await self._in_thread(lambda: work(repo))

    async def vote(self, vote: VoteWrite | IdeaWrite, generation: int | None = None) -> VoteResult:
        """Commit ``vote``; with ``generation``, only if its poll was not reset since."""
        assert self._queue is not None
        future: asyncio.Future[VoteResult] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((vote, generation, future))
        return await future

    def _write_current(self, repo: LiveRepo, batch: list[Queued]) -> list[VoteResult]:
        """On the writer thread: store the votes whose poll was not reset meanwhile."""
        current = [g is None or self.generations.current(v.poll_id) == g for v, g, _ in batch]
        fresh = [vote for (vote, _, _), ok in zip(batch, current, strict=True) if ok]
        written = iter(repo.write_votes(fresh))
        return [next(written) if ok else STALE for ok in current]

    async def _run(self) -> None:
        assert self._queue is not None and self._repo is not None
        repo = self._repo
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty() and len(batch) < MAX_BATCH:
                batch.append(self._queue.get_nowait())
            try:
                results = await self._in_thread(lambda b=batch: self._write_current(repo, b))  # type: ignore[misc]
            except Exception as err:
                for _, _, future in batch:
                    if not future.done():
                        future.set_exception(err)
                continue
            self.commits += 1
            for (_, _, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)

    async def close(self) -> None:
        if self._task is not None:
            # Let queued votes commit before the connection closes.
            while self._queue is not None and not self._queue.empty():
                await asyncio.sleep(0.01)
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._repo is not None:
            repo = self._repo
            await self._in_thread(repo.conn.close)
            self._repo = None
        self._executor.shutdown(wait=True)

    async def _in_thread(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)
