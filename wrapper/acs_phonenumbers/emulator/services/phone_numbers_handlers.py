"""HTTP handlers of the phone-numbers service, by operationId (methods and paths come from ``phonenumbers.yaml``)."""

from __future__ import annotations

from collections.abc import Callable

from ..core import Accepted
from ..paging import Page
from ..service import Call, Handler, Reply, Service, page_reply
from .phone_numbers import PhoneNumbersBackend

_EXPOSED = {
    "search-id": "Location,Operation-Location,operation-id,search-id",
    "capabilities-id": "Operation-Location,Location,operation-id,capabilities-id",
    "purchase-id": "Operation-Location,operation-id,purchase-id",
    "release-id": "Operation-Location,operation-id,release-id",
    "reservation-purchase-id": "Operation-Location,operation-id,reservation-purchase-id",
}


def _accepted(accepted: Accepted, api_version: str) -> Reply:
    headers = {
        "Operation-Location": f"/phoneNumbers/operations/{accepted.operation_id}?api-version={api_version}",
        "operation-id": accepted.operation_id,
        accepted.resource_header: accepted.resource_id,
        "Access-Control-Expose-Headers": _EXPOSED[accepted.resource_header],
    }
    if accepted.location:
        headers["Location"] = accepted.location
    return Reply(202, accepted.body, headers)


def _listing(list_page: Callable[..., Page]) -> Handler[PhoneNumbersBackend]:
    """A listing handler: ``list_page`` takes the operation's parameters as keywords (``Call.args``)."""
    return lambda b, c: page_reply(list_page(b, **c.args), c)


def _search(b: PhoneNumbersBackend, c: Call) -> Reply:
    return _accepted(b.search(c.params["countryCode"], c.body), c.api_version)


def _browse(b: PhoneNumbersBackend, c: Call) -> Reply:
    return Reply(200, b.browse(c.params["countryCode"], c.body))


def _search_result(b: PhoneNumbersBackend, c: Call) -> Reply:
    return Reply(200, b.get_search_result(c.params["searchId"]))


def _purchase(b: PhoneNumbersBackend, c: Call) -> Reply:
    return _accepted(b.purchase(c.body), c.api_version)


def _upsert_reservation(b: PhoneNumbersBackend, c: Call) -> Reply:
    status, body = b.create_or_update_reservation(c.params["reservationId"], c.body)
    return Reply(status, body)


def _get_reservation(b: PhoneNumbersBackend, c: Call) -> Reply:
    return Reply(200, b.get_reservation(c.params["reservationId"]))


def _delete_reservation(b: PhoneNumbersBackend, c: Call) -> Reply:
    b.delete_reservation(c.params["reservationId"])
    return Reply(204)


def _purchase_reservation(b: PhoneNumbersBackend, c: Call) -> Reply:
    return _accepted(b.purchase_reservation(c.params["reservationId"], c.body or {}), c.api_version)


def _get_operation(b: PhoneNumbersBackend, c: Call) -> Reply:
    state = b.get_operation(c.params["operationId"])
    headers = {}
    if state.body.get("resourceLocation"):
        headers["Location"] = state.body["resourceLocation"]
        headers["Access-Control-Expose-Headers"] = "Location"
    if state.retry_after is not None:
        headers["Retry-After"] = str(state.retry_after)
    return Reply(200, state.body, headers)


def _cancel_operation(b: PhoneNumbersBackend, c: Call) -> Reply:
    b.cancel_operation(c.params["operationId"])
    return Reply(204)


def _update_capabilities(b: PhoneNumbersBackend, c: Call) -> Reply:
    return _accepted(b.update_capabilities(c.params["phoneNumber"], c.body or {}), c.api_version)


def _get_number(b: PhoneNumbersBackend, c: Call) -> Reply:
    return Reply(200, b.get_number(c.params["phoneNumber"]))


def _release(b: PhoneNumbersBackend, c: Call) -> Reply:
    return _accepted(b.release(c.params["phoneNumber"]), c.api_version)


def _operator_information(b: PhoneNumbersBackend, c: Call) -> Reply:
    return Reply(200, b.operator_information(c.body))


SERVICE = Service(
    "phonenumbers.yaml",
    PhoneNumbersBackend,
    {
        "PhoneNumbers_ListAvailableCountries": _listing(PhoneNumbersBackend.list_countries),
        "PhoneNumbers_ListAvailableLocalities": _listing(PhoneNumbersBackend.list_localities),
        "PhoneNumbers_ListAreaCodes": _listing(PhoneNumbersBackend.list_area_codes),
        "PhoneNumbers_ListOfferings": _listing(PhoneNumbersBackend.list_offerings),
        "PhoneNumbers_SearchAvailablePhoneNumbers": _search,
        "PhoneNumbers_BrowseAvailableNumbers": _browse,
        "PhoneNumbers_GetSearchResult": _search_result,
        "PhoneNumbers_PurchasePhoneNumbers": _purchase,
        "PhoneNumbers_ListReservations": _listing(PhoneNumbersBackend.list_reservations),
        "PhoneNumbers_CreateOrUpdateReservation": _upsert_reservation,
        "PhoneNumbers_GetReservation": _get_reservation,
        "PhoneNumbers_DeleteReservation": _delete_reservation,
        "PhoneNumbers_PurchaseReservation": _purchase_reservation,
        "PhoneNumbers_GetOperation": _get_operation,
        "PhoneNumbers_CancelOperation": _cancel_operation,
        "PhoneNumbers_UpdateCapabilities": _update_capabilities,
        "PhoneNumbers_GetByNumber": _get_number,
        "PhoneNumbers_ReleasePhoneNumber": _release,
        "PhoneNumbers_ListPhoneNumbers": _listing(PhoneNumbersBackend.list_numbers),
        "PhoneNumbers_OperatorInformationSearch": _operator_information,
    },
)
