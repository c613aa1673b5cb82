"""Calls keyed to one resource: never report failure for something that happened.

A purchase of a search, a purchase of a reservation, the release of a number and the submit of a brief are
retried like every other call (:mod:`acs_phonenumbers._idempotency`). What makes them special is the answer to a
repeat of a call that already took effect: the service refuses it ("already purchased", "not active", a number
no longer owned). When an attempt's outcome was unknown (a 500, 502 or 504, or an answer lost after the request
may have left) and the call then ends in such a refusal, or in a server error, or with no answer at all, the client
looks at the resource instead of raising:

* purchase of a search: every number of the search is now owned (``GET /phoneNumbers/{number}``);
* purchase of a reservation: the reservation's status is ``completed``;
* release of a number: the number is no longer owned (404);
* submit of a brief: the brief is no longer editable (``submitted`` or later); the brief is returned.

The state showing the call took effect is success (for a long-running call, a poller that is already done). When
the state does not show it, or cannot be read, :class:`OutcomeUnknownError` says what was attempted and how to
verify. A :data:`Check` is a generator shared by the sync and async clients: it yields the URLs to GET, is sent
each response, and returns its evidence (None: not taken effect).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._errors import ATTEMPTS_EXTENSION, AcsError, HttpResponseError, error_from_response
from ._idempotency import UNKNOWN_OUTCOME_STATUSES, OutcomeUnknownError, outcome_unknown

__all__ = ["Check", "Keyed", "arun_check", "json_of", "needs_check", "run_check"]

Check = Generator[str, httpx.Response, Any]


@dataclass(frozen=True)
class Keyed:
    """A call keyed to one resource: what it attempted, how its repeat is refused, and how to check it."""

    operation: str
    attempted: Mapping[str, Any]
    refusals: frozenset[int]
    """Statuses with which the service refuses to repeat the call once it took effect."""
    check: Callable[[], Check]
    how_to_verify: str


def json_of(response: httpx.Response) -> Any:
    """The JSON of a 200 response to a check; the mapped error for anything else."""
    if response.status_code != 200:
        raise error_from_response(response)
    try:
        return response.json()
    except (ValueError, RecursionError):
        raise HttpResponseError(
            "the response to a state check could not be decoded", status_code=200, response=response
        ) from None


def needs_check(exc: BaseException, keyed: Keyed) -> bool:
    """Whether ``exc``, ending a keyed call, leaves open that the call took effect."""
    if isinstance(exc, OutcomeUnknownError):
        return True
    if isinstance(exc, HttpResponseError) and exc.status_code is not None:
        if exc.status_code in UNKNOWN_OUTCOME_STATUSES:
            return True
        return exc.status_code in keyed.refusals and exc.response is not None and outcome_unknown(exc.response)
    return False


def _attempts(exc: BaseException) -> int:
    attempts = getattr(exc, "attempts", None)
    response = getattr(exc, "response", None)
    if not attempts and isinstance(response, httpx.Response):
        attempts = response.extensions.get(ATTEMPTS_EXTENSION)
    return attempts if isinstance(attempts, int) and attempts > 0 else 1


def _unknown(keyed: Keyed, exc: BaseException, why: str) -> OutcomeUnknownError:
    cause = f"the call ended with {type(exc).__name__}: {exc}; {why}"
    return OutcomeUnknownError.about(
        keyed.operation, keyed.attempted, keyed.how_to_verify, attempts=_attempts(exc), cause=cause
    )


class _Checking:
    """One run of a keyed call's :data:`Check`, shared by :func:`run_check` and :func:`arun_check`.

    ``send`` feeds the check a response (None to start it) and answers the next URL to GET, or None once the check
    has returned its evidence. Used as a context manager around the I/O, it turns a failed check (an
    :class:`AcsError` from a GET or from the check) into OutcomeUnknownError raised from ``exc``.
    """

    def __init__(self, keyed: Keyed, exc: BaseException) -> None:
        self.keyed = keyed
        self.exc = exc
        self.check = keyed.check()
        self.evidence: Any = None

    def send(self, response: httpx.Response | None) -> str | None:
        try:
            return next(self.check) if response is None else self.check.send(response)
        except StopIteration as stop:
            self.evidence = stop.value
            return None

    def __enter__(self) -> _Checking:
        return self

    def __exit__(self, exc_type: object, failure: BaseException | None, traceback: object) -> None:
        if isinstance(failure, AcsError):
            raise _unknown(self.keyed, self.exc, f"checking the state failed too ({failure})") from self.exc

    def result(self) -> Any:
        """The evidence that the keyed call took effect; OutcomeUnknownError when there is none."""
        if self.evidence is None:
            raise _unknown(self.keyed, self.exc, "the resource's state does not show it took effect") from self.exc
        return self.evidence


def run_check(keyed: Keyed, get: Callable[[str], httpx.Response], exc: BaseException) -> Any:
    """The evidence that the keyed call took effect; OutcomeUnknownError (from ``exc``) when there is none."""
    with _Checking(keyed, exc) as checking:
        url = checking.send(None)
        while url is not None:
            url = checking.send(get(url))
    return checking.result()


async def arun_check(keyed: Keyed, get: Callable[[str], Awaitable[httpx.Response]], exc: BaseException) -> Any:
    """The async twin of :func:`run_check`."""
    with _Checking(keyed, exc) as checking:
        url = checking.send(None)
        while url is not None:
            url = checking.send(await get(url))
    return checking.result()
