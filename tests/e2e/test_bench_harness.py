"""`make bench` keeps working: its harness runs end to end (a few scenarios, quick sizes) and judges its targets.

Nothing here is timed or compared: the figures of a quick run on a shared machine mean nothing. What is checked is
that every contender still runs against the emulator and the report still comes out.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).parents[1] / "bench" / "run.py"


def test_the_benchmark_harness_runs_every_contender_and_reports_its_targets() -> None:
    pytest.importorskip("azure.communication.phonenumbers", reason="the official client is a dev dependency")
    completed = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--no-write", "--only", "1,3,5,6,7,8,9"],
        capture_output=True,
        text=True,
        timeout=600,  # the machine is shared: under load the quick run alone has taken over 300 s
    )

    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    report = completed.stdout
    assert "## Targets" in report
    for row in ("| sync | ours |", "| sync | raw httpx |", "| sync | official |", "| async | ours |"):
        assert row in report, f"{row!r} missing from the report"
    assert "import time (ours) < official" in report
    assert "## 6. Emulator throughput" in report
    assert "## 7. The emulator at scale" in report and "(linear)" in report
    assert "## 8. Short and fractional operations" in report
    assert "## 9. Async concurrency" in report
    for row in ("| 200 | ours |", "| 200 | ours, httpx transport |", "| 200 | raw httpx |", "| 200 | official |"):
        assert row in report, f"{row!r} missing from the report"


def test_the_in_process_micro_benchmark_runs() -> None:
    completed = subprocess.run(
        [sys.executable, str(RUN.parent / "micro_call.py"), "--calls", "20", "--rounds", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    for row in ("| sync | ours |", "| sync | raw httpx |", "| async | ours |", "| async | raw httpx |"):
        assert row in completed.stdout


def test_the_models_micro_benchmark_runs_against_another_copy() -> None:
    against = Path(__file__).parents[2] / "generated" / "acs_phonenumbers_generated"
    command = [sys.executable, str(RUN.parent / "micro_models.py"), "--pages", "2", "--rounds", "1"]
    completed = subprocess.run([*command, "--against", str(against)], capture_output=True, text=True, timeout=120)

    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    for row in (
        "| this tree | from_dict |",
        "| this tree | to_dict |",
        "| against | from_dict |",
        "| against | to_dict |",
    ):
        assert row in completed.stdout
