"""SQLite document store: kinds of JSON documents by id. Knows nothing of the service's rules.

In memory by default; a file (WAL journal, synchronous=FULL) when given a path. Every change happens inside
``transaction()``, which serialises callers with a lock (the server thread and a test thread may both call).
"""

from __future__ import annotations

import builtins  # inside Store, `list` names the method below
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Document = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (kind, id)
)
"""


class Store:
    """JSON documents keyed by (kind, id), listed in insertion order."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else ":memory:"
        self._lock = threading.RLock()
        self._depth = 0
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        if path is not None:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute(_SCHEMA)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; nested calls join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._depth = 0

    def get(self, kind: str, id_: str) -> Document | None:
        with self._lock:
            row = self._conn.execute("SELECT body FROM documents WHERE kind = ? AND id = ?", (kind, id_)).fetchone()
        return None if row is None else _load(row[0])

    def put(self, kind: str, id_: str, doc: Document) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO documents (kind, id, body) VALUES (?, ?, ?) "
                "ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body",
                (kind, id_, json.dumps(doc)),
            )

    def delete(self, kind: str, id_: str) -> bool:
        with self.transaction():
            cur = self._conn.execute("DELETE FROM documents WHERE kind = ? AND id = ?", (kind, id_))
        return cur.rowcount > 0

    def list(self, kind: str) -> list[Document]:
        with self._lock:
            rows = self._conn.execute("SELECT body FROM documents WHERE kind = ? ORDER BY seq", (kind,)).fetchall()
        return [_load(r[0]) for r in rows]

    def page(self, kind: str, offset: int, limit: int) -> tuple[builtins.list[Document], int]:
        """``limit`` documents from ``offset`` in insertion order, and how many there are in all.

        Only the page is decoded, so listing N documents page by page costs O(N), not O(N^2).
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT body FROM documents WHERE kind = ? ORDER BY seq LIMIT ? OFFSET ?", (kind, limit, offset)
            ).fetchall()
            (total,) = self._conn.execute("SELECT COUNT(*) FROM documents WHERE kind = ?", (kind,)).fetchone()
        return [_load(r[0]) for r in rows], int(total)

    def list_where(self, kind: str, json_path: str, value: Any) -> builtins.list[Document]:
        """The documents of ``kind`` whose field at ``json_path`` (e.g. ``$.applied``) equals ``value``."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT body FROM documents WHERE kind = ? AND json_extract(body, ?) = ? ORDER BY seq",
                (kind, json_path, value),
            ).fetchall()
        return [_load(r[0]) for r in rows]

    def values(self, kind: str, json_path: str) -> builtins.list[Any]:
        """One field (e.g. ``$.phoneNumber``) of every document of ``kind``, without decoding the documents."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT json_extract(body, ?) FROM documents WHERE kind = ? ORDER BY seq", (json_path, kind)
            ).fetchall()
        return [r[0] for r in rows]

    def clear(self) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM documents")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _load(text: str) -> Document:
    doc = json.loads(text)
    assert isinstance(doc, dict)
    return doc
