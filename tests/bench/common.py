"""What every scenario gets: the run's sizes (full or --quick), the emulator, and one event loop."""

from __future__ import annotations

import asyncio
import dataclasses
import random
from collections.abc import Coroutine
from typing import Any, TypeVar

from server import EmulatorProcess

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Sizes:
    """How much work each scenario does. The full run stays under ~5 minutes on 2 cores."""

    call_rounds: int = 15  # scenario 1: interleaved rounds per contender
    calls_per_round: int = 200
    list_total: int = 10_000  # scenario 2: numbers listed (page size below)
    list_small: int = 1_000
    list_page_size: int = 100
    list_rounds: int = 3
    concurrency: int = 200  # scenario 3: concurrent gets through one async client
    concurrency_rounds: int = 5
    lro_seconds: float = 1.0  # scenario 4: server-side duration
    lro_intervals: tuple[float, ...] = (1.0, 0.3)
    lro_rounds: int = 2
    import_runs: int = 9  # scenario 5
    emulator_gets: int = 2_000  # scenario 6
    emulator_lists: int = 100
    emulator_concurrency: int = 16
    scale_small: int = 5_000  # scenario 7: listing everything at two sizes, seeding while serving
    scale_large: int = 50_000
    scale_rounds: int = 3
    lro_pace_seconds: tuple[float, ...] = (0.5, 2.5)  # scenario 8: sub-second and fractional operations
    lro_pace_interval: float = 0.3


QUICK = Sizes(
    call_rounds=5,
    calls_per_round=60,
    list_rounds=1,
    concurrency_rounds=2,
    lro_intervals=(1.0,),
    lro_rounds=1,
    import_runs=3,
    emulator_gets=400,
    emulator_lists=40,
    scale_small=500,
    scale_large=5_000,
    scale_rounds=1,
    lro_pace_seconds=(0.5,),
)


@dataclasses.dataclass
class Context:
    sizes: Sizes
    emulator: EmulatorProcess
    contenders: tuple[str, ...]
    numbers: list[str]
    loop: asyncio.Runner
    rng: random.Random = dataclasses.field(default_factory=lambda: random.Random(7))
    notes: list[str] = dataclasses.field(default_factory=list)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the one loop every async client of the run lives on."""
        return self.loop.run(coroutine)

    def shuffled(self, items: tuple[str, ...]) -> list[str]:
        """A fresh order for one round, so no contender always goes first (interleaving)."""
        order = list(items)
        self.rng.shuffle(order)
        return order
