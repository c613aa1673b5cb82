"""What repeating each operation does: one table, by operation, shared by the sync and async clients.

The rule is decided per operation, not per HTTP method. Each operation of our OpenAPI documents
(``openapi/*.yaml``) carries an ``x-acs-retry`` extension naming its class; ``make generate`` writes them, with
each operation's method and path, into the generated packages' ``operations`` modules, and the retrying transport
reads those tables (:func:`classify`), so the documents are the only place the classes are written:

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
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from functools import cache
from typing import Any, Final

import httpx

from ._errors import ServiceResponseError

__all__ = [
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


UNKNOWN_OUTCOME_STATUSES: Final = frozenset({500, 502, 504})
"""Answers after which the service may or may not have acted (408, 429 and 503 say it did not)."""
OUTCOME_UNKNOWN_EXTENSION: Final = "acs_phonenumbers.outcome_unknown"
"""Set (True) on a response when an earlier attempt of the same call ended with an unknown outcome."""

_IDEMPOTENT_METHODS: Final = frozenset({"GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


Route = tuple[str, re.Pattern[str], str, RetryClass]
"""method, the pattern of the operation's path (any prefix before it), operationId, retry class."""


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    body = "".join("[^/]+" if p.startswith("{") else re.escape(p).replace(":", "(?::|%3[Aa])") for p in parts)
    return re.compile(f"(?:/.*)?{body}/?")  # any path prefix of the endpoint


def _routes(operations: Iterable[tuple[str, str, str, str]]) -> tuple[Route, ...]:
    """One document's routes from (operationId, method, path template, retry class), most literal characters
    first, so that /phoneNumbers/operations/{id} wins over /phoneNumbers/{phoneNumber}."""
    routes = [(method, _pattern(path), name, RetryClass(retry)) for name, method, path, retry in operations]
    return tuple(sorted(routes, key=lambda route: -len(route[1].pattern.replace("[^/]+", ""))))


# Each generated package's operations table (make generate writes it from the document's x-acs-retry), loaded on
# first use and in this order: a phone-numbers request never loads the short-code or SIP packages.
@cache
def _phone_numbers() -> tuple[Route, ...]:
    from acs_phonenumbers_generated.operations import OPERATIONS

    return _routes((name, op.method, op.path, op.retry) for name, op in OPERATIONS.items())


@cache
def _short_codes() -> tuple[Route, ...]:
    from acs_shortcodes_generated.operations import OPERATIONS

    return _routes((name, op.method, op.path, op.retry) for name, op in OPERATIONS.items())


@cache
def _sip_routing() -> tuple[Route, ...]:
    from acs_siprouting_generated.operations import OPERATIONS

    return _routes((name, op.method, op.path, op.retry) for name, op in OPERATIONS.items())


_TABLES: Final = (_phone_numbers, _short_codes, _sip_routing)


def _all_routes() -> Iterator[Route]:
    for table in _TABLES:
        yield from table()


def _route_of(method: str, path: str) -> Route | None:
    method = method.upper()
    for route in _all_routes():
        if route[0] == method and route[1].fullmatch(path):
            return route
    return None


def operation_of(method: str, path: str) -> str | None:
    """The operationId of a request (by method and URL path), or None when no operation matches."""
    route = _route_of(method, path)
    return route[2] if route is not None else None


def classify(method: str, path: str = "") -> RetryClass:
    """The retry class of a request: its operation's, else one from the method."""
    route = _route_of(method, path)
    if route is not None:
        return route[3]
    return RetryClass.IDEMPOTENT if method.upper() in _IDEMPOTENT_METHODS else RetryClass.UNSAFE


class OutcomeUnknownError(ServiceResponseError):
    """The client cannot know whether a call that spends or releases something took effect.

    Raised for the calls keyed to one resource (purchase of a search or reservation, release of a number, submit of
    a brief) when every attempt's answer was lost or was a server error, and the resource's state does not show
    the call took effect. ``operation`` names the call, ``attempted`` what it was about (``search_id`` and
    ``phone_numbers``, ``reservation_id``, ``phone_number``, ``program_brief_id``), ``how_to_verify`` how to check.
    Repeating the call is safe: the service refuses to do it twice, and the client then checks the state again.

    A :class:`ServiceResponseError` (the request may have been sent), never a ``ServiceRequestError``: code that
    sends a request again on "not sent" must not send a purchase again on this.
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
