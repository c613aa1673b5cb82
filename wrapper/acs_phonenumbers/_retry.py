"""Retries: the policy, the pure decisions (retry or not, how long to wait) and a retrying transport.

The rule, in one place:

* Statuses 408, 429, 500, 502, 503, 504 and transport errors (connect failures, timeouts, dropped connections,
  including a body cut off mid-transfer: the transport reads each body before deciding) are retried, with
  exponential backoff and full jitter, up to ``max_backoff`` per wait, ``max_retries`` times and within
  ``total_timeout`` seconds for the whole call.
* ``Retry-After`` (seconds or an HTTP date; ``retry-after-ms`` and ``x-ms-retry-after-ms`` too) replaces the
  computed wait, still capped at ``max_backoff``.
* What repeating a request does is decided per operation, by the table of :mod:`acs_phonenumbers._idempotency`
  (from the ``x-acs-retry`` extensions of our OpenAPI documents): reads, idempotent writes, searches and the calls
  keyed to one resource (purchases, release, submit) are retried on all of them. A keyed call whose earlier attempt
  ended with an unknown outcome (500, 502, 504, or a transport error after the request may have left) is marked so
  on its response (``OUTCOME_UNKNOWN_EXTENSION``), and fails as :class:`OutcomeUnknownError` when no attempt got an
  answer; the client then checks the resource's state (:mod:`acs_phonenumbers._reconcile`). A 404 to a retried
  idempotent DELETE means an earlier attempt did it: the transport answers 204.
* A POST the table does not know is retried only when the service cannot have acted on it: 408, 429 and 503
  responses, and transport errors raised before the request left (``ConnectError``, ``ConnectTimeout``,
  ``PoolTimeout``).
* A TLS certificate failure is never retried: it cannot succeed.
* ``total_timeout`` bounds the whole call, including reading a body the server drips byte by byte.

The transport wraps any inner transport (the real one, a ``MockTransport``, an ASGI app), so retries happen below
the auth flow: a retry is re-signed through the ``resign`` hook before it is sent again. A transport error that is
not retried, or still fails after the last attempt, becomes one of azure-core's transport classes saying how many
attempts were made (:func:`failure_class`, the one mapping, as the official client raises them): the request was
not sent (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``, ``UnsupportedProtocol``, ``ProxyError``):
:class:`ServiceRequestError`, :class:`ServiceRequestTimeoutError` for the timeouts; it was or may have been sent
(every other error): :class:`ServiceResponseError`, :class:`ServiceResponseTimeoutError` for the timeouts and
:class:`IncompleteReadError` for a body cut off after the status and headers came. An error status is returned as
the last response, so mapping it to an exception happens in one place.
"""

from __future__ import annotations

import email.utils
import functools
import math
import random
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

import httpx

from ._errors import (
    ATTEMPTS_EXTENSION,
    IncompleteReadError,
    InvalidArgumentError,
    ServiceRequestError,
    ServiceRequestTimeoutError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from ._idempotency import (
    OUTCOME_UNKNOWN_EXTENSION,
    UNKNOWN_OUTCOME_STATUSES,
    OutcomeUnknownError,
    RetryClass,
    classify,
)
from ._logging import logger, redact_url

__all__ = [
    "DEFAULT_BACKOFF_FACTOR",
    "DEFAULT_MAX_BACKOFF",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RETRY_STATUSES",
    "DEFAULT_TOTAL_TIMEOUT",
    "RETRY_EXTENSION",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "compute_delay",
    "decide",
    "failure_class",
    "is_retryable",
    "parse_retry_after",
]

DEFAULT_MAX_RETRIES = 6
"""Seven attempts: at a 20 % fault rate a request fails all of them with probability 0.2**7 (1 in 78,000), so a
2,000-request workload expects 0.03 escapes (with 3 retries: 0.2**4, 1 in 625, about 3 escapes). The waits of six
full-jitter backoffs total at most 0.8 * (1 + 2 + ... + 32) = 50.4 s, half that on average, inside total_timeout."""
DEFAULT_BACKOFF_FACTOR = 0.8  # seconds; the n-th wait is drawn from [0, factor * 2**(n-1)]
DEFAULT_MAX_BACKOFF = 60.0  # seconds; also caps Retry-After, so a hostile header cannot park a call for hours
DEFAULT_TOTAL_TIMEOUT = 120.0  # seconds for a whole call with its retries; below the bearer refresh margin
DEFAULT_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
# Responses that prove the service did not act on the request, so even a POST can be sent again.
NOT_PROCESSED_STATUSES = frozenset({408, 429, 503})
# Transport errors raised before any byte reached the server.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Also "not sent", for the class of the error, though never retried (they cannot succeed): a URL the transport
# cannot send to, and a proxy that refused the tunnel (the request goes through the tunnel, so never reached it).
NEVER_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    *NOT_SENT_ERRORS,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
)
# Transport errors worth another try for an idempotent request (not e.g. UnsupportedProtocol or a proxy refusal).
TRANSIENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)

