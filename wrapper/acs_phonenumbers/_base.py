"""What every client shares: construction, the exchange with the generated layer, pagers, raw responses, lifecycle.

Each public client is thin. A public method is one line::

    PhoneNumbersClient.get_purchased_phone_number(...)      public shell: signature, docstring, one line of body
      -> _PhoneNumbersRequests.get_purchased_phone_number   pure: validate arguments, build a Call
      -> SyncClient._send(call)                             I/O: the generated ``sync_detailed`` function
      -> Call.outcome(response, parsed)                     pure: expected status -> result, else the error tree

:class:`Requests` (subclassed once per API) and the :class:`Call` / :class:`Paged` specs are pure and shared by the
sync and async clients; :class:`SyncClient` and :class:`AsyncClient` hold the only code that differs between them,
the I/O. The public methods are written once, on the sync clients: ``make generate`` derives the async clients and
the raw-response views from them (``openapi/tools/twins.py``, into ``acs_phonenumbers_twins``). The generated
clients are composed, never subclassed or edited, and stay reachable as ``client.generated``.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import importlib
import ssl
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType, TracebackType
from typing import Any, ClassVar, Concatenate, Generic, ParamSpec, Self, TypeVar, Unpack

import httpx

from ._compat import AzureClientKeywords, CallSettings, applied, client_compat, current
from ._config import DEFAULT_TIMEOUT, OPTION_NAMES, ClientOptions, build_async_client, build_sync_client
from ._credentials import (
    AsyncTokenCredential,
    AzureKeyCredential,
    KeyCredential,
    TokenCredential,
    parse_connection_string,
)
from ._errors import (
    HttpResponseError,
    InvalidArgumentError,
    ServiceRequestError,
    ServiceResponseError,
    error_from_response,
)
from ._guards import LinkGuard, resolve_next_link
from ._observability import UNCHANGED, EventHooks, Unchanged, derive_options, shared_pool
from ._paging import AsyncItemPaged, ItemPaged, PageData, page_items
from ._polling import DEFAULT_POLLING_INTERVAL
from ._retry import RetryPolicy, failure_class
from ._tracing import instrument_class
from ._validation import ensure_endpoint, ensure_int

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R", bound="Requests")
G = TypeVar("G")
# What differs between a sync and an async client's constructor: the transport, the httpx client, the credential.
Tr = TypeVar("Tr")
H = TypeVar("H")
C = TypeVar("C")

DEFAULT_RETRY = RetryPolicy()
"""The default retry policy (see ``acs_phonenumbers.RetryPolicy``)."""

SyncCredential = KeyCredential | TokenCredential | str
AsyncCredential = KeyCredential | TokenCredential | AsyncTokenCredential | str


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """What ``client.with_raw_response.<method>(...)`` returns: the HTTP response and the usual return value.

    ``response`` is the ``httpx.Response`` of the call's request (for a ``begin_*`` method: the 202 that started
    the operation; ``parsed`` is then the poller).
    """

    response: httpx.Response
    parsed: T

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (``MS-CV``, ``Operation-Location``, ...)."""
        return self.response.headers


def _raw_result(recorder: _ClientBase[Any, Any, Any, Any, Any], parsed: T) -> RawResponse[T]:
    if not recorder._responses:
        raise ValueError("with_raw_response needs a call that sends a request (resuming from a token sends none)")
    return RawResponse(recorder._responses[0], parsed)


def raw(method: Callable[Concatenate[Any, P], T]) -> Callable[Concatenate[Any, P], RawResponse[T]]:
    """For a ``*WithRawResponse`` class: call the client's ``method`` and return :class:`RawResponse`."""

    @functools.wraps(method)
    def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        recorder = self._client._recorder()
        return _raw_result(recorder, method(recorder, *args, **kwargs))

    return call


def araw(
    method: Callable[Concatenate[Any, P], Awaitable[T]],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[T]]]:
    """The async twin of :func:`raw`."""

    @functools.wraps(method)
    async def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        recorder = self._client._recorder()
        return _raw_result(recorder, await method(recorder, *args, **kwargs))

    return call


