"""The operations of phonenumbers.yaml (api-version 2025-06-01) and what its extensions say of them.

Written by openapi/tools/operations.py from the document's ``x-acs-retry``, ``x-acs-long-running`` and
``x-acs-pageable`` markers; do not edit (``make generate`` rewrites it).
"""

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class LongRunning:
    """An operation that answers 202 and is followed through its status monitor."""

    final_state_via: str
    """``location``: the result is the resource at ``Location``; ``operation``: there is no result resource."""

    @property
    def has_final_resource(self) -> bool:
        return self.final_state_via == "location"


@dataclass(frozen=True, slots=True)
class Pageable:
    """An operation that answers one page: its items under ``item_name``, the next page's link under
    ``next_link_name``."""

    item_name: str
    next_link_name: str


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    retry: str
    """What repeating it does: read, idempotent, search or keyed."""
    long_running: LongRunning | None = None
    pageable: Pageable | None = None


OPERATIONS: Final[dict[str, Operation]] = {
    "PhoneNumbers_ListAreaCodes": Operation(
        "PhoneNumbers_ListAreaCodes",
        "GET",
        "/availablePhoneNumbers/countries/{countryCode}/areaCodes",
        "read",
        pageable=Pageable("areaCodes", "nextLink"),
    ),
    "PhoneNumbers_ListAvailableCountries": Operation(
        "PhoneNumbers_ListAvailableCountries",
        "GET",
        "/availablePhoneNumbers/countries",
        "read",
        pageable=Pageable("countries", "nextLink"),
    ),
    "PhoneNumbers_BrowseAvailableNumbers": Operation(
        "PhoneNumbers_BrowseAvailableNumbers",
        "POST",
        "/availablePhoneNumbers/countries/{countryCode}/:browse",
        "read",
    ),
    "PhoneNumbers_ListAvailableLocalities": Operation(
        "PhoneNumbers_ListAvailableLocalities",
        "GET",
        "/availablePhoneNumbers/countries/{countryCode}/localities",
        "read",
        pageable=Pageable("phoneNumberLocalities", "nextLink"),
    ),
    "PhoneNumbers_ListOfferings": Operation(
        "PhoneNumbers_ListOfferings",
        "GET",
        "/availablePhoneNumbers/countries/{countryCode}/offerings",
        "read",
        pageable=Pageable("phoneNumberOfferings", "nextLink"),
    ),
    "PhoneNumbers_ListReservations": Operation(
        "PhoneNumbers_ListReservations",
        "GET",
        "/availablePhoneNumbers/reservations",
        "read",
        pageable=Pageable("reservations", "nextLink"),
    ),
    "PhoneNumbers_CreateOrUpdateReservation": Operation(
        "PhoneNumbers_CreateOrUpdateReservation",
        "PATCH",
        "/availablePhoneNumbers/reservations/{reservationId}",
        "idempotent",
    ),
    "PhoneNumbers_GetReservation": Operation(
        "PhoneNumbers_GetReservation",
        "GET",
        "/availablePhoneNumbers/reservations/{reservationId}",
        "read",
    ),
    "PhoneNumbers_DeleteReservation": Operation(
        "PhoneNumbers_DeleteReservation",
        "DELETE",
        "/availablePhoneNumbers/reservations/{reservationId}",
        "idempotent",
    ),
    "PhoneNumbers_PurchaseReservation": Operation(
        "PhoneNumbers_PurchaseReservation",
        "POST",
        "/availablePhoneNumbers/reservations/{reservationId}/:purchase",
        "keyed",
        long_running=LongRunning("operation"),
    ),
    "PhoneNumbers_SearchAvailablePhoneNumbers": Operation(
        "PhoneNumbers_SearchAvailablePhoneNumbers",
        "POST",
        "/availablePhoneNumbers/countries/{countryCode}/:search",
        "search",
        long_running=LongRunning("location"),
    ),
    "PhoneNumbers_GetSearchResult": Operation(
        "PhoneNumbers_GetSearchResult",
        "GET",
        "/availablePhoneNumbers/searchResults/{searchId}",
        "read",
    ),
    "PhoneNumbers_PurchasePhoneNumbers": Operation(
        "PhoneNumbers_PurchasePhoneNumbers",
        "POST",
        "/availablePhoneNumbers/:purchase",
        "keyed",
        long_running=LongRunning("operation"),
    ),
    "PhoneNumbers_GetOperation": Operation(
        "PhoneNumbers_GetOperation",
        "GET",
        "/phoneNumbers/operations/{operationId}",
        "read",
    ),
    "PhoneNumbers_CancelOperation": Operation(
        "PhoneNumbers_CancelOperation",
        "DELETE",
        "/phoneNumbers/operations/{operationId}",
        "idempotent",
    ),
    "PhoneNumbers_UpdateCapabilities": Operation(
        "PhoneNumbers_UpdateCapabilities",
        "PATCH",
        "/phoneNumbers/{phoneNumber}/capabilities",
        "idempotent",
        long_running=LongRunning("location"),
    ),
    "PhoneNumbers_GetByNumber": Operation(
        "PhoneNumbers_GetByNumber",
        "GET",
        "/phoneNumbers/{phoneNumber}",
        "read",
    ),
    "PhoneNumbers_ReleasePhoneNumber": Operation(
        "PhoneNumbers_ReleasePhoneNumber",
        "DELETE",
        "/phoneNumbers/{phoneNumber}",
        "keyed",
        long_running=LongRunning("operation"),
    ),
    "PhoneNumbers_ListPhoneNumbers": Operation(
        "PhoneNumbers_ListPhoneNumbers",
        "GET",
        "/phoneNumbers",
        "read",
        pageable=Pageable("phoneNumbers", "nextLink"),
    ),
    "PhoneNumbers_OperatorInformationSearch": Operation(
        "PhoneNumbers_OperatorInformationSearch",
        "POST",
        "/operatorInformation/:search",
        "read",
    ),
}
