"""Scenario 4: how soon a long-running operation is noticed as finished, and how many polls it took.

The emulator runs every operation for `lro_seconds`. When it has finished, the operation's status carries
`lastActionDateTime` = the instant it completed on the server (the emulator's clock is the machine's wall
clock, shared with this process). The lag is the time from that instant to the client's
begin_*().result() returning, final-resource fetch included; it is read back after each run with one extra
GET of the operation (not counted as a poll). Polls are counted at each client's transport (GETs of
/phoneNumbers/operations/...).
"""

from __future__ import annotations

import datetime
import itertools
import math
import time
from typing import Any

import contenders
from common import Context
from raw_client import API_VERSION, SEARCH_BODY, RawClient, RequestLog, _local
from stats import summary


def probe_retry_after(ctx: Context) -> dict[str, str | None]:
    """What the emulator says in Retry-After on the 202 and on a still-running status."""
    raw = RawClient(ctx.emulator.connection_string)
    try:
        path = f"/availablePhoneNumbers/countries/US/:search?api-version={API_VERSION}"
        accepted = raw._send("POST", path, SEARCH_BODY)
        running = raw._send("GET", _local(accepted.headers["operation-location"]))
        return {
            "accepted": accepted.headers.get("retry-after"),
            "running": running.headers.get("retry-after"),
            "running_status": running.json().get("status"),
        }
    finally:
        raw.close()


def _completed_at(raw: RawClient, operation_path: str) -> float:
    """Epoch seconds at which the emulator completed the operation (its lastActionDateTime once succeeded)."""
    body = raw._send("GET", _local(operation_path)).json()
    if body.get("status") != "succeeded":
        raise RuntimeError(f"operation {operation_path} is {body.get('status')}, expected succeeded")
    return datetime.datetime.fromisoformat(body["lastActionDateTime"].replace("Z", "+00:00")).timestamp()


def _measure(log: RequestLog, raw: RawClient, begin_and_wait: Any) -> dict[str, Any]:
    log.clear()
    outcome = begin_and_wait()
    returned = time.time()
    polls = [(path, t) for method, path, t in log.entries if method == "GET" and "/phoneNumbers/operations/" in path]
    posted = next(t for method, _path, t in log.entries if method == "POST")
    times = [posted, *(t for _path, t in polls)]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    return {
        "lag_s": returned - _completed_at(raw, polls[-1][0]),
        "polls": float(len(polls)),
        "min_gap_s": min(gaps),
        "outcome": outcome,
    }


def lro(ctx: Context) -> dict[str, Any]:
    sizes = ctx.sizes
    cs = ctx.emulator.connection_string
    logs = {(mode, name): RequestLog() for mode in ("sync", "async") for name in ctx.contenders}
    sync_clients = {name: contenders.SYNC[name](cs, logs["sync", name]) for name in ctx.contenders}

    async def make(name: str) -> contenders.AsyncContender:
        return contenders.ASYNC[name](cs, logs["async", name])

    async_clients = {name: ctx.run(make(name)) for name in ctx.contenders}
    retry_after = probe_retry_after(ctx)
    raw = RawClient(cs)

    samples: dict[str, dict[str, dict[str, dict[str, list[float]]]]] = {}
    for interval in sizes.lro_intervals:
        key = f"{interval:g}"
        samples[key] = {
            f"{mode}/{op}": {name: {"lag_s": [], "polls": [], "min_gap_s": []} for name in ctx.contenders}
            for mode in ("sync", "async")
            for op in ("search", "purchase")
        }
        for _ in range(sizes.lro_rounds):
            for mode in ("sync", "async"):
                for name in ctx.shuffled(ctx.contenders):
                    log = logs[mode, name]
                    if mode == "sync":
                        client = sync_clients[name]
                        search = _measure(log, raw, lambda c=client, p=interval: c.search(p))
                        purchase = _measure(
                            log, raw, lambda c=client, s=search, p=interval: c.purchase(s["outcome"], p)
                        )
                    else:
                        aclient = async_clients[name]
                        search = _measure(log, raw, lambda c=aclient, p=interval: ctx.run(c.search(p)))
                        purchase = _measure(
                            log,
                            raw,
                            lambda c=aclient, s=search, p=interval: ctx.run(c.purchase(s["outcome"], p)),
                        )
                    for op, measured in (("search", search), ("purchase", purchase)):
                        for metric in ("lag_s", "polls", "min_gap_s"):
                            samples[key][f"{mode}/{op}"][name][metric].append(measured[metric])

    for client in sync_clients.values():
        client.close()
    for aclient in async_clients.values():
        ctx.run(aclient.close())
    raw.close()

    result: dict[str, Any] = {"retry_after": retry_after, "lro_seconds": sizes.lro_seconds, "intervals": {}}
    for key, by_case in samples.items():
        interval = float(key)
        effective = float(retry_after["running"]) if (retry_after["running"] or "").isdigit() else interval
        result["intervals"][key] = {
            "effective_interval_s": effective,
            "allowed_polls": math.ceil(sizes.lro_seconds / effective) + 1,
            "cases": {
                case: {name: {m: summary(v) for m, v in metrics.items()} for name, metrics in by_name.items()}
                for case, by_name in by_case.items()
            },
        }
    return result
