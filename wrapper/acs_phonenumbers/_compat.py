"""The azure-core keywords official code passes, in one table shared by every client, sync and async.

Code written for ``azure-communication-phonenumbers`` passes azure-core's pipeline options to constructors
(``retry_total=``, ``connection_verify=``, ``headers_policy=``, ...) and to each call (``headers=``, ``timeout=``,
``polling=``, ``cls=``, ...). We have no azure-core pipeline, so :data:`KEYWORDS` says, for each name azure-core or
the official client documents, where it is accepted and what it does here:

* **honoured**: translated to our own option (``retry_total`` -> ``RetryPolicy.max_retries``, ``read_timeout`` ->
  ``httpx.Timeout(read=...)``, ``headers_policy`` -> the headers it carries, ...);
* **accepted**: taken without effect, with the reason (tracing, azure-core's own pipeline objects, ...). Never an
  error, so official code keeps running.

Our own options (``retry=``, ``timeout=``, ``verify=``, ``polling_interval=``, ...) stay explicit keyword-only
parameters in each signature; only these compatibility names arrive through ``**kwargs``, typed by
:class:`AzureClientKeywords` and :class:`AzureCallKeywords`. Any other name is a ``TypeError`` that names the
public method and suggests the closest valid names.
"""

from __future__ import annotations

import functools
import inspect
import ssl
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal, TypedDict, TypeVar

import httpx

from ._errors import InvalidArgumentError
from ._retry import RETRY_EXTENSION, RetryPolicy
from ._validation import reject_unknown_kwargs

__all__ = [
    "CALL_KEYWORDS",
    "CLIENT_KEYWORDS",
    "KEYWORDS",
    "AzureCallKeywords",
    "AzureClientKeywords",
    "AzureLroKeywords",
    "CallSettings",
    "ClientCompat",
    "Keyword",
    "azure_keywords",
    "call_settings",
    "client_compat",
    "current",
]

Scope = Literal["client", "call", "both"]


@dataclass(frozen=True)
class Keyword:
    """One azure-core keyword: where it is accepted and what it does here (``honoured`` False: no effect)."""

    scope: Scope
    honoured: bool
    effect: str