def page_data(settings: CallSettings, data: PageData[T]) -> PageData[T]:
    """A page's items through ``cls`` (azure-core calls it with the page's list of items), and its next link."""
    if settings.cls is None:
        return data
    items, link = data
    return settings.cls(list(items)), link


# -- request specs: what to send and how to judge the answer (pure) ---------------------------------------------


class Undecodable:
    """Stands for a body the generated parser could not decode."""

    def __init__(self, error: Exception) -> None:
        self.error = error


def service_error(message: str, response: httpx.Response) -> HttpResponseError:
    """An error for a response that had a success status but cannot be used."""
    return HttpResponseError(
        message,
        status_code=response.status_code,
        reason=response.reason_phrase,
        ms_cv=response.headers.get("ms-cv"),
        request_id=response.headers.get("x-ms-request-id"),
        response=response,
    )


def transport_error(exc: httpx.TransportError) -> ServiceRequestError | ServiceResponseError:
    """A transport failure outside the retrying transport (a body cut off while read): our error, not httpx's."""
    cls = failure_class(exc, reading_body=True)
    return cls(f"the request failed after 1 attempt while reading the response: {exc}", attempts=1)


@dataclass(frozen=True)
class Call(Generic[T]):
    """One prepared request: a generated operation module, its arguments, and how to judge the answer."""

    operation: ModuleType
    kwargs: Mapping[str, Any]
    expected: frozenset[int]
    parse: Callable[[Any], T]
    body_matters: bool = True
    """False for the 202 that starts an operation: the service's body there varies and nothing reads it."""

    def outcome(self, response: httpx.Response, parsed: Any) -> T:
        """The result for an expected status; the mapped exception for any other."""
        if response.status_code not in self.expected:
            raise error_from_response(response)
        if isinstance(parsed, Undecodable):
            if self.body_matters:
                raise service_error(
                    f"the service's {response.status_code} response could not be decoded: {parsed.error!r}", response
                )
            parsed = None
        return self.parse(parsed)


@dataclass(frozen=True)
class Paged(Generic[T]):
    """A listing: the first page through the generated function, later pages by GET on the next link."""

    first: Call[PageData[T]]
    page_model: Callable[[Mapping[str, Any]], object]
    items_attr: str


@functools.cache
def items_attribute(operation: ModuleType) -> str:
    """The attribute of ``operation``'s page model that holds the items: the document's ``x-acs-pageable``
    ``itemName``, read from the generated package's operations table (``operations.BY_MODULE``)."""
    package, _, module = operation.__name__.partition(".api.")
    table = importlib.import_module(f"{package}.operations")
    return str(table.BY_MODULE[module.rpartition(".")[2]].pageable.item_attribute)


PAGING_MINIMUM = {"skip": 0, "top": 1, "max_page_size": 1}
"""The paging arguments of the listings, and the least value of each."""


