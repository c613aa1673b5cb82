"""The emulator's authentication, checked with requests signed by hand (``_support.sign``, not the client's code).

Every refusal is a 401 with the service's body ``{"error": {"code": "Denied", ...}}`` and never a 500; the server
binds 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from acs_phonenumbers.emulator import Emulator

from ._support import API_VERSION, KNOWN_TOKEN, OTHER_KEY, sign

LIST = f"/phoneNumbers?skip=0&top=1&api-version={API_VERSION}"
SEARCH = f"/availablePhoneNumbers/countries/US/:search?api-version={API_VERSION}"
SEARCH_BODY = (
    b'{"phoneNumberType":"tollFree","assignmentType":"application",'
    b'"capabilities":{"calling":"inbound","sms":"inbound+outbound"},"quantity":1}'
)


@pytest.fixture
def http(emulator: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator.endpoint.rstrip("/")) as client:
        yield client


def _url(emulator: Emulator, path: str) -> str:
    return emulator.endpoint.rstrip("/") + path


def assert_denied(response: httpx.Response) -> None:
    assert response.status_code == 401, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == "Denied"
    assert body["error"]["message"]
    assert response.headers.get("content-type", "").startswith("application/json")
    assert "ms-cv" in response.headers


def test_a_correct_signature_is_accepted(emulator: Emulator, http: httpx.Client) -> None:
    """The control case: without it every refusal below could be a signing mistake in the test."""
    assert http.get(LIST, headers=sign("GET", _url(emulator, LIST))).status_code == 200
    response = http.post(SEARCH, content=SEARCH_BODY, headers=sign("POST", _url(emulator, SEARCH), SEARCH_BODY))
    assert response.status_code == 202, response.text


def test_wrong_key_is_refused(emulator: Emulator, http: httpx.Client) -> None:
    assert_denied(http.get(LIST, headers=sign("GET", _url(emulator, LIST), key=OTHER_KEY)))


def test_tampered_body_is_refused(emulator: Emulator, http: httpx.Client) -> None:
    headers = sign("POST", _url(emulator, SEARCH), SEARCH_BODY)
    tampered = SEARCH_BODY.replace(b'"quantity":1', b'"quantity":2')
    assert_denied(http.post(SEARCH, content=tampered, headers=headers))


def test_body_hash_that_does_not_match_is_refused_even_when_signed(emulator: Emulator, http: httpx.Client) -> None:
    """The signature covers a hash header that lies about the body: the hash check itself must refuse it."""
    lying_hash = base64.b64encode(b"\0" * 32).decode()
    headers = sign("POST", _url(emulator, SEARCH), SEARCH_BODY, signed_hash=lying_hash)
    headers["x-ms-content-sha256"] = lying_hash
    assert_denied(http.post(SEARCH, content=SEARCH_BODY, headers=headers))


def test_tampered_path_is_refused(emulator: Emulator, http: httpx.Client) -> None:
    other = f"/phoneNumbers/%2B18005550100?api-version={API_VERSION}"
    assert_denied(http.get(other, headers=sign("GET", _url(emulator, LIST))))


def test_tampered_query_is_refused(emulator: Emulator, http: httpx.Client) -> None:
    headers = sign("GET", _url(emulator, LIST))
    assert_denied(http.get(LIST.replace("top=1", "top=2"), headers=headers))
    assert_denied(http.get(LIST + "&extra=1", headers=headers))


@pytest.mark.parametrize("minutes", [-16, 16, -60 * 24, 60 * 24 * 365])
def test_dates_outside_the_15_minute_window_are_refused(emulator: Emulator, http: httpx.Client, minutes: int) -> None:
    date = datetime.now(UTC) + timedelta(minutes=minutes)
    assert_denied(http.get(LIST, headers=sign("GET", _url(emulator, LIST), date=date)))


@pytest.mark.parametrize("minutes", [-14, 14])
def test_dates_inside_the_window_are_accepted(emulator: Emulator, http: httpx.Client, minutes: int) -> None:
    date = datetime.now(UTC) + timedelta(minutes=minutes)
    assert http.get(LIST, headers=sign("GET", _url(emulator, LIST), date=date)).status_code == 200


@pytest.mark.parametrize("missing", ["Authorization", "x-ms-date", "x-ms-content-sha256"])
def test_missing_headers_are_refused(emulator: Emulator, http: httpx.Client, missing: str) -> None:
    headers = sign("GET", _url(emulator, LIST))
    del headers[missing]
    assert_denied(http.get(LIST, headers=headers))


@pytest.mark.parametrize(
    "authorization",
    [
        "",
        "HMAC-SHA256",
        "HMAC-SHA256 Signature=abc",
        "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256",
        "HMAC-SHA256 SignedHeaders=x-ms-date&Signature=abc",
        "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=",
        "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=not base64 !!",
        "hmac-sha256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=abc",
        "Basic dXNlcjpwYXNz",
        f"Bearer {KNOWN_TOKEN}",
        "Bearer",
    ],
)
def test_malformed_authorization_is_refused(emulator: Emulator, http: httpx.Client, authorization: str) -> None:
    headers = sign("GET", _url(emulator, LIST))
    headers["Authorization"] = authorization
    assert_denied(http.get(LIST, headers=headers))


@pytest.mark.parametrize("date", ["yesterday", "", "Mon, 99 Foo 2024 25:61:61 GMT", "Tue, 05 Mar 2024 09:07:03 -0000"])
def test_unreadable_dates_are_refused(emulator: Emulator, http: httpx.Client, date: str) -> None:
    headers = sign("GET", _url(emulator, LIST))
    headers["x-ms-date"] = date
    assert_denied(http.get(LIST, headers=headers))


@pytest.mark.parametrize("header", ["x-ms-content-sha256", "Authorization", "x-ms-date"])
def test_non_ascii_header_values_are_refused_not_crashed(emulator: Emulator, http: httpx.Client, header: str) -> None:
    """Header bytes outside ASCII arrive as latin-1 text; comparing them must give 401, not a 500."""
    headers: dict[str, str | bytes] = dict(sign("GET", _url(emulator, LIST)))
    headers[header] = headers[header].encode() + "\u00e9".encode("latin-1")  # type: ignore[union-attr]
    assert_denied(http.get(LIST, headers=headers))


def test_signed_headers_list_without_host_is_refused(emulator: Emulator, http: httpx.Client) -> None:
    headers = sign("GET", _url(emulator, LIST))
    headers["Authorization"] = headers["Authorization"].replace("x-ms-date;host;", "x-ms-date;")
    assert_denied(http.get(LIST, headers=headers))


def test_bearer_token_is_refused_unless_dev_bearer_mode(bearer_emulator: Emulator) -> None:
    url = bearer_emulator.endpoint.rstrip("/") + LIST
    assert httpx.get(url, headers={"Authorization": f"Bearer {KNOWN_TOKEN}"}).status_code == 200
    assert_denied(httpx.get(url, headers={"Authorization": "Bearer"}))
    # HMAC with the key still works in bearer mode; a wrong key still does not.
    assert httpx.get(url, headers=sign("GET", url)).status_code == 200
    assert_denied(httpx.get(url, headers=sign("GET", url, key=OTHER_KEY)))


def test_refusals_do_not_echo_the_signature(emulator: Emulator, http: httpx.Client) -> None:
    headers = sign("GET", _url(emulator, LIST), key=OTHER_KEY)
    signature = headers["Authorization"].split("Signature=", 1)[1]
    response = http.get(LIST, headers=headers)
    assert_denied(response)
    assert signature not in response.text
    assert all(signature not in value for value in response.headers.values())


def test_admin_and_service_bind_loopback_only_by_default(emulator: Emulator) -> None:
    assert emulator.host == "127.0.0.1"
    assert emulator.endpoint.startswith("http://127.0.0.1:")
    fresh = Emulator(lro_seconds=0.0)
    try:
        assert fresh._socket.getsockname()[0] == "127.0.0.1"
    finally:
        fresh.stop()


def test_command_line_defaults_to_loopback() -> None:
    from acs_phonenumbers.emulator.__main__ import _parser

    assert _parser("emulator").parse_args([]).host == "127.0.0.1"
