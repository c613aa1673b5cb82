"""PhoneNumbersClient: the phone numbers API of Azure Communication Services, with the official SDK's names.

How it is built (the async client in ``aio/`` is the same, with ``await``)::

    PhoneNumbersClient.get_purchased_phone_number(...)      public shell: signature, docstring, one line of body
      -> _PhoneNumbersRequests.get_purchased_phone_number   pure: validate arguments, build a _Call
      -> PhoneNumbersClient._send(call)                     I/O: the generated ``sync_detailed`` function
      -> _Call.outcome(response, parsed)                    pure: expected status -> result, else the error tree

Everything except the I/O lives once, here, in :class:`_PhoneNumbersRequests` and the ``_Call``/``_Lro``/``_Paged``
specs; the sync and async clients only run them. The generated client (``acs_phonenumbers_generated``) is composed,
never subclassed or edited, and stays reachable as ``client.generated``.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from types import ModuleType, TracebackType
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypedDict, TypeVar, Unpack
from uuid import UUID

import httpx

from acs_phonenumbers_generated.api.phone_numbers import (
    phone_numbers_browse_available_numbers,
    phone_numbers_create_or_update_reservation,
    phone_numbers_delete_reservation,
    phone_numbers_get_by_number,
    phone_numbers_get_reservation,
    phone_numbers_list_area_codes,
    phone_numbers_list_available_countries,
    phone_numbers_list_available_localities,
    phone_numbers_list_offerings,
    phone_numbers_list_phone_numbers,
    phone_numbers_list_reservations,
    phone_numbers_operator_information_search,
    phone_numbers_purchase_phone_numbers,
    phone_numbers_purchase_reservation,
    phone_numbers_release_phone_number,
    phone_numbers_search_available_phone_numbers,
    phone_numbers_update_capabilities,
)
from acs_phonenumbers_generated.client import Client as GeneratedClient
from acs_phonenumbers_generated.models import (
    AvailablePhoneNumber,
    OfferingsResponse,
    OperatorInformationOptions,
    OperatorInformationRequest,
    OperatorInformationResult,
    PhoneNumberAreaCode,
    PhoneNumberAreaCodes,
    PhoneNumberAssignmentType,
    PhoneNumberBrowseCapabilitiesRequest,
    PhoneNumberCapabilities,
    PhoneNumberCapabilitiesRequest,
    PhoneNumberCapabilityType,
    PhoneNumberCountries,
    PhoneNumberCountry,
    PhoneNumberLocalities,
    PhoneNumberLocality,
    PhoneNumberOffering,
    PhoneNumberPurchaseRequest,
    PhoneNumbersBrowseRequest,
    PhoneNumbersBrowseResult,
    PhoneNumberSearchRequest,
    PhoneNumberSearchResult,
    PhoneNumbersReservation,
    PhoneNumbersReservationPhoneNumbers,
    PhoneNumbersReservationPurchaseRequest,
    PhoneNumbersReservations,
    PhoneNumberType,
    PurchasedPhoneNumber,
    PurchasedPhoneNumbers,
)
from acs_phonenumbers_generated.types import UNSET, Unset

from ._config import DEFAULT_TIMEOUT, ClientOptions, build_sync_client
from ._credentials import AzureKeyCredential, KeyCredential, TokenCredential, parse_connection_string
from ._errors import HttpResponseError, InvalidArgumentError, ServiceRequestError, error_from_response
from ._paging import ItemPaged, PageData, page_items, resolve_next_link
from ._polling import DEFAULT_POLLING_INTERVAL, LROKind, LROPoller, LROState
from ._retry import RetryPolicy
from ._validation import ensure_e164, ensure_endpoint, ensure_enum, ensure_not_empty, ensure_uuid

__all__ = ["DEFAULT_API_VERSION", "PhoneNumbersClient", "PhoneNumbersClientWithRawResponse", "RawResponse"]

DEFAULT_API_VERSION = "2025-06-01"
"""The newest stable API version, and the one our OpenAPI document describes."""

T = TypeVar("T")
P = ParamSpec("P")

# -- the response of the request in flight ----------------------------------------------------------------------
#
# The generated ``*_detailed`` functions return status, headers, content and the parsed model, but not the
# ``httpx.Response`` itself, and the error tree and ``with_raw_response`` want the real one (with its request).
# A response hook on our httpx client leaves it here; a ContextVar keeps threads and tasks apart (an async hook is
# awaited inside the caller's task, so what it sets is visible to the caller).
_LAST_RESPONSE: ContextVar[httpx.Response | None] = ContextVar("acs_phonenumbers_last_response", default=None)
# Set by ``with_raw_response``: the first response of the call is appended here.
_RAW_CAPTURE: ContextVar[list[httpx.Response] | None] = ContextVar("acs_phonenumbers_raw_capture", default=None)


def remember_response(response: httpx.Response) -> None:
    """httpx response hook (sync client): remember the response for the code that sent the request."""
    _LAST_RESPONSE.set(response)


async def aremember_response(response: httpx.Response) -> None:
    """httpx response hook (async client)."""
    _LAST_RESPONSE.set(response)


def take_response(error: BaseException | None = None) -> httpx.Response:
    """The response of the request just sent (and clear it); re-raise ``error`` when no response was received."""
    response = _LAST_RESPONSE.get()
    _LAST_RESPONSE.set(None)
    if response is None:
        if error is not None:
            raise error
        raise RuntimeError("no response was recorded: the httpx client is missing the acs_phonenumbers response hook")
    captured = _RAW_CAPTURE.get()
    if captured is not None and not captured:
        captured.append(response)
    return response


def forget_response() -> None:
    """Clear the remembered response before sending a request."""
    _LAST_RESPONSE.set(None)


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


def raw_capture() -> tuple[list[httpx.Response], Any]:
    """Start capturing the first response of a call; returns the list and the token to reset."""
    captured: list[httpx.Response] = []
    return captured, _RAW_CAPTURE.set(captured)


def raw_result(captured: list[httpx.Response], token: Any, parsed: T) -> RawResponse[T]:
    """Stop capturing and pair the captured response with the result."""
    _RAW_CAPTURE.reset(token)
    if not captured:
        raise ValueError("with_raw_response needs a call that sends a request (resuming from a token sends none)")
    return RawResponse(captured[0], parsed)


# -- request specs: what to send and how to judge the answer (pure) ---------------------------------------------


class _Undecodable:
    """Stands for a body the generated parser could not decode."""

    def __init__(self, error: Exception) -> None:
        self.error = error


@dataclass(frozen=True)
class _Call(Generic[T]):
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
        if isinstance(parsed, _Undecodable):
            if self.body_matters:
                raise _service_error(
                    f"the service's {response.status_code} response could not be decoded: {parsed.error!r}", response
                )
            parsed = None
        return self.parse(parsed)


@dataclass(frozen=True)
class _Lro(Generic[T]):
    """A long-running operation: its kind, how to start it (built lazily: a resume sends nothing) and its result."""

    kind: LROKind
    start: Callable[[], _Call[None]]
    final: Callable[[httpx.Response | None], T]


@dataclass(frozen=True)
class _Paged(Generic[T]):
    """A listing: the first page through the generated function, later pages by GET on the next link."""

    first: _Call[PageData[T]]
    page_model: Callable[[Mapping[str, Any]], object]
    items_attr: str


def _none(_: Any) -> None:
    return None


def _same(value: T) -> T:
    return value


def _optional_enum(value: Any, enum_cls: Any, name: str) -> Any:
    return UNSET if value is None else ensure_enum(value, enum_cls, name)


def _country_code(value: Any) -> str:
    return ensure_not_empty(value, "country_code").strip().upper()


def _phone_number(value: Any, name: str = "phone_number") -> str:
    # The official SDK documents that the leading '+' may be given encoded as %2B.
    if isinstance(value, str) and value[:3].upper() == "%2B":
        value = "+" + value[3:]
    return ensure_e164(value, name)


def _capabilities(value: Any) -> PhoneNumberCapabilities:
    """``PhoneNumberCapabilities`` with enum members, from one built with plain strings or from a mapping."""
    calling: Any
    sms: Any
    if isinstance(value, PhoneNumberCapabilities):
        calling, sms = value.calling, value.sms
    elif isinstance(value, Mapping):
        calling, sms = value.get("calling"), value.get("sms")
    else:
        raise TypeError(
            f"capabilities must be PhoneNumberCapabilities(calling=..., sms=...), got {type(value).__name__}"
        )
    return PhoneNumberCapabilities(
        calling=ensure_enum(calling, PhoneNumberCapabilityType, "capabilities.calling"),
        sms=ensure_enum(sms, PhoneNumberCapabilityType, "capabilities.sms"),
    )


def _count(value: Any, name: str, minimum: int) -> int:
    """An int >= ``minimum``: TypeError for another type, InvalidArgumentError for a value out of range."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise InvalidArgumentError(f"{name} must be >= {minimum}, got {value}")
    return value