_H, _A = True, False
KEYWORDS: Final[Mapping[str, Keyword]] = {
    # -- transport and connection ------------------------------------------------------------------------------
    "connection_timeout": Keyword("both", _H, "connect timeout in seconds (httpx.Timeout connect)"),
    "read_timeout": Keyword("both", _H, "read timeout in seconds (httpx.Timeout read)"),
    "connection_verify": Keyword("client", _H, "TLS verification, as our verify= (bool or CA bundle path)"),
    "connection_cert": Keyword("client", _H, "client certificate: a path, or a (cert, key) pair"),
    "proxies": Keyword("client", _H, "{'https': url, ...}: the proxy for the endpoint's scheme"),
    "proxy_policy": Keyword("client", _H, "its .proxies are used as proxies="),
    "connection_data_block_size": Keyword("client", _A, "httpx chooses its own read size"),
    "use_env_settings": Keyword("client", _A, "httpx always reads HTTPS_PROXY and SSL_CERT_FILE (trust_env)"),
    "session": Keyword("client", _A, "a requests.Session cannot carry httpx requests; pass http_client="),
    "session_owner": Keyword("client", _A, "see session"),
    # -- headers and user agent --------------------------------------------------------------------------------
    "headers": Keyword("both", _H, "extra request headers (per client: every request; per call: that call)"),
    "headers_policy": Keyword("client", _H, "the headers an azure.core HeadersPolicy carries are sent"),
    "request_id": Keyword("call", _H, "sent as x-ms-client-request-id"),
    "auto_request_id": Keyword("client", _A, "the service's MS-CV identifies each request"),
    "request_id_policy": Keyword("client", _A, "the service's MS-CV identifies each request"),
    "user_agent": Keyword("both", _H, "prefix of the User-Agent header (per call: that call)"),
    "user_agent_overwrite": Keyword("client", _H, "True: user_agent is the whole User-Agent header"),
    "user_agent_use_env": Keyword("client", _A, "AZURE_HTTP_USER_AGENT is not read"),
    "user_agent_policy": Keyword("client", _A, "the User-Agent is ours plus user_agent"),
    "sdk_moniker": Keyword("client", _A, "the User-Agent names acs-phonenumbers"),
    # -- retries -----------------------------------------------------------------------------------------------
    "retry_total": Keyword("both", _H, "RetryPolicy.max_retries"),
    "retry_backoff_factor": Keyword("both", _H, "RetryPolicy.backoff_factor"),
    "retry_backoff_max": Keyword("both", _H, "RetryPolicy.max_backoff"),
    "retry_on_status_codes": Keyword("both", _H, "added to RetryPolicy.retry_statuses"),
    "retry_policy": Keyword("client", _H, "an azure.core RetryPolicy: its total_retries, backoff factor and max"),
    "retry_mode": Keyword("both", _A, "backoff is always exponential with jitter"),
    "retry_connect": Keyword("both", _A, "connection errors share retry_total"),
    "retry_read": Keyword("both", _A, "read errors share retry_total"),
    "retry_status": Keyword("both", _A, "status retries share retry_total"),
    "timeout": Keyword("call", _H, "seconds for each request of the call (our per-call timeout)"),
    # -- logging and tracing -----------------------------------------------------------------------------------
    "logging_enable": Keyword("both", _A, "the acs_phonenumbers logger logs each request as its level says"),
    "logger": Keyword("both", _A, "we log to the acs_phonenumbers logger"),
    "http_logging_policy": Keyword("client", _A, "our log lines are always redacted the same way"),
    "logging_policy": Keyword("client", _A, "see http_logging_policy"),
    "network_span_namer": Keyword("both", _A, "no tracing spans are made"),
    "tracing_attributes": Keyword("both", _A, "no tracing spans are made"),
    "tracing_options": Keyword("call", _A, "no tracing spans are made"),
    "distributed_tracing_policy": Keyword("client", _A, "no tracing spans are made"),
    "merge_span": Keyword("call", _A, "no tracing spans are made"),
    "parent_span": Keyword("call", _A, "no tracing spans are made"),
    # -- azure-core pipeline objects we do not run -------------------------------------------------------------
    "policies": Keyword("client", _A, "azure-core policies are not run (httpx does the transport)"),
    "per_call_policies": Keyword("client", _A, "azure-core policies are not run"),
    "per_retry_policies": Keyword("client", _A, "azure-core policies are not run"),
    "authentication_policy": Keyword("client", _A, "the credential signs every request"),
    "custom_hook_policy": Keyword("client", _A, "use raw_request_hook / raw_response_hook per call"),
    "redirect_policy": Keyword("client", _A, "redirects are never followed (a signed request stays on its host)"),
    "permit_redirects": Keyword("both", _A, "redirects are never followed"),
    "redirect_max": Keyword("both", _A, "redirects are never followed"),
    "redirect_on_status_codes": Keyword("client", _A, "redirects are never followed"),
    "redirect_remove_headers": Keyword("client", _A, "redirects are never followed"),
    "sensitive_header_cleanup_policy": Keyword("client", _A, "our credentials never leave the endpoint"),
    "enable_cae": Keyword("client", _A, "token requests carry no claims challenge"),
    # -- per call ----------------------------------------------------------------------------------------------
    "raw_request_hook": Keyword("call", _H, "called with each httpx.Request before it is sent"),
    "raw_response_hook": Keyword("call", _H, "called with each httpx.Response"),
    "cls": Keyword("call", _H, "cls(response, deserialized, headers): its return value is returned instead"),
    "polling": Keyword("call", _H, "begin_* only: False returns a poller that never polls (NoPolling)"),
    "error_map": Keyword("call", _A, "errors map to one exception tree (see Errors)"),
    "stream": Keyword("call", _A, "responses are small JSON documents, always read"),
    "decompress": Keyword("call", _A, "httpx always decompresses"),
}
"""Every azure-core keyword we accept, and what it does here."""

