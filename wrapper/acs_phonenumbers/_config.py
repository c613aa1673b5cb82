"""What the sync and async clients share: validated options, the user agent, and building the httpx client.

The twins differ only in their building blocks (the sync or async classes and hooks, a ``_Flavor`` each); the recipe
that assembles a client from them (``build_sync_client`` / ``build_async_client``) is written once.

A ready ``http_client`` given by the user is never modified. We build our own client around it whose transport
sends through the user's client (:class:`ClientTransport`), under our retry transport and with our auth, headers,
timeout and logging hooks. So the user's proxies, TLS settings, connection pool, mounts and event hooks apply,
while signing, retries and error handling are the same as for any other client. The user's own ``auth`` is
bypassed (ours must be the one that signs) and closing our client does not close theirs.
"""

from __future__ import annotations

import math
import platform
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from . import _pool
from ._auth import HmacAuth, auth_for
from ._compat import aapply_to_request, aapply_to_response, apply_to_request, apply_to_response, ssl_context
from ._errors import InvalidArgumentError
from ._logging import async_event_hooks, event_hooks, logger
from ._observability import (
    AsyncAttemptTransport,
    AsyncCallTransport,
    AttemptTransport,
    CallTransport,
    check_event_hooks,
    lean_cookies,
)
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._validation import ensure_endpoint, reject_unknown_kwargs
from ._version import __version__

__all__ = [
    "DEFAULT_POLLING_INTERVAL",
    "DEFAULT_TIMEOUT",
    "OPTION_NAMES",
    "AsyncClientTransport",
    "ClientOptions",
    "ClientTransport",
    "build_async_client",
    "build_sync_client",
    "user_agent",
]

# 10 s to connect, 60 s for the rest: searches and purchases answer quickly (they are long-running operations
# that return 202 at once), so a minute without a byte means the connection is gone.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_POLLING_INTERVAL = 2.0  # seconds between polls of a long-running operation, as the official SDK
OPTION_NAMES: tuple[str, ...] = (
    "api_version",
    "retry",
    "timeout",
    "polling_interval",
    "user_agent",
    "accepted_language",
    "verify",
    "event_hooks",  # observability (acs_phonenumbers._observability)
)

Verify = bool | str | ssl.SSLContext
ClientT = TypeVar("ClientT", bound=httpx.Client | httpx.AsyncClient)
TransportT = TypeVar("TransportT", bound=httpx.BaseTransport | httpx.AsyncBaseTransport)


def user_agent(prefix: str | None = None) -> str:
    """``"[prefix ]acs-phonenumbers/<version> python/<version> (<platform>)"``."""
    base = f"acs-phonenumbers/{__version__} python/{platform.python_version()} ({platform.platform(terse=True)})"
    return f"{prefix.strip()} {base}" if prefix and prefix.strip() else base