def _non_negative(value: Any, name: str) -> int:
    return _count(value, name, 0)


def _page_size(value: Any, name: str) -> int:
    return _count(value, name, 1)


def _final_model(model: Callable[[Mapping[str, Any]], T]) -> Callable[[httpx.Response | None], T]:
    """Deserializer of an LRO's final resource (fetched from Location)."""

    def deserialize(response: httpx.Response | None) -> T:
        if response is None:
            raise HttpResponseError("the operation succeeded but its result could not be fetched")
        try:
            return model(response.json())
        except (KeyError, TypeError, ValueError) as exc:
            raise HttpResponseError(
                f"the operation's result could not be decoded: {exc!r}",
                status_code=response.status_code,
                ms_cv=response.headers.get("ms-cv"),
                response=response,
            ) from None

    return deserialize


def _no_result(_: httpx.Response | None) -> None:
    return None


class _PhoneNumbersRequests:
    """Every operation of the client as pure request preparation; shared by the sync and async clients."""

    def __init__(self, *, endpoint: str, options: ClientOptions) -> None:
        self.endpoint = endpoint
        self.options = options
        self.api_version = options.api_version
        self._language: Any = options.accepted_language or UNSET

    def polling_interval(self, override: float | None) -> float:
        """The interval for one poller: the per-call ``polling_interval``, else the client's."""
        if override is None:
            return self.options.polling_interval
        if isinstance(override, bool) or not isinstance(override, int | float) or not 0 <= override < float("inf"):
            raise InvalidArgumentError(f"polling_interval must be a number of seconds >= 0, got {override!r}")
        return float(override)

    def _call(
        self,
        operation: ModuleType,
        expected: Iterable[int],
        parse: Callable[[Any], T],
        *,
        body_matters: bool = True,
        **kwargs: Any,
    ) -> _Call[T]:
        return _Call(operation, {**kwargs, "api_version": self.api_version}, frozenset(expected), parse, body_matters)

    def _paged(
        self,
        operation: ModuleType,
        page_model: Callable[[Mapping[str, Any]], object],
        items_attr: str,
        *,
        language: bool = True,
        **kwargs: Any,
    ) -> _Paged[Any]:
        if language:
            kwargs["accept_language"] = self._language

        def first_page(page: object) -> PageData[Any]:
            return page_items(page, items_attr)

        first = self._call(operation, (200,), first_page, **kwargs)
        return _Paged(first, page_model, items_attr)

    # -- plain calls ----------------------------------------------------------------------------------------------

    def get_purchased_phone_number(self, phone_number: str) -> _Call[PurchasedPhoneNumber]:
        return self._call(phone_numbers_get_by_number, (200,), _same, phone_number=_phone_number(phone_number))

    def search_operator_information(
        self, phone_numbers: str | Sequence[str], options: OperatorInformationOptions | None
    ) -> _Call[OperatorInformationResult]:
        numbers = [phone_numbers] if isinstance(phone_numbers, str) else list(phone_numbers)
        if not numbers:
            raise InvalidArgumentError("phone_numbers must not be empty")
        checked = [_phone_number(n, f"phone_numbers[{i}]") for i, n in enumerate(numbers)]
        if options is None:  # what the official SDK sends
            options = OperatorInformationOptions(include_additional_operator_details=False)
        body = OperatorInformationRequest(phone_numbers=checked, options=options)
        return self._call(phone_numbers_operator_information_search, (200,), _same, body=body)

    def browse_available_phone_numbers(
        self,
        *,
        country_code: str,
        phone_number_type: PhoneNumberType | str,
        sms_capability: PhoneNumberCapabilityType | str | None,
        calling_capability: PhoneNumberCapabilityType | str | None,
        assignment_type: PhoneNumberAssignmentType | str | None,
        phone_number_prefixes: Sequence[str] | None,
    ) -> _Call[PhoneNumbersBrowseResult]:
        capabilities: Any = UNSET
        if sms_capability is not None or calling_capability is not None:
            capabilities = PhoneNumberBrowseCapabilitiesRequest(
                calling=_optional_enum(calling_capability, PhoneNumberCapabilityType, "calling_capability"),
                sms=_optional_enum(sms_capability, PhoneNumberCapabilityType, "sms_capability"),
            )
        prefixes: Any = UNSET
        if phone_number_prefixes is not None:
            if isinstance(phone_number_prefixes, str):
                phone_number_prefixes = [phone_number_prefixes]
            prefixes = [ensure_not_empty(p, "phone_number_prefixes[]") for p in phone_number_prefixes]
        body = PhoneNumbersBrowseRequest(
            phone_number_type=ensure_enum(phone_number_type, PhoneNumberType, "phone_number_type"),
            capabilities=capabilities,
            assignment_type=_optional_enum(assignment_type, PhoneNumberAssignmentType, "assignment_type"),
            phone_number_prefixes=prefixes,
        )
        return self._call(
            phone_numbers_browse_available_numbers, (200,), _same, country_code=_country_code(country_code), body=body
        )

    def get_reservation(self, reservation_id: str | UUID) -> _Call[PhoneNumbersReservation]:
        rid = UUID(ensure_uuid(reservation_id, "reservation_id"))
        return self._call(phone_numbers_get_reservation, (200,), _same, reservation_id=rid)

    def create_or_update_reservation(
        self,
        reservation_id: str | UUID,
        numbers_to_add: Sequence[AvailablePhoneNumber] | None,
        numbers_to_remove: Sequence[str] | None,
    ) -> _Call[PhoneNumbersReservation]:
        rid = UUID(ensure_uuid(reservation_id, "reservation_id"))
        changes = PhoneNumbersReservationPhoneNumbers()
        for index, number in enumerate(numbers_to_add or ()):
            if not isinstance(number, AvailablePhoneNumber):
                raise TypeError(f"numbers_to_add[{index}] must be an AvailablePhoneNumber, got {type(number).__name__}")
            if isinstance(number.id, Unset) or not number.id:
                raise InvalidArgumentError(f"numbers_to_add[{index}].id must not be empty")
            changes[number.id] = number
        for index, number_id in enumerate(numbers_to_remove or ()):
            # merge-patch: a key set to null removes that number from the reservation
            changes[ensure_not_empty(number_id, f"numbers_to_remove[{index}]")] = None
        body = PhoneNumbersReservation(phone_numbers=changes)
        return self._call(
            phone_numbers_create_or_update_reservation, (200, 201, 207), _same, reservation_id=rid, body=body
        )

    def delete_reservation(self, reservation_id: str | UUID) -> _Call[None]:
        rid = UUID(ensure_uuid(reservation_id, "reservation_id"))
        return self._call(phone_numbers_delete_reservation, (204, 200), _none, reservation_id=rid)

    # -- long-running operations ----------------------------------------------------------------------------------

    def search_available_phone_numbers(
        self,
        country_code: str,
        phone_number_type: PhoneNumberType | str,
        assignment_type: PhoneNumberAssignmentType | str,
        capabilities: PhoneNumberCapabilities,
        area_code: str | None,
        quantity: int,
    ) -> _Lro[PhoneNumberSearchResult]:
        def start() -> _Call[None]:
            body = PhoneNumberSearchRequest(
                phone_number_type=ensure_enum(phone_number_type, PhoneNumberType, "phone_number_type"),
                assignment_type=ensure_enum(assignment_type, PhoneNumberAssignmentType, "assignment_type"),
                capabilities=_capabilities(capabilities),
                area_code=UNSET if area_code is None else ensure_not_empty(area_code, "area_code"),
                quantity=_count(quantity, "quantity", 1),
            )
            return self._call(
                phone_numbers_search_available_phone_numbers,
                (202,),
                _none,
                body_matters=False,
                country_code=_country_code(country_code),
                body=body,
            )

        return _Lro(LROKind.SEARCH, start, _final_model(PhoneNumberSearchResult.from_dict))

    def purchase_phone_numbers(self, search_id: str, agree_to_not_resell: bool) -> _Lro[None]:
        def start() -> _Call[None]:
            body = PhoneNumberPurchaseRequest(
                search_id=ensure_not_empty(search_id, "search_id"), agree_to_not_resell=bool(agree_to_not_resell)
            )
            return self._call(phone_numbers_purchase_phone_numbers, (202,), _none, body_matters=False, body=body)

        return _Lro(LROKind.PURCHASE, start, _no_result)

    def release_phone_number(self, phone_number: str) -> _Lro[None]:
        def start() -> _Call[None]:
            return self._call(
                phone_numbers_release_phone_number,
                (202,),
                _none,
                body_matters=False,
                phone_number=_phone_number(phone_number),
            )

        return _Lro(LROKind.RELEASE, start, _no_result)

    def update_phone_number_capabilities(
        self,
        phone_number: str,
        sms: PhoneNumberCapabilityType | str | None,
        calling: PhoneNumberCapabilityType | str | None,
    ) -> _Lro[PurchasedPhoneNumber]:
        def start() -> _Call[None]:
            body = PhoneNumberCapabilitiesRequest(
                calling=_optional_enum(calling, PhoneNumberCapabilityType, "calling"),
                sms=_optional_enum(sms, PhoneNumberCapabilityType, "sms"),
            )
            return self._call(
                phone_numbers_update_capabilities,
                (202,),
                _none,
                body_matters=False,
                phone_number=_phone_number(phone_number),
                body=body,
            )

        return _Lro(LROKind.UPDATE_CAPABILITIES, start, _final_model(PurchasedPhoneNumber.from_dict))

    def purchase_reservation(self, reservation_id: str | UUID, agree_to_not_resell: bool) -> _Lro[None]:
        def start() -> _Call[None]:
            rid = UUID(ensure_uuid(reservation_id, "reservation_id"))
            body = PhoneNumbersReservationPurchaseRequest(agree_to_not_resell=bool(agree_to_not_resell))
            return self._call(
                phone_numbers_purchase_reservation, (202,), _none, body_matters=False, reservation_id=rid, body=body
            )

        return _Lro(LROKind.RESERVATION_PURCHASE, start, _no_result)

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
            raise _service_error(f"cannot follow the {lro.kind.value} operation: {exc}", response) from None

    def resume(self, lro: _Lro[Any], continuation_token: str) -> LROState:
        """The state saved in ``continuation_token``; InvalidArgumentError for a token of another kind or host."""
        try:
            return LROState.from_continuation_token(continuation_token, endpoint=self.endpoint, kind=lro.kind)
        except ValueError as exc:
            raise InvalidArgumentError(str(exc)) from None

    # -- listings -------------------------------------------------------------------------------------------------

    def list_purchased_phone_numbers(self, skip: int, top: int) -> _Paged[PurchasedPhoneNumber]:
        return self._paged(
            phone_numbers_list_phone_numbers,
            PurchasedPhoneNumbers.from_dict,
            "phone_numbers",
            language=False,
            skip=_non_negative(skip, "skip"),
            top=_page_size(top, "top"),
        )

    def list_available_countries(self, skip: int, max_page_size: int) -> _Paged[PhoneNumberCountry]:
        return self._paged(
            phone_numbers_list_available_countries,
            PhoneNumberCountries.from_dict,
            "countries",
            skip=_non_negative(skip, "skip"),
            max_page_size=_page_size(max_page_size, "max_page_size"),
        )

    def list_available_localities(
        self,
        country_code: str,
        phone_number_type: PhoneNumberType | str | None,
        administrative_division: str | None,
        skip: int,
        max_page_size: int,
    ) -> _Paged[PhoneNumberLocality]:
        return self._paged(
            phone_numbers_list_available_localities,
            PhoneNumberLocalities.from_dict,
            "phone_number_localities",
            country_code=_country_code(country_code),
            phone_number_type=_optional_enum(phone_number_type, PhoneNumberType, "phone_number_type"),
            administrative_division=UNSET if administrative_division is None else administrative_division,
            skip=_non_negative(skip, "skip"),
            max_page_size=_page_size(max_page_size, "max_page_size"),
        )

    def list_available_offerings(
        self,
        country_code: str,
        phone_number_type: PhoneNumberType | str | None,
        assignment_type: PhoneNumberAssignmentType | str | None,
        skip: int,
        max_page_size: int,
    ) -> _Paged[PhoneNumberOffering]:
        return self._paged(
            phone_numbers_list_offerings,
            OfferingsResponse.from_dict,
            "phone_number_offerings",
            country_code=_country_code(country_code),
            phone_number_type=_optional_enum(phone_number_type, PhoneNumberType, "phone_number_type"),
            assignment_type=_optional_enum(assignment_type, PhoneNumberAssignmentType, "assignment_type"),
            skip=_non_negative(skip, "skip"),
            max_page_size=_page_size(max_page_size, "max_page_size"),
        )

    def list_available_area_codes(
        self,
        country_code: str,
        phone_number_type: PhoneNumberType | str,
        administrative_division: str | None,
        assignment_type: PhoneNumberAssignmentType | str | None,
        locality: str | None,
        skip: int,
        max_page_size: int,
    ) -> _Paged[PhoneNumberAreaCode]:
        return self._paged(
            phone_numbers_list_area_codes,
            PhoneNumberAreaCodes.from_dict,
            "area_codes",
            country_code=_country_code(country_code),
            phone_number_type=ensure_enum(phone_number_type, PhoneNumberType, "phone_number_type"),
            administrative_division=UNSET if administrative_division is None else administrative_division,
            assignment_type=_optional_enum(assignment_type, PhoneNumberAssignmentType, "assignment_type"),
            locality=UNSET if locality is None else locality,
            skip=_non_negative(skip, "skip"),
            max_page_size=_page_size(max_page_size, "max_page_size"),
        )

    def list_reservations(self, max_page_size: int) -> _Paged[PhoneNumbersReservation]:
        return self._paged(
            phone_numbers_list_reservations,
            PhoneNumbersReservations.from_dict,
            "reservations",
            language=False,
            max_page_size=_page_size(max_page_size, "max_page_size"),
        )

    def next_page_url(self, next_link: str) -> str:
        """The absolute URL of a next link (or pager token), on this client's endpoint, carrying the api-version.

        InvalidArgumentError (a ValueError) for a link to another scheme, host or port: it is never followed.
        """
        try:
            return resolve_next_link(next_link, self.endpoint, self.api_version)
        except ValueError as exc:
            raise InvalidArgumentError(str(exc)) from None

    def next_page(self, paged: _Paged[T], response: httpx.Response, link: str) -> PageData[T]:
        """Items and next link of the page fetched from ``link``."""
        if response.status_code != 200:
            raise error_from_response(response)
        try:
            model = paged.page_model(response.json())
        except (KeyError, TypeError, ValueError) as exc:
            raise _service_error(f"the page could not be decoded: {exc!r}", response) from None
        items, next_link = page_items(model, paged.items_attr)
        if next_link is not None and next_link == link:
            # A broken service or proxy answering with the same nextLink for ever must not hang the caller.
            raise _service_error(f"the service sent the same nextLink again ({next_link}); stopping here", response)
        return items, next_link


