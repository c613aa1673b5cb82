"""OpenTelemetry tracing, as azure-core does it: a span per public call, per page, per long-running operation.

With ``opentelemetry-api`` installed (``pip install 'acs-phonenumbers[opentelemetry]'``):

* every public method of every client is a span ``<ClientClass>.<method>`` (kind INTERNAL), sync and async;
* a pager's ``list_*`` call sends nothing, so each page it fetches is a span of that name instead;
* a ``begin_*`` call starts a span that covers the whole operation: the request that starts it and every poll are
  inside, and it ends when the poller sees the operation end (status ERROR when it failed);
* each HTTP attempt (each retry, each poll) is a CLIENT span with the conventional attributes
  (``http.request.method``, ``url.full``, ``server.address``, ``server.port``, ``http.response.status_code``,
  ``http.request.resend_count``, ``error.type``) plus ``az.namespace``, ``az.client_request_id`` and
  ``az.service_request_id``. URLs are redacted as in the logs; no header, key, token or signature is recorded.

Clients get this by inheriting the shared core: ``_ClientBase.__init_subclass__`` calls :func:`instrument_class`,
which wraps the public functions a client class defines. Without OpenTelemetry nothing is wrapped and no
transport is added (a check for the package's presence, without importing it, once per class); ``import
acs_phonenumbers`` never imports OpenTelemetry.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

__all__ = ["NAMESPACE", "http_span", "instrument_class", "tracing_active", "tracing_available"]

NAMESPACE = "Microsoft.Communication"
"""``az.namespace`` of every span, as the official SDK sets it."""

_available: bool | None = None


def tracing_available() -> bool:
    """True when ``opentelemetry`` can be imported (checked without importing it, once)."""
    global _available
    if _available is None:
        try:
            _available = importlib.util.find_spec("opentelemetry") is not None
        except (ImportError, ValueError):
            _available = False
    return _available


_tracer_cache: Any = None
_api_cache: Any = None
_idle_providers: tuple[type, ...] = ()
"""OpenTelemetry's providers that make no spans (its proxy before the application sets one, and the no-op one)."""
_provider_set = False


def _api() -> Any:
    """``opentelemetry.trace``, imported on first use."""
    global _api_cache, _idle_providers
    if _api_cache is None:
        from opentelemetry import trace

        _idle_providers = (trace.ProxyTracerProvider, trace.NoOpTracerProvider)
        _api_cache = trace
    return _api_cache


def _active() -> bool:
    """Whether the application has set a tracer provider: without one every span would be a no-op, so none is made
    and a call costs one check (OpenTelemetry installed but unused, e.g. by another library, costs nothing more).

    OpenTelemetry lets the global provider be set once per process, so once one is set the answer is kept."""
    global _provider_set
    if _provider_set:
        return True
    if isinstance(_api().get_tracer_provider(), _idle_providers):
        return False
    _provider_set = True
    return True


def tracing_active() -> bool:
    """Whether spans are made now: OpenTelemetry is installed and the application has set a tracer provider."""
    return _provider_set or (tracing_available() and _active())


def _tracer() -> Any:
    """Our tracer, made once: before the application sets a provider it is OpenTelemetry's proxy, which then
    delegates to the provider set later, so keeping it is safe."""
    global _tracer_cache
    if _tracer_cache is None:
        from opentelemetry import trace

        from ._version import __version__

        _tracer_cache = trace.get_tracer("acs_phonenumbers", __version__)
    return _tracer_cache


def _kind(annotation: object) -> str:
    text = str(annotation)
    if "ItemPaged" in text:
        return "pager"
    if "Poller" in text:
        return "poller"
    return "call"


_NOT_TRACED = frozenset({"close", "from_connection_string", "with_options"})


def instrument_class(cls: type) -> None:
    """Wrap the public functions ``cls`` defines in spans named ``<cls.__name__>.<function>`` (if OTel is present)."""
    if not tracing_available():
        return
    for name, value in list(vars(cls).items()):
        if name.startswith("_") or name in _NOT_TRACED or not inspect.isfunction(value):
            continue
        if getattr(value, "__acs_traced__", False):
            continue
        span_name = f"{cls.__name__}.{name}"
        kind = _kind(value.__annotations__.get("return"))
        setattr(cls, name, _wrap(value, span_name, kind))


