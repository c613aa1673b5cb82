"""The async PhoneNumbersClient: the same names, parameters and behaviour as the sync one, awaited.

Everything but the I/O is shared with :mod:`acs_phonenumbers._phone_numbers` (argument checks, request building,
response decisions, LRO state); this module only awaits the generated ``asyncio_detailed`` functions and builds
:class:`AsyncLROPoller` / :class:`AsyncItemPaged`. Each method's documentation is the sync twin's.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypedDict, TypeVar, Unpack
from uuid import UUID

import httpx

from acs_phonenumbers_generated.client import Client as GeneratedClient
from acs_phonenumbers_generated.models import (
    AvailablePhoneNumber,
    OperatorInformationOptions,
    OperatorInformationResult,
    PhoneNumberAreaCode,
    PhoneNumberAssignmentType,
    PhoneNumberCapabilities,
    PhoneNumberCapabilityType,
    PhoneNumberCountry,
    PhoneNumberLocality,
    PhoneNumberOffering,
    PhoneNumbersBrowseResult,
    PhoneNumberSearchResult,
    PhoneNumbersReservation,
    PhoneNumberType,
    PurchasedPhoneNumber,
)

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
    DEFAULT_API_VERSION,
    DEFAULT_RETRY,
    RawResponse,
    _Call,
    _Lro,
    _Paged,
    _Undecodable,
    aremember_response,
    forget_response,
    prepare_client,
    raw_capture,
    raw_result,
    take_response,
    transport_error,
)
from .._phone_numbers import PhoneNumbersClient as SyncPhoneNumbersClient
from .._polling import DEFAULT_POLLING_INTERVAL, AsyncLROPoller
from .._retry import RetryPolicy

__all__ = ["AsyncClientKeywords", "PhoneNumbersClient", "PhoneNumbersClientWithRawResponse"]

T = TypeVar("T")
P = ParamSpec("P")
F = TypeVar("F", bound=Callable[..., Any])

_ASYNC_NOTE = (
    "Async twin of :meth:`acs_phonenumbers.PhoneNumbersClient.{name}`: {how}. The rest is as documented there:\n\n"
)


def _twin(sync_method: Callable[..., Any]) -> Callable[[F], F]:
    """Give an async method its sync twin's documentation, with a line on how to use it asynchronously."""

    def decorate(method: F) -> F:
        name = method.__name__
        if name.startswith("begin_"):
            how = "``poller = await client.{name}(...)``, then ``await poller.result()``"
        elif name.startswith("list_"):
            how = "not awaited; iterate with ``async for item in client.{name}(...)``"
        else:
            how = "``await client.{name}(...)``"
        note = _ASYNC_NOTE.format(name=name, how=how.format(name=name))
        method.__doc__ = note + (sync_method.__doc__ or "")
        return method

    return decorate


