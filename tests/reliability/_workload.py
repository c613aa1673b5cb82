"""The fault-injection workload: number lifecycles run by a client while the emulator fails a share of the requests
(before it acts, and after it acted: the answer lost or replaced by a 500, 502 or 504), then compared with the
emulator's state.

Each lifecycle is what a new user would write, with NO retries in the application: browse the catalogue, look an
operator up, reserve a browsed number and purchase the reservation, search, purchase the search, update a number's
capabilities, list the numbers, and release every number bought. One call, one try: any exception that reaches the
caller is counted and ends the lifecycle. The same lifecycle runs on our client (sync and async) and on the official
``azure-communication-phonenumbers`` client (same names), for comparison.

Afterwards the emulator says what really happened: the numbers still owned, how often each search and reservation
was purchased, and which purchases happened although the client reported them failed.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from acs_phonenumbers.emulator import Emulator

from ._support import CAPABILITIES

POLL: dict[str, Any] = {"polling_interval": 0}
TOLL_FREE_AREA_CODES = ("800", "833", "844", "855", "866", "877", "888")


@dataclass
class Ledger:
    """What the client told the application."""

    counts: Counter[str] = field(default_factory=Counter)
    exceptions: list[str] = field(default_factory=list)
    reported_purchases: set[str] = field(default_factory=set)
    """Search and reservation ids whose purchase the client reported as done."""
    seconds: float = 0.0

    def fail(self, step: str, exc: BaseException) -> None:
        self.counts["exceptions"] += 1
        self.exceptions.append(f"{step}: {type(exc).__name__}: {str(exc)[:200]}")


@dataclass(frozen=True)
class Figures:
    """The outcome of one run, from the client's reports and the emulator's state."""

    name: str
    lifecycles: int
    exceptions: int
    owned_at_end: int
    purchased_twice: int
    false_failures: int
    """Searches and reservations bought although the client did not report them bought."""
    seconds: float

    def line(self) -> str:
        return (
            f"{self.name}: {self.lifecycles} lifecycles, {self.exceptions} exceptions reached the caller, "
            f"{self.owned_at_end} numbers owned at the end, {self.purchased_twice} purchased twice, "
            f"{self.false_failures} purchases reported failed that happened; {self.seconds:.1f} s"
        )


# -- sync -----------------------------------------------------------------------------------------------------------


def lifecycle(client: Any, ledger: Ledger) -> None:
    """One lifecycle on a sync client (ours or the official one): no retries, every exception counted."""
    step = "browse"
    bought: list[str] = []
    try:
        browsed = client.browse_available_phone_numbers(
            country_code="US", phone_number_type="tollFree", sms_capability="outbound", assignment_type="application"
        )
        available = browsed.phone_numbers[0]
        step = "operator lookup"
        client.search_operator_information([available.phone_number])
        step = "reserve"
        reservation_id = str(uuid.uuid4())
        client.create_or_update_reservation(reservation_id=reservation_id, numbers_to_add=[available])
        step = "purchase reservation"
        client.begin_purchase_reservation(reservation_id, agree_to_not_resell=True, **POLL).result()
        ledger.reported_purchases.add(reservation_id)
        bought.append(available.phone_number)
        step = "search"
        search = client.begin_search_available_phone_numbers(
            "US", "tollFree", "application", CAPABILITIES, **POLL
        ).result()
        step = "purchase search"
        client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True, **POLL).result()
        ledger.reported_purchases.add(search.search_id)
        bought.extend(search.phone_numbers)
        step = "update capabilities"
        number = search.phone_numbers[0]
        client.begin_update_phone_number_capabilities(number, sms="outbound", **POLL).result()
        step = "list"
        next(iter(client.list_purchased_phone_numbers(top=5)))
        for each in bought:
            step = "release"
            client.begin_release_phone_number(each, **POLL).result()
        ledger.counts["completed"] += 1
    except Exception as exc:  # what reaches the caller is the figure
        ledger.fail(step, exc)


def run_sync(client: Any, lifecycles: int) -> Ledger:
    ledger = Ledger()
    start = time.perf_counter()
    for _ in range(lifecycles):
        lifecycle(client, ledger)
        ledger.counts["lifecycles"] += 1
    ledger.seconds = time.perf_counter() - start
    return ledger


# -- async ----------------------------------------------------------------------------------------------------------


async def alifecycle(client: Any, ledger: Ledger, area_code: str) -> None:
    """The async twin of :func:`lifecycle`. Each worker browses and searches its own toll-free area code, so two
    workers never go for the same number: the emulator offers a released number again at once, and a worker could
    otherwise buy a number another worker's release is still settling (a race of the workload, not of the client)."""
    step = "browse"
    bought: list[str] = []
    try:
        browsed = await client.browse_available_phone_numbers(
            country_code="US",
            phone_number_type="tollFree",
            sms_capability="outbound",
            assignment_type="application",
            phone_number_prefixes=[f"1{area_code}"],
        )
        available = browsed.phone_numbers[0]
        step = "operator lookup"
        await client.search_operator_information([available.phone_number])
        step = "reserve"
        reservation_id = str(uuid.uuid4())
        await client.create_or_update_reservation(reservation_id=reservation_id, numbers_to_add=[available])
        step = "purchase reservation"
        poller = await client.begin_purchase_reservation(reservation_id, agree_to_not_resell=True, **POLL)
        await poller.result()
        ledger.reported_purchases.add(reservation_id)
        bought.append(available.phone_number)
        step = "search"
        poller = await client.begin_search_available_phone_numbers(
            "US", "tollFree", "application", CAPABILITIES, area_code=area_code, **POLL
        )
        search = await poller.result()
        step = "purchase search"
        poller = await client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True, **POLL)
        await poller.result()
        ledger.reported_purchases.add(search.search_id)
        bought.extend(search.phone_numbers)
        step = "update capabilities"
        poller = await client.begin_update_phone_number_capabilities(search.phone_numbers[0], sms="outbound", **POLL)
        await poller.result()
        step = "list"
        async for _ in client.list_purchased_phone_numbers(top=5):
            break
        for each in bought:
            step = "release"
            await (await client.begin_release_phone_number(each, **POLL)).result()
        ledger.counts["completed"] += 1
    except Exception as exc:  # what reaches the caller is the figure
        ledger.fail(step, exc)


