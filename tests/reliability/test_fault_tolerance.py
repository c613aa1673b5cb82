"""Faults survived: lifecycles under injected faults end with every number accounted for; retry budgets are bounded;
a poller is resumed in a new process; the emulator's state survives kill -9.

Figures are printed (run with ``-s`` to see them); the long versions are marked ``reliability``.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from acs_phonenumbers import PhoneNumbersClient
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._errors import (
    AcsError,
    HttpResponseError,
    ServiceRequestError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from acs_phonenumbers._retry import RetryPolicy
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.emulator import DEV_ACCESS_KEY, Emulator
from acs_phonenumbers.emulator.admin import FAULT_KINDS

from ._support import CAPABILITIES, closed_port
from ._workload import Figures, Ledger, reconcile, run_async, run_sync

# The client's default retry count (max_retries=6) with short waits, so the run spends its time on requests.
WORKLOAD_RETRY = RetryPolicy(backoff_factor=0.01, max_backoff=0.05)
FAULTS = FAULT_KINDS  # before- and after-act faults, mixed as --fault-rate mixes them


@pytest.fixture
def faulty(emulator: Emulator) -> Iterator[Emulator]:
    yield emulator
    emulator.clear_faults()


def _report(figures: Figures, ledger: Ledger) -> None:
    print(f"\n[reliability] {figures.line()}")
    for line in ledger.exceptions[:5]:
        print(f"[reliability]   {line}")


def _ours_sync(emulator: Emulator, lifecycles: int, seed: int) -> Figures:
    emulator.set_faults(0.2, kinds=FAULTS, seed=seed)
    conn = emulator.connection_string
    with PhoneNumbersClient.from_connection_string(conn, retry=WORKLOAD_RETRY, polling_interval=0) as client:
        ledger = run_sync(client, lifecycles)
    figures = reconcile(f"ours, sync x{lifecycles} @20%", emulator, ledger)
    _report(figures, ledger)
    return figures


async def _ours_async(emulator: Emulator, lifecycles: int, seed: int) -> Figures:
    emulator.set_faults(0.2, kinds=FAULTS, seed=seed)
    conn = emulator.connection_string
    async with AsyncPhoneNumbersClient.from_connection_string(conn, retry=WORKLOAD_RETRY, polling_interval=0) as client:
        ledger = await run_async(client, lifecycles)
    figures = reconcile(f"ours, async x{lifecycles} @20%", emulator, ledger)
    _report(figures, ledger)
    return figures


def _exactly_once(figures: Figures, lifecycles: int) -> None:
    assert figures.lifecycles == lifecycles
    assert figures.exceptions == 0, "an exception reached the caller"
    assert figures.owned_at_end == 0, "numbers stayed owned"
    assert figures.purchased_twice == 0, "a search or reservation was purchased twice"
    assert figures.false_failures == 0, "a purchase happened that the client did not report"


# -- the workload ---------------------------------------------------------------------------------------------------


def test_sync_lifecycles_under_faults(faulty: Emulator) -> None:
    _exactly_once(_ours_sync(faulty, 5, seed=8), 5)


async def test_async_lifecycles_under_faults(faulty: Emulator) -> None:
    _exactly_once(await _ours_async(faulty, 5, seed=9), 5)


@pytest.mark.reliability
def test_sync_50_lifecycles_under_20_percent_faults(faulty: Emulator) -> None:
    _exactly_once(_ours_sync(faulty, 50, seed=80), 50)


@pytest.mark.reliability
async def test_async_50_lifecycles_under_20_percent_faults(faulty: Emulator) -> None:
    _exactly_once(await _ours_async(faulty, 50, seed=90), 50)


@pytest.mark.reliability
def test_the_official_client_on_the_same_workload(faulty: Emulator) -> None:
    """The same 50 lifecycles with azure-communication-phonenumbers 1.4 (its default 10 retries, short waits)."""
    from azure.communication.phonenumbers import PhoneNumbersClient as OfficialClient
    from azure.core.credentials import AzureKeyCredential as OfficialKey

    faulty.set_faults(0.2, kinds=FAULTS, seed=80)
    client = OfficialClient(
        faulty.endpoint.rstrip("/"),
        OfficialKey(faulty.access_key),
        retry_backoff_factor=0.01,
        retry_backoff_max=0.05,
    )
    try:
        ledger = run_sync(client, 50)
    finally:
        client._phone_number_client.close()  # the public sync client has no close() in 1.4.0
    figures = reconcile("official 1.4.0, sync x50 @20%", faulty, ledger)
    _report(figures, ledger)
    assert figures.lifecycles == 50  # figures only: the official client is not held to our guarantees


def test_dropped_connections_alone_are_retried_for_reads(faulty: Emulator) -> None:
    """A GET whose response is cut off mid-body is retried like any transport error, and ends as our error: a
    ServiceResponseError (the request was sent), as the official client's would be."""
    faulty.seed_purchased_numbers(1)
    faulty.set_faults(1.0, kinds=("drop",))
    retry = RetryPolicy(max_retries=2, backoff_factor=0.0)
    client = PhoneNumbersClient.from_connection_string(faulty.connection_string, retry=retry)
    with client, pytest.raises(ServiceResponseError) as info:
        list(client.list_purchased_phone_numbers())
    assert info.value.attempts == 3


