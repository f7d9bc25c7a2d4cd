"""The one way to make a committed change: BEGIN IMMEDIATE … COMMIT, rolled back whole
if anything in it fails. Repositories are built on a bare connection and take their
transactions from here, or from the open file (which adds its read-only refusal)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Protocol, cast

Transaction = Callable[[], AbstractContextManager[sqlite3.Connection]]


class HasConnection(Protocol):
    """An open workshop file, as repositories see it."""

    conn: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One committed change on a bare connection; the error is passed on after rollback."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def connection_of(
    store: HasConnection | sqlite3.Connection,
) -> tuple[sqlite3.Connection, Transaction]:
    """The connection and the transaction to use: the file's own, or a bare connection's."""
    if isinstance(store, sqlite3.Connection) or not hasattr(store, "transaction"):
        conn = cast(sqlite3.Connection, store)  # or a stand-in for one (tests wrap it)
        return conn, lambda: write_transaction(conn)
    return store.conn, store.transaction