def _service_error(message: str, response: httpx.Response) -> HttpResponseError:
    """An error for a response that had a success status but cannot be used."""
    return HttpResponseError(
        message,
        status_code=response.status_code,
        reason=response.reason_phrase,
        ms_cv=response.headers.get("ms-cv"),
        request_id=response.headers.get("x-ms-request-id"),
        response=response,
    )


def transport_error(exc: httpx.TransportError) -> ServiceRequestError:
    """A transport failure outside the retrying transport (a body cut off while read): our error, not httpx's."""
    return ServiceRequestError(f"the request failed after 1 attempt while reading the response: {exc}", attempts=1)


# -- what both clients do when they are built (pure) -------------------------------------------------------------

DEFAULT_RETRY = RetryPolicy()
"""The default retry policy (see ``acs_phonenumbers.RetryPolicy``)."""


def prepare_client(
    endpoint: str,
    *,
    owner: str,
    api_version: str,
    retry: RetryPolicy,
    timeout: float | httpx.Timeout | None,
    polling_interval: float,
    user_agent: str | None,
    accepted_language: str | None,
    verify: bool | str | ssl.SSLContext,
) -> tuple[str, ClientOptions, _PhoneNumbersRequests]:
    """Validated endpoint and options, and the request builder; shared by the sync and async constructors."""
    if isinstance(endpoint, str) and "://" not in endpoint and endpoint.strip():
        endpoint = "https://" + endpoint.strip()  # as the official SDK: a bare host name means https
    base_url = ensure_endpoint(endpoint)
    options: dict[str, Any] = {
        "api_version": api_version,
        "retry": retry,
        "polling_interval": polling_interval,
        "user_agent": user_agent,
        "accepted_language": accepted_language,
        "verify": verify,
    }
    if timeout is not DEFAULT_TIMEOUT:  # the default defers to a given http_client's own timeout
        options["timeout"] = timeout
    client_options = ClientOptions.create(default_api_version=DEFAULT_API_VERSION, owner=owner, **options)
    return base_url, client_options, _PhoneNumbersRequests(endpoint=base_url, options=client_options)


