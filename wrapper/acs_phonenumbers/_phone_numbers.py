"""PhoneNumbersClient: the phone numbers API of Azure Communication Services, with the official SDK's names.

Each public method is one line over :class:`_PhoneNumbersRequests` (``_phone_numbers_requests``; pure: argument
checks, request building, LRO specs), run by the shared machinery of :mod:`acs_phonenumbers._base`. This class is the
only source of its async twin and raw-response views: ``make generate`` writes them (``openapi/tools/twins.py``),
awaiting the I/O hooks (``self._send``, ``self._begin``, ...). The generated client (``acs_phonenumbers_generated``) is
composed, never subclassed or edited, and stays reachable as ``client.generated``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

import httpx

from acs_phonenumbers_generated import models
from acs_phonenumbers_generated.client import Client as GeneratedClient

from ._base import RawResponse, SyncClient
from ._compat import AzureCallKeywords, AzureLroKeywords, azure_keywords, current
from ._errors import AcsError
from ._models import PhoneNumberAssignmentTypeLiteral, PhoneNumberCapabilityTypeLiteral, PhoneNumberTypeLiteral
from ._paging import ItemPaged
from ._phone_numbers_requests import (
    DEFAULT_API_VERSION,
    T,
    _Lro,
    _PhoneNumbersRequests,
    lro_final,
    started_poller_options,
)
from ._polling import LROPoller, LROState
from ._reconcile import needs_check, run_check

if TYPE_CHECKING:
    from acs_phonenumbers_twins.phone_numbers import PhoneNumbersClientWithRawResponse

__all__ = ["DEFAULT_API_VERSION", "PhoneNumbersClient", "RawResponse"]


class PhoneNumbersClient(SyncClient[_PhoneNumbersRequests, GeneratedClient]):
    """A client for the phone numbers API of Azure Communication Services.

    The names and parameters are those of ``azure.communication.phonenumbers.PhoneNumbersClient`` 1.4, so
    switching is an import change. Options are keyword-only; an unknown keyword raises ``TypeError``; arguments
    are checked before anything is sent (``ValueError``). Use the client as a context manager, or call
    :meth:`close`.

    Example::

        from acs_phonenumbers import PhoneNumbersClient

        with PhoneNumbersClient.from_connection_string(conn_str) as client:
            for number in client.list_purchased_phone_numbers():
                print(number.phone_number, number.capabilities.sms)

    The constructor's parameters and keyword options are documented on ``__init__``.
    """

    DEFAULT_API_VERSION = DEFAULT_API_VERSION
    _requests_type = _PhoneNumbersRequests
    _generated_type = GeneratedClient

    def _begin(self, lro: _Lro[T], continuation_token: str | None, polling_interval: float | None) -> LROPoller[T]:
        interval = self._requests.polling_interval(polling_interval)
        settings = current()
        final = lro_final(lro.final, settings)
        if continuation_token is not None:
            state = self._requests.resume(lro, continuation_token)
            self._requests.paced(state)
            return LROPoller(state, get=self._poll_get(), deserialize_final=final, polling_interval=interval)
        state, response = self._start(lro)
        self._requests.paced(state)
        return LROPoller(state, get=self._poll_get(), **started_poller_options(final, interval, settings, response))

    def resume_operation(self, continuation_token: str, *, polling_interval: float | None = None) -> LROPoller[Any]:
        """A poller for the operation saved in ``continuation_token``, whatever its kind (search, purchase, ...).

        The token says which operation it is; ``begin_<operation>(..., continuation_token=token)`` does the same
        when you know it. Sends nothing until the poller is asked.

        Example::

            token = client.begin_purchase_phone_numbers(search_id).continuation_token()
            client.resume_operation(token).result()
        """
        lro = self._requests.lro_for_token(continuation_token)
        return self._begin(lro, continuation_token, polling_interval)

    def _start(self, lro: _Lro[Any]) -> tuple[LROState, httpx.Response | None]:
        """Start the operation; for a keyed call whose outcome is unknown, the resource's state decides (and there
        is no initial response)."""
        try:
            response = self._exchange(lro.start())[1]
            return self._requests.lro_state(lro, response), response
        except AcsError as exc:
            keyed = lro.keyed() if lro.keyed is not None else None
            if keyed is None or not needs_check(exc, keyed):
                raise
            run_check(keyed, self._get, exc)
            return self._requests.settled(lro), None

    @property
    def with_raw_response(self) -> PhoneNumbersClientWithRawResponse:
        """The same calls, returning :class:`RawResponse` (the ``httpx.Response`` and the usual value).

        Example::

            raw = client.with_raw_response.get_purchased_phone_number("+14255550123")
            print(raw.status_code, raw.headers["MS-CV"], raw.parsed.phone_number)
        """
        from acs_phonenumbers_twins.phone_numbers import PhoneNumbersClientWithRawResponse  # generated from this class

        return PhoneNumbersClientWithRawResponse(self)

    # -- long-running operations ----------------------------------------------------------------------------------

    @azure_keywords
    def begin_search_available_phone_numbers(
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
    ) -> LROPoller[models.PhoneNumberSearchResult]:
        """Search for numbers to purchase; the poller's result is the :class:`PhoneNumberSearchResult`.

        Returns at once; ``result()`` polls until the search ends. Pass ``continuation_token`` (from
        ``poller.continuation_token()``, in any process) to resume instead of starting a new search; the other
        arguments are then ignored.

        Example::

            poller = client.begin_search_available_phone_numbers(
                "US",
                PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION,
                PhoneNumberCapabilities(calling="inbound", sms="inbound+outbound"),
                quantity=1,
            )
            search = poller.result()
            print(search.search_id, search.phone_numbers, search.cost.amount)
        """
        lro = self._requests.search_available_phone_numbers(
            country_code, phone_number_type, assignment_type, capabilities, area_code, quantity
        )
        return self._begin(lro, continuation_token, polling_interval)

    @azure_keywords
    def begin_purchase_phone_numbers(
        self,
        search_id: str,
        *,
        agree_to_not_resell: bool = False,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> LROPoller[None]:
        """Purchase the numbers of a search; the poller's result is ``None`` once they are yours.

        Some countries require ``agree_to_not_resell=True`` (see the search result's
        ``is_agreement_to_not_resell_required``).

        Example::

            client.begin_purchase_phone_numbers(search_id, agree_to_not_resell=True).result()
        """
        lro = self._requests.purchase_phone_numbers(search_id, agree_to_not_resell)
        return self._begin(lro, continuation_token, polling_interval)

    @azure_keywords
    def begin_release_phone_number(
        self,
        phone_number: str,
        *,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> LROPoller[None]:
        """Release a purchased number (E.164, e.g. ``"+14255550123"``); the poller's result is ``None``.

        Example::

            client.begin_release_phone_number("+14255550123").result()
        """
        lro = self._requests.release_phone_number(phone_number)
        return self._begin(lro, continuation_token, polling_interval)

    @azure_keywords
    def begin_update_phone_number_capabilities(
        self,
        phone_number: str,
        sms: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None = None,
        calling: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None = None,
        *,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> LROPoller[models.PurchasedPhoneNumber]:
        """Change the SMS and/or calling capabilities of a purchased number; the result is the updated number.

        Unlike the official SDK's sync client, this returns the poller at once without waiting.

        Example::

            poller = client.begin_update_phone_number_capabilities(
                "+14255550123", sms=PhoneNumberCapabilityType.INBOUND_OUTBOUND, calling="none"
            )
            print(poller.result().capabilities.sms)
        """
        lro = self._requests.update_phone_number_capabilities(phone_number, sms, calling)
        return self._begin(lro, continuation_token, polling_interval)

    @azure_keywords
    def begin_purchase_reservation(
        self,
        reservation_id: str | UUID,
        *,
        agree_to_not_resell: bool = False,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
        **kwargs: Unpack[AzureLroKeywords],
    ) -> LROPoller[None]:
        """Purchase every number in a reservation; the poller's result is ``None``.

        Example::

            client.begin_purchase_reservation(reservation_id, agree_to_not_resell=True).result()
        """
        lro = self._requests.purchase_reservation(reservation_id, agree_to_not_resell)
        return self._begin(lro, continuation_token, polling_interval)

    # -- plain calls ----------------------------------------------------------------------------------------------

    @azure_keywords
    def get_purchased_phone_number(
        self, phone_number: str, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.PurchasedPhoneNumber:
        """A purchased number's details; :class:`~acs_phonenumbers.ResourceNotFoundError` if it is not yours.

        Example::

            number = client.get_purchased_phone_number("+14255550123")
            print(number.phone_number_type, number.capabilities.calling, number.cost.amount)
        """
        return self._send(self._requests.get_purchased_phone_number(phone_number))

    @azure_keywords
    def search_operator_information(
        self,
        phone_numbers: str | Sequence[str],
        *,
        options: models.OperatorInformationOptions | None = None,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.OperatorInformationResult:
        """Operator information (format, country, number type, operator) of one or more E.164 numbers.

        Example::

            result = client.search_operator_information(
                "+14255550123", options=OperatorInformationOptions(include_additional_operator_details=True)
            )
            for info in result.values or []:
                print(info.phone_number, info.national_format)
        """
        return self._send(self._requests.search_operator_information(phone_numbers, options))

    @azure_keywords
    def browse_available_phone_numbers(
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
        """A random selection of numbers available to reserve, matching the criteria (not paged).

        Example::

            found = client.browse_available_phone_numbers(
                country_code="US", phone_number_type="tollFree", sms_capability="outbound"
            )
            print([n.phone_number for n in found.phone_numbers])
        """
        call = self._requests.browse_available_phone_numbers(
            country_code, phone_number_type, sms_capability, calling_capability, assignment_type, phone_number_prefixes
        )
        return self._send(call)

    @azure_keywords
    def get_reservation(
        self, reservation_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.PhoneNumbersReservation:
        """A reservation and its numbers, by its UUID.

        Example::

            reservation = client.get_reservation(reservation_id)
            print(reservation.status, reservation.expires_at, sorted(reservation.phone_numbers or {}))
        """
        return self._send(self._requests.get_reservation(reservation_id))

    @azure_keywords
    def create_or_update_reservation(
        self,
        *,
        reservation_id: str | UUID,
        numbers_to_add: Sequence[models.AvailablePhoneNumber] | None = None,
        numbers_to_remove: Sequence[str] | None = None,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> models.PhoneNumbersReservation:
        """Create the reservation ``reservation_id`` (a UUID you choose) or change its numbers (merge-patch).

        ``numbers_to_add`` are :class:`AvailablePhoneNumber` values from :meth:`browse_available_phone_numbers`;
        ``numbers_to_remove`` are their ids. Each change extends the reservation's expiry.

        Example::

            found = client.browse_available_phone_numbers(country_code="US", phone_number_type="tollFree")
            reservation = client.create_or_update_reservation(
                reservation_id=str(uuid.uuid4()), numbers_to_add=found.phone_numbers[:2]
            )
        """
        call = self._requests.create_or_update_reservation(reservation_id, numbers_to_add, numbers_to_remove)
        return self._send(call)

    @azure_keywords
    def delete_reservation(self, reservation_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]) -> None:
        """Delete a reservation, releasing its numbers for others.

        Example::

            client.delete_reservation(reservation_id)
        """
        self._send(self._requests.delete_reservation(reservation_id))

    # -- listings -------------------------------------------------------------------------------------------------

    @azure_keywords
    def list_purchased_phone_numbers(
        self, *, skip: int = 0, top: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> ItemPaged[models.PurchasedPhoneNumber]:
        """Every purchased number, fetched lazily page by page (``top`` per page).

        Example::

            for number in client.list_purchased_phone_numbers():
                print(number.phone_number)
        """
        return self._pager(self._requests.list_purchased_phone_numbers(skip, top))

    @azure_keywords
    def list_available_countries(
        self,
        *,
        skip: int = 0,
        max_page_size: int = 100,
        **kwargs: Unpack[AzureCallKeywords],
    ) -> ItemPaged[models.PhoneNumberCountry]:
        """The countries where numbers can be bought.

        Example::

            print([country.country_code for country in client.list_available_countries()])
        """
        return self._pager(self._requests.list_available_countries(skip, max_page_size))

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
    ) -> ItemPaged[models.PhoneNumberLocality]:
        """The cities or towns of a country with available numbers.

        Example::

            for locality in client.list_available_localities("US", administrative_division="WA"):
                print(locality.localized_name)
        """
        paged = self._requests.list_available_localities(
            country_code, phone_number_type, administrative_division, skip, max_page_size
        )
        return self._pager(paged)

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
    ) -> ItemPaged[models.PhoneNumberOffering]:
        """The offerings (number type, assignment type, capabilities, cost) of a country.

        Example::

            for offering in client.list_available_offerings("US", phone_number_type="tollFree"):
                print(offering.assignment_type, offering.cost.amount)
        """
        paged = self._requests.list_available_offerings(
            country_code, phone_number_type, assignment_type, skip, max_page_size
        )
        return self._pager(paged)

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
    ) -> ItemPaged[models.PhoneNumberAreaCode]:
        """The area codes available for a number type (geographic ones need ``locality``).

        Example::

            pager = client.list_available_area_codes("US", "tollFree", assignment_type="application")
            print([area.area_code for area in pager])
        """
        paged = self._requests.list_available_area_codes(
            country_code, phone_number_type, administrative_division, assignment_type, locality, skip, max_page_size
        )
        return self._pager(paged)

    @azure_keywords
    def list_reservations(
        self, *, max_page_size: int = 100, **kwargs: Unpack[AzureCallKeywords]
    ) -> ItemPaged[models.PhoneNumbersReservation]:
        """Every reservation (without their numbers: use :meth:`get_reservation` for those).

        Example::

            for reservation in client.list_reservations():
                print(reservation.id, reservation.status)
        """
        return self._pager(self._requests.list_reservations(max_page_size))
