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
    item_attribute: str
    """``item_name`` as the generated page model spells its attribute."""


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    module: str
    """The generated endpoint module's name (``api/<tag>/<module>.py``)."""
    method: str
    path: str
    retry: str
    """What repeating it does: read, idempotent, search or keyed."""
    long_running: LongRunning | None = None
    pageable: Pageable | None = None


OPERATIONS: Final[dict[str, Operation]] = {
    "PhoneNumbers_ListAreaCodes": Operation(
        "PhoneNumbers_ListAreaCodes",
        "phone_numbers_list_area_codes",
        "GET",
        "/availablePhoneNumbers/countries/{countryCode}/areaCodes",
        "read",
        pageable=Pageable("areaCodes", "nextLink", "area_codes"),
    ),
    "PhoneNumbers_ListAvailableCountries": Operation(
        "PhoneNumbers_ListAvailableCountries",
        "phone_numbers_list_available_countries",
        "GET",
        "/availablePhoneNumbers/countries",
        "read",
        pageable=Pageable("countries", "nextLink", "countries"),
    ),
    "PhoneNumbers_BrowseAvailableNumbers": Operation(
        "PhoneNumbers_BrowseAvailableNumbers",
        "phone_numbers_browse_available_numbers",
        "POST",
        "/availablePhoneNumbers/countries/{countryCode}/:browse",
        "read",
    ),
    "PhoneNumbers_ListAvailableLocalities": Operation(
        "PhoneNumbers_ListAvailableLocalities",
        "phone_numbers_list_available_localities",
        "GET",
        "/availablePhoneNumbers/countries/{countryCode}/localities",
        "read",
        pageable=Pageable("phoneNumberLocalities", "nextLink", "phone_number_localities"),
    ),
    "PhoneNumbers_ListOfferings": Operation(
        "PhoneNumbers_ListOfferings",
        "phone_numbers_list_offerings",
        "GET",
        "/availablePhoneNumbers/countries/{countryCode}/offerings",
        "read",
        pageable=Pageable("phoneNumberOfferings", "nextLink", "phone_number_offerings"),
    ),
    "PhoneNumbers_ListReservations": Operation(
        "PhoneNumbers_ListReservations",
        "phone_numbers_list_reservations",
        "GET",
        "/availablePhoneNumbers/reservations",
        "read",
        pageable=Pageable("reservations", "nextLink", "reservations"),
    ),
    "PhoneNumbers_CreateOrUpdateReservation": Operation(
        "PhoneNumbers_CreateOrUpdateReservation",
        "phone_numbers_create_or_update_reservation",
        "PATCH",
        "/availablePhoneNumbers/reservations/{reservationId}",
        "idempotent",
    ),
    "PhoneNumbers_GetReservation": Operation(
        "PhoneNumbers_GetReservation",
        "phone_numbers_get_reservation",
        "GET",
        "/availablePhoneNumbers/reservations/{reservationId}",
        "read",
    ),
    "PhoneNumbers_DeleteReservation": Operation(
        "PhoneNumbers_DeleteReservation",
        "phone_numbers_delete_reservation",
        "DELETE",
        "/availablePhoneNumbers/reservations/{reservationId}",
        "idempotent",
    ),
    "PhoneNumbers_PurchaseReservation": Operation(
        "PhoneNumbers_PurchaseReservation",
        "phone_numbers_purchase_reservation",
        "POST",
        "/availablePhoneNumbers/reservations/{reservationId}/:purchase",
        "keyed",
        long_running=LongRunning("operation"),
    ),
    "PhoneNumbers_SearchAvailablePhoneNumbers": Operation(
        "PhoneNumbers_SearchAvailablePhoneNumbers",
        "phone_numbers_search_available_phone_numbers",
        "POST",
        "/availablePhoneNumbers/countries/{countryCode}/:search",
        "search",
        long_running=LongRunning("location"),
    ),
    "PhoneNumbers_GetSearchResult": Operation(
        "PhoneNumbers_GetSearchResult",
        "phone_numbers_get_search_result",
        "GET",
        "/availablePhoneNumbers/searchResults/{searchId}",
        "read",
    ),
    "PhoneNumbers_PurchasePhoneNumbers": Operation(
        "PhoneNumbers_PurchasePhoneNumbers",
        "phone_numbers_purchase_phone_numbers",
        "POST",
        "/availablePhoneNumbers/:purchase",
        "keyed",
        long_running=LongRunning("operation"),
    ),
    "PhoneNumbers_GetOperation": Operation(
        "PhoneNumbers_GetOperation",
        "phone_numbers_get_operation",
        "GET",
        "/phoneNumbers/operations/{operationId}",
        "read",
    ),
    "PhoneNumbers_CancelOperation": Operation(
        "PhoneNumbers_CancelOperation",
        "phone_numbers_cancel_operation",
        "DELETE",
        "/phoneNumbers/operations/{operationId}",
        "idempotent",
    ),
    "PhoneNumbers_UpdateCapabilities": Operation(
        "PhoneNumbers_UpdateCapabilities",
        "phone_numbers_update_capabilities",
        "PATCH",
        "/phoneNumbers/{phoneNumber}/capabilities",
        "idempotent",
        long_running=LongRunning("location"),
    ),
    "PhoneNumbers_GetByNumber": Operation(
        "PhoneNumbers_GetByNumber",
        "phone_numbers_get_by_number",
        "GET",
        "/phoneNumbers/{phoneNumber}",
        "read",
    ),
    "PhoneNumbers_ReleasePhoneNumber": Operation(
        "PhoneNumbers_ReleasePhoneNumber",
        "phone_numbers_release_phone_number",
        "DELETE",
        "/phoneNumbers/{phoneNumber}",
        "keyed",
        long_running=LongRunning("operation"),
    ),
    "PhoneNumbers_ListPhoneNumbers": Operation(
        "PhoneNumbers_ListPhoneNumbers",
        "phone_numbers_list_phone_numbers",
        "GET",
        "/phoneNumbers",
        "read",
        pageable=Pageable("phoneNumbers", "nextLink", "phone_numbers"),
    ),
    "PhoneNumbers_OperatorInformationSearch": Operation(
        "PhoneNumbers_OperatorInformationSearch",
        "phone_numbers_operator_information_search",
        "POST",
        "/operatorInformation/:search",
        "read",
    ),
}

BY_MODULE: Final[dict[str, Operation]] = {
    operation.module: operation for operation in OPERATIONS.values()
}
"""The same operations by the name of their generated endpoint module."""
