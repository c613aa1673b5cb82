"""The async PhoneNumbersClient: the same names, parameters and behaviour as the sync one, awaited.

Everything but the I/O is shared: the requests with :mod:`acs_phonenumbers._phone_numbers_requests`, the machinery with
:mod:`acs_phonenumbers._base`; this module only awaits and builds :class:`AsyncLROPoller`. Each method's
documentation is the sync twin's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar, Unpack
from uuid import UUID

import httpx

from acs_phonenumbers_generated import models
from acs_phonenumbers_generated.client import Client as GeneratedClient

from .._base import AsyncClient, AsyncClientKeywords, araw
from .._compat import AzureCallKeywords, AzureLroKeywords, azure_keywords, current
from .._errors import AcsError
from .._models import PhoneNumberAssignmentTypeLiteral, PhoneNumberCapabilityTypeLiteral, PhoneNumberTypeLiteral
from .._paging import AsyncItemPaged
from .._phone_numbers import PhoneNumbersClient as SyncPhoneNumbersClient
from .._phone_numbers_requests import (
    DEFAULT_API_VERSION,
    _Lro,
    _PhoneNumbersRequests,
    lro_final,
    started_poller_options,
)
from .._polling import AsyncLROPoller, LROState
from .._reconcile import arun_check, needs_check
from ._twin import twin

__all__ = ["AsyncClientKeywords", "PhoneNumbersClient", "PhoneNumbersClientWithRawResponse"]

T = TypeVar("T")


class PhoneNumbersClient(AsyncClient[_PhoneNumbersRequests, GeneratedClient]):
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

    DEFAULT_API_VERSION = DEFAULT_API_VERSION
    _requests_type = _PhoneNumbersRequests
    _generated_type = GeneratedClient

    async def _begin(
        self, lro: _Lro[T], continuation_token: str | None, polling_interval: float | None
    ) -> AsyncLROPoller[T]:
        interval = self._requests.polling_interval(polling_interval)
        settings = current()
        final = lro_final(lro.final, settings)
        if continuation_token is not None:
            state = self._requests.resume(lro, continuation_token)
            self._requests.paced(state)
            return AsyncLROPoller(state, get=self._poll_get(), deserialize_final=final, polling_interval=interval)
        state, response = await self._start(lro)
        self._requests.paced(state)
        return AsyncLROPoller(
            state, get=self._poll_get(), **started_poller_options(final, interval, settings, response)
        )

    @twin(SyncPhoneNumbersClient.resume_operation)
    async def resume_operation(
        self, continuation_token: str, *, polling_interval: float | None = None
    ) -> AsyncLROPoller[Any]:
        lro = self._requests.lro_for_token(continuation_token)
        return await self._begin(lro, continuation_token, polling_interval)

    async def _start(self, lro: _Lro[Any]) -> tuple[LROState, httpx.Response | None]:
        """Start the operation; for a keyed call whose outcome is unknown, the resource's state decides (and there
        is no initial response)."""
        try:
            response = (await self._exchange(lro.start()))[1]
            return self._requests.lro_state(lro, response), response
        except AcsError as exc:
            keyed = lro.keyed() if lro.keyed is not None else None
            if keyed is None or not needs_check(exc, keyed):
                raise
            await arun_check(keyed, self._get, exc)
            return self._requests.settled(lro), None

    @property
    def with_raw_response(self) -> PhoneNumbersClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (``await`` them)."""
        return PhoneNumbersClientWithRawResponse(self)

    # -- long-running operations ----------------------------------------------------------------------------------

    @twin(SyncPhoneNumbersClient.begin_search_available_phone_numbers)
    @azure_keywords
    async def begin_search_available_phone_numbers(
        self,
        country_code: str,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral,
        assignment_type: models.PhoneNumberAssignmentType | PhoneNumberAssignmentTypeLiteral,
        capabilities: models.PhoneNumberCapabilities,
        *,
        area_code: str | None = None,
        quantity: int = 1,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> AsyncLROPoller[models.PhoneNumberSearchResult]:
        lro = self._requests.search_available_phone_numbers(
            country_code, phone_number_type, assignment_type, capabilities, area_code, quantity
        )
        return await self._begin(lro, continuation_token, polling_interval)

    @twin(SyncPhoneNumbersClient.begin_purchase_phone_numbers)
    @azure_keywords
    async def begin_purchase_phone_numbers(
        self,
        search_id: str,
        *,
        agree_to_not_resell: bool = False,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> AsyncLROPoller[None]:
        lro = self._requests.purchase_phone_numbers(search_id, agree_to_not_resell)
        return await self._begin(lro, continuation_token, polling_interval)

    @twin(SyncPhoneNumbersClient.begin_release_phone_number)
    @azure_keywords
    async def begin_release_phone_number(
        self,
        phone_number: str,
        *,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> AsyncLROPoller[None]:
        lro = self._requests.release_phone_number(phone_number)
        return await self._begin(lro, continuation_token, polling_interval)

    @twin(SyncPhoneNumbersClient.begin_update_phone_number_capabilities)
    @azure_keywords
    async def begin_update_phone_number_capabilities(
        self,
        phone_number: str,
        sms: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None = None,
        calling: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None = None,
        *,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> AsyncLROPoller[models.PurchasedPhoneNumber]:
        lro = self._requests.update_phone_number_capabilities(phone_number, sms, calling)
        return await self._begin(lro, continuation_token, polling_interval)

    @twin(SyncPhoneNumbersClient.begin_purchase_reservation)
    @azure_keywords
    async def begin_purchase_reservation(
        self,
        reservation_id: str | UUID,
        *,
        agree_to_not_resell: bool = False,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> AsyncLROPoller[None]:
        lro = self._requests.purchase_reservation(reservation_id, agree_to_not_resell)
        return await self._begin(lro, continuation_token, polling_interval)

    # -- plain calls ----------------------------------------------------------------------------------------------

    @twin(SyncPhoneNumbersClient.get_purchased_phone_number)
    @azure_keywords
    async def get_purchased_phone_number(
        self, phone_number: str, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.PurchasedPhoneNumber:
        return await self._send(self._requests.get_purchased_phone_number(phone_number))

    @twin(SyncPhoneNumbersClient.search_operator_information)
    @azure_keywords
    async def search_operator_information(
        self,
        phone_numbers: str | Sequence[str],
        *,
        options: models.OperatorInformationOptions | None = None,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.OperatorInformationResult:
        return await self._send(self._requests.search_operator_information(phone_numbers, options))

    @twin(SyncPhoneNumbersClient.browse_available_phone_numbers)
    @azure_keywords
    async def browse_available_phone_numbers(
        self,
        *,
        country_code: str,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral,
        sms_capability: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None = None,
        calling_capability: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None = None,
        assignment_type: models.PhoneNumberAssignmentType | PhoneNumberAssignmentTypeLiteral | None = None,
        phone_number_prefixes: Sequence[str] | None = None,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.PhoneNumbersBrowseResult:
        call = self._requests.browse_available_phone_numbers(
            country_code=country_code,
            phone_number_type=phone_number_type,
            sms_capability=sms_capability,
            calling_capability=calling_capability,
            assignment_type=assignment_type,
            phone_number_prefixes=phone_number_prefixes,
        )
        return await self._send(call)

    @twin(SyncPhoneNumbersClient.get_reservation)
    @azure_keywords
    async def get_reservation(
        self, reservation_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.PhoneNumbersReservation:
        return await self._send(self._requests.get_reservation(reservation_id))

    @twin(SyncPhoneNumbersClient.create_or_update_reservation)
    @azure_keywords
    async def create_or_update_reservation(
        self,
        *,
        reservation_id: str | UUID,
        numbers_to_add: Sequence[models.AvailablePhoneNumber] | None = None,
        numbers_to_remove: Sequence[str] | None = None,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.PhoneNumbersReservation:
        call = self._requests.create_or_update_reservation(reservation_id, numbers_to_add, numbers_to_remove)
        return await self._send(call)

    @twin(SyncPhoneNumbersClient.delete_reservation)
    @azure_keywords
    async def delete_reservation(self, reservation_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]) -> None:
        await self._send(self._requests.delete_reservation(reservation_id))

    # -- listings -------------------------------------------------------------------------------------------------

    @twin(SyncPhoneNumbersClient.list_purchased_phone_numbers)
    @azure_keywords
    def list_purchased_phone_numbers(
        self,
        *,
        skip: int = 0,
        top: int = 100,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> AsyncItemPaged[models.PurchasedPhoneNumber]:
        return self._pager(self._requests.list_purchased_phone_numbers(skip, top))

    @twin(SyncPhoneNumbersClient.list_available_countries)
    @azure_keywords
    def list_available_countries(
        self,
        *,
        skip: int = 0,
        max_page_size: int = 100,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> AsyncItemPaged[models.PhoneNumberCountry]:
        return self._pager(self._requests.list_available_countries(skip, max_page_size))

    @twin(SyncPhoneNumbersClient.list_available_localities)
    @azure_keywords
    def list_available_localities(
        self,
        country_code: str,
        *,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral | None = None,
        administrative_division: str | None = None,
        skip: int = 0,
        max_page_size: int = 100,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> AsyncItemPaged[models.PhoneNumberLocality]:
        paged = self._requests.list_available_localities(
            country_code, phone_number_type, administrative_division, skip, max_page_size
        )
        return self._pager(paged)

    @twin(SyncPhoneNumbersClient.list_available_offerings)
    @azure_keywords
    def list_available_offerings(
        self,
        country_code: str,
        *,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral | None = None,
        assignment_type: models.PhoneNumberAssignmentType | PhoneNumberAssignmentTypeLiteral | None = None,
        skip: int = 0,
        max_page_size: int = 100,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> AsyncItemPaged[models.PhoneNumberOffering]:
        paged = self._requests.list_available_offerings(
            country_code, phone_number_type, assignment_type, skip, max_page_size
        )
        return self._pager(paged)

    @twin(SyncPhoneNumbersClient.list_available_area_codes)
    @azure_keywords
    def list_available_area_codes(
        self,
        country_code: str,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral,
        *,
        administrative_division: str | None = None,
        assignment_type: models.PhoneNumberAssignmentType | PhoneNumberAssignmentTypeLiteral | None = None,
        locality: str | None = None,
        skip: int = 0,
        max_page_size: int = 100,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> AsyncItemPaged[models.PhoneNumberAreaCode]:
        paged = self._requests.list_available_area_codes(
            country_code, phone_number_type, administrative_division, assignment_type, locality, skip, max_page_size
        )
        return self._pager(paged)

    @twin(SyncPhoneNumbersClient.list_reservations)
    @azure_keywords
    def list_reservations(
        self, *, max_page_size: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> AsyncItemPaged[models.PhoneNumbersReservation]:
        return self._pager(self._requests.list_reservations(max_page_size))


class PhoneNumbersClientWithRawResponse:
    """``client.with_raw_response``: each call returns :class:`~acs_phonenumbers.RawResponse` when awaited.

    Listings are not here: a pager sends nothing when it is created.
    """

    def __init__(self, client: PhoneNumbersClient) -> None:
        self._client = client

    begin_search_available_phone_numbers = araw(PhoneNumbersClient.begin_search_available_phone_numbers)
    begin_purchase_phone_numbers = araw(PhoneNumbersClient.begin_purchase_phone_numbers)
    begin_release_phone_number = araw(PhoneNumbersClient.begin_release_phone_number)
    begin_update_phone_number_capabilities = araw(PhoneNumbersClient.begin_update_phone_number_capabilities)
    begin_purchase_reservation = araw(PhoneNumbersClient.begin_purchase_reservation)
    get_purchased_phone_number = araw(PhoneNumbersClient.get_purchased_phone_number)
    search_operator_information = araw(PhoneNumbersClient.search_operator_information)
    browse_available_phone_numbers = araw(PhoneNumbersClient.browse_available_phone_numbers)
    get_reservation = araw(PhoneNumbersClient.get_reservation)
    create_or_update_reservation = araw(PhoneNumbersClient.create_or_update_reservation)
    delete_reservation = araw(PhoneNumbersClient.delete_reservation)