Outcome = int | BaseException
InnerT = TypeVar("InnerT")
SleepT = TypeVar("SleepT")


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How often and how long to retry; ``RetryPolicy.disabled()`` sends each request once."""

    max_retries: int = DEFAULT_MAX_RETRIES
    backoff_factor: float = DEFAULT_BACKOFF_FACTOR
    max_backoff: float = DEFAULT_MAX_BACKOFF
    total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT
    retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise InvalidArgumentError(f"max_retries must be an int >= 0, got {self.max_retries!r}")
        for name in ("backoff_factor", "max_backoff"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
                raise InvalidArgumentError(f"{name} must be a finite number >= 0, got {value!r}")
        total = self.total_timeout
        if total is not None and (not isinstance(total, int | float) or not math.isfinite(total) or total <= 0):
            raise InvalidArgumentError(f"total_timeout must be a number > 0 or None, got {total!r}")
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """Send every request exactly once."""
        return cls(max_retries=0)


DEFAULT_POLICY = RetryPolicy()
RETRY_EXTENSION = "acs_phonenumbers.retry"
"""A request extension holding a per-call :class:`RetryPolicy` (``retry_total=`` on a call) for the transports."""


def _certificate_failure(exc: BaseException) -> bool:
    """Whether a transport error comes from a TLS certificate the client refuses (it cannot succeed on a retry)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def is_retryable(
    method: str, outcome: Outcome, policy: RetryPolicy = DEFAULT_POLICY, retry_class: RetryClass | None = None
) -> bool:
    """Whether a request may be sent again after this status code or exception.

    ``retry_class`` is the request's class in the operation table (:func:`acs_phonenumbers._idempotency.classify`);
    without it, the method decides (GET, PUT, PATCH, DELETE, HEAD, OPTIONS idempotent; POST unsafe).
    """
    if retry_class is None:
        retry_class = RetryClass.IDEMPOTENT if method.upper() in IDEMPOTENT_METHODS else RetryClass.UNSAFE
    repeatable = retry_class is not RetryClass.UNSAFE
    if isinstance(outcome, BaseException):
        if _certificate_failure(outcome):
            return False
        if isinstance(outcome, NOT_SENT_ERRORS):
            return True
        return repeatable and isinstance(outcome, TRANSIENT_ERRORS)
    if outcome not in policy.retry_statuses:
        return False
    return repeatable or outcome in NOT_PROCESSED_STATUSES


def may_have_acted(outcome: Outcome) -> bool:
    """Whether the service may have acted on an attempt that ended in ``outcome`` although the client cannot see it."""
    if isinstance(outcome, BaseException):
        return not isinstance(outcome, NOT_SENT_ERRORS)
    return outcome in UNKNOWN_OUTCOME_STATUSES


def failure_class(
    exc: httpx.TransportError, *, reading_body: bool = False
) -> type[ServiceRequestError | ServiceResponseError]:
    """The class a transport error becomes when the call fails with it: the one mapping, for both twins and every
    transport (the aiohttp transport maps aiohttp's errors to httpx's first).

    Not sent (:data:`NEVER_SENT_ERRORS`): :class:`ServiceRequestError`, or :class:`ServiceRequestTimeoutError`
    for a connect or pool timeout. Sent or maybe sent (everything else, as the retry rule assumes):
    :class:`ServiceResponseTimeoutError` for a timeout, :class:`IncompleteReadError` for an error while the body
    was read (``reading_body``: the status and headers had come), else :class:`ServiceResponseError`.
    """
    timeout = isinstance(exc, httpx.TimeoutException)
    if isinstance(exc, NEVER_SENT_ERRORS):
        return ServiceRequestTimeoutError if timeout else ServiceRequestError
    if timeout:
        return ServiceResponseTimeoutError
    return IncompleteReadError if reading_body else ServiceResponseError


