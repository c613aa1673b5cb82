"""Authentication as ``httpx.Auth``: HMAC-SHA256 request signing with an access key, and bearer tokens.

HMAC, as the service defines it::

    string_to_sign = METHOD + "\\n" + path_and_query + "\\n" + x-ms-date + ";" + host + ";" + x-ms-content-sha256
    Authorization  = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + base64(HMAC(key))

We sign what is actually sent: ``request.url.raw_path`` (the encoded path and query on the wire), the ``Host``
header httpx sends (with a non-default port) and ``request.content``. A retry re-signs through
:meth:`HmacAuth.resign` because it bypasses the auth flow (it happens inside the transport).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import inspect
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

from ._credentials import AccessTokenLike, AsyncTokenCredential, AzureKeyCredential, KeyCredential, TokenCredential
from ._errors import InvalidArgumentError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "SCOPE",
    "BearerTokenAuth",
    "HmacAuth",
    "auth_for",
    "content_hash",
    "format_http_date",
    "sign_request",
    "string_to_sign",
]

SCOPE = "https://communication.azure.com//.default"
SIGNED_HEADERS = "x-ms-date;host;x-ms-content-sha256"
# Refresh a bearer token this long before it expires, so a request (and its retries) never carries a stale one.
TOKEN_REFRESH_MARGIN = 300.0

# RFC 1123 names are English by definition; strftime("%a"/"%b") would follow the process locale.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_http_date(moment: datetime) -> str:
    """``moment`` as an RFC 1123 date in GMT, e.g. ``'Tue, 05 Mar 2024 09:07:03 GMT'``, whatever the locale."""
    utc = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return (
        f"{_DAYS[utc.weekday()]}, {utc.day:02d} {_MONTHS[utc.month - 1]} {utc.year:04d} "
        f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d} GMT"
    )


def content_hash(body: bytes) -> str:
    """base64(SHA-256(body)), the value of ``x-ms-content-sha256``."""
    return base64.b64encode(hashlib.sha256(body).digest()).decode("ascii")


def string_to_sign(method: str, raw_path_and_query: str, date: str, host: str, content_hash: str) -> str:
    """The exact text the HMAC covers."""
    return f"{method.upper()}\n{raw_path_and_query}\n{date};{host};{content_hash}"


def decode_key(key: str) -> bytes:
    """The HMAC secret: the base64-decoded access key."""
    try:
        return base64.b64decode(key, validate=True)
    except (binascii.Error, ValueError):
        # binascii's message does not contain the key, but say what to do instead of how base64 failed.
        raise InvalidArgumentError(
            "the access key is not valid base64; copy it unchanged from the resource's Keys page in the Azure portal"
        ) from None


def compute_signature(key: str, text: str) -> str:
    """base64(HMAC-SHA256(base64-decoded key, text))."""
    return _signature(decode_key(key), text)


def _signature(secret: bytes, text: str) -> str:
    return base64.b64encode(hmac.new(secret, text.encode("utf-8"), hashlib.sha256).digest()).decode("ascii")


_EMPTY_HASH = content_hash(b"")  # GETs and DELETEs: no body to hash


def _sign(request: httpx.Request, secret: bytes, date: str) -> None:
    body = request.content
    body_hash = content_hash(body) if body else _EMPTY_HASH
    headers = request.headers
    host = headers.get("host") or request.url.netloc.decode("ascii")
    text = string_to_sign(request.method, request.url.raw_path.decode("ascii"), date, host, body_hash)
    headers["x-ms-date"] = date
    headers["x-ms-content-sha256"] = body_hash
    headers["Authorization"] = f"HMAC-SHA256 SignedHeaders={SIGNED_HEADERS}&Signature={_signature(secret, text)}"


def sign_request(request: httpx.Request, key: str, *, now: datetime | None = None) -> None:
    """Set ``x-ms-date``, ``x-ms-content-sha256`` and ``Authorization`` on ``request`` (its body must be read)."""
    _sign(request, decode_key(key), format_http_date(now or datetime.now(UTC)))


class HmacAuth(httpx.Auth):
    """Signs every request with the credential's key as it is at that moment (so key rotation just works).

    The decoded key is kept until the credential's key changes, and the date text until the second changes: both
    used to be computed again for every request.
    """

    requires_request_body = True

    def __init__(self, credential: KeyCredential, *, clock: Callable[[], datetime] | None = None) -> None:
        self._credential = credential
        self._clock = clock
        # Each cache is one tuple, replaced whole, so threads sharing the client never see a key with another's secret.
        self._secret: tuple[str | None, bytes] = (None, b"")
        self._date: tuple[int, str] = (-1, "")

    def _current_secret(self) -> bytes:
        key = self._credential.key
        cached_key, secret = self._secret
        if key != cached_key:
            secret = decode_key(key)  # raises on a bad key, leaving the previous one cached
            self._secret = (key, secret)
        return secret

    def _current_date(self) -> str:
        if self._clock is not None:
            return format_http_date(self._clock())
        second = int(time.time())
        cached_second, date = self._date
        if second != cached_second:
            date = format_http_date(datetime.fromtimestamp(second, UTC))
            self._date = (second, date)
        return date

    def resign(self, request: httpx.Request) -> None:
        """Sign again with a fresh date and the current key (the retry transport calls this before a re-send)."""
        _sign(request, self._current_secret(), self._current_date())

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.resign(request)
        yield request

    def __repr__(self) -> str:
        return "HmacAuth(<key redacted>)"


class BearerTokenAuth(httpx.Auth):
    """``Authorization: Bearer`` from a token credential, cached and refreshed shortly before it expires.

    One refresh at a time: concurrent requests wait on a lock (``threading.Lock`` in the sync flow,
    ``asyncio.Lock`` in the async one) and then find the fresh token, instead of each asking for their own.
    """

    def __init__(
        self,
        credential: TokenCredential | AsyncTokenCredential,
        scope: str = SCOPE,
        *,
        refresh_margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._credential = credential
        self._scope = scope
        self._margin = refresh_margin
        self._clock = clock
        self._token: AccessTokenLike | None = None
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None  # made on first async use: sync programs never import asyncio

    def _fresh(self) -> bool:
        return self._token is not None and self._token.expires_on - self._margin > self._clock()

    def _authorize(self, request: httpx.Request) -> None:
        assert self._token is not None
        request.headers["Authorization"] = f"Bearer {self._token.token}"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._fresh():
            with self._lock:
                if not self._fresh():  # another thread may have refreshed while we waited
                    token: Any = self._credential.get_token(self._scope)
                    if inspect.isawaitable(token):
                        # An async credential in a sync client: close the coroutine so it is not left un-awaited.
                        close = getattr(token, "close", None)
                        if close is not None:
                            close()
                        raise TypeError("an async token credential needs the async client (acs_phonenumbers.aio)")
                    self._token = token
        self._authorize(request)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self._fresh():
            if self._async_lock is None:
                import asyncio

                self._async_lock = asyncio.Lock()
            async with self._async_lock:
                if not self._fresh():
                    token: Any = self._credential.get_token(self._scope)
                    if inspect.isawaitable(token):
                        token = await token
                    self._token = token
        self._authorize(request)
        yield request

    def __repr__(self) -> str:
        return f"BearerTokenAuth(scope={self._scope!r})"


def auth_for(credential: object) -> httpx.Auth:
    """The auth for a credential: a token credential (``get_token``), a key credential (``.key``) or a key string."""
    if credential is None:
        raise TypeError("credential must not be None: pass AzureKeyCredential(key) or a token credential")
    if callable(getattr(credential, "get_token", None)):
        return BearerTokenAuth(credential)  # type: ignore[arg-type]
    if isinstance(credential, str):
        # The official SDK accepts a bare key string; so do we.
        return HmacAuth(AzureKeyCredential(credential))
    if isinstance(getattr(credential, "key", None), str):
        return HmacAuth(credential)  # type: ignore[arg-type]
    raise TypeError(
        f"unsupported credential {type(credential).__name__}: pass AzureKeyCredential(key), an object with a "
        "'key' attribute, or a token credential with get_token() such as azure.identity.DefaultAzureCredential"
    )
