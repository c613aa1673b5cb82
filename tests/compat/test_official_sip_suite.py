"""The official 1.4.0 SIP routing tests and samples, run against our emulator: with the official client, and with
imports swapped to ``acs_phonenumbers.siprouting``.

The official sdist's ``test/test_sip_routing_client_e2e*.py`` and ``samples/siprouting/*.py`` are copied into a
temporary folder next to our stand-ins for the helpers they import (``tests/compat/sip_harness``), and run twice in a
child pytest against a TLS emulator (the official SIP client always speaks https): once as published, once with
``azure.communication.phonenumbers.siprouting`` replaced by ``acs_phonenumbers.siprouting``, both at once, each
against its own emulator.

Done when every test and sample that passes with the official client passes with ours, and each sample prints the
same with both. The table of outcomes is printed (``pytest -s``) and written to ``sip_compat_table.txt`` in the
temporary folder.

Skipped when the official sdist is not unpacked at ``/tmp/official`` (it is not part of this repository).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from acs_phonenumbers.emulator import Emulator

OFFICIAL = Path(os.environ.get("ACS_OFFICIAL_SDIST", "/tmp/official/azure_communication_phonenumbers-1.4.0"))
HARNESS = Path(__file__).resolve().parent / "sip_harness"
TESTS = ("test_sip_routing_client_e2e.py", "test_sip_routing_client_e2e_async.py")
OFFICIAL_PACKAGE = "azure.communication.phonenumbers.siprouting"
OUR_PACKAGE = "acs_phonenumbers.siprouting"
PYTEST_INI = "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"

pytestmark = pytest.mark.skipif(not (OFFICIAL / "test").is_dir(), reason=f"official sdist not unpacked at {OFFICIAL}")


def prepare(folder: Path, target: str) -> None:
    """The official tests and samples in `folder`, imports swapped for `ours`, with our stand-ins beside them."""
    shutil.copytree(HARNESS, folder, ignore=shutil.ignore_patterns("__pycache__", "README.md", "samples_suite.py"))
    (folder / "samples").mkdir()
    sources = [(OFFICIAL / "test" / name, folder / name) for name in TESTS]
    sources += [(path, folder / "samples" / path.name) for path in (OFFICIAL / "samples" / "siprouting").glob("*.py")]
    sources.append((HARNESS / "samples_suite.py", folder / "test_sip_samples.py"))
    for source, destination in sources:
        text = source.read_text(encoding="utf-8")
        if target == "ours":
            text = text.replace(OFFICIAL_PACKAGE, OUR_PACKAGE)
        destination.write_text(text, encoding="utf-8")
    (folder / "pytest.ini").write_text(PYTEST_INI, encoding="utf-8")


def start(folder: Path, target: str, emulator: Emulator) -> subprocess.Popen[str]:
    """The child pytest over `folder`, against `emulator` (whose CA the child trusts through the environment)."""
    assert emulator.ca_file is not None
    env = {
        **os.environ,
        "PYTHONPATH": str(folder),
        "SIP_HARNESS_TARGET": target,
        "SIP_HARNESS_CONNECTION_STRING": emulator.connection_string,
        "SSL_CERT_FILE": emulator.ca_file,  # httpx, aiohttp (OpenSSL's default paths)
        "REQUESTS_CA_BUNDLE": emulator.ca_file,  # requests (the official sync transport)
    }
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml", "report.xml", "-W", "ignore"],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(folder: Path, child: subprocess.Popen[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each test's outcome (passed, failure, error, skipped) and each sample's printed output."""
    output, _ = child.communicate(timeout=300)
    report = folder / "report.xml"
    assert report.is_file(), output[-5000:]
    outcomes: dict[str, str] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        name = f"{case.get('classname', '').rsplit('.', 1)[-1]}::{case.get('name')}"
        kinds = {child.tag for child in case}
        outcomes[name] = next((k for k in ("failure", "error", "skipped") if k in kinds), "passed")
    printed: dict[str, str] = {}
    log = folder / "sample_output.jsonl"
    if log.is_file():
        for line in log.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            printed[entry["sample"]] = entry["stdout"]
    return outcomes, printed


@pytest.fixture(scope="module")
def tls_emulators() -> Iterator[dict[str, Emulator]]:
    """One emulator per target, so both runs go at once (each official test resets the whole configuration)."""
    with (
        Emulator(lro_seconds=0.0, tls=True, dev_bearer=True) as official,
        Emulator(lro_seconds=0.0, tls=True, dev_bearer=True) as ours,
    ):
        yield {"official": official, "ours": ours}


def test_official_sip_tests_and_samples_pass_with_our_client(
    tls_emulators: dict[str, Emulator], tmp_path: Path
) -> None:
    children = {}
    for target, emulator in tls_emulators.items():
        prepare(tmp_path / target, target)
        children[target] = start(tmp_path / target, target, emulator)
    results = {target: finish(tmp_path / target, child) for target, child in children.items()}
    (official, official_printed), (ours, our_printed) = results["official"], results["ours"]

    names = sorted(set(official) | set(ours))
    rows = [f"{name:<75} {official.get(name, '-'):<8} {ours.get(name, '-')}" for name in names]
    table = "\n".join([f"{'test':<75} {'official':<8} ours", *rows])
    (tmp_path / "sip_compat_table.txt").write_text(table + "\n", encoding="utf-8")
    print(table)

    assert len(official) == len(ours) == 50  # 2 x 18 official tests and 14 samples: nothing went uncollected
    assert set(official.values()) == {"passed"}  # measured: the official client passes all of them on the emulator
    regressions = [name for name in names if official.get(name) == "passed" and ours.get(name) != "passed"]
    assert regressions == [], table
    assert our_printed == official_printed
    assert our_printed["get_sip_trunk_sample"] == "sample.sbc.contoso.test\n5061\n"  # found, not "Trunk not found"
