"""Options validation, the user agent, and the httpx clients built for the sync and async clients."""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib.metadata
import logging
import platform
import re
import ssl

import httpx
import pytest

from acs_phonenumbers._auth import BearerTokenAuth, HmacAuth
from acs_phonenumbers._config import (
    DEFAULT_TIMEOUT,
    OPTION_NAMES,
    ClientOptions,
    build_async_client,
    build_sync_client,
    user_agent,
)
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._errors import InvalidArgumentError, ServiceRequestError
from acs_phonenumbers._observability import CallTransport
from acs_phonenumbers._pool import Pool
from acs_phonenumbers._retry import RetryPolicy, RetryTransport
from acs_phonenumbers._version import __version__

KEY = base64.b64encode(b"config test key").decode()
ENDPOINT = "https://contoso.communication.azure.com/"
FAST = RetryPolicy(backoff_factor=0.0)  # real sleeps of 0 s: the transport tests cover the waits themselves


def options(**kwargs: object) -> ClientOptions:
    return ClientOptions.create(default_api_version="2025-06-01", owner="PhoneNumbersClient", **kwargs)


def valid_signature(request: httpx.Request, key: str) -> bool:
    text = "\n".join(
        [
            request.method,
            request.url.raw_path.decode(),
            f"{request.headers['x-ms-date']};{request.headers['host']};{request.headers['x-ms-content-sha256']}",
        ]
    )
    expected = base64.b64encode(hmac.new(base64.b64decode(key), text.encode(), hashlib.sha256).digest()).decode()
    return bool(request.headers.get("authorization", "").endswith(f"&Signature={expected}"))


def test_version_matches_the_installed_metadata() -> None:
    assert __version__ == importlib.metadata.version("acs-phonenumbers")


def test_user_agent() -> None:
    plain = user_agent()
    assert re.fullmatch(r"acs-phonenumbers/\S+ python/\d+\.\d+\.\d+ \(.+\)", plain)
    assert f"python/{platform.python_version()}" in plain
    assert user_agent("contoso-app/2.1") == f"contoso-app/2.1 {plain}"
    assert user_agent("  ") == plain


def test_defaults() -> None:
    opts = options()
    assert opts.api_version == "2025-06-01"
    assert opts.retry == RetryPolicy()
    assert opts.timeout is None and opts.polling_interval == 2.0 and opts.verify is True


def test_unknown_option_is_a_type_error_listing_valid_ones() -> None:
    with pytest.raises(TypeError) as info:
        options(polling_intervall=1)
    message = str(info.value)
    assert "PhoneNumbersClient() got an unexpected keyword argument 'polling_intervall'" in message
    assert "did you mean 'polling_interval'" in message
    assert all(name in message for name in OPTION_NAMES)


@pytest.mark.parametrize(
    "kwargs",
    [{"api_version": ""}, {"api_version": 2025}, {"retry": 3}, {"timeout": -1}, {"timeout": "30"}, {"timeout": True},
     {"polling_interval": -1}, {"polling_interval": float("nan")}, {"user_agent": "a\r\nX-Evil: 1"},
     {"accepted_language": 5}, {"verify": 1}],
)  # fmt: skip
def test_bad_option_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidArgumentError):
        options(**kwargs)


def test_timeout_forms() -> None:
    assert options(timeout=5).timeout == httpx.Timeout(5)
    assert options(timeout=None).timeout == httpx.Timeout(None)  # explicit None: no timeout at all
    custom = httpx.Timeout(3, connect=1)
    assert options(timeout=custom).timeout is custom


