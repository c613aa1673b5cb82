"""Scenario 2: list 10,000 purchased numbers, page size 100: total time, and peak memory at 1k vs 10k.

Time runs and memory runs are separate (tracemalloc slows allocation-heavy code, which would distort the
time). Items are counted and dropped as they arrive, as a caller streaming the list would: a pager that keeps
pages or items alive shows up as peak memory growing with the number of items listed.
"""

from __future__ import annotations

import time
import tracemalloc
from typing import Any

from common import Context
from stats import summary

WARMUP_ITEMS = 200


def _consume_sync(client: Any, top: int, limit: int) -> int:
    seen = 0
    for _ in client.iterate(top):
        seen += 1
        if seen >= limit:
            break
    return seen


async def _consume_async(client: Any, top: int, limit: int) -> int:
    seen = 0
    async for _ in client.iterate(top):
        seen += 1
        if seen >= limit:
            break
    return seen


def _consume(ctx: Context, mode: str, client: Any, limit: int) -> int:
    top = ctx.sizes.list_page_size
    if mode == "sync":
        return _consume_sync(client, top, limit)
    return ctx.run(_consume_async(client, top, limit))


def _peak_bytes(ctx: Context, mode: str, client: Any, limit: int) -> int:
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        seen = _consume(ctx, mode, client, limit)
        peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()
    if seen != limit:
        raise RuntimeError(f"listed {seen} numbers, expected {limit}")
    return peak


def listing(ctx: Context, sync_clients: dict[str, Any], async_clients: dict[str, Any]) -> dict[str, Any]:
    sizes = ctx.sizes
    clients = {"sync": sync_clients, "async": async_clients}
    for mode, by_name in clients.items():
        for client in by_name.values():
            _consume(ctx, mode, client, WARMUP_ITEMS)

    times: dict[str, dict[str, dict[str, list[float]]]] = {
        mode: {n: {"wall": [], "cpu": []} for n in ctx.contenders} for mode in clients
    }
    for _ in range(sizes.list_rounds):
        for mode in clients:
            for name in ctx.shuffled(ctx.contenders):
                wall0, cpu0 = time.perf_counter(), time.process_time()
                seen = _consume(ctx, mode, clients[mode][name], sizes.list_total)
                times[mode][name]["wall"].append(time.perf_counter() - wall0)
                times[mode][name]["cpu"].append(time.process_time() - cpu0)
                if seen != sizes.list_total:
                    raise RuntimeError(f"{name} ({mode}) listed {seen} numbers, expected {sizes.list_total}")

    result: dict[str, Any] = {}
    for mode in clients:
        result[mode] = {}
        for name in ctx.contenders:
            small = _peak_bytes(ctx, mode, clients[mode][name], sizes.list_small)
            large = _peak_bytes(ctx, mode, clients[mode][name], sizes.list_total)
            result[mode][name] = {
                "time_s": summary(times[mode][name]["wall"]),
                "cpu_s": summary(times[mode][name]["cpu"]),
                "peak_small_mb": small / 1e6,
                "peak_large_mb": large / 1e6,
                "growth_mb": (large - small) / 1e6,
            }
    return result
