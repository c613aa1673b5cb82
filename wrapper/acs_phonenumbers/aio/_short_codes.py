"""The async ShortCodesClient: the same names, parameters and behaviour as the sync one, awaited.

Everything but the I/O is shared with :mod:`acs_phonenumbers._short_codes` (argument checks, brief checks, request
building, response decisions); this module only awaits the generated ``asyncio_detailed`` functions and builds
:class:`AsyncItemPaged`. Each method's documentation is the sync twin's.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar, Unpack
from uuid import UUID

import httpx

from acs_shortcodes_generated.client import Client as GeneratedClient
from acs_shortcodes_generated.models import ShortCode, USProgramBrief

from .._config import DEFAULT_TIMEOUT, build_async_client
from .._credentials import (
    AsyncTokenCredential,
    AzureKeyCredential,
    KeyCredential,
    TokenCredential,
    parse_connection_string,
)
from .._paging import AsyncItemPaged, PageData
from .._phone_numbers import (
    _RAW_CAPTURE,
    DEFAULT_RETRY,
    RawResponse,
    _Call,
    _Paged,
    _Undecodable,
    aremember_response,
    forget_response,
    raw_capture,
    raw_result,
    take_response,
)
from .._polling import DEFAULT_POLLING_INTERVAL
from .._retry import RetryPolicy
from .._short_codes import SHORT_CODES_API_VERSION, prepare_client
from .._short_codes import ShortCodesClient as SyncShortCodesClient
from ._phone_numbers import AsyncClientKeywords

__all__ = ["ShortCodesClient", "ShortCodesClientWithRawResponse"]

T = TypeVar("T")
P = ParamSpec("P")
F = TypeVar("F", bound=Callable[..., Any])


def _twin(sync_method: Callable[..., Any]) -> Callable[[F], F]:
    """Give an async method its sync twin's documentation, with a line on how to call it."""

    def decorate(method: F) -> F:
        name = method.__name__
        how = f"iterate with ``async for item in client.{name}()``" if name.startswith("list_") else "``await`` it"
        method.__doc__ = (
            f"Async twin of :meth:`acs_phonenumbers.ShortCodesClient.{name}`: {how}.\n\n{sync_method.__doc__ or ''}"
        )
        return method

    return decorate


