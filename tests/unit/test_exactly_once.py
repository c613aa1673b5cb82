"""Exactly-once and bounded behaviour, without a server: the retry table, reconciliation's decisions, pagers that
cycle, poll delays, a dripping body, a body nested absurdly deep."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from acs_phonenumbers import (
    HttpResponseError,
    OutcomeUnknownError,
    PhoneNumbersClient,
    ServiceRequestError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._guards import LinkGuard
from acs_phonenumbers._idempotency import OUTCOME_UNKNOWN_EXTENSION, RetryClass, classify, operation_of
from acs_phonenumbers._lro_kinds import LROKind
from acs_phonenumbers._pacing import MIN_POLL_DELAY
from acs_phonenumbers._polling import LROState, Poll
from acs_phonenumbers._retry import AsyncRetryTransport, RetryPolicy, RetryTransport, is_retryable
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers_generated.operations import OPERATIONS as PHONE_NUMBERS_OPERATIONS
from acs_shortcodes_generated.operations import OPERATIONS as SHORT_CODES_OPERATIONS
from acs_siprouting_generated.operations import OPERATIONS as SIP_ROUTING_OPERATIONS

REPO = Path(__file__).resolve().parents[2]
ENDPOINT = "https://contoso.communication.azure.com"
KEY = AzureKeyCredential("a2V5")
FAST = RetryPolicy(backoff_factor=0.0)


# -- the table ------------------------------------------------------------------------------------------------------


def test_every_operation_of_every_generated_document_is_classified_by_its_x_acs_retry() -> None:
    from_documents: dict[str, tuple[str, str, str]] = {}
    for package in sorted((REPO / "generated").glob("acs_*_generated")):
        name = package.name.removeprefix("acs_").removesuffix("_generated")
        document = yaml.safe_load((REPO / "openapi" / f"{name}.yaml").read_text(encoding="utf-8"))
        for path, item in document["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    from_documents[operation["operationId"]] = (method.upper(), path, operation["x-acs-retry"])
    generated = {**PHONE_NUMBERS_OPERATIONS, **SHORT_CODES_OPERATIONS, **SIP_ROUTING_OPERATIONS}
    assert {name: (op.method, op.path, op.retry) for name, op in generated.items()} == from_documents
    for name, (method, template, retry) in from_documents.items():
        path = "/prefix" + re.sub(r"\{[^}]+\}", "x1", template)  # a concrete URL path, under an endpoint's path
        assert (operation_of(method, path), classify(method, path)) == (name, RetryClass(retry))


def test_the_long_running_kinds_are_the_operations_phonenumbers_yaml_marks_long_running() -> None:
    marked = {name: op.long_running for name, op in PHONE_NUMBERS_OPERATIONS.items() if op.long_running is not None}
    assert {kind.operation_id for kind in LROKind} == set(marked)
    for kind in LROKind:
        assert kind.has_final_resource is (marked[kind.operation_id].final_state_via == "location")


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/phoneNumbers/operations/purchase_1", RetryClass.READ),
        ("DELETE", "/phoneNumbers/operations/purchase_1", RetryClass.IDEMPOTENT),
        ("DELETE", "/phoneNumbers/+14255550123", RetryClass.KEYED),
        ("DELETE", "/phoneNumbers/%2B14255550123", RetryClass.KEYED),
        ("PATCH", "/phoneNumbers/+14255550123/capabilities", RetryClass.IDEMPOTENT),
        ("POST", "/availablePhoneNumbers/:purchase", RetryClass.KEYED),
        ("POST", "/availablePhoneNumbers/countries/US/:search", RetryClass.SEARCH),
        ("POST", "/availablePhoneNumbers/countries/US/:browse", RetryClass.READ),
        ("POST", "/operatorInformation/:search", RetryClass.READ),
        ("POST", "/availablePhoneNumbers/reservations/0b8f/:purchase", RetryClass.KEYED),
        ("POST", "/shortCodes/countries/US/programBriefs/0b8f/:submit", RetryClass.KEYED),
        ("POST", "/somewhere/else", RetryClass.UNSAFE),
        ("PUT", "/somewhere/else", RetryClass.IDEMPOTENT),
    ],
)
def test_requests_are_classified_by_operation(method: str, path: str, expected: RetryClass) -> None:
    assert classify(method, path) is expected


@pytest.mark.parametrize("retry_class", [RetryClass.READ, RetryClass.SEARCH, RetryClass.KEYED, RetryClass.IDEMPOTENT])
@pytest.mark.parametrize(
    "outcome", [408, 429, 500, 502, 503, 504, httpx.ReadTimeout("x"), httpx.RemoteProtocolError("x")]
)
def test_every_known_operation_is_retried_on_the_same_outcomes(retry_class: RetryClass, outcome: Any) -> None:
    assert is_retryable("POST", outcome, retry_class=retry_class)


def test_an_unknown_post_is_retried_only_when_it_cannot_have_acted() -> None:
    assert not is_retryable("POST", 500, retry_class=RetryClass.UNSAFE)
    assert not is_retryable("POST", httpx.ReadTimeout("x"), retry_class=RetryClass.UNSAFE)
    assert is_retryable("POST", 503, retry_class=RetryClass.UNSAFE)


# -- the transport marks unknown outcomes; a retried DELETE's 404 means done -----------------------------------------


def _scripted(*outcomes: Any) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    sent: list[httpx.Request] = []
    queue = list(outcomes)

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        outcome = queue.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return httpx.Response(outcome, json={"error": {"code": "X", "message": "x"}} if outcome >= 400 else {})

    return httpx.MockTransport(handler), sent


def test_a_keyed_call_after_an_unknown_outcome_is_marked() -> None:
    inner, sent = _scripted(502, 400)
    with httpx.Client(transport=RetryTransport(inner, FAST, sleep=lambda _: None)) as client:
        response = client.post(f"{ENDPOINT}/availablePhoneNumbers/:purchase", json={})
    assert (len(sent), response.status_code) == (2, 400)
    assert response.extensions[OUTCOME_UNKNOWN_EXTENSION] is True


def test_a_keyed_call_whose_answers_were_all_lost_is_outcome_unknown() -> None:
    inner, _ = _scripted(*[httpx.ReadError("lost")] * 3)
    policy = RetryPolicy(max_retries=2, backoff_factor=0.0)
    transport = RetryTransport(inner, policy, sleep=lambda _: None)
    with httpx.Client(transport=transport) as client, pytest.raises(OutcomeUnknownError) as info:
        client.delete(f"{ENDPOINT}/phoneNumbers/+14255550123")
    assert info.value.attempts == 3
    # It may have been sent: never caught by code that sends again on "not sent" (ServiceRequestError).
    assert isinstance(info.value, ServiceResponseError) and not isinstance(info.value, ServiceRequestError)


def test_a_404_to_a_retried_idempotent_delete_means_done() -> None:
    inner, sent = _scripted(httpx.ReadError("lost"), 404)
    with httpx.Client(transport=RetryTransport(inner, FAST, sleep=lambda _: None)) as client:
        response = client.delete(f"{ENDPOINT}/availablePhoneNumbers/reservations/0b8f")
    assert (len(sent), response.status_code) == (2, 204)


def test_a_404_to_a_first_delete_stays_a_404() -> None:
    inner, _ = _scripted(404)
    with httpx.Client(transport=RetryTransport(inner, FAST, sleep=lambda _: None)) as client:
        assert client.delete(f"{ENDPOINT}/availablePhoneNumbers/reservations/0b8f").status_code == 404


# -- reconciliation: when the client cannot know, it says so ---------------------------------------------------------


def test_a_purchase_that_cannot_be_verified_raises_outcome_unknown_with_what_was_attempted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(500, json={"error": {"code": "InternalError", "message": "boom"}})
        if "searchResults" in request.url.path:
            return httpx.Response(200, json={"searchId": "s1", "phoneNumbers": ["+18005550100"]})
        return httpx.Response(404, json={"error": {"code": "NotFound", "message": "not owned"}})

    client = PhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(handler), retry=RetryPolicy.disabled())
    with client, pytest.raises(OutcomeUnknownError) as info:
        client.begin_purchase_phone_numbers("s1", agree_to_not_resell=True)
    error = info.value
    assert error.operation == "begin_purchase_phone_numbers"
    assert error.attempted == {"search_id": "s1", "phone_numbers": ["+18005550100"]}
    assert "get_purchased_phone_number" in error.how_to_verify
    assert "Repeating the call is safe" in str(error)


def test_a_release_whose_answer_was_lost_and_whose_number_is_gone_succeeds() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if request.method == "DELETE":
            if calls.count("DELETE") == 1:
                raise httpx.RemoteProtocolError("connection cut mid-response")
            return httpx.Response(403, json={"error": {"code": "InsufficientPermissions", "message": "not owned"}})
        return httpx.Response(404, json={"error": {"code": "NotFound", "message": "not found"}})

    client = PhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(handler), retry=FAST)
    with client:
        poller = client.begin_release_phone_number("+14255550123")
        assert poller.done() and poller.result() is None
    assert calls == ["DELETE", "DELETE", "GET"]


def test_a_refusal_without_an_unknown_attempt_is_raised_as_is() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"error": {"code": "InsufficientPermissions", "message": "not owned"}})

    client = PhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(handler), retry=FAST)
    with client, pytest.raises(HttpResponseError) as info:
        client.begin_release_phone_number("+14255550123")
    assert info.value.status_code == 403 and not isinstance(info.value, OutcomeUnknownError)


# -- pagers that never end ------------------------------------------------------------------------------------------


def _pages(links: dict[str, str | None]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page", "first")
        next_page = links[page]
        next_link = f"{ENDPOINT}/phoneNumbers?page={next_page}&api-version=2025-06-01" if next_page else None
        return httpx.Response(200, json={"phoneNumbers": [], "nextLink": next_link})

    return httpx.MockTransport(handler)


def test_a_pager_whose_next_link_cycles_stops_with_an_error() -> None:
    client = PhoneNumbersClient(ENDPOINT, KEY, transport=_pages({"first": "a", "a": "b", "b": "a"}))
    with client, pytest.raises(HttpResponseError, match="cycles"):
        list(client.list_purchased_phone_numbers())


async def test_an_async_pager_whose_next_link_cycles_stops_with_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page", "first")
        next_page = {"first": "a", "a": "b", "b": "a"}[page]
        link = f"{ENDPOINT}/phoneNumbers?page={next_page}&api-version=2025-06-01"
        return httpx.Response(200, json={"phoneNumbers": [], "nextLink": link})

    async with AsyncPhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(HttpResponseError, match="cycles"):
            [n async for n in client.list_purchased_phone_numbers()]


def test_a_listing_that_never_ends_stops_at_the_page_cap() -> None:
    guard = LinkGuard(max_pages=3)
    guard.check("a")
    guard.check("b")
    with pytest.raises(HttpResponseError, match="never ends"):
        guard.check("c")


# -- poll delays ----------------------------------------------------------------------------------------------------


def _state(retry_after: str) -> LROState:
    state = LROState.from_initial_response(
        LROKind.PURCHASE,
        status_code=202,
        headers={"Operation-Location": "/phoneNumbers/operations/p1", "Retry-After": retry_after},
        endpoint=ENDPOINT,
        api_version="2025-06-01",
    )
    state.on_status({"Retry-After": retry_after}, b'{"status": "running"}')
    return state


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [("0", MIN_POLL_DELAY), ("nan", 2.0), ("inf", 2.0), ("-5", MIN_POLL_DELAY), ("100000000", 60.0), ("3", 3.0)],
)
def test_poll_delays_are_floored_and_capped(retry_after: str, expected: float) -> None:
    action = _state(retry_after).next_action(polling_interval=2.0)
    assert isinstance(action, Poll)
    assert action.delay == expected


def test_the_poll_delay_ceiling_is_the_clients_max_backoff() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            202, headers={"Operation-Location": "/phoneNumbers/operations/p1", "Retry-After": "100000000"}
        )

    retry = RetryPolicy(max_backoff=7.0)
    with PhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(handler), retry=retry) as client:
        poller = client.begin_release_phone_number("+14255550123")
        assert poller._core.state.next_action(2.0) == Poll(
            f"{ENDPOINT}/phoneNumbers/operations/p1?api-version=2025-06-01", 7.0
        )


def test_done_and_status_send_at_most_one_request_even_when_retry_after_is_zero() -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        if request.method == "DELETE":
            return httpx.Response(202, headers={"Operation-Location": "/phoneNumbers/operations/p1"})
        return httpx.Response(200, headers={"Retry-After": "0"}, json={"status": "running"})

    with PhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(handler)) as client:
        poller = client.begin_release_phone_number("+14255550123")
        assert not poller.done()
        assert poller.status() == "running"  # the next poll is not due yet (the floor)
    assert sent == ["DELETE", "GET"]


# -- a body that drips, a body nested absurdly deep ----------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Drip(httpx.SyncByteStream, httpx.AsyncByteStream):
    """One byte per (fake) second, for ever."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def __iter__(self) -> Iterator[bytes]:
        while True:
            self.clock.now += 1.0
            yield b" "

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            self.clock.now += 1.0
            yield b" "


