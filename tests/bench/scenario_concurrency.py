"""Scenario 9: async throughput and CPU per call with N gets in flight (N = 1, 50, 200), one client each.

(Numbered 9 to stay clear of scenarios 7 and 8, which another branch adds for the emulator at scale.)

Contenders: ours as installed (the ``aiohttp`` extra is in the dev venv, so aiohttp), ours over httpx's own
transport as a plain install builds it (``acs_phonenumbers._pool.async_transport``: httpx's pool with our limits,
behind our admission gate), raw httpx (``httpx.AsyncClient`` with its defaults) and the official async client
(azure-core over aiohttp).

Every round runs ``concurrency_total`` gets per contender and N, through N worker tasks pulling from one list;
the contenders' order is shuffled every round and the N values alternate direction, so drift and noise from
other work on the machine hit all alike. Throughput = gets / wall time; CPU = ``time.process_time()`` of this
process (the emulator is another process) / gets.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import contenders
from common import Context
from contenders import OFFICIAL, OURS, RAW
from stats import summary

OURS_HTTPX = "ours, httpx transport"
IN_FLIGHT = (1, 50, 200)
TOTAL = 400  # gets per contender, N and round (full run)
QUICK_TOTAL = 40  # --quick is a smoke check of the harness (tests/e2e/test_bench_harness.py), not a measurement
WARMUP = 200  # one burst at the highest N first, so every pool has its connections open


class _OursHttpx(contenders.OursAsync):
    """Ours without the extra: the transport a plain install builds (httpx's pool, our limits and gate)."""

    name = OURS_HTTPX

    def __init__(self, connection_string: str, log: Any = None) -> None:
        from acs_phonenumbers._pool import async_transport
        from acs_phonenumbers.aio import PhoneNumbersClient

        self.client = PhoneNumbersClient.from_connection_string(connection_string, transport=async_transport(True))


def _names(ctx: Context) -> tuple[str, ...]:
    names = list(ctx.contenders)
    if OURS in names:
        names.insert(names.index(OURS) + 1, OURS_HTTPX)
    return tuple(names)


async def _make(name: str, connection_string: str) -> Any:
    if name == OURS_HTTPX:
        return _OursHttpx(connection_string)
    return contenders.ASYNC[name](connection_string, None)


async def _run(client: Any, numbers: list[str], in_flight: int) -> int:
    """All ``numbers`` fetched by ``in_flight`` workers; returns the number of failed gets."""
    queue = iter(numbers)
    errors = 0

    async def worker() -> None:
        nonlocal errors
        for number in queue:  # one shared iterator: each number is taken once
            try:
                await client.get(number)
            except Exception:
                errors += 1

    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return errors


def concurrency(ctx: Context) -> dict[str, Any]:
    total = QUICK_TOTAL if ctx.sizes.concurrency_rounds < 5 else TOTAL
    names = _names(ctx)
    cs = ctx.emulator.connection_string
    clients = {name: ctx.run(_make(name, cs)) for name in names}
    samples: dict[int, dict[str, dict[str, list[float]]]] = {
        n: {name: {"rps": [], "cpu_us": [], "errors": []} for name in names} for n in IN_FLIGHT
    }
    pool = ctx.numbers
    try:
        warmup = min(WARMUP, total)
        for name in names:
            ctx.run(_run(clients[name], [pool[i % len(pool)] for i in range(warmup)], max(IN_FLIGHT)))
        for round_no in range(ctx.sizes.concurrency_rounds):
            numbers = [pool[(round_no * total + i) % len(pool)] for i in range(total)]
            for n in IN_FLIGHT if round_no % 2 == 0 else tuple(reversed(IN_FLIGHT)):
                for name in ctx.shuffled(names):
                    wall0, cpu0 = time.perf_counter(), time.process_time()
                    errors = ctx.run(_run(clients[name], numbers, n))
                    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
                    samples[n][name]["rps"].append(total / wall)
                    samples[n][name]["cpu_us"].append(cpu / total * 1e6)
                    samples[n][name]["errors"].append(float(errors))
    finally:
        for client in clients.values():
            ctx.run(client.close())
    return {
        "total": total,
        "rounds": ctx.sizes.concurrency_rounds,
        "by_n": {
            str(n): {name: {metric: summary(values) for metric, values in by.items()} for name, by in by_name.items()}
            for n, by_name in samples.items()
        },
    }


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Throughput of ours (as installed) >= official at N = 50 and 200; ours over httpx >= raw httpx at every N."""
    rows: list[dict[str, Any]] = []
    block = results.get("concurrency_n")
    if not block:
        return rows
    for n, by_name in block["by_n"].items():
        pairs = [(OURS_HTTPX, RAW)]
        if n != "1":
            pairs.insert(0, (OURS, OFFICIAL))
        for ours, other in pairs:
            if ours in by_name and other in by_name:
                a, b = by_name[ours]["rps"]["median"], by_name[other]["rps"]["median"]
                ratio = a / b if b else float("inf")
                rows.append(
                    {
                        "target": f"async throughput, {n} in flight: {ours} >= {other}",
                        "measured": f"{a:.0f} vs {b:.0f} req/s",
                        "value": ratio,
                        "limit": 1.0,
                        "pass": ratio >= 1.0,
                    }
                )
    return rows


def markdown(results: dict[str, Any]) -> list[str]:
    block = results.get("concurrency_n")
    if not block:
        return []
    out = [
        f"## 9. Async concurrency: N gets in flight, one client ({block['rounds']} rounds x {block['total']} gets "
        "per contender and N)",
        "",
        f"**ours** = as installed here (the `aiohttp` extra: aiohttp); **{OURS_HTTPX}** = httpx's transports as a "
        "plain install builds them (`acs_phonenumbers._pool`: small pools behind one gate). CPU per call is this "
        "process only.",
        "",
        "| N | client | req/s | vs official | CPU µs/call | CPU vs official | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, by_name in block["by_n"].items():
        official = by_name.get(OFFICIAL)
        for name, s in by_name.items():
            rps = s["rps"]
            cpu = s["cpu_us"]
            vs = f"{rps['median'] / official['rps']['median']:.2f}x" if official else "-"
            cpu_vs = f"{cpu['median'] / official['cpu_us']['median']:.2f}x" if official else "-"
            out.append(
                f"| {n} | {name} | {rps['median']:.0f} [{rps['p25']:.0f}-{rps['p75']:.0f}] | {vs} | "
                f"{cpu['median']:.0f} [{cpu['p25']:.0f}-{cpu['p75']:.0f}] | {cpu_vs} | {s['errors']['max']:.0f} |"
            )
    return [*out, ""]