# -- bounded retry budgets ------------------------------------------------------------------------------------------


BUDGET = RetryPolicy(max_retries=50, backoff_factor=0.2, max_backoff=0.5, total_timeout=2.0)


def test_a_closed_port_fails_within_the_total_timeout_saying_how_many_attempts() -> None:
    endpoint = f"http://127.0.0.1:{closed_port()}"
    start = time.monotonic()
    client = PhoneNumbersClient(endpoint, AzureKeyCredential(DEV_ACCESS_KEY), retry=BUDGET)
    with client, pytest.raises(ServiceRequestError) as info:
        client.get_purchased_phone_number("+14255550123")
    elapsed = time.monotonic() - start
    print(f"\n[reliability] closed port: {info.value.attempts} attempts in {elapsed:.2f} s (budget 2.0 s)")
    assert elapsed < 2.0 + 0.5
    assert info.value.attempts > 1
    assert f"{info.value.attempts} attempts" in str(info.value)


def test_a_closed_port_fails_fast_for_a_purchase_too() -> None:
    """Connect errors prove nothing was sent, so even a POST is retried, within the same budget."""
    endpoint = f"http://127.0.0.1:{closed_port()}"
    start = time.monotonic()
    client = PhoneNumbersClient(endpoint, AzureKeyCredential(DEV_ACCESS_KEY), retry=BUDGET)
    with client, pytest.raises(ServiceRequestError, match="attempts"):
        client.begin_purchase_phone_numbers("search-1")
    assert time.monotonic() - start < 2.5


@pytest.mark.parametrize("kind", ["500", "503", "429"])
def test_a_service_that_always_fails_ends_within_the_budget_saying_how_many_attempts(
    faulty: Emulator, kind: str
) -> None:
    faulty.set_faults(1.0, kinds=(kind,))
    start = time.monotonic()
    client = PhoneNumbersClient.from_connection_string(faulty.connection_string, retry=BUDGET)
    with client, pytest.raises(HttpResponseError) as info:
        list(client.list_purchased_phone_numbers())
    elapsed = time.monotonic() - start
    print(f"\n[reliability] always {kind}: failed in {elapsed:.2f} s: {info.value}")
    assert info.value.status_code == int(kind)
    assert elapsed < 2.0 + 0.5
    assert "attempt" in str(info.value), "the error does not say how many attempts were made"


def test_a_stalled_service_fails_within_the_budget(faulty: Emulator) -> None:
    """Every response stalls 2 s, beyond the client's 0.3 s timeout: the call ends within the 1 s budget."""
    faulty.set_faults(0.0, latency_seconds=2.0)
    retry = RetryPolicy(max_retries=50, backoff_factor=0.05, total_timeout=1.0)
    start = time.monotonic()
    client = PhoneNumbersClient.from_connection_string(faulty.connection_string, retry=retry, timeout=0.3)
    with client, pytest.raises(ServiceResponseTimeoutError) as info:
        client.get_purchased_phone_number("+14255550123")
    elapsed = time.monotonic() - start
    print(f"\n[reliability] stalled: {info.value.attempts} attempts in {elapsed:.2f} s (budget 1.0 s)")
    assert elapsed < 1.0 + 0.5
    assert info.value.attempts >= 2


async def test_async_closed_port_fails_within_the_budget() -> None:
    endpoint = f"http://127.0.0.1:{closed_port()}"
    start = time.monotonic()
    async with AsyncPhoneNumbersClient(endpoint, AzureKeyCredential(DEV_ACCESS_KEY), retry=BUDGET) as client:
        with pytest.raises(ServiceRequestError) as info:
            await client.get_purchased_phone_number("+14255550123")
    assert time.monotonic() - start < 2.5
    assert info.value.attempts > 1


# -- poller resumed in a new process --------------------------------------------------------------------------------

STARTER = textwrap.dedent(
    """
    import sys
    from acs_phonenumbers import PhoneNumbersClient

    conn, search_id = sys.argv[1], sys.argv[2]
    client = PhoneNumbersClient.from_connection_string(conn)
    poller = client.begin_purchase_phone_numbers(search_id, agree_to_not_resell=True, polling_interval=0.2)
    print(poller.continuation_token(), flush=True)
    poller.result()  # the operation takes 60 s of emulator time: this process is killed while it waits
    print("finished in the first process", flush=True)
    """
)
RESUMER = textwrap.dedent(
    """
    import sys
    from acs_phonenumbers import PhoneNumbersClient

    conn, token = sys.argv[1], sys.argv[2]
    with PhoneNumbersClient.from_connection_string(conn) as client:
        poller = client.begin_purchase_phone_numbers("", continuation_token=token, polling_interval=0.05)
        print("result:", poller.result(timeout=20), poller.status(), flush=True)
    """
)


def _python(script: str, *args: str, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=timeout)


