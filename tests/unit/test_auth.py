"""HMAC signing against known vectors and the official SDK's policy; bearer tokens cached, refreshed, locked."""

from __future__ import annotations

import asyncio
import base64
import email.utils
import hashlib
import hmac
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from acs_phonenumbers._auth import (
    SCOPE,
    BearerTokenAuth,
    HmacAuth,
    auth_for,
    content_hash,
    format_http_date,
    sign_request,
    string_to_sign,
)
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._errors import InvalidArgumentError

KEY = "YWNzLXBob25lbnVtYmVycy1rbm93bi10ZXN0LWtleS0zMmIh"  # base64 of a made-up test key
NOW = datetime(2024, 3, 5, 9, 7, 3, tzinfo=UTC)
DATE = "Tue, 05 Mar 2024 09:07:03 GMT"
BODY = b'{"phoneNumberType":"tollFree"}'
URL = "https://contoso.communication.azure.com/availablePhoneNumbers/countries/US/:search?api-version=2025-06-01"
# Worked out once by hand (hmac/hashlib directly) and pinned: a change in any input must change the signature.
KNOWN_HASH = "1vsW6p4/TLoLoryJwUZE3NgTuba5AP/S1s7xQiJiPU0="
KNOWN_SIGNATURE = "JU/hl3ZpviCis/Jy74f76eiIdRNUNXCKjSFmfxmqfiE="
EMPTY_HASH = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="


def independent_signature(key: str, method: str, path: str, date: str, host: str, body: bytes) -> str:
    """The service's algorithm written out again, sharing no code with the module under test."""
    digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
    text = f"{method}\n{path}\n{date};{host};{digest}"
    return base64.b64encode(hmac.new(base64.b64decode(key), text.encode(), hashlib.sha256).digest()).decode()


def signature_of(request: httpx.Request) -> str:
    scheme, _, rest = request.headers["authorization"].partition(" ")
    assert scheme == "HMAC-SHA256"
    signed, _, signature = rest.partition("&Signature=")
    assert signed == "SignedHeaders=x-ms-date;host;x-ms-content-sha256"
    return signature


def test_known_vector() -> None:
    assert content_hash(BODY) == KNOWN_HASH
    assert content_hash(b"") == EMPTY_HASH
    request = httpx.Request("POST", URL, content=BODY)
    sign_request(request, KEY, now=NOW)
    assert request.headers["x-ms-date"] == DATE
    assert request.headers["x-ms-content-sha256"] == KNOWN_HASH
    assert signature_of(request) == KNOWN_SIGNATURE


def test_string_to_sign_layout() -> None:
    text = string_to_sign("get", "/phoneNumbers?api-version=1", DATE, "h:8443", EMPTY_HASH)
    assert text == f"GET\n/phoneNumbers?api-version=1\n{DATE};h:8443;{EMPTY_HASH}"


@pytest.mark.parametrize(
    ("url", "host", "path"),
    [
        # '+' encoded as the caller wrote it: we sign the bytes httpx puts on the wire.
        ("https://contoso.communication.azure.com/phoneNumbers/%2B14255550123?api-version=2025-06-01",
         "contoso.communication.azure.com", "/phoneNumbers/%2B14255550123?api-version=2025-06-01"),
        ("http://127.0.0.1:8443/phoneNumbers?skip=0&top=100", "127.0.0.1:8443", "/phoneNumbers?skip=0&top=100"),
        ("https://contoso.communication.azure.com:443/p", "contoso.communication.azure.com", "/p"),  # default port
        ("https://x.example/a%20b/:search?q=a%3Ab&api-version=v", "x.example", "/a%20b/:search?q=a%3Ab&api-version=v"),
    ],
)  # fmt: skip
def test_signs_host_and_raw_path_as_sent(url: str, host: str, path: str) -> None:
    request = httpx.Request("GET", url)
    assert request.headers["host"] == host
    assert request.url.raw_path.decode() == path
    sign_request(request, KEY, now=NOW)
    assert signature_of(request) == independent_signature(KEY, "GET", path, DATE, host, b"")