def _araw(
    method: Callable[Concatenate[Any, P], Awaitable[T]],
) -> Callable[Concatenate[PhoneNumbersClientWithRawResponse, P], Coroutine[Any, Any, RawResponse[T]]]:
    """Wrap an async client method so that it returns :class:`RawResponse`."""

    @functools.wraps(method)
    async def call(self: PhoneNumbersClientWithRawResponse, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured, token = raw_capture()
        try:
            parsed = await method(self._client, *args, **kwargs)
        except BaseException:
            _RAW_CAPTURE.reset(token)
            raise
        return raw_result(captured, token, parsed)

    return call


class AsyncClientKeywords(TypedDict, total=False):
    """The keyword options of the async :class:`PhoneNumbersClient` (for ``from_connection_string``)."""

    api_version: str
    transport: httpx.AsyncBaseTransport | None
    http_client: httpx.AsyncClient | None
    retry: RetryPolicy
    timeout: float | httpx.Timeout | None
    polling_interval: float
    user_agent: str | None
    accepted_language: str | None
    verify: bool | str | ssl.SSLContext


class PhoneNumbersClient:
    """The async client for the phone numbers API; see :class:`acs_phonenumbers.PhoneNumbersClient`.

    The names and parameters are those of ``azure.communication.phonenumbers.aio.PhoneNumbersClient`` 1.4.
    ``transport`` is an ``httpx.AsyncBaseTransport``, ``http_client`` an ``httpx.AsyncClient``, and the
    credential may also be an async token credential (``azure.identity.aio``).

    Example::

        from acs_phonenumbers.aio import PhoneNumbersClient

        async with PhoneNumbersClient.from_connection_string(conn_str) as client:
            async for number in client.list_purchased_phone_numbers():
                print(number.phone_number)
    """

    def __init__(
        self,
        endpoint: str,
        credential: KeyCredential | TokenCredential | AsyncTokenCredential | str,
        *,
        api_version: str = DEFAULT_API_VERSION,
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
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # the generated parser choked on the body
            response = take_response(exc)
            return call.outcome(response, _Undecodable(exc)), response
        response = take_response()
        return call.outcome(response, parsed), response

    async def _send(self, call: _Call[T]) -> T:
        return (await self._exchange(call))[0]

    async def _get(self, url: str) -> httpx.Response:
        try:
            return await self._http.get(url)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc

    async def _begin(
        self, lro: _Lro[T], continuation_token: str | None, polling_interval: float | None
    ) -> AsyncLROPoller[T]:
        interval = self._requests.polling_interval(polling_interval)
        if continuation_token is not None:
            state = self._requests.resume(lro, continuation_token)
        else:
            state = self._requests.lro_state(lro, (await self._exchange(lro.start()))[1])
        return AsyncLROPoller(state, get=self._get, deserialize_final=lro.final, polling_interval=interval)

    def _pager(self, paged: _Paged[T]) -> AsyncItemPaged[T]:
        async def next_page(link: str) -> PageData[T]:
            return self._requests.next_page(paged, await self._get(self._requests.next_page_url(link)), link)

        return AsyncItemPaged(lambda: self._send(paged.first), next_page)

    # -- lifecycle ------------------------------------------------------------------------------------------------

    @property
    def generated(self) -> GeneratedClient:
        """The generated low-level client, for its ``asyncio_detailed`` functions; shares auth and retries."""
        return self._generated

    @property
    def with_raw_response(self) -> PhoneNumbersClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (``await`` them)."""
        return PhoneNumbersClientWithRawResponse(self)

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

    # -- long-running operations ----------------------------------------------------------------------------------

    @_twin(SyncPhoneNumbersClient.begin_search_available_phone_numbers)
    async def begin_search_available_phone_numbers(
        self,
        country_code: str,
        phone_number_type: PhoneNumberType | str,
        assignment_type: PhoneNumberAssignmentType | str,
        capabilities: PhoneNumberCapabilities,
        *,
        area_code: str | None = None,
        quantity: int = 1,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> AsyncLROPoller[PhoneNumberSearchResult]:
        lro = self._requests.search_available_phone_numbers(
            country_code, phone_number_type, assignment_type, capabilities, area_code, quantity
        )
        return await self._begin(lro, continuation_token, polling_interval)

    @_twin(SyncPhoneNumbersClient.begin_purchase_phone_numbers)
    async def begin_purchase_phone_numbers(
        self,
        search_id: str,
        *,
        agree_to_not_resell: bool = False,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> AsyncLROPoller[None]:
        lro = self._requests.purchase_phone_numbers(search_id, agree_to_not_resell)
        return await self._begin(lro, continuation_token, polling_interval)

    @_twin(SyncPhoneNumbersClient.begin_release_phone_number)
    async def begin_release_phone_number(
        self,
        phone_number: str,
        *,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> AsyncLROPoller[None]:
        lro = self._requests.release_phone_number(phone_number)
        return await self._begin(lro, continuation_token, polling_interval)

    @_twin(SyncPhoneNumbersClient.begin_update_phone_number_capabilities)
    async def begin_update_phone_number_capabilities(
        self,
        phone_number: str,
        sms: PhoneNumberCapabilityType | str | None = None,
        calling: PhoneNumberCapabilityType | str | None = None,
        *,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> AsyncLROPoller[PurchasedPhoneNumber]:
        lro = self._requests.update_phone_number_capabilities(phone_number, sms, calling)
        return await self._begin(lro, continuation_token, polling_interval)

    @_twin(SyncPhoneNumbersClient.begin_purchase_reservation)
    async def begin_purchase_reservation(
        self,
        reservation_id: str | UUID,
        *,
        agree_to_not_resell: bool = False,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> AsyncLROPoller[None]:
        lro = self._requests.purchase_reservation(reservation_id, agree_to_not_resell)
        return await self._begin(lro, continuation_token, polling_interval)

    # -- plain calls ----------------------------------------------------------------------------------------------

    @_twin(SyncPhoneNumbersClient.get_purchased_phone_number)
    async def get_purchased_phone_number(self, phone_number: str) -> PurchasedPhoneNumber:
        return await self._send(self._requests.get_purchased_phone_number(phone_number))

    @_twin(SyncPhoneNumbersClient.search_operator_information)
    async def search_operator_information(
        self,
        phone_numbers: str | Sequence[str],
        *,
        options: OperatorInformationOptions | None = None,
    ) -> OperatorInformationResult:
        return await self._send(self._requests.search_operator_information(phone_numbers, options))

    @_twin(SyncPhoneNumbersClient.browse_available_phone_numbers)
    async def browse_available_phone_numbers(
        self,
        *,
        country_code: str,
        phone_number_type: PhoneNumberType | str,
        sms_capability: PhoneNumberCapabilityType | str | None = None,
        calling_capability: PhoneNumberCapabilityType | str | None = None,
        assignment_type: PhoneNumberAssignmentType | str | None = None,
        phone_number_prefixes: Sequence[str] | None = None,
    ) -> PhoneNumbersBrowseResult:
        call = self._requests.browse_available_phone_numbers(
            country_code=country_code,
            phone_number_type=phone_number_type,
            sms_capability=sms_capability,
            calling_capability=calling_capability,
            assignment_type=assignment_type,
            phone_number_prefixes=phone_number_prefixes,
        )
        return await self._send(call)

    @_twin(SyncPhoneNumbersClient.get_reservation)
    async def get_reservation(self, reservation_id: str | UUID) -> PhoneNumbersReservation:
        return await self._send(self._requests.get_reservation(reservation_id))

    @_twin(SyncPhoneNumbersClient.create_or_update_reservation)
    async def create_or_update_reservation(
        self,
        *,
        reservation_id: str | UUID,
        numbers_to_add: Sequence[AvailablePhoneNumber] | None = None,
        numbers_to_remove: Sequence[str] | None = None,
    ) -> PhoneNumbersReservation:
        call = self._requests.create_or_update_reservation(reservation_id, numbers_to_add, numbers_to_remove)
        return await self._send(call)

    @_twin(SyncPhoneNumbersClient.delete_reservation)
    async def delete_reservation(self, reservation_id: str | UUID) -> None:
        await self._send(self._requests.delete_reservation(reservation_id))

    # -- listings -------------------------------------------------------------------------------------------------

    @_twin(SyncPhoneNumbersClient.list_purchased_phone_numbers)
    def list_purchased_phone_numbers(self, *, skip: int = 0, top: int = 100) -> AsyncItemPaged[PurchasedPhoneNumber]:
        return self._pager(self._requests.list_purchased_phone_numbers(skip, top))

    @_twin(SyncPhoneNumbersClient.list_available_countries)
    def list_available_countries(
        self, *, skip: int = 0, max_page_size: int = 100
    ) -> AsyncItemPaged[PhoneNumberCountry]:
        return self._pager(self._requests.list_available_countries(skip, max_page_size))

    @_twin(SyncPhoneNumbersClient.list_available_localities)
    def list_available_localities(
        self,
        country_code: str,
        *,
        phone_number_type: PhoneNumberType | str | None = None,
        administrative_division: str | None = None,
        skip: int = 0,
        max_page_size: int = 100,
    ) -> AsyncItemPaged[PhoneNumberLocality]:
        paged = self._requests.list_available_localities(
            country_code, phone_number_type, administrative_division, skip, max_page_size
        )
        return self._pager(paged)

    @_twin(SyncPhoneNumbersClient.list_available_offerings)
    def list_available_offerings(
        self,
        country_code: str,
        *,
        phone_number_type: PhoneNumberType | str | None = None,
        assignment_type: PhoneNumberAssignmentType | str | None = None,
        skip: int = 0,
        max_page_size: int = 100,
    ) -> AsyncItemPaged[PhoneNumberOffering]:
        paged = self._requests.list_available_offerings(
            country_code, phone_number_type, assignment_type, skip, max_page_size
        )
        return self._pager(paged)

    @_twin(SyncPhoneNumbersClient.list_available_area_codes)
    def list_available_area_codes(
        self,
        country_code: str,
        phone_number_type: PhoneNumberType | str,
        *,
        administrative_division: str | None = None,
        assignment_type: PhoneNumberAssignmentType | str | None = None,
        locality: str | None = None,
        skip: int = 0,
        max_page_size: int = 100,
    ) -> AsyncItemPaged[PhoneNumberAreaCode]:
        paged = self._requests.list_available_area_codes(
            country_code, phone_number_type, administrative_division, assignment_type, locality, skip, max_page_size
        )
        return self._pager(paged)

    @_twin(SyncPhoneNumbersClient.list_reservations)
    def list_reservations(self, *, max_page_size: int = 100) -> AsyncItemPaged[PhoneNumbersReservation]:
        return self._pager(self._requests.list_reservations(max_page_size))


class PhoneNumbersClientWithRawResponse:
    """``client.with_raw_response``: each call returns :class:`~acs_phonenumbers.RawResponse` when awaited.

    Listings are not here: a pager sends nothing when it is created.
    """

    def __init__(self, client: PhoneNumbersClient) -> None:
        self._client = client

    begin_search_available_phone_numbers = _araw(PhoneNumbersClient.begin_search_available_phone_numbers)
    begin_purchase_phone_numbers = _araw(PhoneNumbersClient.begin_purchase_phone_numbers)
    begin_release_phone_number = _araw(PhoneNumbersClient.begin_release_phone_number)
    begin_update_phone_number_capabilities = _araw(PhoneNumbersClient.begin_update_phone_number_capabilities)
    begin_purchase_reservation = _araw(PhoneNumbersClient.begin_purchase_reservation)
    get_purchased_phone_number = _araw(PhoneNumbersClient.get_purchased_phone_number)
    search_operator_information = _araw(PhoneNumbersClient.search_operator_information)
    browse_available_phone_numbers = _araw(PhoneNumbersClient.browse_available_phone_numbers)
    get_reservation = _araw(PhoneNumbersClient.get_reservation)
    create_or_update_reservation = _araw(PhoneNumbersClient.create_or_update_reservation)
    delete_reservation = _araw(PhoneNumbersClient.delete_reservation)