class Requests:
    """Request preparation common to every API; each client's subclass adds one method per operation."""

    def __init__(self, *, endpoint: str, options: ClientOptions) -> None:
        self.endpoint = endpoint
        self.options = options
        self.api_version = options.api_version

    def polling_interval(self, override: float | None) -> float:
        """The interval for one poller: the per-call ``polling_interval``, else the client's."""
        if override is None:
            return self.options.polling_interval
        if isinstance(override, bool) or not isinstance(override, int | float) or not 0 <= override < float("inf"):
            raise InvalidArgumentError(f"polling_interval must be a number of seconds >= 0, got {override!r}")
        return float(override)

    def call(
        self,
        operation: ModuleType,
        expected: Iterable[int],
        parse: Callable[[Any], T],
        *,
        body_matters: bool = True,
        **kwargs: Any,
    ) -> Call[T]:
        return Call(operation, {**kwargs, "api_version": self.api_version}, frozenset(expected), parse, body_matters)

    def paged(
        self, operation: ModuleType, page_model: Callable[[Mapping[str, Any]], object], **kwargs: Any
    ) -> Paged[Any]:
        """A listing; its paging arguments (``skip``, ``top``, ``max_page_size``) are checked here, for every API."""
        items_attr = items_attribute(operation)
        for name, minimum in PAGING_MINIMUM.items():
            if name in kwargs:
                kwargs[name] = ensure_int(kwargs[name], name, minimum)

        def first_page(page: object) -> PageData[Any]:
            return page_items(page, items_attr)

        return Paged(self.call(operation, (200,), first_page, **kwargs), page_model, items_attr)

    def next_page_url(self, next_link: str) -> str:
        """The absolute URL of a next link (or pager token), on this client's endpoint, carrying the api-version.

        InvalidArgumentError (a ValueError) for a link to another scheme, host or port: it is never followed.
        """
        try:
            return resolve_next_link(next_link, self.endpoint, self.api_version)
        except ValueError as exc:
            raise InvalidArgumentError(str(exc)) from None

    def next_page(self, paged: Paged[T], response: httpx.Response, link: str) -> PageData[T]:
        """Items and next link of the page fetched from ``link``."""
        if response.status_code != 200:
            raise error_from_response(response)
        try:
            model = paged.page_model(response.json())
        except (KeyError, TypeError, ValueError, RecursionError) as exc:
            raise service_error(f"the page could not be decoded: {exc!r}", response) from None
        items, next_link = page_items(model, paged.items_attr)
        if next_link is not None and next_link == link:
            # A broken service or proxy answering with the same nextLink for ever must not hang the caller.
            raise service_error(f"the service sent the same nextLink again ({next_link}); stopping here", response)
        return items, next_link


_OWN_OPTIONS = (*OPTION_NAMES, "transport", "http_client")
"""Every keyword of our own on a constructor (the azure-core ones are ``_compat``'s)."""


class ClientKeywords(AzureClientKeywords, Generic[Tr, H], total=False):
    """The keyword options of a client's constructor (for ``from_connection_string``); ``transport`` and
    ``http_client`` are httpx's sync or async kinds."""

    api_version: str | None
    transport: Tr | None
    http_client: H | None
    retry: RetryPolicy
    timeout: float | httpx.Timeout | None
    polling_interval: float
    user_agent: str | None
    accepted_language: str | None
    verify: bool | str | ssl.SSLContext
    event_hooks: EventHooks | None