def test_matches_the_official_sdk_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    policy_module = pytest.importorskip("azure.communication.phonenumbers._shared.policy")
    from azure.core.pipeline import PipelineContext, PipelineRequest
    from azure.core.rest import HttpRequest

    monkeypatch.setattr(policy_module, "get_current_utc_time", lambda: DATE)
    theirs = HttpRequest("POST", URL, content=BODY.decode())
    policy = policy_module.HMACCredentialsPolicy("https://contoso.communication.azure.com", KEY)
    policy.on_request(PipelineRequest(theirs, PipelineContext(None)))

    ours = httpx.Request("POST", URL, content=BODY)
    sign_request(ours, KEY, now=NOW)
    for name in ("x-ms-date", "x-ms-content-sha256", "authorization"):
        assert ours.headers[name] == theirs.headers[name]


@given(st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(9999, 12, 31)))
def test_http_date_is_rfc1123_in_english(moment: datetime) -> None:
    # email.utils writes fixed English names too, so it is an independent oracle that ignores the locale.
    assert format_http_date(moment.replace(tzinfo=UTC)) == email.utils.format_datetime(
        moment.replace(tzinfo=UTC, microsecond=0), usegmt=True
    )


def test_http_date_converts_to_gmt() -> None:
    assert format_http_date(NOW.astimezone(timezone(timedelta(hours=-8)))) == DATE


def test_invalid_base64_key_is_a_clear_error_without_the_key() -> None:
    request = httpx.Request("GET", URL)
    with pytest.raises(InvalidArgumentError, match="not valid base64") as info:
        sign_request(request, "not*base64", now=NOW)
    assert "not*base64" not in str(info.value)


def verifying_handler(keys: list[str]) -> Any:
    """A server that recomputes the signature of each request with the key it currently expects."""

    def handler(request: httpx.Request) -> httpx.Response:
        expected = independent_signature(
            keys[-1],
            request.method,
            request.url.raw_path.decode(),
            request.headers["x-ms-date"],
            request.headers["host"],
            request.content,
        )
        assert request.headers["x-ms-content-sha256"] == content_hash(request.content)
        return httpx.Response(200 if signature_of(request) == expected else 401)

    return handler


def test_hmac_auth_signs_each_request_with_the_current_key() -> None:
    credential = AzureKeyCredential(KEY)
    keys = [KEY]
    with httpx.Client(auth=HmacAuth(credential), transport=httpx.MockTransport(verifying_handler(keys))) as client:
        assert client.post(URL, json={"quantity": 1}).status_code == 200
        new_key = base64.b64encode(b"rotated key").decode()
        keys.append(new_key)
        assert client.get(URL).status_code == 401  # still the old key: proves the server check bites
        credential.update(new_key)
        assert client.get(URL).status_code == 200


def test_hmac_auth_signs_streamed_bodies() -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"a":'
        yield b"1}"

    with httpx.Client(
        auth=HmacAuth(AzureKeyCredential(KEY)), transport=httpx.MockTransport(verifying_handler([KEY]))
    ) as c:
        assert c.post(URL, content=chunks()).status_code == 200


async def test_hmac_auth_in_async_client() -> None:
    transport = httpx.MockTransport(verifying_handler([KEY]))
    async with httpx.AsyncClient(auth=HmacAuth(AzureKeyCredential(KEY)), transport=transport) as client:
        assert (await client.patch(URL, json={"x": None})).status_code == 200


def test_reprs_hide_the_key() -> None:
    assert KEY not in repr(HmacAuth(AzureKeyCredential(KEY)))


class Token:
    def __init__(self, token: str, expires_on: int) -> None:
        self.token = token
        self.expires_on = expires_on