def parse_retry_after(headers: Mapping[str, str] | httpx.Headers, now: datetime | None = None) -> float | None:
    """Seconds to wait as the service asks, or None when it does not say (or says something unreadable)."""
    headers = headers if isinstance(headers, httpx.Headers) else httpx.Headers(headers)  # names in any case
    for name in ("retry-after-ms", "x-ms-retry-after-ms"):
        value = headers.get(name)
        if value is not None:
            try:
                millis = float(value)
            except ValueError:
                continue
            if math.isfinite(millis):
                return max(0.0, millis / 1000)
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 7231 dates are GMT
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
    return max(0.0, seconds) if math.isfinite(seconds) else None


def compute_delay(
    attempt: int,
    retry_after: float | None = None,
    rng: random.Random | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> float:
    """Seconds to wait before retry number ``attempt`` (1 = the first retry).

    Retry-After wins when given; otherwise full jitter, uniform in [0, backoff_factor * 2**(attempt-1)], which
    spreads clients out instead of having them all come back at once. Both are capped at ``max_backoff``.
    """
    if retry_after is not None:
        return min(retry_after, policy.max_backoff)
    ceiling = min(policy.max_backoff, policy.backoff_factor * 2 ** max(0, min(attempt - 1, 62)))
    return (rng or random).uniform(0, ceiling)


def decide(
    method: str,
    outcome: Outcome,
    attempt: int,
    headers: Mapping[str, str] | httpx.Headers | None = None,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    now: datetime | None = None,
    rng: random.Random | None = None,
    retry_class: RetryClass | None = None,
) -> float | None:
    """The wait before another try after ``attempt`` tries ended in ``outcome``, or None to stop."""
    if attempt > policy.max_retries or not is_retryable(method, outcome, policy, retry_class):
        return None
    retry_after = parse_retry_after(headers, now) if headers is not None else None
    return compute_delay(attempt, retry_after, rng, policy)


def _describe(outcome: Outcome) -> str:
    return f"{type(outcome).__name__}: {outcome}" if isinstance(outcome, BaseException) else f"status {outcome}"


MIN_ATTEMPT_SECONDS = 0.25
"""What must be left of ``total_timeout`` after a retry's wait for the retry to be worth sending: with less, it could
only time out, and the caller would get that timeout instead of the service's last answer."""


class _Budget:
    """One call's retry loop without its I/O, driven by the sync and async transports alike: :meth:`begin` an
    attempt, send it, then :meth:`after_error` or :meth:`after_response` say how long to wait before the next one
    (or raise, or answer None: return :meth:`finish`). It keeps the attempts made and the time left."""

    def __init__(
        self,
        policy: RetryPolicy,
        clock: Callable[[], float],
        request: httpx.Request,
        resign: Callable[[httpx.Request], None] | None = None,
    ) -> None:
        self.policy = policy
        self.clock = clock
        self.start = clock()
        self.attempts = 0
        self.request = request
        self.resign = resign
        self.unknown = False
        """An attempt ended in a way that leaves open whether the service acted (a 5xx, a lost answer)."""
        self.reading_body = False
        """The current attempt's status and headers have come; its body is being read."""

    @functools.cached_property
    def retry_class(self) -> RetryClass | None:
        """The request's class in the operation table; looked up only when a decision needs it (not for a 200)."""
        request = self.request
        if request is None:
            return None
        return classify(request.method, request.url.raw_path.decode("ascii", "replace").partition("?")[0])

    def deadline(self) -> float | None:
        total = self.policy.total_timeout
        return None if total is None else self.start + total

    def note(self, outcome: Outcome) -> None:
        if may_have_acted(outcome):
            self.unknown = True

    def begin(self) -> None:
        """Before each attempt: sign a retry again, count the attempt, fit its timeouts into the time left."""
        if self.attempts and self.resign is not None:
            self.resign(self.request)
        self.attempts += 1
        self.reading_body = False
        self.clamp_timeouts(self.request)

    def after_error(self, exc: httpx.TransportError) -> float:
        """The wait before the next attempt after a transport error; raises the call's error when there is none."""
        delay = self.next_delay(exc, None)
        if delay is None:
            raise self.failure(exc) from exc
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """The wait before the next attempt after a response, or None to return it (see :meth:`finish`)."""
        return self.next_delay(response.status_code, response.headers)

    def finish(self, response: httpx.Response) -> httpx.Response:
        """The response returned to the caller, marked with what the attempts left unknown."""
        request = self.request
        if (
            self.unknown
            and response.status_code == 404
            and request.method == "DELETE"
            and self.retry_class is RetryClass.IDEMPOTENT
        ):
            # An earlier attempt whose answer was lost deleted it: the DELETE is done.
            response = httpx.Response(204, request=request, extensions=dict(response.extensions))
        response.extensions[ATTEMPTS_EXTENSION] = self.attempts
        if self.unknown:
            response.extensions[OUTCOME_UNKNOWN_EXTENSION] = True
        return response

    def remaining(self) -> float | None:
        total = self.policy.total_timeout
        return None if total is None else total - (self.clock() - self.start)

    def clamp_timeouts(self, request: httpx.Request) -> None:
        """Shorten the request's own timeouts to what is left of the budget, so one stall cannot overrun it."""
        left = self.remaining()
        timeouts = request.extensions.get("timeout")
        if left is None or not isinstance(timeouts, dict):
            return
        left = max(left, 0.001)
        if all(v is not None and v <= left for v in timeouts.values()):
            return  # the usual case (a 60 s read timeout early in a 120 s budget): nothing to shorten
        request.extensions["timeout"] = {k: left if v is None else min(v, left) for k, v in timeouts.items()}

    def next_delay(self, outcome: Outcome, headers: httpx.Headers | None) -> float | None:
        request = self.request
        self.note(outcome)
        if isinstance(outcome, int) and outcome not in self.policy.retry_statuses:
            return None  # a status never retried (the usual 200): what decide() answers, without its lookups
        delay = decide(
            request.method, outcome, self.attempts, headers, policy=self.policy, retry_class=self.retry_class
        )
        if delay is None:
            return None
        left = self.remaining()
        if left is not None and delay + MIN_ATTEMPT_SECONDS >= left:
            logger.info(
                "not retrying %s %s after %s: the wait of %.2f s leaves too little of the %.2f s left of total_timeout",
                request.method,
                redact_url(request.url),
                _describe(outcome),
                delay,
                max(left, 0.0),
            )
            return None
        logger.info(
            "retrying %s %s after %s in %.2f s (attempt %d of %d)",
            request.method,
            redact_url(request.url),
            _describe(outcome),
            delay,
            self.attempts + 1,
            self.policy.max_retries + 1,
        )
        return delay

    def failure(self, exc: httpx.TransportError) -> ServiceRequestError | ServiceResponseError:
        request = self.request
        plural = "attempt" if self.attempts == 1 else "attempts"
        if _certificate_failure(exc):
            why = " (not retried: the server's TLS certificate is not trusted)"
        elif is_retryable(request.method, exc, self.policy, self.retry_class):
            why = ""
        else:
            why = " (not retried: the request may have been sent)"
        message = (
            f"{request.method} {redact_url(request.url)} failed after {self.attempts} {plural} "
            f"in {self.clock() - self.start:.1f} s: {type(exc).__name__}: {exc}{why}"
        )
        if self.unknown and self.retry_class is RetryClass.KEYED:
            return OutcomeUnknownError(message, attempts=self.attempts)
        return failure_class(exc, reading_body=self.reading_body)(message, attempts=self.attempts)


async def asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, importing asyncio on first use: a sync-only program never pays its import (about 9 ms)."""
    import asyncio

    await asyncio.sleep(seconds)


class _DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that fails with ``ReadTimeout`` once ``deadline`` has passed, however steadily it drips."""

    def __init__(self, inner: Any, request: httpx.Request | None, deadline: float, clock: Callable[[], float]) -> None:
        self.inner = inner
        self.request = request
        self.deadline = deadline
        self.clock = clock

    def _check(self) -> None:
        if self.clock() > self.deadline:
            raise httpx.ReadTimeout("the response body did not arrive within total_timeout", request=self.request)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            self._check()
            yield chunk

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()

    async def aclose(self) -> None:
        aclose = getattr(self.inner, "aclose", None)
        if aclose is not None:
            await aclose()


def _bound_body(response: httpx.Response, budget: _Budget) -> None:
    deadline = budget.deadline()
    if deadline is not None and not isinstance(response.stream, httpx.ByteStream):
        response.stream = _DeadlineStream(response.stream, budget.request, deadline, budget.clock)


def _read_or_close(response: httpx.Response, budget: _Budget) -> None:
    """Read the body here, so a connection dropped mid-body is a transport error this loop can retry.

    The service's bodies are small JSON documents; reading them inside the retry loop costs nothing and turns a
    truncated read into the same decision as a failed connect (retried only for idempotent methods). The read
    fails with ``ReadTimeout`` once the call's ``total_timeout`` has passed.
    """
    _bound_body(response, budget)
    budget.reading_body = True
    try:
        response.read()
    except httpx.TransportError:
        response.close()
        raise


async def _aread_or_aclose(response: httpx.Response, budget: _Budget) -> None:
    """The async twin of :func:`_read_or_close`."""
    _bound_body(response, budget)
    budget.reading_body = True
    try:
        await response.aread()
    except httpx.TransportError:
        await response.aclose()
        raise


class _Retrying(Generic[InnerT, SleepT]):
    """What the sync and async retrying transports share: the inner transport, the policy, the hooks (``resign``;
    ``sleep`` and ``clock`` for tests) and each call's :class:`_Budget`. Only the loop that sends and sleeps is
    written twice."""

    def __init__(
        self,
        inner: InnerT,
        policy: RetryPolicy = DEFAULT_POLICY,
        *,
        resign: Callable[[httpx.Request], None] | None = None,
        sleep: SleepT | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._resign = resign
        self._sleep: SleepT = self._default_sleep() if sleep is None else sleep
        self._clock = clock

    def _default_sleep(self) -> SleepT:
        raise NotImplementedError

    def _budget(self, request: httpx.Request) -> _Budget:
        """A call's bookkeeping; a per-call policy (``retry_total=``) rides on the request."""
        return _Budget(request.extensions.get(RETRY_EXTENSION, self.policy), self._clock, request, self._resign)


class RetryTransport(_Retrying[httpx.BaseTransport, Callable[[float], object]], httpx.BaseTransport):
    """Retries requests through ``inner`` as :class:`RetryPolicy` says; tests inject ``sleep`` and ``clock``."""

    def _default_sleep(self) -> Callable[[float], object]:
        return time.sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a streamed body becomes bytes, so every attempt sends (and signs) the same content
        budget = self._budget(request)
        while True:
            budget.begin()
            try:
                response = self.inner.handle_request(request)
                _read_or_close(response, budget)
            except httpx.TransportError as exc:
                self._sleep(budget.after_error(exc))
                continue
            delay = budget.after_response(response)
            if delay is None:
                return budget.finish(response)
            response.close()  # release the connection of a response we will not return
            self._sleep(delay)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(
    _Retrying[httpx.AsyncBaseTransport, Callable[[float], Awaitable[object]]], httpx.AsyncBaseTransport
):
    """The async twin of :class:`RetryTransport` (same policy and decisions, awaits ``sleep``)."""

    def _default_sleep(self) -> Callable[[float], Awaitable[object]]:
        return asyncio_sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        budget = self._budget(request)
        while True:
            budget.begin()
            try:
                response = await self.inner.handle_async_request(request)
                await _aread_or_aclose(response, budget)
            except httpx.TransportError as exc:
                await self._sleep(budget.after_error(exc))
                continue
            delay = budget.after_response(response)
            if delay is None:
                return budget.finish(response)
            await response.aclose()
            await self._sleep(delay)

    async def aclose(self) -> None:
        await self.inner.aclose()
