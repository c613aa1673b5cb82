"""HTTP handlers of the phone-numbers service, by operationId (methods and paths come from ``phonenumbers.yaml``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


# The backend methods take the operation's parameters as keywords, and its body as ``request`` (``Call.args``).


def _listing(list_page: Callable[..., Page]) -> Handler[PhoneNumbersBackend]:
    return lambda b, c: page_reply(list_page(b, **c.args), c)


def _ok(method: Callable[..., Any]) -> Handler[PhoneNumbersBackend]:
    return lambda b, c: Reply(200, method(b, **c.args))


def _started(start: Callable[..., Accepted]) -> Handler[PhoneNumbersBackend]:
    return lambda b, c: _accepted(start(b, **c.args), c.api_version)


def _no_content(method: Callable[..., None]) -> Handler[PhoneNumbersBackend]:
    def handler(b: PhoneNumbersBackend, c: Call) -> Reply:
        method(b, **c.args)
        return Reply(204)

    return handler


def _upsert_reservation(b: PhoneNumbersBackend, c: Call) -> Reply:
    return Reply(*b.create_or_update_reservation(**c.args))


def _get_operation(b: PhoneNumbersBackend, c: Call) -> Reply:
    state = b.get_operation(**c.args)
    headers = {}
    if state.body.get("resourceLocation"):
        headers["Location"] = state.body["resourceLocation"]
        headers["Access-Control-Expose-Headers"] = "Location"
    if state.retry_after is not None:
        headers["Retry-After"] = str(state.retry_after)
    return Reply(200, state.body, headers)


_B = PhoneNumbersBackend
SERVICE = Service(
    "phonenumbers.yaml",
    PhoneNumbersBackend,
    {
        "PhoneNumbers_ListAvailableCountries": _listing(_B.list_countries),
        "PhoneNumbers_ListAvailableLocalities": _listing(_B.list_localities),
        "PhoneNumbers_ListAreaCodes": _listing(_B.list_area_codes),
        "PhoneNumbers_ListOfferings": _listing(_B.list_offerings),
        "PhoneNumbers_SearchAvailablePhoneNumbers": _started(_B.search),
        "PhoneNumbers_BrowseAvailableNumbers": _ok(_B.browse),
        "PhoneNumbers_GetSearchResult": _ok(_B.get_search_result),
        "PhoneNumbers_PurchasePhoneNumbers": _started(_B.purchase),
        "PhoneNumbers_ListReservations": _listing(_B.list_reservations),
        "PhoneNumbers_CreateOrUpdateReservation": _upsert_reservation,
        "PhoneNumbers_GetReservation": _ok(_B.get_reservation),
        "PhoneNumbers_DeleteReservation": _no_content(_B.delete_reservation),
        "PhoneNumbers_PurchaseReservation": _started(_B.purchase_reservation),
        "PhoneNumbers_GetOperation": _get_operation,
        "PhoneNumbers_CancelOperation": _no_content(_B.cancel_operation),
        "PhoneNumbers_UpdateCapabilities": _started(_B.update_capabilities),
        "PhoneNumbers_GetByNumber": _ok(_B.get_number),
        "PhoneNumbers_ReleasePhoneNumber": _started(_B.release),
        "PhoneNumbers_ListPhoneNumbers": _listing(_B.list_numbers),
        "PhoneNumbers_OperatorInformationSearch": _ok(_B.operator_information),
    },
)
