"""What repeating each operation does: one table, by operation, shared by the sync and async clients.

The rule is decided per operation, not per HTTP method. Each operation of our OpenAPI documents
(``openapi/*.yaml``) carries an ``x-acs-retry`` extension naming its class, and :data:`OPERATIONS` below is that
table, as the retrying transport reads it (a test keeps the two identical, so the documents stay the source):

``read``
    Every GET, and the POSTs that only read (``:browse``, ``operatorInformation/:search``).
``idempotent``
    Writes whose repetition has the same effect (PATCH capabilities, reservation and brief; DELETE of a
    reservation or brief, or of an operation;
    the SIP configuration's merge patch). A 404 answering a retried DELETE means the first attempt did it.
``search``
    A search POST: a duplicate only creates a hold on numbers, which expires by itself.
``keyed``
    Calls keyed to one resource, which the service refuses to repeat once done: purchase of a search, purchase of a
    reservation, release of a number, submit of a brief. They are retried too; when an attempt's outcome is unknown
    (a 500, 502 or 504, or a transport error after the request may have left) and a later attempt is refused as
    already done, the client checks the resource's state (:mod:`acs_phonenumbers._reconcile`) rather than raising.

All four are retried on 408, 429, 500, 502, 503, 504, timeouts and connection or protocol errors, within the retry
budget. A request that matches no operation (a URL of your own through ``client.generated``) falls back to the
method: GET, PUT, PATCH, DELETE, HEAD and OPTIONS are ``idempotent``; a POST is retried only when the service
cannot have acted on it (408, 429, 503, or a connection that never opened).

When the client cannot know whether a keyed call took effect, it raises :class:`OutcomeUnknownError`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final

import httpx

from ._errors import ServiceRequestError

__all__ = [
    "OPERATIONS",
    "OUTCOME_UNKNOWN_EXTENSION",
    "UNKNOWN_OUTCOME_STATUSES",
    "OutcomeUnknownError",
    "RetryClass",
    "classify",
    "operation_of",
]


class RetryClass(StrEnum):
    """What repeating a request does (the values of the ``x-acs-retry`` extension)."""

    READ = "read"
    IDEMPOTENT = "idempotent"
    SEARCH = "search"
    KEYED = "keyed"
    UNSAFE = "unsafe"
    """Not an extension value: a POST the table does not know, retried only when it cannot have been processed."""


# operationId: (method, path template, class). Identical to the x-acs-retry extensions of openapi/*.yaml.
OPERATIONS: Final[Mapping[str, tuple[str, str, RetryClass]]] = {
    "PhoneNumbers_ListAreaCodes": ("GET", "/availablePhoneNumbers/countries/{countryCode}/areaCodes", RetryClass.READ),
    "PhoneNumbers_ListAvailableCountries": ("GET", "/availablePhoneNumbers/countries", RetryClass.READ),
    "PhoneNumbers_BrowseAvailableNumbers": (
        "POST",
        "/availablePhoneNumbers/countries/{countryCode}/:browse",
        RetryClass.READ,
    ),
    "PhoneNumbers_ListAvailableLocalities": (
        "GET",
        "/availablePhoneNumbers/countries/{countryCode}/localities",
        RetryClass.READ,
    ),
    "PhoneNumbers_ListOfferings": ("GET", "/availablePhoneNumbers/countries/{countryCode}/offerings", RetryClass.READ),
    "PhoneNumbers_ListReservations": ("GET", "/availablePhoneNumbers/reservations", RetryClass.READ),
    "PhoneNumbers_CreateOrUpdateReservation": (
        "PATCH",
        "/availablePhoneNumbers/reservations/{reservationId}",
        RetryClass.IDEMPOTENT,
    ),
    "PhoneNumbers_GetReservation": ("GET", "/availablePhoneNumbers/reservations/{reservationId}", RetryClass.READ),
    "PhoneNumbers_DeleteReservation": (
        "DELETE",
        "/availablePhoneNumbers/reservations/{reservationId}",
        RetryClass.IDEMPOTENT,
    ),
    "PhoneNumbers_PurchaseReservation": (
        "POST",
        "/availablePhoneNumbers/reservations/{reservationId}/:purchase",
        RetryClass.KEYED,
    ),
    "PhoneNumbers_SearchAvailablePhoneNumbers": (
        "POST",
        "/availablePhoneNumbers/countries/{countryCode}/:search",
        RetryClass.SEARCH,
    ),
    "PhoneNumbers_GetSearchResult": ("GET", "/availablePhoneNumbers/searchResults/{searchId}", RetryClass.READ),
    "PhoneNumbers_PurchasePhoneNumbers": ("POST", "/availablePhoneNumbers/:purchase", RetryClass.KEYED),
    "PhoneNumbers_GetOperation": ("GET", "/phoneNumbers/operations/{operationId}", RetryClass.READ),
    "PhoneNumbers_CancelOperation": ("DELETE", "/phoneNumbers/operations/{operationId}", RetryClass.IDEMPOTENT),
    "PhoneNumbers_UpdateCapabilities": ("PATCH", "/phoneNumbers/{phoneNumber}/capabilities", RetryClass.IDEMPOTENT),
    "PhoneNumbers_GetByNumber": ("GET", "/phoneNumbers/{phoneNumber}", RetryClass.READ),
    "PhoneNumbers_ReleasePhoneNumber": ("DELETE", "/phoneNumbers/{phoneNumber}", RetryClass.KEYED),
    "PhoneNumbers_ListPhoneNumbers": ("GET", "/phoneNumbers", RetryClass.READ),
    "PhoneNumbers_OperatorInformationSearch": ("POST", "/operatorInformation/:search", RetryClass.READ),
    "ShortCodes_GetShortCodes": ("GET", "/shortCodes", RetryClass.READ),
    "ShortCodes_UpsertUSProgramBrief": (
        "PATCH",
        "/shortCodes/countries/US/programBriefs/{programBriefId}",
        RetryClass.IDEMPOTENT,
    ),
    "ShortCodes_DeleteUSProgramBrief": (
        "DELETE",
        "/shortCodes/countries/US/programBriefs/{programBriefId}",
        RetryClass.IDEMPOTENT,
    ),
    "ShortCodes_GetUSProgramBrief": ("GET", "/shortCodes/countries/US/programBriefs/{programBriefId}", RetryClass.READ),
    "ShortCodes_SubmitUSProgramBrief": (
        "POST",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/:submit",
        RetryClass.KEYED,
    ),
    "ShortCodes_GetUSProgramBriefs": ("GET", "/shortCodes/countries/US/programBriefs", RetryClass.READ),
    "ShortCodes_GetCosts": ("GET", "/shortCodes/costs", RetryClass.READ),
    "ShortCodes_CreateOrReplaceUSProgramBriefAttachment": (
        "PUT",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        RetryClass.IDEMPOTENT,
    ),
    "ShortCodes_GetUSProgramBriefAttachment": (
        "GET",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        RetryClass.READ,
    ),
    "ShortCodes_DeleteUSProgramBriefAttachment": (
        "DELETE",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments/{attachmentId}",
        RetryClass.IDEMPOTENT,
    ),
    "ShortCodes_GetUSProgramBriefAttachments": (
        "GET",
        "/shortCodes/countries/US/programBriefs/{programBriefId}/attachments",
        RetryClass.READ,
    ),
    "SipRouting_Get": ("GET", "/sip", RetryClass.READ),
    "SipRouting_Update": ("PATCH", "/sip", RetryClass.IDEMPOTENT),
}

UNKNOWN_OUTCOME_STATUSES: Final = frozenset({500, 502, 504})
"""Answers after which the service may or may not have acted (408, 429 and 503 say it did not)."""
OUTCOME_UNKNOWN_EXTENSION: Final = "acs_phonenumbers.outcome_unknown"
"""Set (True) on a response when an earlier attempt of the same call ended with an unknown outcome."""

_IDEMPOTENT_METHODS: Final = frozenset({"GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    body = "".join("[^/]+" if p.startswith("{") else re.escape(p).replace(":", "(?::|%3[Aa])") for p in parts)
    return re.compile(f"(?:/.*)?{body}/?")  # any path prefix of the endpoint


# Most literal characters first, so /phoneNumbers/operations/{id} wins over /phoneNumbers/{phoneNumber}.
_ROUTES: Final = sorted(
    ((method, _pattern(path), name, cls) for name, (method, path, cls) in OPERATIONS.items()),
    key=lambda route: -len(route[1].pattern.replace("[^/]+", "")),
)


def operation_of(method: str, path: str) -> str | None:
    """The operationId of a request (by method and URL path), or None when no operation matches."""
    method = method.upper()
    for route_method, pattern, name, _ in _ROUTES:
        if route_method == method and pattern.fullmatch(path):
            return name
    return None


def classify(method: str, path: str = "") -> RetryClass:
    """The retry class of a request: its operation's, else one from the method."""
    name = operation_of(method, path)
    if name is not None:
        return OPERATIONS[name][2]
    return RetryClass.IDEMPOTENT if method.upper() in _IDEMPOTENT_METHODS else RetryClass.UNSAFE


