"""Request ids, per-attempt event hooks and with_options, through mock transports (no network)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from acs_phonenumbers import (
    AzureKeyCredential,
    InvalidArgumentError,
    PhoneNumbersClient,
    ResourceNotFoundError,
    RetryPolicy,
    ServiceRequestError,
)
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient

ENDPOINT = "https://x.communication.azure.com"
KEY = AzureKeyCredential("a2V5")
NUMBER = "+14255550123"
OWNED = {
    "id": "14255550123",
    "phoneNumber": NUMBER,
    "countryCode": "US",
    "phoneNumberType": "geographic",
    "assignmentType": "application",
    "capabilities": {"calling": "inbound", "sms": "none"},
    "purchaseDate": "2026-01-01T00:00:00Z",
    "cost": {"amount": 2.0, "currencyCode": "USD", "billingFrequency": "monthly"},
}
FAST = RetryPolicy(backoff_factor=0.0, max_backoff=0.0)


class Script:
    """A mock service answering with the given statuses in turn (then 200), recording every request."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status = self.statuses.pop(0) if self.statuses else 200
        if status == 200:
            return httpx.Response(200, json=OWNED)
        body = {"error": {"code": "NotFound", "message": "no such number"}}
        return httpx.Response(status, json=body, headers={"MS-CV": "cv-123", "Retry-After": "0"})

    def ids(self) -> list[str]:
        return [r.headers["x-ms-client-request-id"] for r in self.requests]


def _client(script: Script, **options: Any) -> PhoneNumbersClient:
    return PhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(script), retry=FAST, **options)


# -- x-ms-client-request-id ---------------------------------------------------------------------------------------


def test_each_call_has_its_own_request_id_kept_across_its_retries() -> None:
    script = Script(503, 500)
    with _client(script) as client:
        client.get_purchased_phone_number(NUMBER)
        client.get_purchased_phone_number(NUMBER)

    first, retry_1, retry_2, second = script.ids()
    assert first == retry_1 == retry_2
    assert second != first
    assert str(uuid.UUID(first)) == first and str(uuid.UUID(second)) == second


def test_a_callers_own_request_id_is_kept() -> None:
    script = Script(503)
    user = httpx.Client(transport=httpx.MockTransport(script), headers={"x-ms-client-request-id": "mine-1"})
    with PhoneNumbersClient(ENDPOINT, KEY, http_client=user, retry=FAST) as client:
        client.get_purchased_phone_number(NUMBER)
    assert script.ids() == ["mine-1", "mine-1"]
    user.close()


def test_an_error_names_the_request_id_next_to_the_ms_cv() -> None:
    script = Script(404)
    with _client(script) as client, pytest.raises(ResourceNotFoundError) as caught:
        client.get_purchased_phone_number(NUMBER)

    sent = script.ids()[0]
    assert caught.value.client_request_id == sent and caught.value.ms_cv == "cv-123"
    assert f"MS-CV: cv-123; client request id: {sent}" in str(caught.value)


def test_a_transport_failure_names_the_request_id() -> None:
    sent: list[str] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["x-ms-client-request-id"])
        raise httpx.ConnectError("connection refused", request=request)

    client = PhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(refuse), retry=RetryPolicy.disabled())
    with client, pytest.raises(ServiceRequestError) as caught:
        client.get_purchased_phone_number(NUMBER)

    assert caught.value.client_request_id == sent[0]
    assert str(caught.value).endswith(f"[client request id: {sent[0]}]")


async def test_the_async_client_sends_request_ids_too() -> None:
    script = Script(503)
    transport = httpx.MockTransport(script)
    async with AsyncPhoneNumbersClient(ENDPOINT, KEY, transport=transport, retry=FAST) as client:
        await client.get_purchased_phone_number(NUMBER)
    first, retry = script.ids()
    assert first == retry


# -- event_hooks --------------------------------------------------------------------------------------------------


