"""PhoneNumbersClient: the phone numbers API of Azure Communication Services, with the official SDK's names.

Each public method is one line over :class:`_PhoneNumbersRequests` (pure: argument checks, request building,
LRO specs), run by the shared machinery of :mod:`acs_phonenumbers._base`; the async client in ``aio/`` runs the
same requests with ``await``. The generated client (``acs_phonenumbers_generated``) is composed, never subclassed
or edited, and stays reachable as ``client.generated``.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, ParamSpec, TypeVar, Unpack
from urllib.parse import quote
from uuid import UUID

import httpx

from acs_phonenumbers_generated import models
from acs_phonenumbers_generated.api import phone_numbers as operations
from acs_phonenumbers_generated.client import Client as GeneratedClient
from acs_phonenumbers_generated.types import UNSET

from ._base import Call, Paged, RawResponse, Requests, SyncClient, raw, service_error
from ._compat import AzureCallKeywords, AzureLroKeywords, CallSettings, azure_keywords, current
from ._config import ClientOptions
from ._errors import AcsError, HttpResponseError, InvalidArgumentError
from ._models import PhoneNumberAssignmentTypeLiteral, PhoneNumberCapabilityTypeLiteral, PhoneNumberTypeLiteral
from ._paging import ItemPaged
from ._polling import LROKind, LROPoller, LROState, OperationStatus
from ._reconcile import Check, Keyed, json_of, needs_check, run_check
from ._validation import (
    ensure_enum,
    ensure_int,
    ensure_not_empty,
    ensure_phone_number,
    ensure_str,
    ensure_uuid,
    wrong_type,
)

__all__ = ["DEFAULT_API_VERSION", "PhoneNumbersClient", "PhoneNumbersClientWithRawResponse", "RawResponse"]

DEFAULT_API_VERSION = "2025-06-01"
"""The newest stable API version, and the one our OpenAPI document describes."""

T = TypeVar("T")
P = ParamSpec("P")

# -- request specs: what to send and how to judge the answer (pure) ---------------------------------------------


@dataclass(frozen=True)
class _Lro(Generic[T]):
    """A long-running operation: its kind, how to start it (built lazily: a resume sends nothing) and its result."""

    kind: LROKind
    start: Callable[[], Call[None]]
    final: Callable[[httpx.Response | None], T]
    keyed: Callable[[], Keyed] | None = None
    """For a call keyed to one resource: how to tell whether it took effect (see ``_reconcile``)."""


def _none(_: Any) -> None:
    return None


def _same(value: T) -> T:
    return value


def _optional_enum(value: Any, enum_cls: Any, name: str) -> Any:
    """An optional query parameter: UNSET (not sent) for None."""
    return UNSET if value is None else ensure_enum(value, enum_cls, name)


def _optional_field(value: Any, enum_cls: Any, name: str) -> Any:
    """An optional enum field of a request model: None (left out of the body) for None."""
    return None if value is None else ensure_enum(value, enum_cls, name)


def _optional_str(value: Any, name: str) -> Any:
    """An optional string query parameter: UNSET (not sent) for None."""
    return UNSET if value is None else ensure_str(value, name)


def _country_code(value: Any) -> str:
    return ensure_not_empty(value, "country_code").strip().upper()


def _phone_number(value: Any, name: str = "phone_number") -> str:
    # The official SDK documents that the leading '+' may be given encoded as %2B.
    if isinstance(value, str) and value[:3].upper() == "%2B":
        value = "+" + value[3:]
    return ensure_phone_number(value, name)


def _capabilities(value: Any) -> models.PhoneNumberCapabilities:
    """``PhoneNumberCapabilities`` with enum members, from one built with plain strings or from a mapping."""
    calling: Any
    sms: Any
    if isinstance(value, models.PhoneNumberCapabilities):
        calling, sms = value.calling, value.sms
    elif isinstance(value, Mapping):
        calling, sms = value.get("calling"), value.get("sms")
    else:
        raise wrong_type("capabilities", "PhoneNumberCapabilities(calling=..., sms=...)", value)
    return models.PhoneNumberCapabilities(
        calling=ensure_enum(calling, models.PhoneNumberCapabilityType, "capabilities.calling"),
        sms=ensure_enum(sms, models.PhoneNumberCapabilityType, "capabilities.sms"),
    )


def _final_model(model: Callable[[Mapping[str, Any]], T]) -> Callable[[httpx.Response | None], T]:
    """Deserializer of an LRO's final resource (fetched from Location)."""

    def deserialize(response: httpx.Response | None) -> T:
        if response is None:
            raise HttpResponseError("the operation succeeded but its result could not be fetched")
        try:
            return model(response.json())
        except (KeyError, TypeError, ValueError, RecursionError) as exc:
            raise HttpResponseError(
                f"the operation's result could not be decoded: {exc!r}",
                status_code=response.status_code,
                ms_cv=response.headers.get("ms-cv"),
                response=response,
            ) from None

    return deserialize


