"""The fault-injection workload: full number lifecycles (search, purchase, update, list, release) run by the sync or
the async client while the emulator fails a share of the requests, then reconciled with the emulator's state.

The workload behaves as a careful application would: an operation that failed is started again, a poller whose poll
failed is asked again (``result()`` resumes), and an outcome the client reports as unknown (a transport error on a
POST: "the request may have been sent") is resolved by looking. What it checks is that the client never lies:
a success is real, a definite failure (an HTTP error status, a failed operation) left nothing behind, and no search is
ever purchased twice. Any exception that is not ours ends the run: that is an unhandled exception.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from acs_phonenumbers import PhoneNumbersClient
from acs_phonenumbers._errors import AcsError, HttpResponseError, OperationFailedError, ResourceNotFoundError
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.emulator import Emulator

from ._support import CAPABILITIES

MAX_TRIES = 30  # per step: with 20 % faults the chance of 30 failures in a row is 1e-21


@dataclass
class Ledger:
    """What the client told the application, per search and per number, plus counts for the report."""

    counts: Counter[str] = field(default_factory=Counter)
    definitely_failed_searches: set[str] = field(default_factory=set)
    purchased_searches: set[str] = field(default_factory=set)
    owned: set[str] = field(default_factory=set)
    released: set[str] = field(default_factory=set)
    seconds: float = 0.0

    def summary(self) -> str:
        parts = ", ".join(f"{k}={v}" for k, v in sorted(self.counts.items()))
        return f"{parts}; {self.seconds:.1f} s"


class FaultCounter(httpx.BaseTransport):
    """Counts what came back (fault statuses, dropped connections) and injects client-side stalls: with probability
    ``stall_rate`` the request is sent and the response is lost (``ReadTimeout``), which is what a server that stalls
    beyond the client's timeout looks like from the client."""

    def __init__(self, ledger: Ledger, stall_rate: float, seed: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.ledger = ledger
        self.stall_rate = stall_rate
        self.random = random.Random(seed)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.ledger.counts["requests"] += 1
        stall = self.random.random() < self.stall_rate
        response = self.inner.handle_request(request)
        if response.status_code in (429, 500, 503):
            self.ledger.counts[f"fault_{response.status_code}"] += 1
        if stall:
            response.close()
            self.ledger.counts["fault_stall"] += 1
            raise httpx.ReadTimeout("stalled beyond the client timeout (injected)", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncFaultCounter(httpx.AsyncBaseTransport):
    def __init__(self, ledger: Ledger, stall_rate: float, seed: int) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.ledger = ledger
        self.stall_rate = stall_rate
        self.random = random.Random(seed)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.ledger.counts["requests"] += 1
        stall = self.random.random() < self.stall_rate
        response = await self.inner.handle_async_request(request)
        if response.status_code in (429, 500, 503):
            self.ledger.counts[f"fault_{response.status_code}"] += 1
        if stall:
            await response.aclose()
            self.ledger.counts["fault_stall"] += 1
            raise httpx.ReadTimeout("stalled beyond the client timeout (injected)", request=request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _definite(exc: AcsError) -> bool:
    """The client says the request was refused (an HTTP status or a failed operation): nothing may have happened."""
    return isinstance(exc, HttpResponseError) and exc.status_code is not None


# -- sync -----------------------------------------------------------------------------------------------------------


def _poll(poller: Any, ledger: Ledger) -> Any:
    for _ in range(MAX_TRIES):
        try:
            return poller.result()
        except OperationFailedError:
            raise
        except AcsError:
            ledger.counts["poll_errors_resumed"] += 1
    raise AssertionError("a poller did not finish")


def _owns(client: PhoneNumbersClient, number: str, ledger: Ledger) -> bool:
    for _ in range(MAX_TRIES):
        try:
            client.get_purchased_phone_number(number)
            return True
        except ResourceNotFoundError:
            return False
        except AcsError:
            ledger.counts["lookup_errors"] += 1
    raise AssertionError("could not look the number up")


def lifecycle(client: PhoneNumbersClient, ledger: Ledger) -> None:
    # 1. search (a failed search holds numbers for a while at most; never bought)
    search = None
    for _ in range(MAX_TRIES):
        try:
            search = _poll(
                client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES), ledger
            )
            break
        except AcsError:
            ledger.counts["search_errors"] += 1
    assert search is not None, "no search succeeded"
    ledger.counts["searches"] += 1
    numbers = list(search.phone_numbers)
    # 2. purchase, with the application's own retry; an unknown outcome is resolved by looking
    bought = False
    for _ in range(MAX_TRIES):
        try:
            _poll(client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True), ledger)
            bought = True
            break
        except OperationFailedError:
            ledger.counts["purchase_operation_failed"] += 1
            break
        except AcsError as exc:
            if _definite(exc) and exc.status_code == 400 and "already been purchased" in str(exc):
                # Only possible when an earlier attempt went through: it must have been reported as unknown.
                ledger.counts["purchase_found_done_on_retry"] += 1
                assert ledger.counts["purchase_unknown"] > 0, f"a purchase reported as failed went through: {exc}"
                bought = True
                break
            if _definite(exc):
                ledger.counts["purchase_refused_retried"] += 1
            else:
                ledger.counts["purchase_unknown"] += 1
                if all(_owns(client, n, ledger) for n in numbers):
                    ledger.counts["purchase_unknown_resolved_bought"] += 1
                    bought = True
                    break
    if not bought:
        ledger.definitely_failed_searches.add(search.search_id)
        return
    ledger.purchased_searches.add(search.search_id)
    ledger.owned.update(numbers)
    ledger.counts["purchases"] += 1
    # 3. update capabilities (idempotent: simply repeated until it is confirmed)
    number = numbers[0]
    for _ in range(MAX_TRIES):
        try:
            updated = _poll(client.begin_update_phone_number_capabilities(number, sms="outbound"), ledger)
            assert str(updated.capabilities.sms) == "outbound"
            ledger.counts["updates"] += 1
            break
        except AcsError:
            ledger.counts["update_errors"] += 1
    # 4. list: the number is there
    for _ in range(MAX_TRIES):
        try:
            assert number in {n.phone_number for n in client.list_purchased_phone_numbers(top=5)}
            ledger.counts["lists"] += 1
            break
        except AcsError:
            ledger.counts["list_errors"] += 1
    # 5. release every number of the search
    for each in numbers:
        for _ in range(MAX_TRIES):
            try:
                _poll(client.begin_release_phone_number(each), ledger)
                break
            except AcsError as exc:
                ledger.counts["release_errors"] += 1
                if _definite(exc) and exc.status_code in (403, 404) and not _owns(client, each, ledger):
                    break  # an earlier release whose answer was lost already did it
        ledger.owned.discard(each)
        ledger.released.add(each)
        ledger.counts["releases"] += 1


def run_sync(emulator: Emulator, lifecycles: int, *, stall_rate: float, seed: int, **client_options: Any) -> Ledger:
    ledger = Ledger()
    start = time.perf_counter()
    with PhoneNumbersClient.from_connection_string(
        emulator.connection_string,
        transport=FaultCounter(ledger, stall_rate, seed),
        polling_interval=0,
        **client_options,
    ) as client:
        for _ in range(lifecycles):
            lifecycle(client, ledger)
            ledger.counts["lifecycles"] += 1
    ledger.seconds = time.perf_counter() - start
    return ledger


# -- async ----------------------------------------------------------------------------------------------------------


async def _apoll(poller: Any, ledger: Ledger) -> Any:
    for _ in range(MAX_TRIES):
        try:
            return await poller.result()
        except OperationFailedError:
            raise
        except AcsError:
            ledger.counts["poll_errors_resumed"] += 1
    raise AssertionError("a poller did not finish")


async def _aowns(client: AsyncPhoneNumbersClient, number: str, ledger: Ledger) -> bool:
    for _ in range(MAX_TRIES):
        try:
            await client.get_purchased_phone_number(number)
            return True
        except ResourceNotFoundError:
            return False
        except AcsError:
            ledger.counts["lookup_errors"] += 1
    raise AssertionError("could not look the number up")


async def alifecycle(client: AsyncPhoneNumbersClient, ledger: Ledger) -> None:
    search = None
    for _ in range(MAX_TRIES):
        try:
            poller = await client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES)
            search = await _apoll(poller, ledger)
            break
        except AcsError:
            ledger.counts["search_errors"] += 1
    assert search is not None, "no search succeeded"
    ledger.counts["searches"] += 1
    numbers = list(search.phone_numbers)
    bought = False
    for _ in range(MAX_TRIES):
        try:
            poller = await client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True)
            await _apoll(poller, ledger)
            bought = True
            break
        except OperationFailedError:
            ledger.counts["purchase_operation_failed"] += 1
            break
        except AcsError as exc:
            if _definite(exc) and exc.status_code == 400 and "already been purchased" in str(exc):
                ledger.counts["purchase_found_done_on_retry"] += 1
                assert ledger.counts["purchase_unknown"] > 0, f"a purchase reported as failed went through: {exc}"
                bought = True
                break
            if _definite(exc):
                ledger.counts["purchase_refused_retried"] += 1
            else:
                ledger.counts["purchase_unknown"] += 1
                if all([await _aowns(client, n, ledger) for n in numbers]):
                    ledger.counts["purchase_unknown_resolved_bought"] += 1
                    bought = True
                    break
    if not bought:
        ledger.definitely_failed_searches.add(search.search_id)
        return
    ledger.purchased_searches.add(search.search_id)
    ledger.owned.update(numbers)
    ledger.counts["purchases"] += 1
    number = numbers[0]
    for _ in range(MAX_TRIES):
        try:
            poller = await client.begin_update_phone_number_capabilities(number, sms="outbound")
            updated = await _apoll(poller, ledger)
            assert str(updated.capabilities.sms) == "outbound"
            ledger.counts["updates"] += 1
            break
        except AcsError:
            ledger.counts["update_errors"] += 1
    for _ in range(MAX_TRIES):
        try:
            # One page: skip/top paging under concurrent purchases and releases may shift items between pages.
            assert number in {n.phone_number async for n in client.list_purchased_phone_numbers(top=100)}
            ledger.counts["lists"] += 1
            break
        except AcsError:
            ledger.counts["list_errors"] += 1
    for each in numbers:
        for _ in range(MAX_TRIES):
            try:
                await _apoll(await client.begin_release_phone_number(each), ledger)
                break
            except AcsError as exc:
                ledger.counts["release_errors"] += 1
                if _definite(exc) and exc.status_code in (403, 404) and not await _aowns(client, each, ledger):
                    break
        ledger.owned.discard(each)
        ledger.released.add(each)
        ledger.counts["releases"] += 1