def test_event_hooks_fire_once_per_attempt_with_the_signed_request() -> None:
    seen: list[str] = []

    def on_request(request: httpx.Request) -> None:
        assert "authorization" in request.headers  # signed, as sent
        seen.append(f"request {request.headers['x-ms-client-request-id']}")

    def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")
        assert response.request.url.path.startswith("/phoneNumbers/")

    script = Script(503)
    with _client(script, event_hooks={"request": [on_request], "response": [on_response]}) as client:
        client.get_purchased_phone_number(NUMBER)

    call_id = script.ids()[0]
    assert seen == [f"request {call_id}", "response 503", f"request {call_id}", "response 200"]


async def test_async_event_hooks_may_be_coroutines() -> None:
    seen: list[int] = []

    async def on_response(response: httpx.Response) -> None:
        seen.append(response.status_code)

    script = Script(500)
    transport = httpx.MockTransport(script)
    hooks = {"response": [on_response]}
    async with AsyncPhoneNumbersClient(ENDPOINT, KEY, transport=transport, retry=FAST, event_hooks=hooks) as client:
        await client.get_purchased_phone_number(NUMBER)
    assert seen == [500, 200]


@pytest.mark.parametrize("hooks", [["not a mapping"], {"sent": []}, {"request": ["not callable"]}])
def test_bad_event_hooks_are_refused(hooks: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        PhoneNumbersClient(ENDPOINT, KEY, event_hooks=hooks)


# -- with_options -------------------------------------------------------------------------------------------------


def test_with_options_shares_the_pool_and_changes_only_what_is_given() -> None:
    script = Script()
    client = _client(script, user_agent="app/1")
    patient = client.with_options(user_agent="batch/2", timeout=120)

    patient.get_purchased_phone_number(NUMBER)
    client.get_purchased_phone_number(NUMBER)
    assert [r.headers["user-agent"].split()[0] for r in script.requests] == ["batch/2", "app/1"]
    assert 60 < script.requests[0].extensions["timeout"]["read"] <= 120  # (the retry budget trims it a little)
    assert patient._requests.options.retry is client._requests.options.retry
    assert patient._http._transport.pool.pool is client._http._transport.pool  # one pool, borrowed

    patient.close()  # leaves the shared pool open
    client.get_purchased_phone_number(NUMBER)
    client.close()


def test_with_options_cannot_change_the_pool() -> None:
    with _client(Script()) as client, pytest.raises(TypeError):
        client.with_options(verify=False)  # type: ignore[call-arg]


async def test_async_with_options() -> None:
    script = Script()
    async with AsyncPhoneNumbersClient(ENDPOINT, KEY, transport=httpx.MockTransport(script)) as client:
        other = client.with_options(accepted_language="fr-FR")
        await other.get_purchased_phone_number(NUMBER)
        await other.close()
        await client.get_purchased_phone_number(NUMBER)
    assert script.requests[0].headers.get("accept-language") == "fr-FR"
    assert "accept-language" not in script.requests[1].headers


# -- cookies (httpx's jar, with its per-response work skipped when nothing is set) -------------------------------


def _cookie_service(requests: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        headers = {"Set-Cookie": "affinity=abc; Path=/"} if len(requests) == 1 else {}
        return httpx.Response(200, json=OWNED, headers=headers)

    return httpx.MockTransport(answer)


def test_a_cookie_the_service_sets_is_sent_back_and_a_response_without_one_changes_nothing() -> None:
    requests: list[httpx.Request] = []
    with PhoneNumbersClient(ENDPOINT, KEY, transport=_cookie_service(requests)) as client:
        for _ in range(3):
            client.get_purchased_phone_number(NUMBER)
        jar = client._http.cookies.jar

    assert "cookie" not in requests[0].headers
    assert [r.headers.get("cookie") for r in requests[1:]] == ["affinity=abc", "affinity=abc"]
    assert [c.name for c in jar] == ["affinity"]


async def test_the_async_client_keeps_cookies_too() -> None:
    requests: list[httpx.Request] = []
    async with AsyncPhoneNumbersClient(ENDPOINT, KEY, transport=_cookie_service(requests)) as client:
        for _ in range(2):
            await client.get_purchased_phone_number(NUMBER)

    assert requests[1].headers.get("cookie") == "affinity=abc"
