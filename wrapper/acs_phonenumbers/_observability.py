"""Request ids, per-attempt event hooks, and clients that share a connection pool (``with_options``).

The transports of a client, outermost first::

    httpx.Client (auth, headers, logging hooks)
      CallTransport          one logical request: sets x-ms-client-request-id once, names it in transport errors
        RetryTransport       the attempts (acs_phonenumbers._retry)
          AttemptTransport   each attempt: the user's ``event_hooks`` and an HTTP span (only when there is either)
            the pool         ours over httpx (_pool), aiohttp (_aiohttp), the user's transport or http_client

``x-ms-client-request-id`` is a UUID per logical request, the same on every retry of it, so the service's logs and
ours agree on what was one call; a caller's own id (from ``headers=``, the ``http_client``'s headers, ...) is kept.
Every exception carries it next to the MS-CV (``.client_request_id``).
"""

from __future__ import annotations

import enum
import inspect
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import HttpResponseError, InvalidArgumentError, TransportFailure
from ._tracing import http_span, tracing_active
from ._validation import reject_unknown_kwargs

if TYPE_CHECKING:
    from ._config import ClientOptions

__all__ = [
    "CLIENT_REQUEST_ID",
    "UNCHANGED",
    "AsyncAttemptTransport",
    "AsyncCallTransport",
    "AttemptTransport",
    "CallTransport",
    "EventHooks",
    "SharedAsyncTransport",
    "SharedTransport",
    "Unchanged",
    "check_event_hooks",
    "derive_options",
    "lean_cookies",
    "shared_pool",
]

CLIENT_REQUEST_ID = "x-ms-client-request-id"
ATTEMPT_EXTENSION = "acs_phonenumbers.attempt"
"""Set on the request by :class:`AttemptTransport`: 1 for the first attempt, 2 for the first retry, ..."""

EventHooks = Mapping[str, Sequence[Callable[..., Any]]]
"""httpx's shape: ``{"request": [fn(request)], "response": [fn(response)]}``; async clients take async callables."""

T = TypeVar("T", bound=BaseException)


def check_event_hooks(value: object) -> dict[str, tuple[Callable[..., Any], ...]] | None:
    """The validated ``event_hooks`` option (None when not given or empty)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidArgumentError('event_hooks must be a mapping like {"request": [...], "response": [...]}')
    unknown = set(value) - {"request", "response"}
    if unknown:
        raise InvalidArgumentError(f"event_hooks takes 'request' and 'response' hooks, not {sorted(unknown)}")
    hooks: dict[str, tuple[Callable[..., Any], ...]] = {}
    for kind, functions in value.items():
        listed = (functions,) if callable(functions) else tuple(functions)
        if not all(callable(f) for f in listed):
            raise InvalidArgumentError(f"event_hooks[{kind!r}] must be a list of callables")
        if listed:
            hooks[kind] = listed
    return hooks or None


def _request_id(request: httpx.Request) -> str:
    found: str | None = request.headers.get(CLIENT_REQUEST_ID)
    if not found:
        found = str(uuid.uuid4())
        request.headers[CLIENT_REQUEST_ID] = found
    return found


def _name_request(exc: T, request_id: str) -> T:
    if isinstance(exc, TransportFailure | HttpResponseError) and exc.client_request_id is None:
        exc.set_client_request_id(request_id)
    return exc


class CallTransport(httpx.BaseTransport):
    """One logical request: its ``x-ms-client-request-id`` (kept across retries) and that id in its errors."""

    def __init__(self, inner: httpx.BaseTransport, *, pool: httpx.BaseTransport) -> None:
        self.inner = inner
        self.pool = pool
        """The innermost transport (the connection pool), for ``with_options``."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request_id = _request_id(request)
        try:
            return self.inner.handle_request(request)
        except TransportFailure as exc:
            raise _name_request(exc, request_id) from exc.__cause__

    def close(self) -> None:
        self.inner.close()


class AsyncCallTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`CallTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, *, pool: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request_id = _request_id(request)
        try:
            return await self.inner.handle_async_request(request)
        except TransportFailure as exc:
            raise _name_request(exc, request_id) from exc.__cause__

    async def aclose(self) -> None:
        await self.inner.aclose()


def _attempt(request: httpx.Request) -> int:
    number = int(request.extensions.get(ATTEMPT_EXTENSION, 0)) + 1
    request.extensions[ATTEMPT_EXTENSION] = number
    return number


class AttemptTransport(httpx.BaseTransport):
    """Each attempt (first try and every retry, each poll): the user's hooks and, with OpenTelemetry, an HTTP span."""

    def __init__(self, inner: httpx.BaseTransport, hooks: Mapping[str, Sequence[Callable[..., Any]]] | None) -> None:
        self.inner = inner
        self.request_hooks = tuple((hooks or {}).get("request", ()))
        self.response_hooks = tuple((hooks or {}).get("response", ()))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = _attempt(request)
        for hook in self.request_hooks:
            hook(request)
        if tracing_active():
            with http_span(request, attempt) as record:
                response = self.inner.handle_request(request)
                record(response)
        else:  # no span to make: the usual case, without the context manager's cost
            response = self.inner.handle_request(request)
        response.request = request  # httpx sets it only above the transports; hooks want it, as httpx's do
        for hook in self.response_hooks:
            hook(response)
        return response

    def close(self) -> None:
        self.inner.close()


async def _call(hook: Callable[..., Any], value: object) -> None:
    result = hook(value)
    if inspect.isawaitable(result):
        await result


class AsyncAttemptTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`AttemptTransport` (hooks may be sync or async callables)."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, hooks: Mapping[str, Sequence[Callable[..., Any]]] | None
    ) -> None:
        self.inner = inner
        self.request_hooks = tuple((hooks or {}).get("request", ()))
        self.response_hooks = tuple((hooks or {}).get("response", ()))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = _attempt(request)
        for hook in self.request_hooks:
            await _call(hook, request)
        if tracing_active():
            with http_span(request, attempt) as record:
                response = await self.inner.handle_async_request(request)
                record(response)
        else:
            response = await self.inner.handle_async_request(request)
        response.request = request  # httpx sets it only above the transports; hooks want it, as httpx's do
        for hook in self.response_hooks:
            await _call(hook, response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class _Cookies(httpx.Cookies):
    """httpx's cookie jar without its per-response work when a response sets no cookie.

    httpx hands every response to the jar, which first copies the request into a ``urllib`` request and the
    response headers into an ``email`` message, 40-60 us a call (tests/bench); with no ``Set-Cookie`` header the
    jar then stores nothing. So that work is skipped when there is none; cookies that are set are kept as before.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


C = TypeVar("C", bound=httpx.Client | httpx.AsyncClient)


def lean_cookies(http: C) -> C:
    """``http`` with :class:`_Cookies` around its own cookie jar (the same jar: ``http.cookies.jar`` is unchanged)."""
    http._cookies = _Cookies(http.cookies.jar)  # the cookies setter would copy the jar into a plain httpx.Cookies
    return http


class SharedTransport(httpx.BaseTransport):
    """Another client's connection pool, borrowed: sends through it, never closes it."""

    def __init__(self, pool: httpx.BaseTransport) -> None:
        self.pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.pool.handle_request(request)


class SharedAsyncTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`SharedTransport`."""

    def __init__(self, pool: httpx.AsyncBaseTransport) -> None:
        self.pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.pool.handle_async_request(request)


class Unchanged(enum.Enum):
    """The type of :data:`UNCHANGED`."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED
"""``with_options``: keep this option as it is (``None`` is a value of some options)."""


def shared_pool(http: httpx.Client | httpx.AsyncClient) -> Any:
    """A transport that borrows the connection pool under a client built by ``acs_phonenumbers._config``."""
    pool = getattr(http._transport, "pool", None)
    if pool is None:
        raise RuntimeError("this client was not built by acs_phonenumbers; with_options cannot share its pool")
    return SharedAsyncTransport(pool) if isinstance(http, httpx.AsyncClient) else SharedTransport(pool)


def derive_options(
    options: ClientOptions, http: httpx.Client | httpx.AsyncClient, overrides: Mapping[str, Any], owner: str
) -> dict[str, Any]:
    """The keyword options of a client like the one with ``options``, changed by ``overrides``."""
    from ._config import OPTION_NAMES

    for name in ("transport", "http_client", "verify"):
        if name in overrides:
            raise TypeError(f"{owner}.with_options() shares the connection pool, so {name!r} cannot change")
    reject_unknown_kwargs(overrides, [n for n in OPTION_NAMES if n != "verify"], f"{owner}.with_options")
    current = {f.name: getattr(options, f.name) for f in fields(options) if f.name in OPTION_NAMES}
    current.pop("verify", None)
    if current.get("timeout") is None:
        current["timeout"] = http.timeout  # what this client actually uses (its own, or its http_client's)
    return {**current, **overrides}
