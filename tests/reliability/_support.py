"""Helpers of the reliability and security tests: signing done by hand, recording transports, a fake token credential.

Everything here is independent of the client's own signing code, so a test that signs with :func:`sign` checks the
emulator against the service's rules, not against our implementation of them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx

from acs_phonenumbers.emulator import DEV_ACCESS_KEY

API_VERSION = "2025-06-01"
SHORT_CODES_API_VERSION = "2021-10-25-preview"
# A well-formed key the emulator does not accept, and a bearer token; both must never show up in any output.
OTHER_KEY = base64.b64encode(b"reliability-tests-wrong-key-0123456789abcdef").decode()
KNOWN_TOKEN = "eyJhbGciOiJSUzI1NiJ9.reliability-known-bearer-token.c2lnbmF0dXJlLXBhcnQtMTIzNDU2Nzg5MA"
CAPABILITIES = {"calling": "inbound", "sms": "inbound+outbound"}


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def sign(
    method: str,
    url: str,
    body: bytes = b"",
    *,
    key: str = DEV_ACCESS_KEY,
    date: datetime | None = None,
    signed_path: str | None = None,
    signed_hash: str | None = None,
) -> dict[str, str]:
    """The three headers of an HMAC-SHA256 request, computed from the service's documented rule (not our client's).

    ``signed_path`` / ``signed_hash`` let a test sign something other than what it sends (tampering).
    """
    parsed = httpx.URL(url)
    path_and_query = signed_path if signed_path is not None else parsed.raw_path.decode("ascii")
    host = parsed.netloc.decode("ascii")
    stamp = http_date(date or datetime.now(UTC))
    body_hash = base64.b64encode(hashlib.sha256(body).digest()).decode()
    text = f"{method.upper()}\n{path_and_query}\n{stamp};{host};{signed_hash or body_hash}"
    signature = base64.b64encode(hmac.new(base64.b64decode(key), text.encode(), hashlib.sha256).digest()).decode()
    return {
        "x-ms-date": stamp,
        "x-ms-content-sha256": body_hash,
        "Authorization": f"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}",
    }


@dataclass
class FakeToken:
    token: str
    expires_on: int


@dataclass
class FakeTokenCredential:
    """A sync token credential with a known token; counts the calls."""

    token: str = KNOWN_TOKEN
    calls: int = 0

    def get_token(self, *scopes: str, **kwargs: object) -> FakeToken:
        self.calls += 1
        return FakeToken(self.token, int(time.time()) + 3600)


@dataclass
class AsyncFakeTokenCredential:
    token: str = KNOWN_TOKEN
    calls: int = 0

    async def get_token(self, *scopes: str, **kwargs: object) -> FakeToken:
        self.calls += 1
        return FakeToken(self.token, int(time.time()) + 3600)


@dataclass
class Recorder:
    """What went over the wire: every request as sent (after signing, once per attempt)."""

    requests: list[httpx.Request] = field(default_factory=list)

    def authorizations(self) -> list[str]:
        return [r.headers["authorization"] for r in self.requests if "authorization" in r.headers]

    def secrets(self) -> set[str]:
        """Every HMAC signature and bearer token that was sent."""
        found: set[str] = set()
        for value in self.authorizations():
            if "Signature=" in value:
                found.add(value.split("Signature=", 1)[1])
            elif value.lower().startswith("bearer "):
                found.add(value[7:])
        return found


class RecordingTransport(httpx.BaseTransport):
    """Records each request, then sends it through a real transport."""

    def __init__(self, recorder: Recorder, inner: httpx.BaseTransport | None = None) -> None:
        self.recorder = recorder
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.requests.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, recorder: Recorder, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.recorder = recorder
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.requests.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
