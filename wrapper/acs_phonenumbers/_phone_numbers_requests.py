"""The phone numbers API as pure request preparation: argument checks, request bodies, expected statuses and
LRO specs, shared by the sync :class:`~acs_phonenumbers.PhoneNumbersClient` and its async twin (no I/O here)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, ParamSpec, TypeVar
from urllib.parse import quote
from uuid import UUID

import httpx

from acs_phonenumbers_generated import models
from acs_phonenumbers_generated.api import phone_numbers as operations
from acs_phonenumbers_generated.types import UNSET

from ._base import Call, Paged, Requests, service_error
from ._compat import CallSettings
from ._config import ClientOptions
from ._errors import HttpResponseError, InvalidArgumentError
from ._lro_kinds import LROKind
from ._models import PhoneNumberAssignmentTypeLiteral, PhoneNumberCapabilityTypeLiteral, PhoneNumberTypeLiteral
from ._polling import LROState, OperationStatus
from ._reconcile import Check, Keyed, json_of
from ._validation import (
    ensure_enum,
    ensure_int,
    ensure_not_empty,
    ensure_phone_number,
    ensure_str,
    ensure_uuid,
    wrong_type,
)

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


def started_poller_options(
    final: Callable[[httpx.Response | None], T],
    interval: float,
    settings: CallSettings,
    response: httpx.Response | None,
) -> dict[str, Any]:
    """The keyword arguments of a new (not resumed) sync or async poller: the call's ``polling`` choice and, when it
    does not poll, the initial response deserialised (none when a keyed call was reconciled without one)."""
    return {
        "deserialize_final": final,
        "polling_interval": interval,
        "polling": settings.polling,
        "initial_result": None if settings.polling or response is None else no_polling_result(final, response),
    }


class _PhoneNumbersRequests(Requests):
    """Every operation of the client as pure request preparation; shared by the sync and async clients."""

    def __init__(self, *, endpoint: str, options: ClientOptions) -> None:
        super().__init__(endpoint=endpoint, options=options)
        self._language: Any = options.accepted_language or UNSET

    def _paged(
        self,
        operation: ModuleType,
        page_model: Callable[[Mapping[str, Any]], object],
        *,
        language: bool = True,
        **kwargs: Any,
    ) -> Paged[Any]:
        """A listing; the catalogue listings also carry Accept-Language (their names are localized)."""
        if language:
            kwargs["accept_language"] = self._language
        return self.paged(operation, page_model, **kwargs)

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
            language=False,
            skip=skip,
            top=top,
        )

    def list_available_countries(self, skip: int, max_page_size: int) -> Paged[models.PhoneNumberCountry]:
        return self._paged(
            operations.phone_numbers_list_available_countries,
            models.PhoneNumberCountries.from_dict,
            skip=skip,
            max_page_size=max_page_size,
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
            country_code=_country_code(country_code),
            phone_number_type=_optional_enum(phone_number_type, models.PhoneNumberType, "phone_number_type"),
            administrative_division=_optional_str(administrative_division, "administrative_division"),
            skip=skip,
            max_page_size=max_page_size,
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
            country_code=_country_code(country_code),
            phone_number_type=_optional_enum(phone_number_type, models.PhoneNumberType, "phone_number_type"),
            assignment_type=_optional_enum(assignment_type, models.PhoneNumberAssignmentType, "assignment_type"),
            skip=skip,
            max_page_size=max_page_size,
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
            country_code=_country_code(country_code),
            phone_number_type=ensure_enum(phone_number_type, models.PhoneNumberType, "phone_number_type"),
            administrative_division=_optional_str(administrative_division, "administrative_division"),
            assignment_type=_optional_enum(assignment_type, models.PhoneNumberAssignmentType, "assignment_type"),
            locality=_optional_str(locality, "locality"),
            skip=skip,
            max_page_size=max_page_size,
        )

    def list_reservations(self, max_page_size: int) -> Paged[models.PhoneNumbersReservation]:
        return self._paged(
            operations.phone_numbers_list_reservations,
            models.PhoneNumbersReservations.from_dict,
            language=False,
            max_page_size=max_page_size,
        )


# -- the sync client ---------------------------------------------------------------------------------------------
