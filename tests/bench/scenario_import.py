"""Scenario 5: import time of acs_phonenumbers vs azure.communication.phonenumbers.

Each run is a fresh interpreter with `-X importtime`; the import cost is the sum of the cumulative times of
the top-level imports made by the `-c` statement (everything the interpreter imports at start-up, before the
statement runs, is left out by subtracting the same sum for `-c pass`). Runs alternate between the modules.
Wall time of the whole interpreter is reported beside it.

The statements import the client class, so a package that defers its imports until first attribute access
(PEP 562) is still charged for what a caller needs; two more rows also build one client, which charges what
is imported lazily on construction (the official client loads its transport, requests, only then).

Byte code: the interpreters run with a private PYTHONPYCACHEPREFIX that one warm-up run per statement fills,
so every package (site-packages and our editable source alike) loads from cached byte code, as after a
normal install. Without it, an environment with PYTHONDONTWRITEBYTECODE=1 would recompile our editable
source on every import and count that as import time.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from typing import Any

from common import Context
from stats import summary

# A plain `pip install` of either client brings neither click nor rich. This venv has both (our cli and emulator
# extras bring them), and with them `import httpx` also imports httpx's own command line (httpx/_main.py: click,
# rich, pygments; about 35 ms). Hiding click makes that import fail as it does when click is not installed, so
# both clients are measured as a plain install imports them, and once more as installed here.
PLAIN = "import sys; sys.modules['click'] = None; "
CONSTRUCT = "; PhoneNumbersClient.from_connection_string('endpoint=https://x.communication.azure.com/;accesskey=a2V5')"
OURS = "from acs_phonenumbers import PhoneNumbersClient"
OURS_ASYNC = "from acs_phonenumbers.aio import PhoneNumbersClient"
OFFICIAL = "from azure.communication.phonenumbers import PhoneNumbersClient"
OFFICIAL_ASYNC = "from azure.communication.phonenumbers.aio import PhoneNumbersClient"
WITH_CLI = ", with click and rich installed"
MODULES = {
    "ours": PLAIN + OURS,
    "official": PLAIN + OFFICIAL,
    "ours (async client)": PLAIN + OURS_ASYNC,
    "official (async client)": PLAIN + OFFICIAL_ASYNC,
    "ours" + WITH_CLI: OURS,
    "official" + WITH_CLI: OFFICIAL,
    "ours, import + one client": PLAIN + OURS + CONSTRUCT,
    "official, import + one client": PLAIN + OFFICIAL + CONSTRUCT,
}
# The rows judged against the target "import time below the official client's".
PAIRS = (
    ("ours", "official"),
    ("ours (async client)", "official (async client)"),
    ("ours" + WITH_CLI, "official" + WITH_CLI),
)


LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)")


def _importtime_us(statement: str, env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True, env=env
    )
    wall = time.perf_counter() - started
    total = 0
    for line in completed.stderr.splitlines():
        match = LINE.match(line)
        if match and match.group(3) == " ":  # one space of indent: a top-level import
            total += int(match.group(2))
    return float(total), wall


def imports(ctx: Context) -> dict[str, Any]:
    names = [name for name in MODULES if not name.startswith("ours") or "ours" in ctx.contenders]
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for name in names:
            _importtime_us(MODULES[name], env)  # fills the byte-code cache
        baseline: list[float] = []
        samples: dict[str, dict[str, list[float]]] = {name: {"import_ms": [], "wall_ms": []} for name in names}
        for _ in range(ctx.sizes.import_runs):
            baseline.append(_importtime_us("pass", env)[0])
            for name in ctx.shuffled(tuple(names)):
                cumulative, wall = _importtime_us(MODULES[name], env)
                samples[name]["import_ms"].append(cumulative / 1000)
                samples[name]["wall_ms"].append(wall * 1000)
    base_ms = sorted(baseline)[len(baseline) // 2] / 1000
    result: dict[str, Any] = {"baseline_ms": base_ms, "modules": {}, "pairs": PAIRS}
    for name, metrics in samples.items():
        result["modules"][name] = {
            "statement": MODULES[name],
            "import_ms": summary([v - base_ms for v in metrics["import_ms"]]),
            "wall_ms": summary(metrics["wall_ms"]),
        }
    return result
