"""Redaction helpers and the request logging hooks: useful lines, never a key, signature or token."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest

from acs_phonenumbers._auth import BearerTokenAuth, HmacAuth
from acs_phonenumbers._credentials import AzureKeyCredential
from acs_phonenumbers._logging import (
    REDACTED,
    async_event_hooks,
    event_hooks,
    redact_headers,
    redact_text,
    redact_url,
)

KEY = base64.b64encode(b"very secret test key").decode()
URL = "https://contoso.communication.azure.com/phoneNumbers?api-version=2025-06-01"


def test_redact_headers() -> None:
    headers = {
        "Authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=abc=",
        "x-ms-content-sha256": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
        "api-key": "k",
        "Ocp-Apim-Subscription-Key": "k",
        "x-ms-access-token": "t",
        "Cookie": "a=b",
        "x-custom": "see accesskey=abc123;endpoint=x",
        "MS-CV": "cv",
    }
    redacted = redact_headers(headers)
    assert redacted["Authorization"] == REDACTED
    assert redacted["api-key"] == redacted["Ocp-Apim-Subscription-Key"] == REDACTED
    assert redacted["x-ms-access-token"] == redacted["Cookie"] == REDACTED
    assert redacted["x-ms-content-sha256"] == headers["x-ms-content-sha256"]  # a hash, kept for debugging
    assert redacted["x-custom"] == f"see accesskey={REDACTED};endpoint=x"
    assert redacted["MS-CV"] == "cv"
    assert redact_headers([("authorization", "Bearer t")]) == {"authorization": REDACTED}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("endpoint=https://x/;accesskey=c2VjcmV0PT0=", "c2VjcmV0"),
        ("ENDPOINT=https://x/;AccessKey = c2VjcmV0PT0=", "c2VjcmV0"),
        ("HMAC-SHA256 SignedHeaders=a;b&Signature=c2lnbmF0dXJl", "c2lnbmF0dXJl"),
        ("Authorization: Bearer eyJ0eXAi.eyJzdWIi.sig-part", "eyJ0eXAi"),
        ("?sig=abcdef&token=qwerty", "abcdef"),
        ("?sig=abcdef&token=qwerty", "qwerty"),
        ("client_secret: hunter2", "hunter2"),
        ("x-api-key=k3y", "k3y"),
    ],
)
def test_redact_text(text: str, secret: str) -> None:
    assert secret not in redact_text(text)
    assert REDACTED in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "GET /phoneNumbers?api-version=2025-06-01 -> 404 PhoneNumberNotFound",
        "invalid continuation token: expected version 1",
        "?continuation_token=eyJ2IjoxfQ",  # our tokens are not secrets and help to debug a resume
    ],
)
def test_redact_text_leaves_ordinary_text_alone(text: str) -> None:
    assert redact_text(text) == text


def test_redact_url() -> None:
    assert redact_url(URL) == URL
    assert redact_url("https://user:pw@h/p?sig=s3cr3t&api-version=1&client_secret=x") == (
        f"https://h/p?sig={REDACTED}&api-version=1&client_secret={REDACTED}"
    )
    assert redact_url(httpx.URL("https://h/a%2Bb?skip=0")) == "https://h/a%2Bb?skip=0"


def test_hooks_log_one_line_per_call_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, headers={"MS-CV": "cv-42", "Set-Cookie": "s=1"})

    caplog.set_level(logging.DEBUG, logger="acs_phonenumbers")
    auth = HmacAuth(AzureKeyCredential(KEY))
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler), event_hooks=event_hooks()) as client:
        sent = client.get(URL).request
    summary = [r for r in caplog.records if r.levelno == logging.INFO]
    assert len(summary) == 1
    line = summary[0].getMessage()
    assert line.startswith(f"GET {URL} -> 404 in ") and line.endswith("ms (MS-CV cv-42)")
    everything = caplog.text
    signature = sent.headers["authorization"].split("Signature=")[1]
    assert KEY not in everything and signature not in everything
    assert "x-ms-content-sha256" in everything  # the debug lines are there, just redacted


async def test_async_hooks_and_bearer_tokens(caplog: pytest.LogCaptureFixture) -> None:
    class Token:
        token = "eyJhbGciOi.secret-token.part"
        expires_on = 2**40

    class Credential:
        def get_token(self, *scopes: str, **kwargs: object) -> Token:
            return Token()

    caplog.set_level(logging.DEBUG, logger="acs_phonenumbers")
    async with httpx.AsyncClient(
        auth=BearerTokenAuth(Credential()),
        transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        event_hooks=async_event_hooks(),
    ) as client:
        await client.get(URL)
    assert f"GET {URL} -> 200 in " in caplog.text
    assert "secret-token" not in caplog.text