class FakeCredential:
    def __init__(self, lifetime: int = 3600) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.lifetime = lifetime
        self.now = 1_000_000.0
        self.lock = threading.Lock()

    def get_token(self, *scopes: str, **kwargs: Any) -> Token:
        with self.lock:
            self.calls.append(scopes)
            return Token(f"token-{len(self.calls)}", int(self.now) + self.lifetime)


def bearer_of(auth: httpx.Auth) -> str:
    flow = auth.sync_auth_flow(httpx.Request("GET", URL))
    return next(flow).headers["authorization"]


def test_bearer_caches_and_refreshes_before_expiry() -> None:
    credential = FakeCredential(lifetime=3600)
    auth = BearerTokenAuth(credential, clock=lambda: credential.now)
    assert bearer_of(auth) == "Bearer token-1"
    assert credential.calls == [(SCOPE,)]
    credential.now += 3600 - 301  # just outside the 5-minute margin: cached
    assert bearer_of(auth) == "Bearer token-1"
    credential.now += 2  # inside the margin: refreshed
    assert bearer_of(auth) == "Bearer token-2"
    assert len(credential.calls) == 2


def test_bearer_refreshes_once_under_thread_concurrency() -> None:
    credential = FakeCredential()
    started = threading.Barrier(8)
    auth = BearerTokenAuth(credential, clock=lambda: credential.now)
    seen: list[str] = []

    def work() -> None:
        started.wait()
        seen.append(bearer_of(auth))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(credential.calls) == 1
    assert seen == ["Bearer token-1"] * 8


async def test_bearer_async_awaits_and_refreshes_once() -> None:
    calls = 0

    class AsyncCredential:
        async def get_token(self, *scopes: str, **kwargs: Any) -> Token:
            nonlocal calls
            calls += 1
            for _ in range(3):  # yield to the loop so the other requests pile up behind the lock
                await asyncio.sleep(0)
            return Token("async-token", 2**40)

    auth = BearerTokenAuth(AsyncCredential())

    async def one() -> str:
        flow = auth.async_auth_flow(httpx.Request("GET", URL))
        return (await flow.__anext__()).headers["authorization"]

    assert await asyncio.gather(*(one() for _ in range(10))) == ["Bearer async-token"] * 10
    assert calls == 1


async def test_bearer_async_accepts_a_sync_credential() -> None:
    auth = BearerTokenAuth(FakeCredential())
    flow = auth.async_auth_flow(httpx.Request("GET", URL))
    assert (await flow.__anext__()).headers["authorization"] == "Bearer token-1"


def test_bearer_sync_flow_refuses_an_async_credential() -> None:
    class AsyncCredential:
        async def get_token(self, *scopes: str, **kwargs: Any) -> Token:
            return Token("t", 2**40)

    with pytest.raises(TypeError, match="async client"):
        bearer_of(BearerTokenAuth(AsyncCredential()))


def test_auth_for_picks_the_scheme() -> None:
    from azure.core.credentials import AzureKeyCredential as CoreKeyCredential

    assert isinstance(auth_for(AzureKeyCredential(KEY)), HmacAuth)
    assert isinstance(auth_for(CoreKeyCredential(KEY)), HmacAuth)
    assert isinstance(auth_for(KEY), HmacAuth)  # the official SDK accepts a bare key string
    assert isinstance(auth_for(FakeCredential()), BearerTokenAuth)
    for bad in (None, 42, object()):
        with pytest.raises(TypeError, match="credential"):
            auth_for(bad)


def test_azure_core_key_credential_rotation_works() -> None:
    from azure.core.credentials import AzureKeyCredential as CoreKeyCredential

    credential = CoreKeyCredential(KEY)
    auth = auth_for(credential)
    new_key = base64.b64encode(b"other").decode()
    credential.update(new_key)
    request = httpx.Request("GET", URL)
    next(auth.sync_auth_flow(request))
    assert signature_of(request) == independent_signature(
        new_key, "GET", request.url.raw_path.decode(), request.headers["x-ms-date"], request.headers["host"], b""
    )