async def run_async(
    emulator: Emulator, lifecycles: int, *, stall_rate: float, seed: int, concurrency: int = 5, **client_options: Any
) -> Ledger:
    ledger = Ledger()
    start = time.perf_counter()
    async with AsyncPhoneNumbersClient.from_connection_string(
        emulator.connection_string,
        transport=AsyncFaultCounter(ledger, stall_rate, seed),
        polling_interval=0,
        **client_options,
    ) as client:
        remaining = lifecycles

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await alifecycle(client, ledger)
                ledger.counts["lifecycles"] += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    ledger.seconds = time.perf_counter() - start
    return ledger


# -- reconciliation -------------------------------------------------------------------------------------------------


def reconcile(emulator: Emulator, ledger: Ledger) -> dict[str, int]:
    """The emulator's state must match what the client reported; returns the emulator-side counts."""
    emulator.clear_faults()
    emulator.backend.settle()  # every operation that is due takes effect
    store = emulator.backend.store
    owned = {doc["phoneNumber"] for doc in store.list("number")}
    assert owned == ledger.owned, f"emulator owns {sorted(owned - ledger.owned)} the client does not know of"
    applied_purchases: Counter[str] = Counter()
    for operation in store.list("operation"):
        effect = operation["effect"]
        if effect["kind"] == "purchase" and operation["applied"] and operation["error"] is None:
            applied_purchases[effect["searchId"]] += 1
    twice = [search_id for search_id, n in applied_purchases.items() if n > 1]
    assert not twice, f"searches purchased twice: {twice}"
    assert set(applied_purchases) == ledger.purchased_searches, (
        f"bought but reported failed: {sorted(set(applied_purchases) - ledger.purchased_searches)}; "
        f"reported bought but not: {sorted(ledger.purchased_searches - set(applied_purchases))}"
    )
    assert not (set(applied_purchases) & ledger.definitely_failed_searches)
    return {"emulator_purchases": sum(applied_purchases.values()), "emulator_owned_at_end": len(owned)}