CLIENT_KEYWORDS: Final = frozenset(name for name, kw in KEYWORDS.items() if kw.scope != "call")
CALL_KEYWORDS: Final = frozenset(name for name, kw in KEYWORDS.items() if kw.scope != "client")


class _AzureSharedKeywords(TypedDict, total=False):
    """The azure-core keywords both constructors and calls accept (timeouts, retries, logging, tracing)."""

    headers: Mapping[str, str]
    connection_timeout: float
    read_timeout: float
    retry_total: int
    retry_backoff_factor: float
    retry_backoff_max: float
    retry_on_status_codes: list[int]
    retry_mode: Any
    retry_connect: int
    retry_read: int
    retry_status: int
    logging_enable: bool
    logger: Any
    network_span_namer: Callable[..., str]
    tracing_attributes: Mapping[str, Any]
    permit_redirects: bool
    redirect_max: int


class AzureClientKeywords(_AzureSharedKeywords, total=False):
    """azure-core keywords a constructor accepts (see :data:`KEYWORDS` for what each does)."""

    connection_verify: bool | str
    connection_cert: str | tuple[str, str]
    proxies: Mapping[str, str]
    proxy_policy: Any
    connection_data_block_size: int
    use_env_settings: bool
    session: Any
    session_owner: bool
    headers_policy: Any
    auto_request_id: bool
    request_id_policy: Any
    user_agent_overwrite: bool
    user_agent_use_env: bool
    user_agent_policy: Any
    sdk_moniker: str
    retry_policy: Any
    http_logging_policy: Any
    logging_policy: Any
    distributed_tracing_policy: Any
    policies: list[Any]
    per_call_policies: Any
    per_retry_policies: Any
    authentication_policy: Any
    custom_hook_policy: Any
    redirect_policy: Any
    redirect_on_status_codes: list[int]
    redirect_remove_headers: list[str]
    sensitive_header_cleanup_policy: Any
    enable_cae: bool


class AzureCallKeywords(_AzureSharedKeywords, total=False):
    """azure-core keywords every call accepts (see :data:`KEYWORDS` for what each does)."""

    timeout: float | httpx.Timeout | None
    request_id: str
    user_agent: str
    tracing_options: Mapping[str, Any]
    merge_span: bool
    parent_span: Any
    raw_request_hook: Callable[[httpx.Request], object]
    raw_response_hook: Callable[[httpx.Response], object]
    cls: Callable[[httpx.Response, Any, dict[str, str]], Any]
    error_map: Mapping[int, Any]
    stream: bool
    decompress: bool


class AzureLroKeywords(AzureCallKeywords, total=False):
    """What a ``begin_*`` call accepts besides :class:`AzureCallKeywords`: ``polling`` (True, or False for a
    poller that never polls)."""

    polling: bool


# -- constructors -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientCompat:
    """What a constructor's azure-core keywords change in our options (``None``: leave ours alone)."""

    retry: RetryPolicy | None = None
    connect_timeout: float | None = None
    read_timeout: float | None = None
    verify: bool | str | ssl.SSLContext | None = None
    cert: str | tuple[str, str] | None = None
    proxy: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    user_agent_overwrite: bool = False

    def timeout(self, base: httpx.Timeout | None) -> httpx.Timeout | None:
        """``base`` with connection_timeout / read_timeout applied."""
        if self.connect_timeout is None and self.read_timeout is None:
            return base
        return _split_timeout(base, self.connect_timeout, self.read_timeout)