def test_total_timeout_bounds_a_body_that_drips() -> None:
    clock = Clock()
    inner = httpx.MockTransport(lambda request: httpx.Response(200, stream=Drip(clock)))
    policy = RetryPolicy(max_retries=0, total_timeout=5.0)
    transport = RetryTransport(inner, policy, clock=clock)
    with httpx.Client(transport=transport) as client, pytest.raises(ServiceResponseTimeoutError, match="total_timeout"):
        client.get(f"{ENDPOINT}/phoneNumbers")
    assert clock.now <= 6.0


async def test_total_timeout_bounds_a_body_that_drips_async() -> None:
    clock = Clock()
    inner = httpx.MockTransport(lambda request: httpx.Response(200, stream=Drip(clock)))
    policy = RetryPolicy(max_retries=0, total_timeout=5.0)
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner, policy, clock=clock)) as client:
        with pytest.raises(ServiceResponseTimeoutError, match="total_timeout"):
            await client.get(f"{ENDPOINT}/phoneNumbers")
    assert clock.now <= 6.0


DEEP = b"[" * 50_000 + b"]" * 50_000


@pytest.mark.parametrize("status", [400, 500, 200])
def test_a_body_nested_50000_levels_deep_is_an_http_response_error(status: int) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=DEEP))
    client = PhoneNumbersClient(ENDPOINT, KEY, transport=transport, retry=RetryPolicy.disabled())
    with client, pytest.raises(HttpResponseError) as info:
        client.get_purchased_phone_number("+14255550123")
    assert info.value.status_code == status


