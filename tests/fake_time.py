"""A clock that only moves when the code under test sleeps (retries, pollers): no real waiting in tests."""

from __future__ import annotations


class FakeTime:
    """``clock()`` reads ``now``; ``sleep``/``asleep`` record the delay and move ``now`` on by it."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
