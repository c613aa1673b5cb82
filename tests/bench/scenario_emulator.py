"""Scenario 6: the emulator's own throughput and latency for get and list (one page of 100, anywhere in the list).

Load comes from raw aiohttp with the hand-written HMAC signing of raw_client.py: the cheapest client at hand
(about a fifth of httpx's async CPU per request), so that the numbers describe the server rather than the load
generator. One request at a time, then `emulator_concurrency` in flight. If a client's per-call wall time in
scenario 1 is close to the sequential latency here, the server, not the client, bounds that comparison.
"""

from __future__ import annotations

import asyncio
import base64
import time
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from common import Context
from raw_client import API_VERSION, hmac_headers, parse_connection_string
from stats import percentile


async def _load(
    session: aiohttp.ClientSession, host: str, secret: bytes, paths: list[str], concurrency: int
) -> tuple[float, list[float]]:
    latencies: list[float] = []
    queue = iter(paths)

    async def worker() -> None:
        for path in queue:
            started = time.perf_counter()
            async with session.get(path, headers=hmac_headers("GET", path, host, b"", secret)) as response:
                await response.read()
                if response.status != 200:
                    raise RuntimeError(f"GET {path}: {response.status}")
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started, latencies


def throughput(ctx: Context) -> dict[str, Any]:
    sizes = ctx.sizes
    pool = ctx.numbers
    top = sizes.list_page_size
    total = max(sizes.list_total, top)  # run.py seeds list_total numbers: the pages span the whole listing
    workloads = {
        "get": [
            f"/phoneNumbers/%2B{pool[i % len(pool)].lstrip('+')}?api-version={API_VERSION}"
            for i in range(sizes.emulator_gets)
        ],
        f"list (page of {top})": [
            f"/phoneNumbers?skip={(i * top) % (total - top + 1)}&top={top}&api-version={API_VERSION}"
            for i in range(sizes.emulator_lists)
        ],
    }
    endpoint, key = parse_connection_string(ctx.emulator.connection_string)
    host, secret = urlsplit(endpoint).netloc, base64.b64decode(key)

    async def run_all() -> dict[str, Any]:
        out: dict[str, Any] = {}
        async with aiohttp.ClientSession(endpoint) as session:
            await _load(session, host, secret, workloads["get"][:20], 1)  # warm-up
            for name, paths in workloads.items():
                for concurrency in (1, sizes.emulator_concurrency):
                    elapsed, latencies = await _load(session, host, secret, paths, concurrency)
                    out[f"{name}, {concurrency} in flight"] = {
                        "requests": len(paths),
                        "rps": len(paths) / elapsed,
                        "p50_ms": percentile(latencies, 50) * 1000,
                        "p99_ms": percentile(latencies, 99) * 1000,
                    }
        return out

    return ctx.run(run_all())
