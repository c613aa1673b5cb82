"""Scenario 8: operations that take a fraction of a second, or a whole number of seconds and a half.

Scenario 4's measurement (lag from the operation's completion on the server to `result()` returning, polls per
operation) on the emulator's own process, with its operations set (`/_emulator/lro`) to each of
`lro_pace_seconds` in turn, and every client polling every `lro_pace_interval` seconds unless told otherwise by
`Retry-After`. An emulator whose `Retry-After` rounds a 0.5 s operation up to one second makes every client
notice it about half a second late; without a header below one second, each client's own interval applies.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import scenario_lro
from common import Context

LAG_LIMIT_S = 0.35  # for the sub-second case: result() within this long of the operation's end


def lro_pace(ctx: Context) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        for seconds in ctx.sizes.lro_pace_seconds:
            ctx.emulator.admin("POST", "lro", {"seconds": seconds})
            sizes = dataclasses.replace(ctx.sizes, lro_seconds=seconds, lro_intervals=(ctx.sizes.lro_pace_interval,))
            out[f"{seconds:g}"] = scenario_lro.lro(dataclasses.replace(ctx, sizes=sizes))
    finally:
        ctx.emulator.admin("POST", "lro", {"seconds": ctx.sizes.lro_seconds})
    return out


def _cases(block: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    ((_, by_interval),) = block["intervals"].items()
    return [(case, name, s) for case, by_name in by_interval["cases"].items() for name, s in by_name.items()]


def markdown(results: dict[str, Any]) -> list[str]:
    if "lro_pace" not in results:
        return []
    out = [
        "## 8. Short and fractional operations (search then purchase, polling interval "
        f"{next(iter(next(iter(results['lro_pace'].values()))['intervals']))} s)",
        "",
        "Lag = client return minus the operation's completion on the server, as in scenario 4.",
        "",
        "| operation takes | Retry-After (202 / running) | case | client | lag ms median [max] | polls median [max] |",
        "|---|---|---|---|---|---|",
    ]
    for seconds, block in results["lro_pace"].items():
        ra = block["retry_after"]
        for case, name, s in _cases(block):
            out.append(
                f"| {seconds} s | `{ra['accepted']}` / `{ra['running']}` | {case} | {name} | "
                f"{s['lag_s']['median'] * 1000:.0f} [{s['lag_s']['max'] * 1000:.0f}] | "
                f"{s['polls']['median']:.0f} [{s['polls']['max']:.0f}] |"
            )
    return [*out, ""]


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    block = results.get("lro_pace", {}).get("0.5")
    if block is None:
        return []
    worst = max(s["lag_s"]["max"] for case, name, s in _cases(block) if name == "ours")
    return [
        {
            "target": f"0.5 s operation, 0.3 s interval: result() (ours) within {LAG_LIMIT_S} s of its end",
            "measured": f"worst lag {worst * 1000:.0f} ms",
            "value": worst,
            "limit": LAG_LIMIT_S,
            "pass": worst <= LAG_LIMIT_S,
        }
    ]