def _araw(
    method: Callable[Concatenate[Any, P], Awaitable[T]],
) -> Callable[Concatenate[ShortCodesClientWithRawResponse, P], Coroutine[Any, Any, RawResponse[T]]]:
    """Wrap an async client method so that it returns :class:`RawResponse`."""

    @functools.wraps(method)
    async def call(self: ShortCodesClientWithRawResponse, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured, token = raw_capture()
        try:
            parsed = await method(self._client, *args, **kwargs)
        except BaseException:
            _RAW_CAPTURE.reset(token)
            raise
        return raw_result(captured, token, parsed)

    return call


class ShortCodesClient:
    """The async client for short codes and US program briefs; see :class:`acs_phonenumbers.ShortCodesClient`.

    ``transport`` is an ``httpx.AsyncBaseTransport``, ``http_client`` an ``httpx.AsyncClient``, and the
    credential may also be an async token credential (``azure.identity.aio``).

    Example::

        from acs_phonenumbers.aio import ShortCodesClient

        async with ShortCodesClient.from_connection_string(conn_str) as client:
            async for brief in client.list_us_program_briefs():
                print(brief.id, brief.status)
    """

    def __init__(
        self,
        endpoint: str,
        credential: KeyCredential | TokenCredential | AsyncTokenCredential | str,
        *,
        api_version: str = SHORT_CODES_API_VERSION,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        polling_interval: float = DEFAULT_POLLING_INTERVAL,
        user_agent: str | None = None,
        accepted_language: str | None = None,
        verify: bool | str | ssl.SSLContext = True,
    ) -> None:
        self._endpoint, options, self._requests = prepare_client(
            endpoint,
            owner=type(self).__name__,
            api_version=api_version,
            retry=retry,
            timeout=timeout,
            polling_interval=polling_interval,
            user_agent=user_agent,
            accepted_language=accepted_language,
            verify=verify,
        )
        self._http = build_async_client(self._endpoint, credential, options, transport, http_client)
        self._http.event_hooks["response"].append(aremember_response)
        self._generated = GeneratedClient(base_url=self._endpoint).set_async_httpx_client(self._http)

    @classmethod
    def from_connection_string(cls, conn_str: str, **options: Unpack[AsyncClientKeywords]) -> Self:
        """A client from a connection string (``endpoint=https://...;accesskey=...``), with the same options."""
        parsed = parse_connection_string(conn_str)
        return cls(parsed.endpoint, AzureKeyCredential(parsed.access_key), **options)

    # -- plumbing: the only code that differs from the sync client ------------------------------------------------

    async def _exchange(self, call: _Call[T]) -> tuple[T, httpx.Response]:
        forget_response()
        try:
            parsed: Any = (await call.operation.asyncio_detailed(client=self._generated, **call.kwargs)).parsed
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # the generated parser choked on the body
            response = take_response(exc)
            return call.outcome(response, _Undecodable(exc)), response
        response = take_response()
        return call.outcome(response, parsed), response

    async def _send(self, call: _Call[T]) -> T:
        return (await self._exchange(call))[0]

    def _pager(self, paged: _Paged[T]) -> AsyncItemPaged[T]:
        async def next_page(link: str) -> PageData[T]:
            return self._requests.next_page(paged, await self._http.get(self._requests.next_page_url(link)))

        return AsyncItemPaged(lambda: self._send(paged.first), next_page)

    # -- lifecycle ------------------------------------------------------------------------------------------------

    @property
    def generated(self) -> GeneratedClient:
        """The generated low-level client, for its ``asyncio_detailed`` functions; shares auth and retries."""
        return self._generated

    @property
    def with_raw_response(self) -> ShortCodesClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (``await`` them)."""
        return ShortCodesClientWithRawResponse(self)

    async def close(self) -> None:
        """Close the connections this client opened (a given ``http_client`` is left open)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self._endpoint!r}, api_version={self._requests.api_version!r})"

    # -- short codes and US program briefs ------------------------------------------------------------------------

    @_twin(SyncShortCodesClient.list_short_codes)
    def list_short_codes(self, *, skip: int = 0, top: int = 100) -> AsyncItemPaged[ShortCode]:
        return self._pager(self._requests.list_short_codes(skip, top))

    @_twin(SyncShortCodesClient.list_us_program_briefs)
    def list_us_program_briefs(self, *, skip: int = 0, top: int = 100) -> AsyncItemPaged[USProgramBrief]:
        return self._pager(self._requests.list_us_program_briefs(skip, top))

    @_twin(SyncShortCodesClient.get_us_program_brief)
    async def get_us_program_brief(self, program_brief_id: str | UUID) -> USProgramBrief:
        return await self._send(self._requests.get_us_program_brief(program_brief_id))

    @_twin(SyncShortCodesClient.upsert_us_program_brief)
    async def upsert_us_program_brief(
        self, program_brief_id: str | UUID, program_brief: USProgramBrief | Mapping[str, Any]
    ) -> USProgramBrief:
        return await self._send(self._requests.upsert_us_program_brief(program_brief_id, program_brief))

    @_twin(SyncShortCodesClient.delete_us_program_brief)
    async def delete_us_program_brief(self, program_brief_id: str | UUID) -> None:
        await self._send(self._requests.delete_us_program_brief(program_brief_id))

    @_twin(SyncShortCodesClient.submit_us_program_brief)
    async def submit_us_program_brief(self, program_brief_id: str | UUID) -> USProgramBrief:
        return await self._send(self._requests.submit_us_program_brief(program_brief_id))


class ShortCodesClientWithRawResponse:
    """``client.with_raw_response``: each call returns :class:`~acs_phonenumbers.RawResponse` when awaited.

    Listings are not here: a pager sends nothing when it is created.
    """

    def __init__(self, client: ShortCodesClient) -> None:
        self._client = client

    get_us_program_brief = _araw(ShortCodesClient.get_us_program_brief)
    upsert_us_program_brief = _araw(ShortCodesClient.upsert_us_program_brief)
    delete_us_program_brief = _araw(ShortCodesClient.delete_us_program_brief)
    submit_us_program_brief = _araw(ShortCodesClient.submit_us_program_brief)
