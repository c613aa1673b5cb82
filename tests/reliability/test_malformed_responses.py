"""Malformed answers from the service (or a proxy in front of it), injected with httpx.MockTransport: truncated JSON,
HTML error pages, empty bodies, unknown enum values, extra and missing fields. Each gives a clear error of ours or is
parsed tolerantly; none escapes as a decode error from deep inside.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from acs_phonenumbers import PhoneNumbersClient
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._errors import AcsError, HttpResponseError, ResourceNotFoundError
from acs_phonenumbers._retry import RetryPolicy
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.emulator import DEV_ACCESS_KEY

from ._support import CAPABILITIES

ENDPOINT = "https://contoso.communication.azure.com"
NUMBER = {
    "id": "14255550123",
    "phoneNumber": "+14255550123",
    "countryCode": "US",
    "phoneNumberType": "geographic",
    "capabilities": {"calling": "inbound", "sms": "none"},
    "assignmentType": "application",
    "purchaseDate": "2024-01-01T00:00:00Z",
    "cost": {"amount": 1.0, "currencyCode": "USD", "billingFrequency": "monthly"},
}
HTML = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> PhoneNumbersClient:
    return PhoneNumbersClient(
        ENDPOINT,
        AzureKeyCredential(DEV_ACCESS_KEY),
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy.disabled(),
        polling_interval=0,
    )


def _always(status: int, content: bytes = b"", **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda _: httpx.Response(status, content=content, headers=headers)


BROKEN_BODIES = [
    pytest.param(b'{"id": "1425", "phoneNumber": "+1425', "application/json", id="truncated-json"),
    pytest.param(HTML, "text/html", id="html"),
    pytest.param(b"", "application/json", id="empty"),
    pytest.param(b"null", "application/json", id="null"),
    pytest.param(b"[1, 2, 3]", "application/json", id="array"),
    pytest.param(b'"just a string"', "application/json", id="string"),
    pytest.param(b"\xff\xfe\x00garbage", "application/octet-stream", id="binary"),
    pytest.param(b'{"phoneNumber": 42, "capabilities": "none"}', "application/json", id="wrong-types"),
]


@pytest.mark.parametrize(("body", "content_type"), BROKEN_BODIES)
@pytest.mark.parametrize("status", [200, 404, 500, 502])
def test_a_get_with_a_broken_body_gives_a_clear_error(body: bytes, content_type: str, status: int) -> None:
    client = _client(_always(status, body, **{"content-type": content_type, "ms-cv": "cv-1"}))
    with client, pytest.raises(HttpResponseError) as info:
        client.get_purchased_phone_number("+14255550123")
    error = info.value
    assert error.status_code == status
    text = str(error)
    assert str(status) in text
    assert "cv-1" in text
    assert "<html" not in text.lower()
    if status == 404:
        assert isinstance(error, ResourceNotFoundError)


@pytest.mark.parametrize(("body", "content_type"), BROKEN_BODIES)
def test_a_listing_page_with_a_broken_body_gives_a_clear_error(body: bytes, content_type: str) -> None:
    with _client(_always(200, body, **{"content-type": content_type})) as client, pytest.raises(AcsError):
        list(client.list_purchased_phone_numbers())


@pytest.mark.parametrize(("body", "content_type"), BROKEN_BODIES)
def test_a_second_page_with_a_broken_body_gives_a_clear_error(body: bytes, content_type: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if "skip=100" in str(request.url):
            return httpx.Response(200, content=body, headers={"content-type": content_type})
        return httpx.Response(200, json={"phoneNumbers": [NUMBER], "nextLink": "/phoneNumbers?skip=100&top=100"})

    with _client(handler) as client:
        pager = iter(client.list_purchased_phone_numbers())
        assert next(pager).phone_number == "+14255550123"
        with pytest.raises(AcsError):
            next(pager)


@pytest.mark.parametrize("body", [b"", b"{", b"<html></html>", b"null", b'{"unexpected": true}'])
def test_an_empty_or_odd_202_body_does_not_matter(body: bytes) -> None:
    """The 202 that starts an operation is judged by its headers; its body is not read."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(
                202,
                content=body,
                headers={
                    "Operation-Location": "/phoneNumbers/operations/purchase_1?api-version=2025-06-01",
                    "operation-id": "purchase_1",
                },
            )
        return httpx.Response(200, json={"status": "succeeded", "id": "purchase_1", "operationType": "purchase"})

    with _client(handler) as client:
        assert client.begin_purchase_phone_numbers("search-1").result() is None


def test_a_202_without_any_operation_location_gives_a_clear_error() -> None:
    with _client(_always(202, b"")) as client, pytest.raises(AcsError, match="Operation-Location"):
        client.begin_purchase_phone_numbers("search-1")