class OutcomeUnknownError(ServiceRequestError):
    """The client cannot know whether a call that spends or releases something took effect.

    Raised for the calls keyed to one resource (purchase of a search or reservation, release of a number, submit of
    a brief) when every attempt's answer was lost or was a server error, and the resource's state does not show
    the call took effect. ``operation`` names the call, ``attempted`` what it was about (``search_id`` and
    ``phone_numbers``, ``reservation_id``, ``phone_number``, ``program_brief_id``), ``how_to_verify`` how to check.
    Repeating the call is safe: the service refuses to do it twice, and the client then checks the state again.
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 1,
        operation: str = "",
        attempted: Mapping[str, Any] | None = None,
        how_to_verify: str = "",
    ) -> None:
        super().__init__(message, attempts=attempts)
        self.operation = operation
        self.attempted: Mapping[str, Any] = dict(attempted or {})
        self.how_to_verify = how_to_verify

    @classmethod
    def about(
        cls, operation: str, attempted: Mapping[str, Any], how_to_verify: str, *, attempts: int, cause: str
    ) -> OutcomeUnknownError:
        what = ", ".join(f"{k}={v!r}" for k, v in attempted.items())
        message = (
            f"{operation}({what}) may or may not have taken effect ({cause}). To verify: {how_to_verify}. "
            "Repeating the call is safe: a repeat of a call that took effect is recognised and reported as success."
        )
        return cls(message, attempts=attempts, operation=operation, attempted=attempted, how_to_verify=how_to_verify)


def outcome_unknown(response: httpx.Response) -> bool:
    """Whether an earlier attempt of the call that ended in ``response`` may have taken effect unseen."""
    return bool(response.extensions.get(OUTCOME_UNKNOWN_EXTENSION))