class _ClientBase(Generic[R, G, Tr, H, C]):
    """What the sync and async clients share: construction, which API they speak, how they describe themselves.

    ``Tr``, ``H`` and ``C`` are the transport, httpx client and credential types of the sync or async kind.
    """

    DEFAULT_API_VERSION: ClassVar[str]
    """The API version a client uses unless given ``api_version``: the one our OpenAPI document describes."""
    _requests_type: ClassVar[type[Requests]]
    _generated_type: ClassVar[type[Any]]

    _endpoint: str
    _requests: R
    _generated: G
    _credential: Any

    def __init__(
        self,
        endpoint: str,
        credential: C,
        *,
        api_version: str | None = None,
        transport: Tr | None = None,
        http_client: H | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        polling_interval: float = DEFAULT_POLLING_INTERVAL,
        user_agent: str | None = None,
        accepted_language: str | None = None,
        verify: bool | str | ssl.SSLContext = True,
        event_hooks: EventHooks | None = None,
        **kwargs: Unpack[AzureClientKeywords],
    ) -> None:
        """A client for ``endpoint``; every option is keyword-only, and an unknown keyword raises ``TypeError``.

        :param endpoint: ``https://<resource>.communication.azure.com`` (``http://`` is allowed for the emulator).
        :param credential: an ``AzureKeyCredential`` (ours or azure-core's: anything with ``.key``) or a token
            credential with ``get_token(*scopes)`` such as ``azure.identity.DefaultAzureCredential`` (for an async
            client, also an async one from ``azure.identity.aio``).
        :keyword api_version: the service API version; ``None`` (the default) is :attr:`DEFAULT_API_VERSION`.
        :keyword transport: an ``httpx.BaseTransport`` to send through (an ``httpx.AsyncBaseTransport`` for an
            async client), e.g. ``httpx.MockTransport`` in tests.
        :keyword http_client: a ready ``httpx.Client`` (``httpx.AsyncClient``) whose pool, proxies and TLS
            settings are used; it is not modified, and not closed by :meth:`close`.
        :keyword retry: a :class:`~acs_phonenumbers.RetryPolicy`; ``RetryPolicy.disabled()`` sends each request once.
        :keyword timeout: seconds or an ``httpx.Timeout`` for each request (``None``: no timeout).
        :keyword polling_interval: seconds between polls of a long-running operation when the service sends no
            Retry-After; each ``begin_*`` can override it (no short-codes or SIP routing operation polls).
        :keyword user_agent: a prefix for the User-Agent header naming your application.
        :keyword accepted_language: locale for localized names in listings, e.g. ``"en-US"`` (Accept-Language).
        :keyword verify: TLS verification: ``True``, ``False`` or the path of a CA bundle (the emulator's
            ``ca_file``).
        :keyword event_hooks: ``{"request": [fn(request)], "response": [fn(response)]}`` (httpx's shape), called on
            every attempt: each retry and each poll, with the request as signed and sent.
        """
        if isinstance(endpoint, str) and "://" not in endpoint and endpoint.strip():
            endpoint = "https://" + endpoint.strip()  # as the official SDK: a bare host name means https
        self._endpoint = ensure_endpoint(endpoint)
        owner = type(self).__name__
        # azure-core's keywords (see acs_phonenumbers._compat) may set the retries, TLS and timeouts too
        extra = client_compat(owner, kwargs, retry=retry, scheme=self._endpoint.split(":", 1)[0], own=_OWN_OPTIONS)
        if extra.connect_timeout is not None or extra.read_timeout is not None:
            timeout = extra.timeout(
                timeout if isinstance(timeout, httpx.Timeout) else None if timeout is None else httpx.Timeout(timeout)
            )
        options: dict[str, Any] = {
            "api_version": self.DEFAULT_API_VERSION if api_version is None else api_version,
            "retry": extra.retry or retry,
            "polling_interval": polling_interval,
            "user_agent": user_agent,
            "accepted_language": accepted_language,
            "verify": verify if extra.verify is None else extra.verify,
        }
        if timeout is not DEFAULT_TIMEOUT:  # the default defers to a given http_client's own timeout
            options["timeout"] = timeout
        if event_hooks is not None:
            options["event_hooks"] = event_hooks
        client_options = dataclasses.replace(
            ClientOptions.create(default_api_version=self.DEFAULT_API_VERSION, owner=owner, **options),
            extra_headers=extra.headers,
            user_agent_overwrite=extra.user_agent_overwrite,
            cert=extra.cert,
            proxy=extra.proxy,
        )
        self._credential = credential
        self._requests = self._requests_type(endpoint=self._endpoint, options=client_options)  # type: ignore[assignment]
        self._connect(client_options, transport, http_client)

    def _connect(self, options: ClientOptions, transport: Tr | None, http_client: H | None) -> None:
        """Open the httpx client (given or built from ``options``) and the generated client over it."""
        raise NotImplementedError

    @classmethod
    def from_connection_string(cls, conn_str: str, **options: Unpack[ClientKeywords[Tr, H]]) -> Self:
        """A client from a connection string (``endpoint=https://...;accesskey=...``), with the same options.

        Example::

            client = PhoneNumbersClient.from_connection_string(os.environ["ACS_CONNECTION_STRING"])
        """
        parsed = parse_connection_string(conn_str)
        make: Any = cls  # C is a credential type that an AzureKeyCredential belongs to
        client: Self = make(parsed.endpoint, AzureKeyCredential(parsed.access_key), **options)
        return client

    def _connection(self) -> httpx.Client | httpx.AsyncClient:
        """The httpx client this client sends through (for ``with_options``)."""
        raise NotImplementedError

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        instrument_class(cls)  # with OpenTelemetry installed, each public method is a span (acs_phonenumbers._tracing)

    @property
    def generated(self) -> G:
        """The generated low-level client, sharing this client's auth, retries and logging.

        Each client's is that of its own API (``acs_phonenumbers_generated``, ``acs_shortcodes_generated``,
        ``acs_siprouting_generated``); an async client's goes to the ``asyncio_detailed`` functions, awaited.

        Example::

            from acs_phonenumbers import PhoneNumbersClient
            from acs_phonenumbers_generated.api.phone_numbers import phone_numbers_get_operation

            with PhoneNumbersClient.from_connection_string(conn_str) as client:
                response = phone_numbers_get_operation.sync_detailed("search_123", client=client.generated)
        """
        return self._generated

    _responses: list[httpx.Response] | None = None
    """Set on a :meth:`_recorder` copy only: the responses of the requests it sent, in order."""

    def _recorder(self) -> Self:
        """A copy of this client (same connections and settings) that keeps its responses, for ``with_raw_response``."""
        recorder = copy.copy(self)
        recorder._responses = []
        return recorder

    def _record(self, response: httpx.Response) -> httpx.Response:
        if self._responses is not None:
            self._responses.append(response)
        return response

    def with_options(
        self,
        *,
        api_version: str | Unchanged | None = UNCHANGED,
        retry: RetryPolicy | Unchanged = UNCHANGED,
        timeout: float | httpx.Timeout | Unchanged | None = UNCHANGED,
        polling_interval: float | Unchanged = UNCHANGED,
        user_agent: str | Unchanged | None = UNCHANGED,
        accepted_language: str | Unchanged | None = UNCHANGED,
        event_hooks: EventHooks | Unchanged | None = UNCHANGED,
    ) -> Self:
        """A client like this one with the given options changed, sharing this client's connection pool.

        Every option not given keeps this client's value. ``transport``, ``http_client`` and ``verify`` stay (the
        pool is shared). Closing the new client leaves the pool open; closing this one closes it for both.

        Example::

            patient = client.with_options(timeout=120, retry=RetryPolicy(max_retries=10))
        """
        changes = {
            "api_version": api_version,
            "retry": retry,
            "timeout": timeout,
            "polling_interval": polling_interval,
            "user_agent": user_agent,
            "accepted_language": accepted_language,
            "event_hooks": event_hooks,
        }
        changed = {name: value for name, value in changes.items() if value is not UNCHANGED}
        http = self._connection()
        kwargs = derive_options(self._requests.options, http, changed, type(self).__name__)
        options = self._requests.options  # the azure-core constructor keywords this client was given carry over
        if options.extra_headers:
            kwargs["headers"] = dict(options.extra_headers)
        if options.user_agent_overwrite:
            kwargs["user_agent_overwrite"] = True
        make: Any = type(self)  # a SyncClient or AsyncClient subclass: takes (endpoint, credential, **options)
        derived: Self = make(self._endpoint, self._credential, transport=shared_pool(http), **kwargs)
        return derived

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self._endpoint!r}, api_version={self._requests.api_version!r})"


