"""An ``httpx.AsyncBaseTransport`` backed by aiohttp (the ``aiohttp`` extra), with our own exact error mapping.

Why: httpx's own async pool (httpcore) rescans every connection for every queued request, so under many concurrent
calls its CPU per call grows with the number in flight (``tests/bench/BENCHMARKS.md``). aiohttp does not. The
async clients use this transport by default when the extra is installed (:func:`default_async_transport`), and
keep the httpx API everywhere else: auth, retries, hooks and responses are httpx's.

The sending is done by the maintained ``httpx-aiohttp`` package. Its error mapping is not used as is: it turns
every ``aiohttp.ClientConnectionError`` (a server that closed the connection after reading the request included)
into ``httpx.ConnectTimeout``, which means "never sent" to our retry policy. It chains the original aiohttp error
as ``__cause__``, and :func:`map_error` maps that original exactly:

* failures while connecting (DNS, refused, TLS, proxy unreachable, the connect or pool timeout) happen before a
  byte of the request is written: ``httpx.ConnectError`` / ``httpx.ConnectTimeout``;
* everything after (the server closing the connection, a reset, a truncated or malformed response, a read
  timeout) may follow a request the service received: ``httpx.RemoteProtocolError``, ``httpx.WriteError``,
  ``httpx.ReadError`` or ``httpx.ReadTimeout``, so a POST is never sent twice;
* anything unknown is treated as "may have been sent" (``httpx.ReadError``).

Timeouts: httpx's ``connect`` becomes aiohttp's ``sock_connect``, ``read`` its ``sock_read`` and ``pool`` its
``connect`` (waiting for a free connection plus connecting); aiohttp has no write timeout.

Nothing here is imported until an async client is built with the extra installed, so ``import acs_phonenumbers``
never pays for aiohttp.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport as _HttpxAiohttpTransport

__all__ = ["AiohttpTransport", "map_error"]

# Most specific first: the first class the error is an instance of decides.
_BEFORE_SENDING: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # sock_connect, or the pool wait + connect
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS handshake, proxy unreachable
    (aiohttp.ServerFingerprintMismatch, httpx.ConnectError),  # checked right after the TLS handshake
)
_AFTER_SENDING: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),  # the proxy refused the tunnel
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),  # sock_read
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (TimeoutError, httpx.ReadTimeout),  # a bare timeout: we cannot tell when it fired, so "may have been sent"
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),  # closed without (a whole) response
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # body cut off or malformed
    (aiohttp.ClientConnectionResetError, httpx.WriteError),  # reset while the request was being written
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # a response aiohttp could not parse
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
)


def map_error(exc: BaseException) -> httpx.TransportError | None:
    """The httpx error for an error raised by aiohttp (or by httpx-aiohttp around it); None for any other error.

    An httpx error raised by httpx-aiohttp is judged by the aiohttp error it wraps (its ``__cause__``); one that
    wraps none and would mean "never sent" is downgraded to ``httpx.ReadError``, as we cannot prove that.
    """
    original = exc
    if isinstance(exc, httpx.TransportError):
        if exc.__cause__ is None:
            if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
                return httpx.ReadError(str(exc))
            return exc
        original = exc.__cause__
    message = str(original) or type(original).__name__
    for kind, mapped in _BEFORE_SENDING + _AFTER_SENDING:
        if isinstance(original, kind):
            return mapped(message)
    if isinstance(original, aiohttp.ClientError | OSError):
        return httpx.ReadError(message)
    return None


class _MappedStream(httpx.AsyncByteStream):
    """The response body, with the same error mapping while it is read and closed."""

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:
            mapped = map_error(exc)
            if mapped is None or mapped is exc:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        except Exception as exc:
            mapped = map_error(exc)
            if mapped is None or mapped is exc:
                raise
            raise mapped from exc


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests over one ``aiohttp.ClientSession`` (made on first use, in the running event loop).

    :param verify: as for httpx: True, False, or an ``ssl.SSLContext``.
    :param proxy: an ``httpx.Proxy`` (or its URL) for plain-HTTP and CONNECT proxies.
    :param limits: the pool size (``max_connections``) and how long idle connections are kept
        (``keepalive_expiry``).
    """

    def __init__(
        self,
        *,
        verify: bool | ssl.SSLContext = True,
        proxy: httpx.Proxy | str | None = None,
        limits: httpx.Limits | None = None,
    ) -> None:
        # trust_env: SSL_CERT_FILE / SSL_CERT_DIR apply to verify=True, as with httpx's own transport.
        kwargs: dict[str, Any] = {"verify": verify, "trust_env": True}
        if limits is not None:
            kwargs["limits"] = limits
        if proxy is not None:
            kwargs["proxy"] = proxy if isinstance(proxy, httpx.Proxy) else httpx.Proxy(proxy)
        self._inner = _HttpxAiohttpTransport(**kwargs)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as exc:
            mapped = map_error(exc)
            if mapped is None or mapped is exc:
                raise
            raise mapped from exc
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _MappedStream(response.stream)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