# -- a keyed call's check, driven by the sync and the async runner ----------------------------------------------------


def _keyed(owned: bool) -> Any:
    from acs_phonenumbers._reconcile import Keyed, json_of

    def check() -> Any:
        number = json_of((yield "/phoneNumbers/+14255550123"))
        return number if owned else None

    return Keyed("begin_release_phone_number", {"phone_number": "+14255550123"}, frozenset({403}), check, "look")


def _answer(status: int) -> Any:
    def get(url: str) -> httpx.Response:
        return httpx.Response(status, json={"error": {"code": "X", "message": "no"}} if status != 200 else {"id": url})

    return get


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_check_returns_its_evidence_or_says_the_outcome_is_unknown(asynchronous: bool) -> None:
    from acs_phonenumbers._reconcile import arun_check, run_check

    async def run(keyed: Any, status: int, exc: BaseException) -> Any:
        get = _answer(status)
        if not asynchronous:
            return run_check(keyed, get, exc)

        async def aget(url: str) -> httpx.Response:
            return get(url)

        return await arun_check(keyed, aget, exc)

    cause = ServiceRequestError("lost", attempts=2)
    assert await run(_keyed(owned=True), 200, cause) == {"id": "/phoneNumbers/+14255550123"}
    with pytest.raises(OutcomeUnknownError, match="does not show it took effect") as info:
        await run(_keyed(owned=False), 200, cause)
    assert info.value.__cause__ is cause
    with pytest.raises(OutcomeUnknownError, match="checking the state failed too") as info:
        await run(_keyed(owned=True), 500, cause)
    assert info.value.__cause__ is cause and isinstance(info.value.__context__, HttpResponseError)