class SyncClient(_ClientBase[R, G, httpx.BaseTransport, httpx.Client, SyncCredential]):
    """The sync exchange, pagers and lifecycle of every client."""

    def _connect(
        self, options: ClientOptions, transport: httpx.BaseTransport | None, http_client: httpx.Client | None
    ) -> None:
        self._http = build_sync_client(self._endpoint, self._credential, options, transport, http_client)
        self._generated = self._generated_type(base_url=self._endpoint).set_httpx_client(self._http)

    def _exchange(self, call: Call[T]) -> tuple[T, httpx.Response]:
        try:
            detailed = call.operation.sync_detailed(client=self._generated, **call.kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        except call.operation.errors.UndecodableResponse as exc:  # the generated parser choked on the body
            return call.outcome(self._record(exc.response), Undecodable(exc.error)), exc.response
        return call.outcome(self._record(detailed.http_response), detailed.parsed), detailed.http_response

    def _send(self, call: Call[T]) -> T:
        value, response = self._exchange(call)
        return current().finish(response, value)  # type: ignore[no-any-return]  # cls= decides

    def _connection(self) -> httpx.Client:
        return self._http

    def _get(self, url: str) -> httpx.Response:
        try:
            return self._http.get(url)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc

    def _pager(self, paged: Paged[T]) -> ItemPaged[T]:
        guard = LinkGuard()
        settings = current()  # the call's azure-core keywords apply to every page

        def first_page() -> PageData[T]:
            with applied(settings):
                return page_data(settings, self._exchange(paged.first)[0])

        def next_page(link: str) -> PageData[T]:
            guard.check(link)
            with applied(settings):
                data = self._requests.next_page(paged, self._get(self._requests.next_page_url(link)), link)
                return page_data(settings, data)

        return ItemPaged(first_page, next_page)

    def _poll_get(self) -> Callable[[str], httpx.Response]:
        """GET for a poller: the azure-core keywords of the call that made it apply to every poll."""
        settings = current()

        def get(url: str) -> httpx.Response:
            with applied(settings):
                return self._get(url)

        return get

    def close(self) -> None:
        """Close the connections this client opened (a given ``http_client`` is left open)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_ClientBase[R, G, httpx.AsyncBaseTransport, httpx.AsyncClient, AsyncCredential]):
    """The async twin of :class:`SyncClient`: ``transport`` is an ``httpx.AsyncBaseTransport``, ``http_client`` an
    ``httpx.AsyncClient``, and the credential may also be an async token credential (``azure.identity.aio``)."""

    def _connect(
        self, options: ClientOptions, transport: httpx.AsyncBaseTransport | None, http_client: httpx.AsyncClient | None
    ) -> None:
        self._http = build_async_client(self._endpoint, self._credential, options, transport, http_client)
        self._generated = self._generated_type(base_url=self._endpoint).set_async_httpx_client(self._http)

    async def _exchange(self, call: Call[T]) -> tuple[T, httpx.Response]:
        try:
            detailed = await call.operation.asyncio_detailed(client=self._generated, **call.kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        except call.operation.errors.UndecodableResponse as exc:  # the generated parser choked on the body
            return call.outcome(self._record(exc.response), Undecodable(exc.error)), exc.response
        return call.outcome(self._record(detailed.http_response), detailed.parsed), detailed.http_response

    async def _send(self, call: Call[T]) -> T:
        value, response = await self._exchange(call)
        return current().finish(response, value)  # type: ignore[no-any-return]  # cls= decides

    def _connection(self) -> httpx.AsyncClient:
        return self._http

    async def _get(self, url: str) -> httpx.Response:
        try:
            return await self._http.get(url)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc

    def _pager(self, paged: Paged[T]) -> AsyncItemPaged[T]:
        guard = LinkGuard()
        settings = current()  # the call's azure-core keywords apply to every page

        async def first_page() -> PageData[T]:
            with applied(settings):
                return page_data(settings, (await self._exchange(paged.first))[0])

        async def next_page(link: str) -> PageData[T]:
            guard.check(link)
            with applied(settings):
                data = self._requests.next_page(paged, await self._get(self._requests.next_page_url(link)), link)
                return page_data(settings, data)

        return AsyncItemPaged(first_page, next_page)

    def _poll_get(self) -> Callable[[str], Awaitable[httpx.Response]]:
        """GET for a poller: the azure-core keywords of the call that made it apply to every poll."""
        settings = current()

        async def get(url: str) -> httpx.Response:
            with applied(settings):
                return await self._get(url)

        return get

    async def close(self) -> None:
        """Close the connections this client opened (a given ``http_client`` is left open)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
