"""Retry decisions (pure) and the retrying transports, with injected sleep and clock: nothing really waits."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fake_time import FakeTime

from acs_phonenumbers._errors import (
    IncompleteReadError,
    InvalidArgumentError,
    ServiceRequestError,
    ServiceRequestTimeoutError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from acs_phonenumbers._retry import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    compute_delay,
    decide,
    failure_class,
    is_retryable,
    parse_retry_after,
)

URL = "https://contoso.communication.azure.com/phoneNumbers?api-version=2025-06-01"
IDEMPOTENT = ["GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_methods_retry_every_retry_status(method: str, status: int) -> None:
    assert is_retryable(method, status)


@pytest.mark.parametrize("status", [200, 201, 202, 400, 401, 403, 404, 409, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    assert not is_retryable("GET", status)


@pytest.mark.parametrize(("status", "retried"), [(408, True), (429, True), (503, True), (500, False), (502, False),
                                                 (504, False)])  # fmt: skip
def test_post_retries_only_when_the_service_did_not_act(status: int, retried: bool) -> None:
    assert is_retryable("POST", status) is retried
    assert is_retryable("post", status) is retried


@pytest.mark.parametrize(
    ("error", "get", "post"),
    [
        (httpx.ConnectError("refused"), True, True),
        (httpx.ConnectTimeout("slow connect"), True, True),
        (httpx.PoolTimeout("pool"), True, True),
        (httpx.ReadTimeout("stall"), True, False),
        (httpx.WriteTimeout("stall"), True, False),
        (httpx.ReadError("reset"), True, False),
        (httpx.RemoteProtocolError("dropped"), True, False),
        (httpx.UnsupportedProtocol("ftp"), False, False),
        (ValueError("a bug"), False, False),
    ],
)
def test_transport_errors(error: BaseException, get: bool, post: bool) -> None:
    assert is_retryable("GET", error) is get
    assert is_retryable("POST", error) is post


def test_retry_statuses_are_configurable() -> None:
    policy = RetryPolicy(retry_statuses=frozenset({500}))
    assert is_retryable("GET", 500, policy)
    assert not is_retryable("GET", 503, policy)
    assert not is_retryable("POST", 503, policy)  # POST still needs both: configured and provably unprocessed


NOW = datetime(2024, 3, 5, 9, 7, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "Tue, 05 Mar 2024 09:07:13 GMT"}, 10.0),
        ({"Retry-After": "Tue, 05 Mar 2024 09:00:00 GMT"}, 0.0),  # in the past: go now
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "nan"}, None),
        ({"retry-after-ms": "250"}, 0.25),
        ({"x-ms-retry-after-ms": "1500", "Retry-After": "9"}, 1.5),  # the precise one wins
        ({"x-ms-retry-after-ms": "junk", "Retry-After": "9"}, 9.0),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), NOW) == expected


def test_compute_delay_is_full_jitter_under_a_ceiling() -> None:
    policy = RetryPolicy(backoff_factor=0.8, max_backoff=5.0)
    rng = random.Random(7)
    for attempt, ceiling in [(1, 0.8), (2, 1.6), (3, 3.2), (4, 5.0), (30, 5.0), (500, 5.0)]:
        delays = [compute_delay(attempt, None, rng, policy) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8  # it really spreads over the range


def test_retry_after_wins_but_is_capped() -> None:
    policy = RetryPolicy(max_backoff=10.0)
    assert compute_delay(1, 4.0, random.Random(1), policy) == 4.0
    assert compute_delay(1, 3600.0, random.Random(1), policy) == 10.0


def test_decide_stops_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2)
    assert decide("GET", 503, 1, policy=policy) is not None
    assert decide("GET", 503, 2, policy=policy) is not None
    assert decide("GET", 503, 3, policy=policy) is None
    assert decide("GET", 404, 1, policy=policy) is None
    assert decide("GET", 429, 1, {"Retry-After": "2"}, policy=policy) == 2.0


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"max_retries": 1.5}, {"max_retries": True}, {"backoff_factor": -1},
     {"max_backoff": float("inf")}, {"total_timeout": 0}, {"total_timeout": float("nan")}],
)  # fmt: skip
def test_policy_validates(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        RetryPolicy(**kwargs)


def test_disabled_policy() -> None:
    assert RetryPolicy.disabled().max_retries == 0


class Script:
    """A MockTransport handler that plays a list of outcomes (a status, a (status, headers) pair or an error)."""

    def __init__(self, *outcomes: Any) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        # The transport re-sends the same Request object, so what each attempt carried is copied here.
        self.headers: list[httpx.Headers] = []
        self.timeouts: list[dict[str, float]] = []
        self.bodies: list[bytes] = []
        self.responses: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.headers.append(httpx.Headers(request.headers))
        self.timeouts.append(dict(request.extensions["timeout"]))
        self.bodies.append(request.read())
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        status, headers = outcome if isinstance(outcome, tuple) else (outcome, {})
        response = httpx.Response(status, headers=headers, json={"attempt": len(self.requests)})
        self.responses.append(response)
        return response


def transport(script: Script, fake: FakeTime, policy: RetryPolicy | None = None, **kw: Any) -> RetryTransport:
    return RetryTransport(
        httpx.MockTransport(script), policy or RetryPolicy(), sleep=fake.sleep, clock=fake.clock, **kw
    )


def test_retries_until_success_with_growing_waits() -> None:
    script, fake = Script(503, 500, 200), FakeTime()
    policy = RetryPolicy(backoff_factor=1.0)
    with httpx.Client(transport=transport(script, fake, policy)) as client:
        response = client.get(URL)
    assert response.status_code == 200
    assert response.json() == {"attempt": 3}
    assert len(fake.sleeps) == 2
    assert 0 <= fake.sleeps[0] <= 1.0 and 0 <= fake.sleeps[1] <= 2.0


def test_honours_retry_after() -> None:
    script, fake = Script((429, {"Retry-After": "3"}), 200), FakeTime()
    with httpx.Client(transport=transport(script, fake)) as client:
        assert client.post(URL, json={}).status_code == 200
    assert fake.sleeps == [3.0]


def test_post_500_is_returned_not_retried() -> None:
    script, fake = Script(500), FakeTime()
    with httpx.Client(transport=transport(script, fake)) as client:
        assert client.post(URL, json={"searchId": "x"}).status_code == 500
    assert len(script.requests) == 1 and fake.sleeps == []


def test_exhausted_statuses_return_the_last_response_and_close_the_others() -> None:
    script, fake = Script(503, 503, 503, 503), FakeTime()
    with httpx.Client(transport=transport(script, fake, RetryPolicy(max_retries=3))) as client:
        response = client.get(URL)
    assert response.status_code == 503
    assert response.json() == {"attempt": 4}  # 1 try + max_retries=3
    assert all(r.is_closed for r in script.responses[:-1])


def test_post_read_timeout_is_not_retried_and_says_so() -> None:
    script, fake = Script(httpx.ReadTimeout("stalled")), FakeTime()
    with httpx.Client(transport=transport(script, fake)) as client, pytest.raises(ServiceResponseTimeoutError) as info:
        client.post(URL, json={"searchId": "x"})
    assert info.value.attempts == 1
    assert "1 attempt" in str(info.value) and "may have been sent" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_post_connect_error_is_retried() -> None:
    script, fake = Script(httpx.ConnectError("refused"), 202), FakeTime()
    with httpx.Client(transport=transport(script, fake)) as client:
        assert client.post(URL, json={}).status_code == 202


def test_exhausted_transport_errors_raise_with_attempt_count() -> None:
    script, fake = Script(*[httpx.ConnectError("refused")] * 4), FakeTime()
    policy = RetryPolicy(max_retries=3)
    with (
        httpx.Client(transport=transport(script, fake, policy)) as client,
        pytest.raises(ServiceRequestError) as info,
    ):
        client.get(URL)
    assert info.value.attempts == 4
    assert "after 4 attempts" in str(info.value)


def test_total_timeout_bounds_the_whole_call() -> None:
    script, fake = Script(*[(503, {"Retry-After": "4"})] * 10), FakeTime()
    policy = RetryPolicy(max_retries=10, total_timeout=10.0)
    with httpx.Client(transport=transport(script, fake, policy)) as client:
        assert client.get(URL).status_code == 503
    assert fake.sleeps == [4.0, 4.0]  # a third wait would end past 10 s
    assert fake.now < 10.0


def test_total_timeout_shortens_request_timeouts() -> None:
    script, fake = Script((503, {"Retry-After": "8"}), 200), FakeTime()
    policy = RetryPolicy(total_timeout=10.0)
    with httpx.Client(transport=transport(script, fake, policy), timeout=30.0) as client:
        client.get(URL)
    assert script.timeouts[0]["read"] == 10.0
    assert script.timeouts[1]["read"] == pytest.approx(2.0)


def test_disabled_sends_once_and_still_maps_transport_errors() -> None:
    script, fake = Script(503), FakeTime()
    with httpx.Client(transport=transport(script, fake, RetryPolicy.disabled())) as client:
        assert client.get(URL).status_code == 503
    script = Script(httpx.ConnectError("refused"))
    with (
        httpx.Client(transport=transport(script, fake, RetryPolicy.disabled())) as client,
        pytest.raises(ServiceRequestError, match="after 1 attempt"),
    ):
        client.get(URL)


def test_resign_runs_before_every_resend_only() -> None:
    script, fake = Script(503, 502, 200), FakeTime()
    resigned: list[int] = []

    def resign(request: httpx.Request) -> None:
        resigned.append(len(script.requests))
        request.headers["x-signature"] = f"sig-{len(script.requests)}"

    with httpx.Client(transport=transport(script, fake, resign=resign)) as client:
        client.put(URL, json={})
    assert resigned == [1, 2]  # not before the first send (the auth flow signed it), before each re-send
    assert [h.get("x-signature") for h in script.headers] == [None, "sig-1", "sig-2"]


def test_streamed_body_is_sent_whole_on_every_attempt() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"part one, "
        yield b"part two"

    script, fake = Script(503, 200), FakeTime()
    with httpx.Client(transport=transport(script, fake)) as client:
        client.put(URL, content=chunks())
    assert script.bodies == [b"part one, part two"] * 2


def test_unexpected_exceptions_propagate_unchanged() -> None:
    script, fake = Script(RuntimeError("bug in a mock")), FakeTime()
    with httpx.Client(transport=transport(script, fake)) as client, pytest.raises(RuntimeError, match="bug"):
        client.get(URL)


def async_transport(script: Script, fake: FakeTime, policy: RetryPolicy | None = None, **kw: Any) -> Any:
    return AsyncRetryTransport(
        httpx.MockTransport(script), policy or RetryPolicy(), sleep=fake.asleep, clock=fake.clock, **kw
    )


async def test_async_retries_resigns_and_reads_streamed_bodies() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"a"
        yield b"b"

    script, fake = Script((429, {"retry-after-ms": "500"}), 503, 200), FakeTime()
    resigned: list[str] = []
    async with httpx.AsyncClient(
        transport=async_transport(script, fake, resign=lambda r: resigned.append(r.method))
    ) as client:
        response = await client.post(URL, content=chunks())
    assert response.status_code == 200
    assert script.bodies == [b"ab"] * 3
    assert resigned == ["POST", "POST"]
    assert fake.sleeps[0] == 0.5
    assert script.responses[0].is_closed and script.responses[1].is_closed


async def test_async_exhaustion_and_non_retryable_post() -> None:
    fake = FakeTime()
    script = Script(*[httpx.ReadError("reset")] * 4)
    async with httpx.AsyncClient(transport=async_transport(script, fake, RetryPolicy(max_retries=3))) as client:
        with pytest.raises(ServiceResponseError) as info:
            await client.delete(URL)
        assert info.value.attempts == 4
    script = Script(httpx.RemoteProtocolError("dropped"))
    async with httpx.AsyncClient(transport=async_transport(script, fake)) as client:
        with pytest.raises(ServiceResponseError) as info:
            await client.post(URL, json={})
        assert info.value.attempts == 1


class CutOffStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that starts, then the connection drops."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"phoneNumber": "+1425'
        raise httpx.ReadError("connection dropped mid-body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"phoneNumber": "+1425'
        raise httpx.ReadError("connection dropped mid-body")


def cut_off_then(status: int) -> Any:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            return httpx.Response(200, stream=CutOffStream())
        return httpx.Response(status, json={"attempt": len(calls)})

    return handler, calls


def test_a_body_cut_off_mid_transfer_is_retried_for_get() -> None:
    handler, calls = cut_off_then(200)
    fake = FakeTime()
    retrying = RetryTransport(httpx.MockTransport(handler), sleep=fake.sleep, clock=fake.clock)
    with httpx.Client(transport=retrying) as client:
        assert client.get(URL).json() == {"attempt": 2}
    assert calls == ["GET", "GET"]


def test_a_body_cut_off_mid_transfer_is_not_retried_for_post() -> None:
    handler, calls = cut_off_then(200)
    fake = FakeTime()
    retrying = RetryTransport(httpx.MockTransport(handler), sleep=fake.sleep, clock=fake.clock)
    with httpx.Client(transport=retrying) as client, pytest.raises(IncompleteReadError, match="1 attempt"):
        client.post(URL, json={"searchId": "s"})
    assert calls == ["POST"]


async def test_async_a_body_cut_off_mid_transfer_is_retried_for_get() -> None:
    handler, calls = cut_off_then(200)
    fake = FakeTime()
    retrying = AsyncRetryTransport(httpx.MockTransport(handler), sleep=fake.asleep, clock=fake.clock)
    async with httpx.AsyncClient(transport=retrying) as client:
        assert (await client.get(URL)).json() == {"attempt": 2}
    assert calls == ["GET", "GET"]


def test_the_final_error_says_how_many_attempts_were_made() -> None:
    from acs_phonenumbers._errors import error_from_response

    script, fake = Script(503, 503, 503, 503), FakeTime()
    with httpx.Client(transport=transport(script, fake, RetryPolicy(max_retries=3))) as client:
        response = client.get(URL)
    error = error_from_response(response)
    assert (response.status_code, error.attempts) == (503, 4)
    assert "after 4 attempts" in str(error)


def test_a_first_time_error_does_not_mention_attempts() -> None:
    from acs_phonenumbers._errors import error_from_response

    script, fake = Script(404), FakeTime()
    with httpx.Client(transport=transport(script, fake)) as client:
        error = error_from_response(client.get(URL))
    assert error.attempts == 1
    assert "after 1 attempt" not in str(error) and "attempts]" not in str(error)


FAILURE_CLASSES = [
    (httpx.ConnectError("refused"), False, ServiceRequestError),
    (httpx.ConnectTimeout("no SYN-ACK"), False, ServiceRequestTimeoutError),
    (httpx.PoolTimeout("pool full"), False, ServiceRequestTimeoutError),
    (httpx.UnsupportedProtocol("ftp"), False, ServiceRequestError),
    (httpx.ProxyError("tunnel refused"), False, ServiceRequestError),
    (httpx.ReadTimeout("no answer"), False, ServiceResponseTimeoutError),
    (httpx.WriteTimeout("stalled while sending"), False, ServiceResponseTimeoutError),
    (httpx.ReadTimeout("total_timeout mid-body"), True, ServiceResponseTimeoutError),
    (httpx.ReadError("reset"), False, ServiceResponseError),
    (httpx.WriteError("reset while sending"), False, ServiceResponseError),
    (httpx.RemoteProtocolError("closed without a response"), False, ServiceResponseError),
    (httpx.LocalProtocolError("invalid request"), False, ServiceResponseError),
    (httpx.RemoteProtocolError("body short of its Content-Length"), True, IncompleteReadError),
    (httpx.ReadError("reset mid-body"), True, IncompleteReadError),
    # A connect error while reading a body cannot happen, but "not sent" would still be the exception's word.
    (httpx.ConnectError("refused"), True, ServiceRequestError),
]


@pytest.mark.parametrize(("exc", "reading_body", "expected"), FAILURE_CLASSES)
def test_failure_class_is_the_one_mapping(exc: httpx.TransportError, reading_body: bool, expected: type) -> None:
    assert failure_class(exc, reading_body=reading_body) is expected