def _no_result(_: httpx.Response | None) -> None:
    return None


def _cannot_start() -> Call[None]:
    raise InvalidArgumentError("a resumed operation is not started again")


def lro_final(
    final: Callable[[httpx.Response | None], T], settings: CallSettings
) -> Callable[[httpx.Response | None], T]:
    """The poller's result through the call's ``cls`` (azure-core: ``cls(response, deserialized, {})``)."""
    cls = settings.cls
    if cls is None:
        return final

    def finish(response: httpx.Response | None) -> T:
        return cls(response, final(response), {})  # type: ignore[no-any-return]

    return finish


def no_polling_result(final: Callable[[httpx.Response | None], T], response: httpx.Response) -> T | None:
    """``polling=False``: the result is the initial response deserialised (azure-core's NoPolling), None when the
    202 carries nothing that deserialises (the operations without a final resource, or an empty body)."""
    try:
        return final(response)
    except (HttpResponseError, KeyError, TypeError, ValueError):
        return None


class _PhoneNumbersRequests(Requests):
    """Every operation of the client as pure request preparation; shared by the sync and async clients."""

    def __init__(self, *, endpoint: str, options: ClientOptions) -> None:
        super().__init__(endpoint=endpoint, options=options)
        self._language: Any = options.accepted_language or UNSET

    def _paged(
        self,
        operation: ModuleType,
        page_model: Callable[[Mapping[str, Any]], object],
        items_attr: str,
        *,
        language: bool = True,
        **kwargs: Any,
    ) -> Paged[Any]:
        """A listing; the catalogue listings also carry Accept-Language (their names are localized)."""
        if language:
            kwargs["accept_language"] = self._language
        return self.paged(operation, page_model, items_attr, **kwargs)

    # -- plain calls ----------------------------------------------------------------------------------------------

    def get_purchased_phone_number(self, phone_number: str) -> Call[models.PurchasedPhoneNumber]:
        return self.call(
            operations.phone_numbers_get_by_number, (200,), _same, phone_number=_phone_number(phone_number)
        )

    def search_operator_information(
        self, phone_numbers: str | Sequence[str], options: models.OperatorInformationOptions | None
    ) -> Call[models.OperatorInformationResult]:
        if not isinstance(phone_numbers, str | Sequence):
            raise wrong_type("phone_numbers", "a phone number or a list of them", phone_numbers)
        numbers = [phone_numbers] if isinstance(phone_numbers, str) else list(phone_numbers)
        if not numbers:
            raise InvalidArgumentError("phone_numbers must not be empty")
        checked = [_phone_number(n, f"phone_numbers[{i}]") for i, n in enumerate(numbers)]
        if options is None:  # what the official SDK sends
            options = models.OperatorInformationOptions(include_additional_operator_details=False)
        body = models.OperatorInformationRequest(phone_numbers=checked, options=options)
        return self.call(operations.phone_numbers_operator_information_search, (200,), _same, body=body)

    def browse_available_phone_numbers(
        self,
        *,
        country_code: str,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral,
        sms_capability: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None,
        calling_capability: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None,
        assignment_type: models.PhoneNumberAssignmentType | PhoneNumberAssignmentTypeLiteral | None,
        phone_number_prefixes: Sequence[str] | None,
    ) -> Call[models.PhoneNumbersBrowseResult]:
        capabilities: Any = None
        if sms_capability is not None or calling_capability is not None:
            capabilities = models.PhoneNumberBrowseCapabilitiesRequest(
                calling=_optional_field(calling_capability, models.PhoneNumberCapabilityType, "calling_capability"),
                sms=_optional_field(sms_capability, models.PhoneNumberCapabilityType, "sms_capability"),
            )
        prefixes: Any = None
        if phone_number_prefixes is not None:
            if isinstance(phone_number_prefixes, str):
                phone_number_prefixes = [phone_number_prefixes]
            prefixes = [ensure_not_empty(p, "phone_number_prefixes[]") for p in phone_number_prefixes]
        body = models.PhoneNumbersBrowseRequest(
            phone_number_type=ensure_enum(phone_number_type, models.PhoneNumberType, "phone_number_type"),
            capabilities=capabilities,
            assignment_type=_optional_field(assignment_type, models.PhoneNumberAssignmentType, "assignment_type"),
            phone_number_prefixes=prefixes,
        )
        return self.call(
            operations.phone_numbers_browse_available_numbers,
            (200,),
            _same,
            country_code=_country_code(country_code),
            body=body,
        )

    def get_reservation(self, reservation_id: str | UUID) -> Call[models.PhoneNumbersReservation]:
        rid = UUID(ensure_uuid(reservation_id, "reservation_id"))
        return self.call(operations.phone_numbers_get_reservation, (200,), _same, reservation_id=rid)

    def create_or_update_reservation(
        self,
        reservation_id: str | UUID,
        numbers_to_add: Sequence[models.AvailablePhoneNumber] | None,
        numbers_to_remove: Sequence[str] | None,
    ) -> Call[models.PhoneNumbersReservation]:
        rid = UUID(ensure_uuid(reservation_id, "reservation_id"))
        changes = models.PhoneNumbersReservationPhoneNumbers()
        for index, number in enumerate(numbers_to_add or ()):
            if not isinstance(number, models.AvailablePhoneNumber):
                raise wrong_type(f"numbers_to_add[{index}]", "an AvailablePhoneNumber", number)
            if not number.id:
                raise InvalidArgumentError(f"numbers_to_add[{index}].id must not be empty")
            changes[number.id] = number
        for index, number_id in enumerate(numbers_to_remove or ()):
            # merge-patch: a key set to null removes that number from the reservation
            changes[ensure_not_empty(number_id, f"numbers_to_remove[{index}]")] = None
        body = models.PhoneNumbersReservation(phone_numbers=changes)
        return self.call(
            operations.phone_numbers_create_or_update_reservation, (200, 201, 207), _same, reservation_id=rid, body=body
        )

    def delete_reservation(self, reservation_id: str | UUID) -> Call[None]:
        rid = UUID(ensure_uuid(reservation_id, "reservation_id"))
        return self.call(operations.phone_numbers_delete_reservation, (204, 200), _none, reservation_id=rid)

    # -- long-running operations ----------------------------------------------------------------------------------

    def search_available_phone_numbers(
        self,
        country_code: str,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral,
        assignment_type: models.PhoneNumberAssignmentType | PhoneNumberAssignmentTypeLiteral,
        capabilities: models.PhoneNumberCapabilities,
        area_code: str | None,
        quantity: int,
    ) -> _Lro[models.PhoneNumberSearchResult]:
        def start() -> Call[None]:
            body = models.PhoneNumberSearchRequest(
                phone_number_type=ensure_enum(phone_number_type, models.PhoneNumberType, "phone_number_type"),
                assignment_type=ensure_enum(assignment_type, models.PhoneNumberAssignmentType, "assignment_type"),
                capabilities=_capabilities(capabilities),
                area_code=None if area_code is None else ensure_not_empty(area_code, "area_code"),
                quantity=ensure_int(quantity, "quantity", 1),
            )
            return self.call(
                operations.phone_numbers_search_available_phone_numbers,
                (202,),
                _none,
                body_matters=False,
                country_code=_country_code(country_code),
                body=body,
            )

        return _Lro(LROKind.SEARCH, start, _final_model(models.PhoneNumberSearchResult.from_dict))

    def purchase_phone_numbers(self, search_id: str, agree_to_not_resell: bool) -> _Lro[None]:
        def start() -> Call[None]:
            body = models.PhoneNumberPurchaseRequest(
                search_id=ensure_not_empty(search_id, "search_id"), agree_to_not_resell=bool(agree_to_not_resell)
            )
            return self.call(
                operations.phone_numbers_purchase_phone_numbers, (202,), _none, body_matters=False, body=body
            )

        def keyed() -> Keyed:
            sid = ensure_not_empty(search_id, "search_id")
            numbers: list[str] = []

            def check() -> Check:
                search = json_of((yield self._url(f"/availablePhoneNumbers/searchResults/{quote(sid, safe='')}")))
                numbers.extend(n for n in search.get("phoneNumbers") or () if isinstance(n, str))
                if not numbers:
                    return None
                for number in numbers:
                    if not (yield from self._owned(number)):
                        return None
                return True

            return Keyed(
                "begin_purchase_phone_numbers",
                {"search_id": sid, "phone_numbers": numbers},
                frozenset({400, 409}),
                check,
                "get_purchased_phone_number() of each number of the search finds it owned once the purchase is done",
            )

        return _Lro(LROKind.PURCHASE, start, _no_result, keyed)

    def release_phone_number(self, phone_number: str) -> _Lro[None]:
        def start() -> Call[None]:
            return self.call(
                operations.phone_numbers_release_phone_number,
                (202,),
                _none,
                body_matters=False,
                phone_number=_phone_number(phone_number),
            )

        def keyed() -> Keyed:
            number = _phone_number(phone_number)

            def check() -> Check:
                return None if (yield from self._owned(number)) else True

            return Keyed(
                "begin_release_phone_number",
                {"phone_number": number},
                frozenset({403, 404}),
                check,
                "get_purchased_phone_number() raises ResourceNotFoundError once the number is released",
            )

        return _Lro(LROKind.RELEASE, start, _no_result, keyed)

    def update_phone_number_capabilities(
        self,
        phone_number: str,
        sms: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None,
        calling: models.PhoneNumberCapabilityType | PhoneNumberCapabilityTypeLiteral | None,
    ) -> _Lro[models.PurchasedPhoneNumber]:
        def start() -> Call[None]:
            body = models.PhoneNumberCapabilitiesRequest(
                calling=_optional_field(calling, models.PhoneNumberCapabilityType, "calling"),
                sms=_optional_field(sms, models.PhoneNumberCapabilityType, "sms"),
            )
            return self.call(
                operations.phone_numbers_update_capabilities,
                (202,),
                _none,
                body_matters=False,
                phone_number=_phone_number(phone_number),
                body=body,
            )

        return _Lro(LROKind.UPDATE_CAPABILITIES, start, _final_model(models.PurchasedPhoneNumber.from_dict))

    def purchase_reservation(self, reservation_id: str | UUID, agree_to_not_resell: bool) -> _Lro[None]:
        def start() -> Call[None]:
            rid = UUID(ensure_uuid(reservation_id, "reservation_id"))
            body = models.PhoneNumbersReservationPurchaseRequest(agree_to_not_resell=bool(agree_to_not_resell))
            return self.call(
                operations.phone_numbers_purchase_reservation,
                (202,),
                _none,
                body_matters=False,
                reservation_id=rid,
                body=body,
            )

        def keyed() -> Keyed:
            rid = str(UUID(ensure_uuid(reservation_id, "reservation_id")))

            def check() -> Check:
                reservation = json_of((yield self._url(f"/availablePhoneNumbers/reservations/{rid}")))
                return True if str(reservation.get("status", "")).lower() == "completed" else None

            return Keyed(
                "begin_purchase_reservation",
                {"reservation_id": rid},
                frozenset({400, 409}),
                check,
                "get_reservation() shows status 'completed' once the purchase is done",
            )

        return _Lro(LROKind.RESERVATION_PURCHASE, start, _no_result, keyed)

    # -- keyed calls: state checks (see _reconcile) ---------------------------------------------------------------

    def _url(self, path: str) -> str:
        return self.next_page_url(path)

    def _owned(self, number: str) -> Generator[str, httpx.Response, bool]:
        """Whether this resource owns ``number`` (a check step: GET /phoneNumbers/{number})."""
        response = yield self._url(f"/phoneNumbers/{quote(number, safe='+')}")
        if response.status_code == 404:
            return False
        json_of(response)
        return True

    def settled(self, lro: _Lro[Any]) -> LROState:
        """The state of an operation that the resource's state shows done (its own status monitor is unknown)."""
        state = LROState(
            lro.kind,
            endpoint=self.endpoint,
            api_version=self.api_version,
            operation_location=f"/phoneNumbers/operations/{lro.kind.value}_reconciled",
        )
        state.status = OperationStatus.SUCCEEDED
        state.operation = {"status": "succeeded", "reconciled": True}
        return state

    def paced(self, state: LROState) -> LROState:
        """``state`` with its longest wait between polls set to the client's ``retry.max_backoff``."""
        state.max_delay = self.options.retry.max_backoff
        return state

    def lro_state(self, lro: _Lro[Any], response: httpx.Response) -> LROState:
        """The state of an operation just started by ``response`` (a 202).

        A response without a usable Operation-Location (missing, or on another host) is the service's fault:
        HttpResponseError, with the response.
        """
        try:
            return LROState.from_initial_response(
                lro.kind,
                status_code=response.status_code,
                headers=response.headers,
                endpoint=self.endpoint,
                api_version=self.api_version,
            )
        except ValueError as exc:
            raise service_error(f"cannot follow the {lro.kind.value} operation: {exc}", response) from None

    def lro_for_token(self, continuation_token: str) -> _Lro[Any]:
        """The operation a continuation token is for (only its kind and final result matter to a resume)."""
        try:
            kind = LROState.from_continuation_token(continuation_token, endpoint=self.endpoint).kind
        except ValueError as exc:
            raise InvalidArgumentError(str(exc)) from None
        final: Callable[[httpx.Response | None], Any] = _no_result
        if kind is LROKind.SEARCH:
            final = _final_model(models.PhoneNumberSearchResult.from_dict)
        elif kind is LROKind.UPDATE_CAPABILITIES:
            final = _final_model(models.PurchasedPhoneNumber.from_dict)
        return _Lro(kind, _cannot_start, final)

    def resume(self, lro: _Lro[Any], continuation_token: str) -> LROState:
        """The state saved in ``continuation_token``; InvalidArgumentError for a token of another kind or host."""
        try:
            return LROState.from_continuation_token(continuation_token, endpoint=self.endpoint, kind=lro.kind)
        except ValueError as exc:
            raise InvalidArgumentError(str(exc)) from None

    # -- listings -------------------------------------------------------------------------------------------------

    def list_purchased_phone_numbers(self, skip: int, top: int) -> Paged[models.PurchasedPhoneNumber]:
        return self._paged(
            operations.phone_numbers_list_phone_numbers,
            models.PurchasedPhoneNumbers.from_dict,
            "phone_numbers",
            language=False,
            skip=ensure_int(skip, "skip"),
            top=ensure_int(top, "top", 1),
        )

    def list_available_countries(self, skip: int, max_page_size: int) -> Paged[models.PhoneNumberCountry]:
        return self._paged(
            operations.phone_numbers_list_available_countries,
            models.PhoneNumberCountries.from_dict,
            "countries",
            skip=ensure_int(skip, "skip"),
            max_page_size=ensure_int(max_page_size, "max_page_size", 1),
        )

    def list_available_localities(
        self,
        country_code: str,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral | None,
        administrative_division: str | None,
        skip: int,
        max_page_size: int,
    ) -> Paged[models.PhoneNumberLocality]:
        return self._paged(
            operations.phone_numbers_list_available_localities,
            models.PhoneNumberLocalities.from_dict,
            "phone_number_localities",
            country_code=_country_code(country_code),
            phone_number_type=_optional_enum(phone_number_type, models.PhoneNumberType, "phone_number_type"),
            administrative_division=_optional_str(administrative_division, "administrative_division"),
            skip=ensure_int(skip, "skip"),
            max_page_size=ensure_int(max_page_size, "max_page_size", 1),
        )

    def list_available_offerings(
        self,
        country_code: str,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral | None,
        assignment_type: models.PhoneNumberAssignmentType | PhoneNumberAssignmentTypeLiteral | None,
        skip: int,
        max_page_size: int,
    ) -> Paged[models.PhoneNumberOffering]:
        return self._paged(
            operations.phone_numbers_list_offerings,
            models.OfferingsResponse.from_dict,
            "phone_number_offerings",
            country_code=_country_code(country_code),
            phone_number_type=_optional_enum(phone_number_type, models.PhoneNumberType, "phone_number_type"),
            assignment_type=_optional_enum(assignment_type, models.PhoneNumberAssignmentType, "assignment_type"),
            skip=ensure_int(skip, "skip"),
            max_page_size=ensure_int(max_page_size, "max_page_size", 1),
        )

    def list_available_area_codes(
        self,
        country_code: str,
        phone_number_type: models.PhoneNumberType | PhoneNumberTypeLiteral,
        administrative_division: str | None,
        assignment_type: models.PhoneNumberAssignmentType | PhoneNumberAssignmentTypeLiteral | None,
        locality: str | None,
        skip: int,
        max_page_size: int,
    ) -> Paged[models.PhoneNumberAreaCode]:
        return self._paged(
            operations.phone_numbers_list_area_codes,
            models.PhoneNumberAreaCodes.from_dict,
            "area_codes",
            country_code=_country_code(country_code),
            phone_number_type=ensure_enum(phone_number_type, models.PhoneNumberType, "phone_number_type"),
            administrative_division=_optional_str(administrative_division, "administrative_division"),
            assignment_type=_optional_enum(assignment_type, models.PhoneNumberAssignmentType, "assignment_type"),
            locality=_optional_str(locality, "locality"),
            skip=ensure_int(skip, "skip"),
            max_page_size=ensure_int(max_page_size, "max_page_size", 1),
        )

    def list_reservations(self, max_page_size: int) -> Paged[models.PhoneNumbersReservation]:
        return self._paged(
            operations.phone_numbers_list_reservations,
            models.PhoneNumbersReservations.from_dict,
            "reservations",
            language=False,
            max_page_size=ensure_int(max_page_size, "max_page_size", 1),
        )