async def run_async(client: Any, lifecycles: int, *, concurrency: int = 5) -> Ledger:
    ledger = Ledger()
    start = time.perf_counter()
    remaining = lifecycles

    async def worker(area_code: str) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await alifecycle(client, ledger, area_code)
            ledger.counts["lifecycles"] += 1

    await asyncio.gather(*(worker(code) for code in TOLL_FREE_AREA_CODES[:concurrency]))
    ledger.seconds = time.perf_counter() - start
    return ledger


# -- what really happened -------------------------------------------------------------------------------------------


def reconcile(name: str, emulator: Emulator, ledger: Ledger) -> Figures:
    """The emulator's state against the client's reports; clears the faults and every owned number afterwards."""
    emulator.clear_faults()
    emulator.backend.settle()  # every operation that is due takes effect
    store = emulator.backend.store
    owned = {doc["phoneNumber"] for doc in store.list("number")}
    applied: Counter[str] = Counter()
    for operation in store.list("operation"):
        effect = operation["effect"]
        if not operation["applied"] or operation["error"] is not None:
            continue
        if effect["kind"] == "purchase":
            applied[effect["searchId"]] += 1
        elif effect["kind"] == "reservationPurchase":
            applied[effect["reservationId"]] += 1
    emulator.reset()
    return Figures(
        name=name,
        lifecycles=ledger.counts["lifecycles"],
        exceptions=ledger.counts["exceptions"],
        owned_at_end=len(owned),
        purchased_twice=sum(1 for n in applied.values() if n > 1),
        false_failures=len(set(applied) - ledger.reported_purchases),
        seconds=ledger.seconds,
    )
