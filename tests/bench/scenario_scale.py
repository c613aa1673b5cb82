"""Scenario 7: the emulator at scale. Paging through everything at 5,000 and at 50,000 purchased numbers, seeding
while another client is served, and the emulator's own rate for a GET and for deep pages.

A fresh emulator (its own process, like the main one) is seeded with `scale_small` numbers and listed from the
first page to the last with our sync client (page size 100; the fastest of `scale_rounds` listings, one fewer at
the large size), then topped up to `scale_large` and listed again:
linear paging costs about `scale_large / scale_small` times as much; paging that counts `skip` rows for every
page grows with the square. While the top-up seeding runs, a second client GETs one number over and over: its
slowest answer is how long seeding kept other clients waiting. Then raw aiohttp load (scenario 6's) measures
requests per second for a GET and for pages deep in the list, out of order, so no page follows the one before.
"""

from __future__ import annotations

import base64
import random
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import contenders
from common import Context
from raw_client import API_VERSION, RawClient, hmac_headers, parse_connection_string
from scenario_emulator import _load
from server import EmulatorProcess
from stats import percentile

TOP = 100


def _list_all(client: Any, expected: int, rounds: int) -> float:
    """The fastest of ``rounds`` listings of everything (other work on a shared machine only ever adds time)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        seen = sum(1 for _ in client.iterate(TOP))
        best = min(best, time.perf_counter() - started)
        if seen != expected:
            raise RuntimeError(f"listed {seen} numbers, expected {expected}")
    return best


def _seed_while_serving(emulator: EmulatorProcess, count: int, probe_number: str) -> dict[str, float]:
    """Seed ``count`` numbers while another client GETs ``probe_number``; the seeding time and the slowest GET."""
    raw = RawClient(emulator.connection_string)
    raw.get_purchased_phone_number(probe_number)  # connected and warm
    latencies: list[float] = []
    done = threading.Event()

    def probe() -> None:
        while not done.is_set():
            started = time.perf_counter()
            raw.get_purchased_phone_number(probe_number)
            latencies.append(time.perf_counter() - started)

    thread = threading.Thread(target=probe)
    thread.start()
    started = time.perf_counter()
    try:
        emulator.seed_purchased_numbers(count)
    finally:
        seeding = time.perf_counter() - started
        done.set()
        thread.join()
        raw.close()
    return {
        "seed_s": seeding,
        "gets_during_seed": float(len(latencies)),
        "get_max_ms": max(latencies) * 1000,
        "get_p50_ms": percentile(latencies, 50) * 1000,
    }


def _throughput(ctx: Context, emulator: EmulatorProcess, pool: list[str], total: int) -> dict[str, Any]:
    sizes = ctx.sizes
    rng = random.Random(17)
    deep = [rng.randrange(total // 2, total - TOP) for _ in range(sizes.emulator_lists)]
    workloads = {
        "get": [f"/phoneNumbers/%2B{rng.choice(pool).lstrip('+')}?api-version={API_VERSION}" for _ in range(400)],
        f"page of {TOP} at skip {total // 2:,}-{total:,}": [
            f"/phoneNumbers?skip={skip}&top={TOP}&api-version={API_VERSION}" for skip in deep
        ],
    }
    endpoint, key = parse_connection_string(emulator.connection_string)
    host, secret = urlsplit(endpoint).netloc, base64.b64decode(key)

    async def run_all() -> dict[str, Any]:
        out: dict[str, Any] = {}
        async with aiohttp.ClientSession(endpoint) as session:
            path = workloads["get"][0]
            async with session.get(path, headers=hmac_headers("GET", path, host, b"", secret)) as warm:
                await warm.read()
            for name, paths in workloads.items():
                elapsed, latencies = await _load(session, host, secret, paths, 1)
                out[f"{name} ({total:,} numbers)"] = {
                    "requests": len(paths),
                    "rps": len(paths) / elapsed,
                    "p50_ms": percentile(latencies, 50) * 1000,
                    "p99_ms": percentile(latencies, 99) * 1000,
                }
        return out

    return ctx.run(run_all())


def scale(ctx: Context, command: list[str] | None = None) -> dict[str, Any]:
    sizes = ctx.sizes
    small, large = sizes.scale_small, sizes.scale_large
    result: dict[str, Any] = {"small": small, "large": large, "page_size": TOP, "rounds": sizes.scale_rounds}
    with EmulatorProcess(lro_seconds=0, command=command) as emulator:
        started = time.perf_counter()
        pool = emulator.seed_purchased_numbers(small)
        result["seed_small_s"] = time.perf_counter() - started
        client = contenders.SYNC[contenders.OURS](emulator.connection_string, None)
        try:
            _list_all(client, small, 1)  # warm: imports, connection, the emulator's first pages
            result["list_small_s"] = _list_all(client, small, sizes.scale_rounds)
            result["seeding"] = _seed_while_serving(emulator, large - small, pool[0])
            result["list_large_s"] = _list_all(client, large, max(1, sizes.scale_rounds - 1))
        finally:
            client.close()
        result["ratio"] = result["list_large_s"] / result["list_small_s"]
        result["throughput"] = _throughput(ctx, emulator, pool, large)
    return result


def markdown(results: dict[str, Any]) -> list[str]:
    if "scale" not in results:
        return []
    r = results["scale"]
    seeding = r["seeding"]
    out = [
        f"## 7. The emulator at scale: listing {r['small']:,} and {r['large']:,} purchased numbers",
        "",
        f"Our sync client pages through every number (page size {r['page_size']}) of a fresh emulator (fastest of "
        f"{r.get('rounds', 1)} listings at the smaller size). Linear "
        f"paging costs about {r['large'] / r['small']:.0f}x as much for {r['large'] / r['small']:.0f}x the numbers.",
        "",
    ]
    rows = [
        [f"{r['small']:,}", f"{r['list_small_s']:.2f}", "1.00x"],
        [f"{r['large']:,}", f"{r['list_large_s']:.2f}", f"{r['ratio']:.2f}x"],
    ]
    out += ["| numbers | listing s | vs smallest |", "|---|---|---|", *(f"| {' | '.join(row)} |" for row in rows), ""]
    out += [
        f"Seeding {r['large'] - r['small']:,} numbers took {seeding['seed_s']:.1f} s; meanwhile another client's "
        f"{seeding['gets_during_seed']:.0f} GETs took {seeding['get_p50_ms']:.1f} ms (median), "
        f"{seeding['get_max_ms']:.0f} ms at most.",
        "",
        "The emulator's own rate (raw aiohttp, one request at a time; deep pages in random order, so none is the "
        "page after the one before):",
        "",
        "| workload | requests | req/s | p50 ms | p99 ms |",
        "|---|---|---|---|---|",
    ]
    out += [
        f"| {name} | {s['requests']} | {s['rps']:.0f} | {s['p50_ms']:.2f} | {s['p99_ms']:.2f} |"
        for name, s in r["throughput"].items()
    ]
    return [*out, ""]


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    if "scale" not in results:
        return []
    r = results["scale"]
    limit = 1.3 * r["large"] / r["small"]
    return [
        {
            "target": f"listing {r['large']:,} numbers <= {limit:.0f}x listing {r['small']:,} (linear)",
            "measured": f"{r['list_large_s']:.2f} s vs {r['list_small_s']:.2f} s",
            "value": r["ratio"],
            "limit": limit,
            "pass": r["ratio"] <= limit,
        }
    ]
