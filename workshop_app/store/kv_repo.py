"""The workshop's own key/value settings (JSON values), as stored in the file."""

from __future__ import annotations

import sqlite3
from typing import Any

from workshop_app.store.codec import from_json, to_json
from workshop_app.store.transaction import HasConnection, connection_of


class KeyValueRepo:
    def __init__(self, store: HasConnection | sqlite3.Connection) -> None:
        self.conn, self._transaction = connection_of(store)

    def get(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
        return from_json(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO kv (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, to_json(value)),
            )