@pytest.mark.parametrize(
    "status_body",
    [b"", b"{", b"<html/>", b"[]", b'{"status": 7}', b'{"status": "exploded"}', b'{"id": "x"}'],
)
def test_a_broken_operation_status_gives_a_clear_error(status_body: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(202, headers={"Operation-Location": "/phoneNumbers/operations/purchase_1"})
        return httpx.Response(200, content=status_body, headers={"content-type": "application/json"})

    with _client(handler) as client:
        poller = client.begin_purchase_phone_numbers("search-1")
        with pytest.raises(HttpResponseError):
            poller.result()


@pytest.mark.parametrize("final_body", [b"", b"{", b"<html/>", b"[]", b'{"searchId": 5}'])
def test_a_broken_final_resource_gives_a_clear_error(final_body: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(
                202,
                headers={
                    "Operation-Location": "/phoneNumbers/operations/search_1",
                    "Location": "/availablePhoneNumbers/searchResults/1",
                },
            )
        if "/operations/" in request.url.path:
            return httpx.Response(200, json={"status": "succeeded", "id": "search_1"})
        return httpx.Response(200, content=final_body, headers={"content-type": "application/json"})

    with _client(handler) as client:
        poller = client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES)
        with pytest.raises(HttpResponseError, match=r"decoded|could not"):
            poller.result()


def _number(**changes: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(NUMBER))
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(_number(phoneNumberType="satellite"), id="unknown-number-type"),
        pytest.param(_number(capabilities={"calling": "telepathy", "sms": "INBOUND"}), id="unknown-capability"),
        pytest.param(_number(assignmentType="robot"), id="unknown-assignment"),
        pytest.param(_number(futureField={"nested": [1, 2]}, operatorId="x"), id="extra-fields"),
        pytest.param(_number(operatorId=None, mobileNetworkCode=None), id="missing-optional-fields"),
        pytest.param(
            _number(cost={"amount": 1, "currencyCode": "EUR", "billingFrequency": "yearly"}), id="unknown-billing"
        ),
    ],
)
def test_unknown_enum_values_extra_and_missing_optional_fields_are_tolerated(body: dict[str, Any]) -> None:
    with _client(lambda _: httpx.Response(200, json=body)) as client:
        number = client.get_purchased_phone_number("+14255550123")
    assert number.phone_number == "+14255550123"
    if body.get("phoneNumberType") == "satellite":
        assert str(number.phone_number_type) == "satellite"
    if "futureField" in body:
        assert number.to_dict()["futureField"] == {"nested": [1, 2]}


def test_a_missing_required_field_is_a_clear_error() -> None:
    client = _client(lambda _: httpx.Response(200, json=_number(assignmentType=None)))
    with client, pytest.raises(HttpResponseError, match="assignmentType"):
        client.get_purchased_phone_number("+14255550123")


def test_a_listing_tolerates_unknown_values_and_a_missing_next_link() -> None:
    odd = _number(phoneNumberType="satellite", extra=1)
    with _client(lambda _: httpx.Response(200, json={"phoneNumbers": [odd]})) as client:
        assert [n.phone_number for n in client.list_purchased_phone_numbers()] == ["+14255550123"]


@pytest.mark.parametrize(
    "error_body",
    [
        b'{"error": {"code": "X", "message": "m", "details": "not a list", "innererror": 5}}',
        b'{"error": "just text"}',
        b'{"error": {"code": 1, "message": ["a"]}}',
        b'{"error": {"code": "Deep", "message": "m", "innererror": ' + b'{"innererror": ' * 200 + b"{}" + b"}" * 201,
        b'{"code": "Bare", "message": "without envelope"}',
    ],
)
def test_odd_error_envelopes_are_decoded_tolerantly(error_body: bytes) -> None:
    client = _client(_always(400, error_body, **{"content-type": "application/json"}))
    with client, pytest.raises(HttpResponseError) as info:
        client.get_purchased_phone_number("+14255550123")
    assert info.value.status_code == 400
    assert str(info.value)


async def test_the_async_client_handles_broken_bodies_the_same_way() -> None:
    for body, status in ((b"{", 200), (HTML, 502), (b"", 500)):
        transport = httpx.MockTransport(lambda _, b=body, s=status: httpx.Response(s, content=b))
        async with AsyncPhoneNumbersClient(
            ENDPOINT, AzureKeyCredential(DEV_ACCESS_KEY), transport=transport, retry=RetryPolicy.disabled()
        ) as client:
            with pytest.raises(HttpResponseError):
                await client.get_purchased_phone_number("+14255550123")
            with pytest.raises(AcsError):
                [n async for n in client.list_purchased_phone_numbers()]


def test_a_body_cut_off_mid_transfer_is_a_service_request_error_not_an_httpx_error() -> None:
    """The server promises 1024 bytes, sends one and closes: the error must be ours (and a GET retried)."""
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)

        def cut() -> Any:
            yield b"{"
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

        return httpx.Response(200, headers={"content-length": "1024"}, stream=_Stream(cut))

    client = PhoneNumbersClient(
        ENDPOINT,
        AzureKeyCredential(DEV_ACCESS_KEY),
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_retries=2, backoff_factor=0.0),
    )
    with client, pytest.raises(AcsError) as info:
        client.get_purchased_phone_number("+14255550123")
    assert "attempt" in str(info.value)
    assert len(calls) == 3


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Callable[[], Any]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Any:
        return iter(self._chunks())
