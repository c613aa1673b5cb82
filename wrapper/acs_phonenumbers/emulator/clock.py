"""The emulator's clock: wall time plus an offset tests can move forward (never sleep to expire a search)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def wall_clock() -> datetime:
    return datetime.now(UTC)


class Clock:
    """``now()`` is ``source()`` plus everything passed to ``advance()`` since the last ``reset()``."""

    def __init__(self, source: Callable[[], datetime] = wall_clock) -> None:
        self._source = source
        self._offset = timedelta()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._source() + self._offset

    def advance(self, seconds: float) -> datetime:
        if seconds < 0:
            raise ValueError("the emulator's clock only moves forward")
        with self._lock:
            self._offset += timedelta(seconds=seconds)
        return self.now()

    def reset(self) -> None:
        with self._lock:
            self._offset = timedelta()