def test_a_poller_killed_mid_operation_is_resumed_in_a_new_process(emulator: Emulator) -> None:
    with PhoneNumbersClient.from_connection_string(emulator.connection_string, polling_interval=0) as client:
        search = client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES).result()
    emulator.set_lro_seconds(60.0)
    starter = subprocess.Popen(
        [sys.executable, "-c", STARTER, emulator.connection_string, search.search_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert starter.stdout is not None
        token = starter.stdout.readline().strip()
        assert token, starter.stderr.read() if starter.stderr else ""
    finally:
        starter.send_signal(signal.SIGKILL)
        starter.wait(timeout=10)
    assert starter.returncode == -signal.SIGKILL
    number = search.phone_numbers[0]
    with PhoneNumbersClient.from_connection_string(emulator.connection_string) as client, pytest.raises(AcsError):
        client.get_purchased_phone_number(number)  # not bought yet: the operation is still running
    emulator.advance_clock(61)
    start = time.monotonic()
    resumed = _python(RESUMER, emulator.connection_string, token)
    assert resumed.returncode == 0, resumed.stderr
    assert "result: None succeeded" in resumed.stdout
    print(f"\n[reliability] resumed in a new process in {time.monotonic() - start:.2f} s")
    with PhoneNumbersClient.from_connection_string(emulator.connection_string) as client:
        assert client.get_purchased_phone_number(number).phone_number == number


# -- emulator durability under kill -9 ------------------------------------------------------------------------------


def _start_emulator(db: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "acs_phonenumbers.emulator", "--db", str(db), "--lro-seconds", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line.startswith("endpoint="), f"the emulator did not start: {line!r}"
    return process, line


def _burst(conn: str, outcomes: dict[str, str], stop: threading.Event) -> None:
    """Search and purchase until the server dies; outcomes[search_id] = what the client said about the purchase."""
    no_retry = RetryPolicy.disabled()
    with PhoneNumbersClient.from_connection_string(conn, retry=no_retry, polling_interval=0, timeout=2.0) as client:
        while not stop.is_set():
            try:
                search = client.begin_search_available_phone_numbers(
                    "US", "tollFree", "application", CAPABILITIES
                ).result()
            except AcsError:
                return
            outcomes[search.search_id] = "started"
            try:
                client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True).result()
                outcomes[search.search_id] = "succeeded"
            except HttpResponseError as exc:
                outcomes[search.search_id] = f"refused {exc.status_code}"
                return
            except AcsError:
                outcomes[search.search_id] = "unknown"
                return


@pytest.mark.parametrize("purchases_before_kill", [3, 12])
def test_emulator_state_survives_kill_9_mid_burst(tmp_path: Path, purchases_before_kill: int) -> None:
    db = tmp_path / "emulator.db"
    process, conn = _start_emulator(db)
    outcomes: dict[str, str] = {}
    stop = threading.Event()
    burst = threading.Thread(target=_burst, args=(conn, outcomes, stop), daemon=True)
    try:
        burst.start()
        deadline = time.monotonic() + 30
        while sum(v == "succeeded" for v in outcomes.values()) < purchases_before_kill:
            assert time.monotonic() < deadline, "the burst made no progress"
            assert burst.is_alive(), f"the burst stopped early: {outcomes}"
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)  # mid-burst: the next request is in flight or about to be
        process.wait(timeout=10)
    finally:
        stop.set()
        if process.poll() is None:
            process.kill()
            process.wait()
    burst.join(timeout=10)
    restarted, conn2 = _start_emulator(db)
    try:
        with PhoneNumbersClient.from_connection_string(conn2, polling_interval=0) as client:
            owned = {n.phone_number for n in client.list_purchased_phone_numbers()}
    finally:
        restarted.send_signal(signal.SIGTERM)
        restarted.wait(timeout=10)
    with sqlite3.connect(db) as connection:
        searches = {
            doc["searchId"]: doc
            for doc in (
                __import__("json").loads(body)
                for (body,) in connection.execute("SELECT body FROM documents WHERE kind = 'search'")
            )
        }
    succeeded = [s for s, outcome in outcomes.items() if outcome == "succeeded"]
    partial = []
    for search_id, search in searches.items():
        numbers = set(search["phoneNumbers"])
        held = numbers & owned
        if held and held != numbers:
            partial.append(search_id)
        if search_id in succeeded:
            assert numbers <= owned, f"a purchase the client saw succeed is missing after restart: {search_id}"
        if outcomes.get(search_id, "").startswith("refused"):
            assert not held, f"a purchase the client saw refused happened: {search_id}"
    assert not partial, f"half-done purchases: {partial}"
    bought_searches = {s for s, doc in searches.items() if set(doc["phoneNumbers"]) & owned}
    assert owned == {n for s in bought_searches for n in searches[s]["phoneNumbers"]}
    print(
        f"\n[reliability] kill -9 after {purchases_before_kill} purchases: {len(outcomes)} searches, "
        f"{len(succeeded)} purchases confirmed, {len(bought_searches)} found after restart, "
        f"last outcome {list(outcomes.values())[-1]!r}, {len(owned)} numbers owned, 0 partial"
    )