def test_sync_client_signs_sends_headers_and_retries_with_the_current_key() -> None:
    credential = AzureKeyCredential(KEY)
    new_key = base64.b64encode(b"rotated").decode()
    seen: list[tuple[bool, bool, httpx.Headers]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((valid_signature(request, KEY), valid_signature(request, new_key), httpx.Headers(request.headers)))
        if len(seen) == 1:
            credential.update(new_key)  # rotated while the first attempt was in flight
            return httpx.Response(503)
        return httpx.Response(200, json={"ok": True})

    opts = options(retry=FAST, user_agent="app/1", accepted_language="fr-FR", timeout=7)
    with build_sync_client(ENDPOINT, credential, opts, transport=httpx.MockTransport(handler)) as client:
        response = client.get("/phoneNumbers", params={"api-version": opts.api_version})
        assert response.status_code == 200
        assert isinstance(client.auth, HmacAuth)
        assert client.timeout == httpx.Timeout(7)
    assert [(old, new) for old, new, _ in seen] == [(True, False), (False, True)]  # the retry was re-signed
    headers = seen[0][2]
    assert headers["user-agent"] == user_agent("app/1")
    assert headers["accept"] == "application/json"
    assert headers["accept-language"] == "fr-FR"
    assert str(response.request.url) == "https://contoso.communication.azure.com/phoneNumbers?api-version=2025-06-01"


def test_sync_client_maps_exhausted_transport_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    opts = options(retry=RetryPolicy(max_retries=2, backoff_factor=0))
    with (
        build_sync_client(ENDPOINT, KEY, opts, transport=httpx.MockTransport(handler)) as client,
        pytest.raises(ServiceRequestError, match="after 3 attempts"),
    ):
        client.get("/phoneNumbers")


def test_token_credential_gets_bearer_auth_and_no_resign() -> None:
    class Token:
        token = "tok"
        expires_on = 2**40

    class Credential:
        def get_token(self, *scopes: str, **kwargs: object) -> Token:
            return Token()

    with build_sync_client(
        ENDPOINT, Credential(), options(), transport=httpx.MockTransport(lambda r: httpx.Response(200))
    ) as c:
        assert isinstance(c.auth, BearerTokenAuth)
        assert c.get("/x").request.headers["authorization"] == "Bearer tok"


def test_user_http_client_is_used_not_modified_and_not_closed() -> None:
    received: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(200)

    hook_calls: list[str] = []
    user_client = httpx.Client(
        transport=httpx.MockTransport(handler),
        auth=("user", "password"),  # must not replace our signature
        headers={"X-Team": "numbers"},
        timeout=12,
        event_hooks={"request": [lambda r: hook_calls.append(r.method)]},
    )
    with build_sync_client(ENDPOINT, KEY, options(retry=FAST), http_client=user_client) as client:
        client.get("/phoneNumbers")
        assert client.timeout == httpx.Timeout(12)  # theirs, since no timeout option was given
    assert valid_signature(received[0], KEY)
    assert received[0].headers["x-team"] == "numbers"
    assert received[0].headers["user-agent"] == user_agent()
    assert hook_calls == ["GET"]
    assert not user_client.is_closed
    assert user_client.auth is not None and user_client.headers["x-team"] == "numbers"
    user_client.close()


def test_transport_and_http_client_are_exclusive() -> None:
    with pytest.raises(InvalidArgumentError, match="either"):
        build_sync_client(ENDPOINT, KEY, options(), transport=httpx.MockTransport(lambda r: httpx.Response(200)),
                          http_client=httpx.Client())  # fmt: skip
    with pytest.raises(InvalidArgumentError, match=r"httpx\.Client"):
        build_sync_client(ENDPOINT, KEY, options(), http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_default_transport_is_wrapped_and_verify_off_warns(caplog: pytest.LogCaptureFixture) -> None:
    with build_sync_client(ENDPOINT, KEY, options()) as client:
        assert client.timeout == DEFAULT_TIMEOUT
        calls = client._transport
        assert isinstance(calls, CallTransport)  # request ids, outside the retries
        assert isinstance(calls.inner, RetryTransport)
        assert isinstance(calls.pool, Pool)  # the pool at the bottom (under AttemptTransport if any)
    assert "verification" not in caplog.text
    with (
        caplog.at_level(logging.WARNING, logger="acs_phonenumbers"),
        build_sync_client(ENDPOINT, KEY, options(verify=False)),
    ):
        pass
    assert "TLS certificate verification is OFF" in caplog.text


def test_verify_accepts_a_context() -> None:
    with build_sync_client(ENDPOINT, KEY, options(verify=ssl.create_default_context())):
        pass


def test_bad_endpoint_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="endpoint"):
        build_sync_client("contoso", KEY, options())


async def test_async_client_signs_retries_and_uses_user_client() -> None:
    attempts: list[bool] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(valid_signature(request, KEY))
        return httpx.Response(503 if len(attempts) == 1 else 201)

    opts = options(retry=FAST)
    async with build_async_client(ENDPOINT, KEY, opts, transport=httpx.MockTransport(handler)) as client:
        assert (await client.post("/availablePhoneNumbers/countries/US/:search", json={})).status_code == 201
    assert attempts == [True, True]

    user_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with build_async_client(ENDPOINT, KEY, opts, http_client=user_client) as client:
        assert (await client.get("/phoneNumbers")).status_code == 201
    assert attempts[-1] is True
    assert not user_client.is_closed
    await user_client.aclose()


def test_transport_and_http_client_are_exclusive_and_the_client_must_match() -> None:
    credential = AzureKeyCredential(KEY)
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client() as sync_client, pytest.raises(InvalidArgumentError, match="either transport or http_client"):
        build_sync_client(ENDPOINT, credential, options(), transport=mock, http_client=sync_client)
    with httpx.Client() as sync_client, pytest.raises(InvalidArgumentError, match=r"httpx\.AsyncClient, got Client"):
        build_async_client(ENDPOINT, credential, options(), http_client=sync_client)  # type: ignore[arg-type]