def _header_value(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string, got {type(value).__name__}")
    if any(c in value for c in "\r\n\0"):  # would split the header
        raise InvalidArgumentError(f"{name} must be a single line of text")
    return value


@dataclass(frozen=True, kw_only=True)
class ClientOptions:
    """The validated options of one client. ``timeout`` None means "the default" (or the given http_client's)."""

    api_version: str
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: httpx.Timeout | None = None
    polling_interval: float = DEFAULT_POLLING_INTERVAL
    user_agent: str | None = None
    accepted_language: str | None = None
    verify: Verify = True
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    """Headers for every request from azure-core's ``headers=`` / ``headers_policy=`` (see ``_compat``)."""
    user_agent_overwrite: bool = False
    """azure-core's ``user_agent_overwrite``: ``user_agent`` is the whole User-Agent header."""
    cert: str | tuple[str, str] | None = None
    """azure-core's ``connection_cert``: a client certificate."""
    proxy: str | None = None
    """The proxy URL from azure-core's ``proxies=`` for the endpoint's scheme."""
    event_hooks: Mapping[str, tuple[Callable[..., Any], ...]] | None = None
    """httpx-shaped hooks fired on every attempt (see ``acs_phonenumbers._observability``)."""

    @classmethod
    def create(cls, *, default_api_version: str, owner: str = "client", **kwargs: Any) -> ClientOptions:
        """Validate keyword options; an unknown one raises ``TypeError`` naming it and listing the valid ones.

        ``timeout`` accepts seconds, an ``httpx.Timeout``, or ``None`` for no timeout at all (when passed).
        """
        reject_unknown_kwargs(kwargs, OPTION_NAMES, owner)
        api_version = kwargs.get("api_version", default_api_version)
        if not isinstance(api_version, str) or not api_version.strip():
            raise InvalidArgumentError(f"api_version must be a non-empty string such as {default_api_version!r}")
        retry = kwargs.get("retry", RetryPolicy())
        if retry is None:
            retry = RetryPolicy()
        if not isinstance(retry, RetryPolicy):
            raise InvalidArgumentError("retry must be a RetryPolicy (RetryPolicy.disabled() turns retries off)")
        timeout: httpx.Timeout | None = None
        if "timeout" in kwargs:
            raw = kwargs["timeout"]
            number = isinstance(raw, int | float) and not isinstance(raw, bool)
            if not (raw is None or isinstance(raw, httpx.Timeout) or (number and math.isfinite(raw) and raw > 0)):
                raise InvalidArgumentError(f"timeout must be seconds > 0, an httpx.Timeout or None, got {raw!r}")
            timeout = raw if isinstance(raw, httpx.Timeout) else httpx.Timeout(raw)
        interval = kwargs.get("polling_interval", DEFAULT_POLLING_INTERVAL)
        if isinstance(interval, bool) or not isinstance(interval, int | float) or not math.isfinite(interval):
            raise InvalidArgumentError(f"polling_interval must be a number of seconds, got {interval!r}")
        if interval < 0:
            raise InvalidArgumentError(f"polling_interval must be >= 0, got {interval!r}")
        verify = kwargs.get("verify", True)
        if not isinstance(verify, bool | str | ssl.SSLContext):
            raise InvalidArgumentError("verify must be True, False, a CA bundle path or an ssl.SSLContext")
        return cls(
            api_version=api_version,
            retry=retry,
            timeout=timeout,
            polling_interval=float(interval),
            user_agent=_header_value(kwargs.get("user_agent"), "user_agent"),
            accepted_language=_header_value(kwargs.get("accepted_language"), "accepted_language"),
            verify=verify,
            event_hooks=check_event_hooks(kwargs.get("event_hooks")),
        )

    def headers(self) -> dict[str, str]:
        """Headers sent with every request."""
        agent = self.user_agent if self.user_agent_overwrite and self.user_agent else user_agent(self.user_agent)
        headers = {"User-Agent": agent, "Accept": "application/json"}
        if self.accepted_language:
            headers["Accept-Language"] = self.accepted_language
        headers.update(self.extra_headers)
        return headers


def _ssl_verify(verify: Verify, cert: str | tuple[str, str] | None = None) -> bool | ssl.SSLContext:
    if verify is False:
        # Allowed (a self-signed local emulator), but never silently.
        logger.warning("TLS certificate verification is OFF (verify=False): use it only against a local emulator")
    if cert is not None or isinstance(verify, str):  # httpx 0.28 wants an SSLContext for a CA bundle or a cert
        return ssl_context(verify, cert)
    return verify


class ClientTransport(httpx.BaseTransport):
    """Sends through a user's ``httpx.Client`` (its pool, proxies, TLS, hooks) without its auth; never closes it."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # auth=None: the user's auth would overwrite our signature; redirects are never followed for us.
        return self.client.send(request, stream=True, auth=None, follow_redirects=False)

    # close() stays the base class no-op: the user's client is theirs to close.


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`ClientTransport`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True, auth=None, follow_redirects=False)

    # aclose() stays the base class no-op, as above.


def _common(
    endpoint: str, credential: object, options: ClientOptions, user_client: httpx.Client | httpx.AsyncClient | None
) -> dict[str, Any]:
    auth = auth_for(credential)
    # httpx.Headers merges case-insensitively: our User-Agent replaces httpx's default, the user's others stay.
    headers = httpx.Headers(user_client.headers if user_client is not None else None)
    headers.update(options.headers())
    timeout = options.timeout or (user_client.timeout if user_client is not None else DEFAULT_TIMEOUT)
    return {
        "base_url": ensure_endpoint(endpoint),
        "auth": auth,
        "headers": headers,
        "timeout": timeout,
        "follow_redirects": False,
    }


def _check_choice(transport: object, http_client: object, client_type: type) -> None:
    """A client is built over a transport or over the user's ready client, and that client must be of our kind."""
    if transport is not None and http_client is not None:
        raise InvalidArgumentError("pass either transport or http_client, not both")
    if transport is not None and not isinstance(transport, httpx.BaseTransport | httpx.AsyncBaseTransport):
        raise InvalidArgumentError(
            f"transport must be an httpx transport, got {type(transport).__name__} (an azure-core HttpTransport "
            "cannot send httpx requests: pass http_client=httpx.Client(...) for proxies, TLS or pooling)"
        )
    if http_client is not None and not isinstance(http_client, client_type):
        raise InvalidArgumentError(
            f"http_client must be an httpx.{client_type.__name__}, got {type(http_client).__name__}"
        )


def _resign_hook(auth: httpx.Auth) -> Callable[[httpx.Request], None] | None:
    # HMAC covers the date, so every attempt is signed again; a bearer token is refreshed well before it expires
    # (the refresh margin is longer than DEFAULT_TOTAL_TIMEOUT), so the header set by the auth flow stays valid.
    return auth.resign if isinstance(auth, HmacAuth) else None


def _per_attempt(options: ClientOptions) -> bool:
    """Whether each attempt needs the AttemptTransport: event hooks, or OpenTelemetry to trace it."""
    from ._tracing import tracing_available

    return bool(options.event_hooks) or tracing_available()


def default_async_transport(verify: bool | ssl.SSLContext, proxy: str | None = None) -> httpx.AsyncBaseTransport:
    """aiohttp (``acs_phonenumbers._aiohttp``) when the ``aiohttp`` extra is installed, else httpx's own pool as
    :func:`acs_phonenumbers._pool.async_transport` tunes it.

    Imported here, when an async client is built, so that importing the package never loads aiohttp.
    """
    try:
        from ._aiohttp import AiohttpTransport
    except ModuleNotFoundError as exc:
        if exc.name not in ("aiohttp", "httpx_aiohttp"):
            raise
        return _pool.async_transport(verify, proxy)
    return AiohttpTransport(verify=verify, proxy=proxy)


@dataclass(frozen=True)
class _Flavor(Generic[ClientT, TransportT]):
    """The sync or the async building blocks of a client; :meth:`build` is the one recipe for both."""

    client: type[ClientT]
    over_client: Callable[[ClientT], TransportT]
    """Sends through a user's ready client (:class:`ClientTransport`)."""
    default_transport: Callable[[bool | ssl.SSLContext, str | None], TransportT]
    per_attempt: Callable[[TransportT, Any], TransportT]
    retrying: Callable[..., TransportT]
    per_call: Callable[..., Any]
    """The outermost transport (:class:`CallTransport`), of the kind ``client`` takes."""
    logging_hooks: Callable[[], dict[str, list[Any]]]
    call_hooks: tuple[Callable[..., Any], Callable[..., Any]]
    """The request and response hooks that apply a call's options (``_compat``)."""

    def build(
        self,
        endpoint: str,
        credential: object,
        options: ClientOptions,
        transport: TransportT | None = None,
        http_client: ClientT | None = None,
    ) -> ClientT:
        """An httpx client with our auth, retries, headers, timeout and logging, over the chosen transport."""
        _check_choice(transport, http_client, self.client)
        kwargs = _common(endpoint, credential, options, http_client)
        if http_client is not None:
            inner = self.over_client(http_client)
        else:
            inner = transport or self.default_transport(_ssl_verify(options.verify, options.cert), options.proxy)
        attempts = self.per_attempt(inner, options.event_hooks) if _per_attempt(options) else inner
        retrying = self.retrying(attempts, options.retry, resign=_resign_hook(kwargs["auth"]))
        hooks = self.logging_hooks()
        hooks["request"].insert(0, self.call_hooks[0])
        hooks["response"].insert(0, self.call_hooks[1])
        client = self.client(transport=self.per_call(retrying, pool=inner), event_hooks=hooks, **kwargs)
        return lean_cookies(client)


_SYNC: _Flavor[httpx.Client, httpx.BaseTransport] = _Flavor(
    httpx.Client,
    ClientTransport,
    _pool.sync_transport,
    AttemptTransport,
    RetryTransport,
    CallTransport,
    event_hooks,
    (apply_to_request, apply_to_response),
)
_ASYNC: _Flavor[httpx.AsyncClient, httpx.AsyncBaseTransport] = _Flavor(
    httpx.AsyncClient,
    AsyncClientTransport,
    default_async_transport,
    AsyncAttemptTransport,
    AsyncRetryTransport,
    AsyncCallTransport,
    async_event_hooks,
    (aapply_to_request, aapply_to_response),
)
build_sync_client = _SYNC.build
"""An ``httpx.Client`` with our auth, retries, headers, timeout and logging, over the chosen transport."""
build_async_client = _ASYNC.build
"""The async twin of :func:`build_sync_client`: an ``httpx.AsyncClient``."""
