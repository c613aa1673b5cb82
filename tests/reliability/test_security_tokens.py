"""Continuation tokens (pollers and pagers) and service-sent links are validated and can never send the client, with
its credentials, to another scheme, host or port.

Every test runs the real client over a transport that records where each request went; the property checked is
"refused with our exception, or every request stayed on the endpoint", never "followed elsewhere".
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acs_phonenumbers import PhoneNumbersClient
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._errors import AcsError, InvalidArgumentError
from acs_phonenumbers._retry import RetryPolicy
from acs_phonenumbers.emulator import DEV_ACCESS_KEY, Emulator

from ._support import CAPABILITIES, Recorder, RecordingTransport

ENDPOINT = "https://contoso.communication.azure.com"
# httpx (RFC 3986) reads the backslash as part of the user info, so this one goes to contoso: it may be refused or
# followed, but only home. (A WHATWG parser would send it to evil.example: it is in the "stays home" properties.)
AMBIGUOUS_URL = "https://evil.example\\@contoso.communication.azure.com/x"
EVIL_URLS = [
    "https://evil.example/phoneNumbers/operations/search_1?api-version=2025-06-01",
    "//evil.example/phoneNumbers/operations/search_1",
    "http://contoso.communication.azure.com/phoneNumbers/operations/search_1",
    "https://contoso.communication.azure.com:8443/phoneNumbers/operations/search_1",
    "https://contoso.communication.azure.com.evil.example/phoneNumbers/operations/search_1",
    "https://contoso.communication.azure.com@evil.example/phoneNumbers/operations/search_1",
    "file:///etc/passwd",
    "ftp://contoso.communication.azure.com/x",
]


def _encode(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _decode(token: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    return result


def _token(**overrides: Any) -> str:
    data = {
        "v": 1,
        "kind": "search",
        "endpoint": ENDPOINT,
        "api_version": "2025-06-01",
        "operation_location": "/phoneNumbers/operations/search_1?api-version=2025-06-01",
        "resource_location": "/availablePhoneNumbers/searchResults/1?api-version=2025-06-01",
    }
    data.update(overrides)
    return _encode(data)


class Seen:
    """A MockTransport handler that records every URL and answers with ``respond``."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.urls: list[httpx.URL] = []
        self._respond = respond

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        if self._respond is not None:
            return self._respond(request)
        return httpx.Response(404, json={"error": {"code": "NotFound", "message": "nothing here"}})

    def assert_stayed_home(self) -> None:
        for url in self.urls:
            assert (url.scheme, url.host, url.port) == ("https", "contoso.communication.azure.com", None), url


def _client(seen: Seen) -> PhoneNumbersClient:
    return PhoneNumbersClient(
        ENDPOINT,
        AzureKeyCredential(DEV_ACCESS_KEY),
        transport=httpx.MockTransport(seen),
        retry=RetryPolicy.disabled(),
        polling_interval=0,
    )


# -- poller tokens -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["endpoint", "operation_location", "resource_location"])
@pytest.mark.parametrize("url", EVIL_URLS)
def test_poller_token_pointing_elsewhere_is_refused(field: str, url: str) -> None:
    seen = Seen()
    with _client(seen) as client, pytest.raises(InvalidArgumentError):
        client.begin_search_available_phone_numbers(
            "US", "tollFree", "application", CAPABILITIES, continuation_token=_token(**{field: url})
        ).result()
    assert seen.urls == []


def test_real_token_is_bound_to_its_emulator(emulator: Emulator) -> None:
    recorder = Recorder()
    with PhoneNumbersClient(
        emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY), transport=RecordingTransport(recorder)
    ) as client:
        token = client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES)
        token_text = token.continuation_token()
        assert (
            client.begin_search_available_phone_numbers("", "", "", CAPABILITIES, continuation_token=token_text)
            .result()
            .phone_numbers
        )
    assert {(r.url.host, r.url.port) for r in recorder.requests} == {("127.0.0.1", emulator.port)}
    # The same token on a client for another endpoint: refused before any request.
    seen = Seen()
    with _client(seen) as other, pytest.raises(InvalidArgumentError, match="another endpoint"):
        other.begin_search_available_phone_numbers("", "", "", CAPABILITIES, continuation_token=token_text)
    assert seen.urls == []
    # Every link inside the token rewritten to another port of the same host: refused too.
    data = _decode(token_text)
    moved = {k: v.replace(str(emulator.port), "1") if isinstance(v, str) else v for k, v in data.items()}
    with PhoneNumbersClient(emulator.endpoint, AzureKeyCredential(DEV_ACCESS_KEY)) as client:
        for field in ("endpoint", "operation_location", "resource_location"):
            tampered = {**data, field: moved[field]}
            if not str(tampered[field]).startswith("http"):
                tampered[field] = f"http://127.0.0.1:1{tampered[field]}"
            with pytest.raises(InvalidArgumentError):
                client.begin_search_available_phone_numbers(
                    "", "", "", CAPABILITIES, continuation_token=_encode(tampered)
                )