def _raw(
    method: Callable[Concatenate[Any, P], T],
) -> Callable[Concatenate[PhoneNumbersClientWithRawResponse, P], RawResponse[T]]:
    """Wrap a client method so that it returns :class:`RawResponse` (the HTTP response and the usual value)."""

    @functools.wraps(method)
    def call(self: PhoneNumbersClientWithRawResponse, /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured, token = raw_capture()
        try:
            parsed = method(self._client, *args, **kwargs)
        except BaseException:
            _RAW_CAPTURE.reset(token)
            raise
        return raw_result(captured, token, parsed)

    return call


# -- the sync client ---------------------------------------------------------------------------------------------


class ClientKeywords(TypedDict, total=False):
    """The keyword options of :class:`PhoneNumbersClient` (for ``from_connection_string``)."""

    api_version: str
    transport: httpx.BaseTransport | None
    http_client: httpx.Client | None
    retry: RetryPolicy
    timeout: float | httpx.Timeout | None
    polling_interval: float
    user_agent: str | None
    accepted_language: str | None
    verify: bool | str | ssl.SSLContext


class PhoneNumbersClient:
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

    def __init__(
        self,
        endpoint: str,
        credential: KeyCredential | TokenCredential | str,
        *,
        api_version: str = DEFAULT_API_VERSION,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
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
        self._http = build_sync_client(self._endpoint, credential, options, transport, http_client)
        self._http.event_hooks["response"].append(remember_response)
        self._generated = GeneratedClient(base_url=self._endpoint).set_httpx_client(self._http)

    @classmethod
    def from_connection_string(cls, conn_str: str, **options: Unpack[ClientKeywords]) -> Self:
        """A client from a connection string (``endpoint=https://...;accesskey=...``), with the same options.

        Example::

            client = PhoneNumbersClient.from_connection_string(os.environ["COMMUNICATION_CONNECTION_STRING"])
        """
        parsed = parse_connection_string(conn_str)
        return cls(parsed.endpoint, AzureKeyCredential(parsed.access_key), **options)

    # -- plumbing -------------------------------------------------------------------------------------------------

    def _exchange(self, call: _Call[T]) -> tuple[T, httpx.Response]:
        forget_response()
        try:
            parsed: Any = call.operation.sync_detailed(client=self._generated, **call.kwargs).parsed
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # the generated parser choked on the body
            response = take_response(exc)
            return call.outcome(response, _Undecodable(exc)), response
        response = take_response()
        return call.outcome(response, parsed), response

    def _send(self, call: _Call[T]) -> T:
        return self._exchange(call)[0]

    def _get(self, url: str) -> httpx.Response:
        try:
            return self._http.get(url)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc

    def _begin(self, lro: _Lro[T], continuation_token: str | None, polling_interval: float | None) -> LROPoller[T]:
        interval = self._requests.polling_interval(polling_interval)
        if continuation_token is not None:
            state = self._requests.resume(lro, continuation_token)
        else:
            state = self._requests.lro_state(lro, self._exchange(lro.start())[1])
        return LROPoller(state, get=self._get, deserialize_final=lro.final, polling_interval=interval)

    def _pager(self, paged: _Paged[T]) -> ItemPaged[T]:
        def next_page(link: str) -> PageData[T]:
            return self._requests.next_page(paged, self._get(self._requests.next_page_url(link)), link)

        return ItemPaged(lambda: self._send(paged.first), next_page)

    # -- lifecycle ------------------------------------------------------------------------------------------------

    @property
    def generated(self) -> GeneratedClient:
        """The generated low-level client (``acs_phonenumbers_generated``), sharing this client's auth and retries.

        Example::

            from acs_phonenumbers_generated.api.phone_numbers import phone_numbers_get_operation

            response = phone_numbers_get_operation.sync_detailed("search_123", client=client.generated)
        """
        return self._generated

    @property
    def with_raw_response(self) -> PhoneNumbersClientWithRawResponse:
        """The same calls, returning :class:`RawResponse` (the ``httpx.Response`` and the usual value).

        Example::

            raw = client.with_raw_response.get_purchased_phone_number("+14255550123")
            print(raw.status_code, raw.headers["MS-CV"], raw.parsed.phone_number)
        """
        return PhoneNumbersClientWithRawResponse(self)

    def close(self) -> None:
        """Close the connections this client opened (a given ``http_client`` is left open)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self._endpoint!r}, api_version={self._requests.api_version!r})"

    # -- long-running operations ----------------------------------------------------------------------------------

    def begin_search_available_phone_numbers(
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
    ) -> LROPoller[PhoneNumberSearchResult]:
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

    def begin_purchase_phone_numbers(
        self,
        search_id: str,
        *,
        agree_to_not_resell: bool = False,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> LROPoller[None]:
        """Purchase the numbers of a search; the poller's result is ``None`` once they are yours.

        Some countries require ``agree_to_not_resell=True`` (see the search result's
        ``is_agreement_to_not_resell_required``).

        Example::

            client.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=True).result()
        """
        lro = self._requests.purchase_phone_numbers(search_id, agree_to_not_resell)
        return self._begin(lro, continuation_token, polling_interval)

    def begin_release_phone_number(
        self,
        phone_number: str,
        *,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> LROPoller[None]:
        """Release a purchased number (E.164, e.g. ``"+14255550123"``); the poller's result is ``None``.

        Example::

            client.begin_release_phone_number("+14255550123").result()
        """
        lro = self._requests.release_phone_number(phone_number)
        return self._begin(lro, continuation_token, polling_interval)

    def begin_update_phone_number_capabilities(
        self,
        phone_number: str,
        sms: PhoneNumberCapabilityType | str | None = None,
        calling: PhoneNumberCapabilityType | str | None = None,
        *,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> LROPoller[PurchasedPhoneNumber]:
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

    def begin_purchase_reservation(
        self,
        reservation_id: str | UUID,
        *,
        agree_to_not_resell: bool = False,
        continuation_token: str | None = None,
        polling_interval: float | None = None,
    ) -> LROPoller[None]:
        """Purchase every number in a reservation; the poller's result is ``None``.

        Example::

            client.begin_purchase_reservation(reservation_id, agree_to_not_resell=True).result()
        """
        lro = self._requests.purchase_reservation(reservation_id, agree_to_not_resell)
        return self._begin(lro, continuation_token, polling_interval)

    # -- plain calls ----------------------------------------------------------------------------------------------

    def get_purchased_phone_number(self, phone_number: str) -> PurchasedPhoneNumber:
        """A purchased number's details; :class:`~acs_phonenumbers.ResourceNotFoundError` if it is not yours.

        Example::

            number = client.get_purchased_phone_number("+14255550123")
            print(number.phone_number_type, number.capabilities.calling, number.cost.amount)
        """
        return self._send(self._requests.get_purchased_phone_number(phone_number))

    def search_operator_information(
        self,
        phone_numbers: str | Sequence[str],
        *,
        options: OperatorInformationOptions | None = None,
    ) -> OperatorInformationResult:
        """Operator information (format, country, number type, operator) of one or more E.164 numbers.

        Example::

            result = client.search_operator_information(
                "+14255550123", options=OperatorInformationOptions(include_additional_operator_details=True)
            )
            print(result.values[0].national_format)
        """
        return self._send(self._requests.search_operator_information(phone_numbers, options))

    def browse_available_phone_numbers(
        self,
        *,
        country_code: str,
        phone_number_type: PhoneNumberType | str,
        sms_capability: PhoneNumberCapabilityType | str | None = None,
        calling_capability: PhoneNumberCapabilityType | str | None = None,
        assignment_type: PhoneNumberAssignmentType | str | None = None,
        phone_number_prefixes: Sequence[str] | None = None,
    ) -> PhoneNumbersBrowseResult:
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

    def get_reservation(self, reservation_id: str | UUID) -> PhoneNumbersReservation:
        """A reservation and its numbers, by its UUID.

        Example::

            reservation = client.get_reservation(reservation_id)
            print(reservation.status, reservation.expires_at, list(reservation.phone_numbers.additional_keys))
        """
        return self._send(self._requests.get_reservation(reservation_id))

    def create_or_update_reservation(
        self,
        *,
        reservation_id: str | UUID,
        numbers_to_add: Sequence[AvailablePhoneNumber] | None = None,
        numbers_to_remove: Sequence[str] | None = None,
    ) -> PhoneNumbersReservation:
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

    def delete_reservation(self, reservation_id: str | UUID) -> None:
        """Delete a reservation, releasing its numbers for others.

        Example::

            client.delete_reservation(reservation_id)
        """
        self._send(self._requests.delete_reservation(reservation_id))

    # -- listings -------------------------------------------------------------------------------------------------

    def list_purchased_phone_numbers(self, *, skip: int = 0, top: int = 100) -> ItemPaged[PurchasedPhoneNumber]:
        """Every purchased number, fetched lazily page by page (``top`` per page).

        Example::

            for number in client.list_purchased_phone_numbers():
                print(number.phone_number)
        """
        return self._pager(self._requests.list_purchased_phone_numbers(skip, top))

    def list_available_countries(self, *, skip: int = 0, max_page_size: int = 100) -> ItemPaged[PhoneNumberCountry]:
        """The countries where numbers can be bought.

        Example::

            print([country.country_code for country in client.list_available_countries()])
        """
        return self._pager(self._requests.list_available_countries(skip, max_page_size))

    def list_available_localities(
        self,
        country_code: str,
        *,
        phone_number_type: PhoneNumberType | str | None = None,
        administrative_division: str | None = None,
        skip: int = 0,
        max_page_size: int = 100,
    ) -> ItemPaged[PhoneNumberLocality]:
        """The cities or towns of a country with available numbers.

        Example::

            for locality in client.list_available_localities("US", administrative_division="WA"):
                print(locality.localized_name)
        """
        paged = self._requests.list_available_localities(
            country_code, phone_number_type, administrative_division, skip, max_page_size
        )
        return self._pager(paged)

    def list_available_offerings(
        self,
        country_code: str,
        *,
        phone_number_type: PhoneNumberType | str | None = None,
        assignment_type: PhoneNumberAssignmentType | str | None = None,
        skip: int = 0,
        max_page_size: int = 100,
    ) -> ItemPaged[PhoneNumberOffering]:
        """The offerings (number type, assignment type, capabilities, cost) of a country.

        Example::

            for offering in client.list_available_offerings("US", phone_number_type="tollFree"):
                print(offering.assignment_type, offering.cost.amount)
        """
        paged = self._requests.list_available_offerings(
            country_code, phone_number_type, assignment_type, skip, max_page_size
        )
        return self._pager(paged)

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
    ) -> ItemPaged[PhoneNumberAreaCode]:
        """The area codes available for a number type (geographic ones need ``locality``).

        Example::

            pager = client.list_available_area_codes("US", "tollFree", assignment_type="application")
            print([area.area_code for area in pager])
        """
        paged = self._requests.list_available_area_codes(
            country_code, phone_number_type, administrative_division, assignment_type, locality, skip, max_page_size
        )
        return self._pager(paged)

    def list_reservations(self, *, max_page_size: int = 100) -> ItemPaged[PhoneNumbersReservation]:
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

    begin_search_available_phone_numbers = _raw(PhoneNumbersClient.begin_search_available_phone_numbers)
    begin_purchase_phone_numbers = _raw(PhoneNumbersClient.begin_purchase_phone_numbers)
    begin_release_phone_number = _raw(PhoneNumbersClient.begin_release_phone_number)
    begin_update_phone_number_capabilities = _raw(PhoneNumbersClient.begin_update_phone_number_capabilities)
    begin_purchase_reservation = _raw(PhoneNumbersClient.begin_purchase_reservation)
    get_purchased_phone_number = _raw(PhoneNumbersClient.get_purchased_phone_number)
    search_operator_information = _raw(PhoneNumbersClient.search_operator_information)
    browse_available_phone_numbers = _raw(PhoneNumbersClient.browse_available_phone_numbers)
    get_reservation = _raw(PhoneNumbersClient.get_reservation)
    create_or_update_reservation = _raw(PhoneNumbersClient.create_or_update_reservation)
    delete_reservation = _raw(PhoneNumbersClient.delete_reservation)
