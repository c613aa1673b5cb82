"""Scenarios 1 and 3: the cost of one get_purchased_phone_number call, and 200 concurrent gets.

1. Per call, sync and async: wall time and CPU time of this (client-only) process, over interleaved rounds
   (each round visits every contender in a fresh random order, so drift and warm-up hit all alike).
3. One async client: 200 gets one after another, then the same 200 through asyncio.gather.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import contenders
from common import Context
from stats import summary

WARMUP_CALLS = 20


def _numbers(ctx: Context, start: int, count: int) -> list[str]:
    pool = ctx.numbers
    return [pool[(start + i) % len(pool)] for i in range(count)]


async def _sequential(client: contenders.AsyncContender, numbers: list[str]) -> None:
    for number in numbers:
        await client.get(number)


async def _concurrent(client: contenders.AsyncContender, numbers: list[str]) -> int:
    outcomes = await asyncio.gather(*(client.get(n) for n in numbers), return_exceptions=True)
    return sum(isinstance(o, BaseException) for o in outcomes)


async def _make_async(name: str, connection_string: str) -> contenders.AsyncContender:
    return contenders.ASYNC[name](connection_string, None)


def open_clients(ctx: Context) -> tuple[dict[str, Any], dict[str, Any]]:
    cs = ctx.emulator.connection_string
    sync_clients = {name: contenders.SYNC[name](cs, None) for name in ctx.contenders}
    async_clients = {name: ctx.run(_make_async(name, cs)) for name in ctx.contenders}
    warm = _numbers(ctx, 0, WARMUP_CALLS)
    for name in ctx.contenders:
        for number in warm:
            sync_clients[name].get(number)
        ctx.run(_sequential(async_clients[name], warm))
    return sync_clients, async_clients


def close_clients(ctx: Context, sync_clients: dict[str, Any], async_clients: dict[str, Any]) -> None:
    for client in sync_clients.values():
        client.close()
    for client in async_clients.values():
        ctx.run(client.close())


def per_call(ctx: Context, sync_clients: dict[str, Any], async_clients: dict[str, Any]) -> dict[str, Any]:
    sizes = ctx.sizes
    count = sizes.calls_per_round
    samples: dict[str, dict[str, dict[str, list[float]]]] = {
        mode: {name: {"wall_us": [], "cpu_us": []} for name in ctx.contenders} for mode in ("sync", "async")
    }
    for round_no in range(sizes.call_rounds):
        numbers = _numbers(ctx, round_no * count, count)
        for mode in ("sync", "async") if round_no % 2 == 0 else ("async", "sync"):
            for name in ctx.shuffled(ctx.contenders):
                wall0, cpu0 = time.perf_counter(), time.process_time()
                if mode == "sync":
                    client = sync_clients[name]
                    for number in numbers:
                        client.get(number)
                else:
                    ctx.run(_sequential(async_clients[name], numbers))
                wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
                samples[mode][name]["wall_us"].append(wall / count * 1e6)
                samples[mode][name]["cpu_us"].append(cpu / count * 1e6)
    return {
        mode: {
            name: {metric: summary(values) for metric, values in by_metric.items()}
            for name, by_metric in by_name.items()
        }
        for mode, by_name in samples.items()
    }


def concurrency(ctx: Context, async_clients: dict[str, Any]) -> dict[str, Any]:
    sizes = ctx.sizes
    n = sizes.concurrency
    samples: dict[str, dict[str, list[float]]] = {
        name: {"sequential_rps": [], "concurrent_rps": [], "concurrent_cpu_us": [], "errors": []}
        for name in ctx.contenders
    }
    for round_no in range(sizes.concurrency_rounds):
        numbers = _numbers(ctx, round_no * n, n)
        for name in ctx.shuffled(ctx.contenders):
            client = async_clients[name]
            wall0 = time.perf_counter()
            ctx.run(_sequential(client, numbers))
            samples[name]["sequential_rps"].append(n / (time.perf_counter() - wall0))
            wall0, cpu0 = time.perf_counter(), time.process_time()
            errors = ctx.run(_concurrent(client, numbers))
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            samples[name]["concurrent_rps"].append(n / wall)
            samples[name]["concurrent_cpu_us"].append(cpu / n * 1e6)
            samples[name]["errors"].append(float(errors))
    return {
        name: {metric: summary(values) for metric, values in by_metric.items()} for name, by_metric in samples.items()
    }
