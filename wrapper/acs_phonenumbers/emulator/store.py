"""SQLite document store: kinds of JSON documents by id. Knows nothing of the service's rules.

In memory by default; a file (WAL journal, synchronous=FULL) when given a path. Every change happens inside
``transaction()``, which serialises callers with a lock (the server thread and a test thread may both call).

Pages are cut by offset (the service's ``skip``), but read by key: the store remembers where each page it served
ended, so the next page starts from that row through the ``(kind, seq)`` index instead of counting ``skip`` rows
again, and it remembers each kind's count. Any change to a kind forgets both, so a page is always what
``LIMIT ? OFFSET ?`` would give; listing N documents page by page costs O(N), not O(N^2).
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
);
CREATE INDEX IF NOT EXISTS documents_kind_seq ON documents (kind, seq)
"""

_REMEMBERED_PAGES = 1024  # page ends kept per store (a few concurrent listings' worth)


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
        self._conn.executescript(_SCHEMA)
        # Per kind, a version that every change bumps; page ends and counts are valid for one version only.
        self._versions: dict[str, int] = {}
        self._epoch = 0  # bumped by a rollback: what was read inside the failed transaction is forgotten
        self._page_ends: dict[tuple[str, int], tuple[int, int, int]] = {}  # (kind, offset) -> (epoch, version, seq)
        self._counts: dict[str, tuple[int, int, int]] = {}  # kind -> (epoch, version, count)

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
                self._epoch += 1
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._depth = 0

    def get(self, kind: str, id_: str) -> Document | None:
        with self._lock:
            row = self._conn.execute("SELECT body FROM documents WHERE kind = ? AND id = ?", (kind, id_)).fetchone()
        return None if row is None else _load(row[0])

    def _changed(self, kind: str | None) -> None:
        if kind is None:
            self._epoch += 1
        else:
            self._versions[kind] = self._versions.get(kind, 0) + 1

    def _stamp(self, kind: str) -> tuple[int, int]:
        return self._epoch, self._versions.get(kind, 0)

    def put(self, kind: str, id_: str, doc: Document) -> None:
        with self.transaction():
            self._changed(kind)
            self._conn.execute(
                "INSERT INTO documents (kind, id, body) VALUES (?, ?, ?) "
                "ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body",
                (kind, id_, json.dumps(doc)),
            )

    def delete(self, kind: str, id_: str) -> bool:
        with self.transaction():
            cur = self._conn.execute("DELETE FROM documents WHERE kind = ? AND id = ?", (kind, id_))
            if cur.rowcount:
                self._changed(kind)
        return cur.rowcount > 0

    def list(self, kind: str) -> list[Document]:
        with self._lock:
            rows = self._conn.execute("SELECT body FROM documents WHERE kind = ? ORDER BY seq", (kind,)).fetchall()
        return [_load(r[0]) for r in rows]

    def page(self, kind: str, offset: int, limit: int) -> tuple[builtins.list[Document], int]:
        """``limit`` documents from ``offset`` in insertion order, and how many there are in all.

        Only the page is decoded; the page that follows one served before is read from where that one ended.
        """
        with self._lock:
            stamp = self._stamp(kind)
            end = self._page_ends.get((kind, offset))
            if offset == 0:
                rows = self._conn.execute(
                    "SELECT seq, body FROM documents WHERE kind = ? ORDER BY seq LIMIT ?", (kind, limit)
                ).fetchall()
            elif end is not None and end[:2] == stamp:
                rows = self._conn.execute(
                    "SELECT seq, body FROM documents WHERE kind = ? AND seq > ? ORDER BY seq LIMIT ?",
                    (kind, end[2], limit),
                ).fetchall()
            else:
                rows = self._conn.execute(
                    "SELECT seq, body FROM documents WHERE kind = ? ORDER BY seq LIMIT ? OFFSET ?",
                    (kind, limit, offset),
                ).fetchall()
            if rows:
                if len(self._page_ends) >= _REMEMBERED_PAGES:
                    self._page_ends.pop(next(iter(self._page_ends)))
                self._page_ends[(kind, offset + len(rows))] = (*stamp, rows[-1][0])
            counted = self._counts.get(kind)
            if counted is not None and counted[:2] == stamp:
                total = counted[2]
            else:
                (total,) = self._conn.execute("SELECT COUNT(*) FROM documents WHERE kind = ?", (kind,)).fetchone()
                self._counts[kind] = (*stamp, int(total))
        return [_load(r[1]) for r in rows], int(total)

    def has(self, kind: str, id_: str) -> bool:
        with self._lock:
            row = self._conn.execute("SELECT 1 FROM documents WHERE kind = ? AND id = ?", (kind, id_)).fetchone()
        return row is not None

    def ids(self, kind: str) -> builtins.list[str]:
        """The ids of every document of ``kind`` (read from the index, no document decoded)."""
        with self._lock:
            rows = self._conn.execute("SELECT id FROM documents WHERE kind = ?", (kind,)).fetchall()
        return [r[0] for r in rows]

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
            self._changed(None)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _load(text: str) -> Document:
    doc = json.loads(text)
    assert isinstance(doc, dict)
    return doc