def _number(value: Any, name: str, *, integer: bool = False) -> Any:
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or value < 0:
        raise InvalidArgumentError(f"{name} must be a number >= 0, got {value!r}")
    return value


def _split_timeout(base: httpx.Timeout | None, connect: float | None, read: float | None) -> httpx.Timeout:
    base = base or httpx.Timeout(60.0, connect=10.0)
    return httpx.Timeout(
        connect=base.connect if connect is None else float(connect),
        read=base.read if read is None else float(read),
        write=base.write,
        pool=base.pool,
    )


def _retry(base: RetryPolicy, kwargs: Mapping[str, Any]) -> RetryPolicy | None:
    changes: dict[str, Any] = {}
    policy = kwargs.get("retry_policy")
    if policy is not None:  # an azure.core RetryPolicy: read what it carries
        for ours, theirs in (
            ("max_retries", "total_retries"),
            ("backoff_factor", "backoff_factor"),
            ("max_backoff", "backoff_max"),
        ):
            value = getattr(policy, theirs, None)
            if isinstance(value, int | float) and not isinstance(value, bool):
                changes[ours] = value
    if "retry_total" in kwargs:
        changes["max_retries"] = _number(kwargs["retry_total"], "retry_total", integer=True)
    if "retry_backoff_factor" in kwargs:
        changes["backoff_factor"] = _number(kwargs["retry_backoff_factor"], "retry_backoff_factor")
    if "retry_backoff_max" in kwargs:
        changes["max_backoff"] = _number(kwargs["retry_backoff_max"], "retry_backoff_max")
    if kwargs.get("retry_on_status_codes"):
        codes = kwargs["retry_on_status_codes"]
        changes["retry_statuses"] = base.retry_statuses | {
            _number(c, "retry_on_status_codes[]", integer=True) for c in codes
        }
    return replace(base, **changes) if changes else None


def _headers(value: Any, name: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(f"{name} must be a mapping of header names to values, got {type(value).__name__}")
    headers = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str) or any(c in key + item for c in "\r\n\0"):
            raise InvalidArgumentError(f"{name} must map header names to single-line strings; got {key!r}")
        headers[key] = item
    return headers


def _proxy(proxies: Any, scheme: str) -> str | None:
    if proxies is None:
        return None
    if not isinstance(proxies, Mapping):
        raise InvalidArgumentError(
            f"proxies must be a mapping such as {{'https': 'http://proxy:3128'}}, got {proxies!r}"
        )
    for key in (scheme, f"{scheme}://", "all", "all://"):
        if isinstance(proxies.get(key), str):
            return str(proxies[key])
    return None


def client_compat(
    owner: str, kwargs: Mapping[str, Any], *, retry: RetryPolicy, scheme: str, own: Collection[str] = ()
) -> ClientCompat:
    """Check and translate a constructor's azure-core keywords; TypeError naming ``owner`` for an unknown name
    (the closest of ours and azure-core's names is suggested)."""
    if kwargs.keys() - CLIENT_KEYWORDS:
        reject_unknown_kwargs(kwargs, CLIENT_KEYWORDS | set(own), owner)
    headers = _headers(getattr(kwargs.get("headers_policy"), "headers", None), "headers_policy.headers")
    headers.update(_headers(kwargs.get("headers"), "headers"))
    verify = kwargs.get("connection_verify")
    if verify is not None and not isinstance(verify, bool | str):
        raise InvalidArgumentError("connection_verify must be True, False or the path of a CA bundle")
    cert = kwargs.get("connection_cert")
    if cert is not None and not isinstance(cert, str | tuple):
        raise InvalidArgumentError("connection_cert must be a certificate path or a (cert, key) pair")
    proxies = kwargs.get("proxies", getattr(kwargs.get("proxy_policy"), "proxies", None))
    connect = kwargs.get("connection_timeout")
    read = kwargs.get("read_timeout")
    return ClientCompat(
        retry=_retry(retry, kwargs),
        connect_timeout=None if connect is None else _number(connect, "connection_timeout"),
        read_timeout=None if read is None else _number(read, "read_timeout"),
        verify=verify,
        cert=cert,
        proxy=_proxy(proxies, scheme),
        headers=headers,
        user_agent_overwrite=bool(kwargs.get("user_agent_overwrite", False)),
    )