def _wrap(function: Callable[..., Any], name: str, kind: str) -> Callable[..., Any]:
    wrapper: Callable[..., Any]
    if kind == "pager":

        @functools.wraps(function)
        def pager(*args: Any, **kwargs: Any) -> Any:
            return _trace_pager(function(*args, **kwargs), name)

        wrapper = pager
    elif kind == "poller" and inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def async_begin(*args: Any, **kwargs: Any) -> Any:
            if not _active():
                return await function(*args, **kwargs)
            from opentelemetry import trace

            span = _start(name)
            try:
                with trace.use_span(span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
                    poller = await function(*args, **kwargs)
            except BaseException as exc:
                _fail(span, exc)
                raise
            return _trace_poller(poller, span)

        wrapper = async_begin
    elif kind == "poller":

        @functools.wraps(function)
        def begin(*args: Any, **kwargs: Any) -> Any:
            if not _active():
                return function(*args, **kwargs)
            from opentelemetry import trace

            span = _start(name)
            try:
                with trace.use_span(span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
                    poller = function(*args, **kwargs)
            except BaseException as exc:
                _fail(span, exc)
                raise
            return _trace_poller(poller, span)

        wrapper = begin
    elif inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def async_call(*args: Any, **kwargs: Any) -> Any:
            if not _active():
                return await function(*args, **kwargs)
            with _span(name):
                return await function(*args, **kwargs)

        wrapper = async_call
    else:

        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            if not _active():
                return function(*args, **kwargs)
            with _span(name):
                return function(*args, **kwargs)

        wrapper = call
    setattr(wrapper, "__acs_traced__", True)  # noqa: B010  # mypy: the wrapper types declare no such attribute
    return wrapper


def _start(name: str) -> Any:
    from opentelemetry.trace import SpanKind

    return _tracer().start_span(name, kind=SpanKind.INTERNAL, attributes={"az.namespace": NAMESPACE})


def _fail(span: Any, exc: BaseException) -> None:
    from opentelemetry.trace import Status, StatusCode

    span.record_exception(exc)
    span.set_attribute("error.type", type(exc).__qualname__)
    span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
    span.end()


@contextmanager
def _span(name: str) -> Iterator[Any]:
    if not _active():
        yield None
        return
    trace = _api()
    span = _start(name)
    try:
        with trace.use_span(span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
            yield span
    except BaseException as exc:
        _fail(span, exc)
        raise
    span.end()


def _trace_pager(pager: Any, name: str) -> Any:
    """Each page the pager fetches becomes a span ``name`` (the ``list_*`` call itself sends nothing)."""
    fetch_first, fetch_next = pager._fetch_first, pager._fetch_next
    if inspect.iscoroutinefunction(fetch_first) or _returns_awaitable(pager):

        async def afirst() -> Any:
            with _span(name):
                return await fetch_first()

        async def anext_page(link: str) -> Any:
            with _span(name):
                return await fetch_next(link)

        pager._fetch_first, pager._fetch_next = afirst, anext_page
        return pager

    def first() -> Any:
        with _span(name):
            return fetch_first()

    def next_page(link: str) -> Any:
        with _span(name):
            return fetch_next(link)

    pager._fetch_first, pager._fetch_next = first, next_page
    return pager


def _returns_awaitable(pager: Any) -> bool:
    return type(pager).__name__.startswith("Async")


def _trace_poller(poller: Any, span: Any) -> Any:
    """The operation's span stays open while it runs: its polls are inside, it ends with the operation."""
    core = poller._core
    ended = False

    def finish() -> None:
        nonlocal ended
        if ended or not core.state.finished:
            return
        ended = True
        status = core.state.status.value
        span.set_attribute("az.operation.status", status)
        if status == "failed":
            from opentelemetry.trace import Status, StatusCode

            span.set_status(Status(StatusCode.ERROR, "the operation failed"))
        span.end()

    record = core.record

    def traced_record(step: Any, response: httpx.Response) -> None:
        try:
            record(step, response)
        finally:
            finish()

    core.record = traced_record
    get = poller._get
    if type(poller).__name__.startswith("Async"):

        async def aget(url: str) -> httpx.Response:
            from opentelemetry import trace

            with trace.use_span(span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
                return await get(url)  # type: ignore[no-any-return]

        poller._get = aget
    else:

        def sget(url: str) -> httpx.Response:
            from opentelemetry import trace

            with trace.use_span(span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
                return get(url)  # type: ignore[no-any-return]

        poller._get = sget
    finish()  # already over (e.g. resumed after the end)
    return poller


@contextmanager
def http_span(request: httpx.Request, attempt: int) -> Iterator[Callable[[httpx.Response], None]]:
    """A CLIENT span for one HTTP attempt; yields ``record(response)``. Does nothing without OpenTelemetry (callers
    on the hot path check :func:`tracing_active` first and skip it)."""
    if not tracing_active():
        yield _ignore
        return
    from opentelemetry.trace import SpanKind, Status, StatusCode

    from ._logging import redact_url

    url = request.url
    attributes: dict[str, Any] = {
        "az.namespace": NAMESPACE,
        "http.request.method": request.method,
        "url.full": redact_url(url),
        "server.address": url.host,
        "server.port": url.port or (443 if url.scheme == "https" else 80),
    }
    if attempt > 1:
        attributes["http.request.resend_count"] = attempt - 1
    client_request_id = request.headers.get("x-ms-client-request-id")
    if client_request_id:
        attributes["az.client_request_id"] = client_request_id
    with _tracer().start_as_current_span(
        request.method, kind=SpanKind.CLIENT, attributes=attributes, record_exception=False
    ) as span:

        def record(response: httpx.Response) -> None:
            span.set_attribute("http.response.status_code", response.status_code)
            service_id = response.headers.get("x-ms-request-id")
            if service_id:
                span.set_attribute("az.service_request_id", service_id)
            if response.status_code >= 400:
                span.set_attribute("error.type", str(response.status_code))
                span.set_status(Status(StatusCode.ERROR))

        try:
            yield record
        except BaseException as exc:
            span.set_attribute("error.type", type(exc).__qualname__)
            span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
            raise


def _ignore(response: httpx.Response) -> None:
    return None
