"""`make bench`: our client vs raw httpx (the floor) vs the official client, against one emulator process.

    .venv/bin/python tests/bench/run.py            # full run (~5 min on 2 cores), rewrites BENCHMARKS.md + chart
    .venv/bin/python tests/bench/run.py --quick    # fewer rounds, for a smoke check
    .venv/bin/python tests/bench/run.py --only 1,2 --no-write
    .venv/bin/python tests/bench/run.py --profile /tmp/prof   # also cProfile our client (per call, listing)

Scenarios: 1 per-call cost, 2 listing, 3 async concurrency, 4 LRO completion, 5 import time, 6 emulator
throughput, 7 the emulator at scale (listing 5k vs 50k, seeding while serving, deep pages), 8 operations of 0.5 s
and 2.5 s, 9 async throughput at N = 1, 50, 200 in flight (with and without the aiohttp extra).
Results go to tests/bench/results.json, tests/bench/BENCHMARKS.md and tests/bench/benchmarks.svg.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import dataclasses
import datetime
import io
import json
import os
import pstats
import shlex
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import contenders  # noqa: E402
import report  # noqa: E402
import scenario_calls  # noqa: E402
import scenario_concurrency  # noqa: E402
import scenario_emulator  # noqa: E402
import scenario_import  # noqa: E402
import scenario_listing  # noqa: E402
import scenario_lro  # noqa: E402
import scenario_lro_pace  # noqa: E402
import scenario_scale  # noqa: E402
from common import QUICK, Context, Sizes  # noqa: E402
from server import EmulatorProcess, cpu_split  # noqa: E402

GET_POOL = 500  # numbers the per-call scenarios cycle through


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and runs (smoke check)")
    parser.add_argument("--only", default="1,2,3,4,5,6,7,8,9", help="comma-separated scenario numbers to run")
    parser.add_argument("--no-write", action="store_true", help="print results, leave BENCHMARKS.md and chart alone")
    parser.add_argument("--profile", metavar="DIR", help="write cProfile reports of our client to DIR")
    parser.add_argument("--render-only", action="store_true", help="rewrite BENCHMARKS.md and chart from results.json")
    parser.add_argument(
        "--merge", action="store_true", help="keep the other scenarios' results from results.json (with --only)"
    )
    parser.add_argument("--emulator-cmd", help="command that starts the emulator (default: python -m ...)")
    return parser.parse_args(argv)


def profile_ours(ctx: Context, directory: Path) -> list[Path]:
    """cProfile our client doing per-call gets (sync, async) and a 10k listing (sync, async)."""
    directory.mkdir(parents=True, exist_ok=True)
    cs = ctx.emulator.connection_string
    written = []
    numbers = ctx.numbers[:1000]

    async def async_gets(client: Any) -> None:
        for number in numbers:
            await client.get(number)

    async def async_list(client: Any) -> None:
        async for _ in client.iterate(ctx.sizes.list_page_size):
            pass

    sync_client = contenders.SYNC[contenders.OURS](cs, None)

    async def make() -> Any:
        return contenders.ASYNC[contenders.OURS](cs, None)

    async_client = ctx.run(make())
    work = {
        "per-call-sync": lambda: [sync_client.get(n) for n in numbers],
        "per-call-async": lambda: ctx.run(async_gets(async_client)),
        "listing-sync": lambda: sum(1 for _ in sync_client.iterate(ctx.sizes.list_page_size)),
        "listing-async": lambda: ctx.run(async_list(async_client)),
    }
    for name, job in work.items():
        job()  # warm
        profiler = cProfile.Profile()
        profiler.enable()
        job()
        profiler.disable()
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).strip_dirs()
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(40)
        path = directory / f"ours-{name}.txt"
        path.write_text(text.getvalue())
        written.append(path)
    sync_client.close()
    ctx.run(async_client.close())
    return written


def step(label: str, since: list[float]) -> None:
    """Print progress with the time the previous step took."""
    now = time.perf_counter()
    print(f"[{now - since[0]:6.1f} s] {label}", flush=True)
    since[0] = now


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.render_only:
        saved = json.loads((HERE / "results.json").read_text())
        write_outputs(saved["results"], saved["meta"])
        return 0
    sizes: Sizes = QUICK if args.quick else Sizes()
    only = {int(part) for part in args.only.split(",") if part.strip()}
    names = contenders.available()
    notes = []
    if contenders.OURS not in names:
        notes.append("acs_phonenumbers clients not importable yet: only raw httpx and official measured.")
    split = cpu_split()
    placement = (
        f"benchmark process on CPU {sorted(split[0])}, emulator process on CPU {sorted(split[1])}"
        if split
        else "one CPU: benchmark and emulator share it"
    )
    command = ["make", "bench"] if not argv else [".venv/bin/python", "tests/bench/run.py", *argv]
    started = time.perf_counter()
    clock = [started]
    load_before = os.getloadavg()[0]
    results: dict[str, Any] = {}
    emulator_cmd = shlex.split(args.emulator_cmd) if args.emulator_cmd else None

    with EmulatorProcess(lro_seconds=sizes.lro_seconds, command=emulator_cmd) as emulator:
        print(f"emulator: {emulator.endpoint}  ({placement})", flush=True)
        need_inventory = only & {1, 2, 3, 6, 9} or args.profile
        numbers = emulator.seed_purchased_numbers(sizes.list_total) if need_inventory else []
        with asyncio.Runner() as loop:
            ctx = Context(sizes=sizes, emulator=emulator, contenders=names, numbers=numbers[:GET_POOL], loop=loop)
            if 6 in only:
                step("6. emulator throughput ...", clock)
                results["emulator"] = scenario_emulator.throughput(ctx)
            if only & {1, 2, 3}:
                sync_clients, async_clients = scenario_calls.open_clients(ctx)
                try:
                    if 1 in only:
                        step("1. per-call cost ...", clock)
                        results["per_call"] = scenario_calls.per_call(ctx, sync_clients, async_clients)
                    if 3 in only:
                        step("3. async concurrency ...", clock)
                        results["concurrency"] = scenario_calls.concurrency(ctx, async_clients)
                    if 2 in only:
                        step("2. listing ...", clock)
                        results["listing"] = scenario_listing.listing(ctx, sync_clients, async_clients)
                finally:
                    scenario_calls.close_clients(ctx, sync_clients, async_clients)
            if 9 in only:
                step("9. async concurrency at N = 1, 50, 200 ...", clock)
                results["concurrency_n"] = scenario_concurrency.concurrency(ctx)
            if args.profile and contenders.OURS in names:
                for path in profile_ours(ctx, Path(args.profile)):
                    print(f"profile: {path}", flush=True)
            if 4 in only:
                step("4. long-running operations ...", clock)
                emulator.reset()  # an empty emulator: the listing inventory must not slow its searches
                results["lro"] = scenario_lro.lro(ctx)
            if 8 in only:
                step("8. short and fractional operations ...", clock)
                emulator.reset()
                results["lro_pace"] = scenario_lro_pace.lro_pace(ctx)
            if 7 in only:
                step("7. the emulator at scale ...", clock)
                results["scale"] = scenario_scale.scale(ctx, emulator_cmd)
            if 5 in only:
                step("5. import time ...", clock)
                results["imports"] = scenario_import.imports(ctx)
            notes += ctx.notes

    meta = {
        "command": " ".join(command),
        "quick": args.quick,
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "duration_s": time.perf_counter() - started,
        "machine": report.machine(),
        "placement": placement,
        "load": f"1-min load average {load_before:.1f} at start, {os.getloadavg()[0]:.1f} at end",
        "sizes": dataclasses.asdict(sizes),
        "contenders": list(names),
        "notes": notes,
    }
    if args.merge:
        saved = json.loads((HERE / "results.json").read_text())
        ran = ", ".join(sorted(results))
        meta = {
            **saved["meta"],
            "notes": [
                *saved["meta"].get("notes", []),
                f"`{meta['command']}` ({meta['date']}, {meta['duration_s']:.0f} s) measured again and merged: {ran}.",
            ],
        }
        results = {**saved["results"], **results}
    step("done", clock)
    print()
    print(report.markdown(results, report.targets(results), meta))
    if not args.no_write:
        write_outputs(results, meta)
    return 0


def write_outputs(results: dict[str, Any], meta: dict[str, Any]) -> None:
    """results.json, the generated block of BENCHMARKS.md, and benchmarks.svg."""
    verdicts = report.targets(results)
    (HERE / "results.json").write_text(json.dumps({"meta": meta, "results": results, "targets": verdicts}, indent=1))
    report.write_markdown(HERE / "BENCHMARKS.md", report.markdown(results, verdicts, meta))
    (HERE / "benchmarks.svg").write_text(report.svg(results))
    print(f"wrote {HERE / 'BENCHMARKS.md'}, benchmarks.svg, results.json")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