def ssl_context(verify: bool | str | ssl.SSLContext, cert: str | tuple[str, str] | None) -> bool | ssl.SSLContext:
    """httpx's ``verify`` for a verify setting plus an optional client certificate."""
    if cert is None:
        return verify if not isinstance(verify, str) else ssl.create_default_context(cafile=verify)
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        context = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)
    if isinstance(cert, tuple):
        context.load_cert_chain(cert[0], cert[1])
    else:
        context.load_cert_chain(cert)
    return context


# -- calls ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CallSettings:
    """What one call's keywords change for its requests; applied by the clients' httpx request hook."""

    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: httpx.Timeout | None = None
    retry: RetryPolicy | None = None
    request_hook: Callable[[httpx.Request], object] | None = None
    response_hook: Callable[[httpx.Response], object] | None = None
    cls: Callable[..., Any] | None = None
    polling: bool = True
    user_agent: str | None = None

    def finish(self, response: httpx.Response, value: Any) -> Any:
        """The call's return value: ``cls(response, value, headers)`` when ``cls`` was given, else ``value``."""
        return value if self.cls is None else self.cls(response, value, dict(response.headers))


NO_SETTINGS: Final = CallSettings()

_CURRENT: ContextVar[CallSettings] = ContextVar("acs_phonenumbers_call_settings", default=NO_SETTINGS)


def current() -> CallSettings:
    """The settings of the call in progress (pagers and pollers capture them for their later requests)."""
    return _CURRENT.get()


def _call_timeout(kwargs: Mapping[str, Any]) -> httpx.Timeout | None:
    timeout: httpx.Timeout | None = None
    if "timeout" in kwargs and kwargs["timeout"] is not None:
        raw = kwargs["timeout"]
        timeout = raw if isinstance(raw, httpx.Timeout) else httpx.Timeout(float(_number(raw, "timeout")))
    connect, read = kwargs.get("connection_timeout"), kwargs.get("read_timeout")
    if connect is not None or read is not None:
        timeout = _split_timeout(
            timeout,
            None if connect is None else _number(connect, "connection_timeout"),
            None if read is None else _number(read, "read_timeout"),
        )
    return timeout


def _hook(kwargs: Mapping[str, Any], name: str) -> Any:
    hook = kwargs.get(name)
    if hook is not None and not callable(hook):
        raise TypeError(f"{name} must be callable, got {type(hook).__name__}")
    return hook


def call_settings(where: str, kwargs: Mapping[str, Any], *, retry: RetryPolicy, lro: bool = False) -> CallSettings:
    """Check and translate one call's azure-core keywords; TypeError (naming ``where``) for an unknown name."""
    if not kwargs:
        return NO_SETTINGS
    reject_unknown_kwargs(kwargs, CALL_KEYWORDS | {"polling"} if lro else CALL_KEYWORDS, where)
    headers = _headers(kwargs.get("headers"), "headers")
    if kwargs.get("request_id") is not None:
        headers["x-ms-client-request-id"] = _headers({"x-ms-client-request-id": kwargs["request_id"]}, "request_id")[
            "x-ms-client-request-id"
        ]
    polling = kwargs.get("polling", True)
    if not isinstance(polling, bool):
        raise TypeError(
            "polling must be True or False (a custom azure-core PollingMethod cannot drive this client's poller)"
        )
    user_agent = kwargs.get("user_agent")
    if user_agent is not None:
        user_agent = _headers({"User-Agent": user_agent}, "user_agent")["User-Agent"]
    return CallSettings(
        user_agent=user_agent,
        headers=headers,
        timeout=_call_timeout(kwargs),
        retry=_retry(retry, kwargs),
        request_hook=_hook(kwargs, "raw_request_hook"),
        response_hook=_hook(kwargs, "raw_response_hook"),
        cls=_hook(kwargs, "cls"),
        polling=polling,
    )