# -- the sync client ---------------------------------------------------------------------------------------------


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

    :param endpoint: ``https://<resource>.communication.azure.com`` (``http://`` is allowed for the emulator).
    :param credential: an ``AzureKeyCredential`` (ours or azure-core's: anything with ``.key``) or a token
        credential with ``get_token(*scopes)`` such as ``azure.identity.DefaultAzureCredential``.
    :keyword api_version: the service API version; the newest stable one by default.
    :keyword transport: an ``httpx.BaseTransport`` to send through (e.g. ``httpx.MockTransport`` in tests).
    :keyword http_client: a ready ``httpx.Client`` whose pool, proxies and TLS settings are used; it is not
        modified, and not closed by :meth:`close`.
    :keyword retry: a :class:`~acs_phonenumbers.RetryPolicy`; ``RetryPolicy.disabled()`` sends each request once.
    :keyword timeout: seconds or an ``httpx.Timeout`` for each request (``None``: no timeout).
    :keyword polling_interval: seconds between polls of a long-running operation when the service sends no
        Retry-After; each ``begin_*`` can override it.
    :keyword user_agent: a prefix for the User-Agent header naming your application.
    :keyword accepted_language: locale for localized names in listings, e.g. ``"en-US"``.
    :keyword verify: TLS verification: ``True``, ``False`` or the path of a CA bundle (the emulator's ``ca_file``).
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
        return LROPoller(
            state,
            get=self._poll_get(),
            deserialize_final=final,
            polling_interval=interval,
            polling=settings.polling,
            initial_result=None if settings.polling or response is None else no_polling_result(final, response),
        )

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

            client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True).result()
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
            print(result.values[0].national_format)
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
            country_code=country_code,
            phone_number_type=phone_number_type,
            sms_capability=sms_capability,
            calling_capability=calling_capability,
            assignment_type=assignment_type,
            phone_number_prefixes=phone_number_prefixes,
        )
        return self._send(call)

    @azure_keywords
    def get_reservation(
        self, reservation_id: str | UUID, **kwargs: Unpack[AzureCallKeywords]
    ) -> models.PhoneNumbersReservation:
        """A reservation and its numbers, by its UUID.

        Example::

            reservation = client.get_reservation(reservation_id)
            print(reservation.status, reservation.expires_at, list(reservation.phone_numbers))
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


class PhoneNumbersClientWithRawResponse:
    """``client.with_raw_response``: each call returns :class:`RawResponse` (``.response`` and ``.parsed``).

    Listings are not here: a pager sends nothing when it is created.
    """

    def __init__(self, client: PhoneNumbersClient) -> None:
        self._client = client

    begin_search_available_phone_numbers = raw(PhoneNumbersClient.begin_search_available_phone_numbers)
    begin_purchase_phone_numbers = raw(PhoneNumbersClient.begin_purchase_phone_numbers)
    begin_release_phone_number = raw(PhoneNumbersClient.begin_release_phone_number)
    begin_update_phone_number_capabilities = raw(PhoneNumbersClient.begin_update_phone_number_capabilities)
    begin_purchase_reservation = raw(PhoneNumbersClient.begin_purchase_reservation)
    get_purchased_phone_number = raw(PhoneNumbersClient.get_purchased_phone_number)
    search_operator_information = raw(PhoneNumbersClient.search_operator_information)
    browse_available_phone_numbers = raw(PhoneNumbersClient.browse_available_phone_numbers)
    get_reservation = raw(PhoneNumbersClient.get_reservation)
    create_or_update_reservation = raw(PhoneNumbersClient.create_or_update_reservation)
    delete_reservation = raw(PhoneNumbersClient.delete_reservation)
