"""The generated models' own CPU per listed item, without HTTP: ``from_dict`` and ``to_dict`` of a page of numbers.

    .venv/bin/python tests/bench/micro_models.py                      # 200 pages of 100 numbers, 9 rounds
    .venv/bin/python tests/bench/micro_models.py --against /tmp/old/generated/acs_phonenumbers_generated

A page body shaped as the emulator's ``GET /phoneNumbers`` answers (100 purchased numbers, the enum values in the
service's own spelling) is decoded once with ``json.loads``; each round then parses it with
``PurchasedPhoneNumbers.from_dict`` (what a listing does per page after httpx's ``json()``) and writes it back with
``to_dict``. ``--against`` loads a second copy of the generated package (say the one of an older commit:
``git archive <commit> generated/acs_phonenumbers_generated | tar -x -C /tmp/old``) so the two are measured
interleaved, in a fresh random order each round. The table gives ``median [p25-p75]`` of the CPU per item and of
the per-round ratio of the two (the figure to compare, as absolute ones move with the machine's load).
Not part of ``make bench``: seconds to run, no emulator, nothing written.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

KINDS = (("geographic", "person"), ("tollFree", "application"), ("mobile", "person"))
DIRECTIONS = ("inbound", "outbound", "inbound+outbound", "none")


def page_body(items: int) -> bytes:
    """A page of ``items`` purchased numbers as the emulator sends it (its ``_buy`` record, serialized)."""
    numbers = []
    for index in range(items):
        e164 = f"+1425555{index:04d}"
        kind, assignment = KINDS[index % len(KINDS)]
        numbers.append(
            {
                "id": e164[1:],
                "phoneNumber": e164,
                "countryCode": "US",
                "phoneNumberType": kind,
                "capabilities": {
                    "calling": DIRECTIONS[index % len(DIRECTIONS)],
                    "sms": DIRECTIONS[(index // 4) % len(DIRECTIONS)],
                },
                "assignmentType": assignment,
                "purchaseDate": f"2026-12-03T20:{index // 60 % 60:02d}:{index % 60:02d}.123456+00:00",
                "cost": {"amount": 2.0, "currencyCode": "USD", "billingFrequency": "monthly"},
            }
        )
    page = {
        "phoneNumbers": numbers,
        "nextLink": "http://127.0.0.1/phoneNumbers?skip=100&top=100&api-version=2025-06-01",
    }
    return json.dumps(page).encode()


def load_package(path: Path, name: str) -> Any:
    """The generated package at ``path``, imported under ``name`` (its imports are relative, so any name does)."""
    spec = importlib.util.spec_from_file_location(name, path / "__init__.py", submodule_search_locations=[str(path)])
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return importlib.import_module(f"{name}.models")


def _spread(values: list[float]) -> str:
    ordered = sorted(values)
    quarter, three_quarters = ordered[len(ordered) // 4], ordered[(3 * len(ordered)) // 4]
    return f"{statistics.median(ordered):.3g} [{quarter:.3g}-{three_quarters:.3g}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=100, help="numbers per page")
    parser.add_argument("--pages", type=int, default=200, help="pages parsed per contender and round")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--against", type=Path, help="another copy of generated/acs_phonenumbers_generated")
    args = parser.parse_args()

    data = json.loads(page_body(args.items))
    packages = {"this tree": importlib.import_module("acs_phonenumbers_generated.models")}
    if args.against is not None:
        packages["against"] = load_package(args.against.resolve(), "acs_phonenumbers_generated_against")

    contenders: dict[tuple[str, str], Callable[[], None]] = {}
    for label, models in packages.items():
        page_class = models.PurchasedPhoneNumbers
        page = page_class.from_dict(data)
        assert page.to_dict() == data, f"{label}: to_dict does not give the page back"

        def parse(page_class: Any = page_class) -> None:
            for _ in range(args.pages):
                page_class.from_dict(data)

        def write(page: Any = page) -> None:
            for _ in range(args.pages):
                page.to_dict()

        contenders[(label, "from_dict")] = parse
        contenders[(label, "to_dict")] = write

    for run in contenders.values():
        run()  # warm up
    cpu: dict[tuple[str, str], list[float]] = {key: [] for key in contenders}
    per_round = args.pages * args.items
    for _ in range(args.rounds):
        for key in random.sample(list(contenders), len(contenders)):
            start = time.process_time()
            contenders[key]()
            cpu[key].append((time.process_time() - start) / per_round * 1e6)

    print(f"{args.pages} pages of {args.items} numbers per contender and round, {args.rounds} rounds")
    print("CPU us per item, median [p25-p75]\n")
    print("| package | method | CPU us/item | this tree / against (per round) |")
    print("|---|---|---|---|")
    for label, method in contenders:
        ratio = "1"
        if label == "this tree" and args.against is not None:
            pairs = zip(cpu[(label, method)], cpu[("against", method)], strict=True)
            ratio = _spread([this / against for this, against in pairs])
        print(f"| {label} | {method} | {_spread(cpu[(label, method)])} | {ratio} |")


if __name__ == "__main__":
    main()