def _unchanged(settings: CallSettings) -> bool:
    """Whether applying ``settings`` would change nothing (no keywords, inside no other call's): the usual case."""
    return settings is NO_SETTINGS and _CURRENT.get() is NO_SETTINGS


@contextmanager
def applied(settings: CallSettings) -> Iterator[None]:
    """Make ``settings`` those of the requests sent inside the block (this thread or task only)."""
    if _unchanged(settings):
        yield
        return
    token = _CURRENT.set(settings)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def apply_to_request(request: httpx.Request) -> None:
    """httpx request hook: the current call's headers, timeout, retry policy and request hook."""
    settings = _CURRENT.get()
    if settings is NO_SETTINGS:
        return
    if settings.user_agent:
        request.headers["User-Agent"] = f"{settings.user_agent} {request.headers.get('User-Agent', '')}".strip()
    for name, value in settings.headers.items():
        request.headers[name] = value
    if settings.timeout is not None:
        request.extensions["timeout"] = settings.timeout.as_dict()
    if settings.retry is not None:
        request.extensions[RETRY_EXTENSION] = settings.retry
    if settings.request_hook is not None:
        settings.request_hook(request)


def apply_to_response(response: httpx.Response) -> None:
    """httpx response hook: the current call's ``raw_response_hook``."""
    hook = _CURRENT.get().response_hook
    if hook is not None:
        hook(response)


async def aapply_to_request(request: httpx.Request) -> None:
    """The async client's request hook."""
    apply_to_request(request)


async def aapply_to_response(response: httpx.Response) -> None:
    """The async client's response hook."""
    apply_to_response(response)


# -- the decorator every public method wears --------------------------------------------------------------------

F = TypeVar("F", bound=Callable[..., Any])


def azure_keywords(method: F) -> F:
    """Accept :class:`AzureCallKeywords` (``begin_*``: :class:`AzureLroKeywords`) on a public client method.

    The method's own parameters pass through untouched; the azure-core keywords become the :class:`CallSettings`
    of every request the call sends (pagers and pollers keep them for their later requests). An unknown keyword
    raises ``TypeError`` naming ``Client.method`` and the closest valid names.
    """
    signature = inspect.signature(method)
    own = frozenset(name for name, p in signature.parameters.items() if p.kind is not inspect.Parameter.VAR_KEYWORD)
    lro = method.__name__.startswith("begin_")
    valid = (CALL_KEYWORDS | {"polling"} if lro else CALL_KEYWORDS) | own

    def split(self: Any, kwargs: dict[str, Any]) -> tuple[dict[str, Any], CallSettings]:
        if not kwargs:
            return kwargs, NO_SETTINGS
        extra = {k: kwargs.pop(k) for k in kwargs.keys() - own}
        if not extra:
            return kwargs, NO_SETTINGS
        owner = f"{type(self).__name__}.{method.__name__}"
        if extra.keys() - valid:
            reject_unknown_kwargs(extra, valid, owner)
        return kwargs, call_settings(owner, extra, retry=self._requests.options.retry, lro=lro)

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def acall(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            kwargs, settings = split(self, kwargs)
            if _unchanged(settings):
                return await method(self, *args, **kwargs)
            with applied(settings):
                return await method(self, *args, **kwargs)

        return acall  # type: ignore[return-value]

    @functools.wraps(method)
    def call(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        kwargs, settings = split(self, kwargs)
        if _unchanged(settings):
            return method(self, *args, **kwargs)
        with applied(settings):
            return method(self, *args, **kwargs)

    return call  # type: ignore[return-value]