def test_a_token_of_another_kind_is_refused() -> None:
    seen = Seen()
    with _client(seen) as client, pytest.raises(InvalidArgumentError, match="search"):
        client.begin_purchase_phone_numbers("x", continuation_token=_token())
    assert seen.urls == []


urls = st.one_of(
    st.sampled_from([*EVIL_URLS, AMBIGUOUS_URL]),
    st.builds(
        lambda scheme, host, port, path: f"{scheme}://{host}{port}{path}",
        st.sampled_from(["http", "https", "HTTPS", "ftp", "javascript"]),
        st.sampled_from(
            ["contoso.communication.azure.com", "evil.example", "127.0.0.1", "[::1]", "CONTOSO.communication.azure.com"]
        ),
        st.sampled_from(["", ":443", ":80", ":8443", ":0", ":99999", ":abc"]),
        st.text(alphabet="/?&=#%@\\:.abc+ ", max_size=20),
    ),
    st.text(max_size=40),
)
json_values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=20), urls, st.lists(st.integers(), max_size=2)
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(["v", "kind", "endpoint", "api_version", "operation_location", "resource_location"]),
    value=json_values,
)
def test_any_tampered_poller_token_is_refused_or_stays_home(field: str, value: object) -> None:
    seen = Seen()
    with _client(seen) as client, contextlib.suppress(AcsError):
        client.begin_search_available_phone_numbers(
            "US", "tollFree", "application", CAPABILITIES, continuation_token=_token(**{field: value})
        ).result()
    seen.assert_stayed_home()


@settings(max_examples=100, deadline=None)
@given(
    token=st.one_of(st.text(max_size=200), st.binary(max_size=200).map(lambda b: base64.urlsafe_b64encode(b).decode()))
)
def test_garbage_poller_tokens_are_refused_clearly(token: str) -> None:
    seen = Seen()
    with _client(seen) as client, pytest.raises(InvalidArgumentError, match="continuation token"):
        client.begin_release_phone_number("+14255550123", continuation_token=token)
    assert seen.urls == []


# -- pager tokens and service-sent links ----------------------------------------------------------------------------


@pytest.mark.parametrize("url", EVIL_URLS)
def test_pager_token_pointing_elsewhere_is_refused(url: str) -> None:
    seen = Seen()
    with _client(seen) as client, pytest.raises(InvalidArgumentError):
        next(iter(client.list_purchased_phone_numbers().by_page(continuation_token=url)))
    assert seen.urls == []


@settings(max_examples=100, deadline=None)
@given(token=urls)
def test_any_pager_token_is_refused_or_stays_home(token: str) -> None:
    page = {"phoneNumbers": [], "nextLink": None}
    seen = Seen(lambda _: httpx.Response(200, json=page))
    with _client(seen) as client, contextlib.suppress(ValueError):
        list(client.list_purchased_phone_numbers().by_page(continuation_token=token))
    seen.assert_stayed_home()


@pytest.mark.parametrize("url", [*EVIL_URLS, AMBIGUOUS_URL])
def test_next_link_from_the_service_pointing_elsewhere_is_not_followed(url: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        first = request.url.path == "/phoneNumbers" and "skip=0" in str(request.url)
        return httpx.Response(200, json={"phoneNumbers": [], "nextLink": url if first else None})

    seen = Seen(respond)
    with _client(seen) as client:
        try:
            list(client.list_purchased_phone_numbers())
        except ValueError as exc:
            assert "redirect" in str(exc)
            assert len(seen.urls) == 1
    seen.assert_stayed_home()


def test_a_next_link_that_never_changes_ends_instead_of_looping_forever() -> None:
    """A broken service (or proxy) that returns the same nextLink for ever must not hang the caller."""
    link = "/phoneNumbers?skip=100&top=100&api-version=2025-06-01"

    def respond(request: httpx.Request) -> httpx.Response:
        if len(seen.urls) > 20:
            raise RuntimeError("the pager is still following the same link after 20 pages")
        return httpx.Response(200, json={"phoneNumbers": [], "nextLink": link})

    seen = Seen(respond)
    with _client(seen) as client, pytest.raises(AcsError, match=r"(?i)next ?link"):
        list(client.list_purchased_phone_numbers())


@pytest.mark.parametrize("url", EVIL_URLS)
def test_operation_and_resource_locations_pointing_elsewhere_are_not_followed(url: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            headers = {"Operation-Location": url, "Location": url, "operation-id": "search_1"}
            return httpx.Response(202, headers=headers, json={})
        if "/operations/" in request.url.path:
            return httpx.Response(200, json={"status": "succeeded", "resourceLocation": url}, headers={"Location": url})
        return httpx.Response(404)

    seen = Seen(respond)
    with _client(seen) as client, pytest.raises(AcsError):
        client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES).result()
    seen.assert_stayed_home()
