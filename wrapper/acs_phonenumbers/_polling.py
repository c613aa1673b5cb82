"""Long-running operations: a pure state machine, sync and async pollers over it, JSON continuation tokens.

How an ACS phone-numbers LRO runs on the wire::

    POST/PATCH/DELETE ...          -> 202  Operation-Location: /phoneNumbers/operations/<kind>_<id>?api-version=...
                                           Location: /availablePhoneNumbers/searchResults/<id>  (search, capabilities)
                                           Retry-After: <seconds>                               (optional)
    GET  <Operation-Location>      -> 200  {"status": "notStarted" | "running" | "succeeded" | "failed",
                                            "resourceLocation": ..., "error": {"code", "message", ...}}
    GET  <Location> once succeeded -> 200  the final resource  (search and update_capabilities only)

:class:`LROState` knows nothing about I/O: it is fed the facts of each response and answers with the next
:data:`Action`. :class:`LROPoller` and :class:`AsyncLROPoller` do the I/O through callables the client supplies
(``get(url)``, ``deserialize_final(response_or_none)``, ``sleep``), so they never construct requests themselves.

Links may be relative; they are resolved against the client's endpoint and must stay on its scheme, host and port.
``api-version`` is added to a link that has none. A Location with an unencoded ``+`` (``/phoneNumbers/+1425...``)
is kept as sent: in a URL path ``+`` is a literal plus sign.

The sync poller has no background thread: ``begin_*`` returns at once, and ``result()``, ``wait()``, ``done()`` and
``status()`` drive the polling in the calling thread (``done()``/``status()`` only send a poll that is already due and
never sleep). The async poller's ``result()``/``wait()`` are coroutines; its ``done()``/``status()`` never do I/O.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any, Final, Generic, Self, TypeVar, cast

import httpx

from ._errors import HttpResponseError, InvalidArgumentError, OperationFailedError, error_from_response
from ._guards import resolve_link, same_origin
from ._lro_kinds import LROKind, status_monitor_path
from ._lro_token import TOKEN_VERSION, decode_token, encode_token
from ._pacing import clamp_poll_delay, floor_service_delay
from ._retry import DEFAULT_MAX_BACKOFF, asyncio_sleep, parse_retry_after

__all__ = [
    "DEFAULT_POLLING_INTERVAL",
    "TOKEN_VERSION",
    "Action",
    "AsyncLROPoller",
    "Failed",
    "FetchFinal",
    "LROPoller",
    "LROState",
    "OperationStatus",
    "Poll",
    "PollingMethod",
    "Succeeded",
]

T = TypeVar("T")
GetT = TypeVar("GetT", bound=Callable[[str], Any])
SleepT = TypeVar("SleepT")

DEFAULT_POLLING_INTERVAL: Final = 2.0
"""Seconds between polls when the service sends no Retry-After (the official SDK's default)."""


class OperationStatus(StrEnum):
    """``PhoneNumberOperation.status`` as the service spells it."""

    NOT_STARTED = "notStarted"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


_STATUSES: Final = {s.value.lower(): s for s in OperationStatus} | {
    "canceled": OperationStatus.FAILED,
    "cancelled": OperationStatus.FAILED,
}


@dataclass(frozen=True)
class Poll:
    """GET ``url`` (the operation status) after waiting ``delay`` seconds."""

    url: str
    delay: float


@dataclass(frozen=True)
class FetchFinal:
    """The operation succeeded: GET the final resource at ``url`` now."""

    url: str


@dataclass(frozen=True)
class Succeeded:
    """Done; the result is the fetched final resource, or None for an operation without one."""


@dataclass(frozen=True)
class Failed:
    """The operation ended ``failed``; ``operation`` is its PhoneNumberOperation (``id``, ``status``, ``error``)."""

    operation: Mapping[str, Any]

    @property
    def error(self) -> Mapping[str, Any]:
        """The service's CommunicationError (``code``, ``message``, ...), empty if it sent none."""
        error = self.operation.get("error")
        return error if isinstance(error, Mapping) else {}


Action = Poll | FetchFinal | Succeeded | Failed


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def _first_poll_delay(headers: Mapping[str, str]) -> float:
    """The wait before the first poll: the 202's Retry-After, else none at all.

    The status monitor's answers carry Retry-After (the time the service expects to need), so polling once at
    once lets the service pace the rest; waiting a whole polling interval first would return up to an interval
    late when the operation finishes just after a poll (measured in tests/bench: 0.3 s late at a 0.3 s interval).
    """
    retry_after = floor_service_delay(parse_retry_after(headers))
    return 0.0 if retry_after is None else retry_after


class LROState:
    """Where one operation stands; pure (no I/O, no clock). Build it with :meth:`from_initial_response` or
    :meth:`from_continuation_token`, ask :meth:`next_action`, feed it :meth:`on_status` / :meth:`on_final`."""

    def __init__(
        self,
        kind: LROKind,
        *,
        endpoint: str,
        api_version: str,
        operation_location: str,
        resource_location: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.kind = LROKind(kind)
        self.endpoint = endpoint
        self.api_version = api_version
        self.operation_location = resolve_link(operation_location, endpoint, api_version, what="Operation-Location")
        self.resource_location = (
            resolve_link(resource_location, endpoint, api_version, what="resource location")
            if resource_location
            else None
        )
        self.retry_after = retry_after
        """Delay the service asked for in its latest response (None: use the polling interval)."""
        self.max_delay = DEFAULT_MAX_BACKOFF
        """The longest wait between polls, whatever Retry-After says (the client's ``retry.max_backoff``)."""
        self.status = OperationStatus.NOT_STARTED
        self.operation: Mapping[str, Any] = {}
        """The latest PhoneNumberOperation the status monitor returned."""
        self.final_fetched = False

    # -- construction -------------------------------------------------------------------------------------------

    @classmethod
    def from_initial_response(
        cls,
        kind: LROKind,
        *,
        status_code: int,
        headers: Mapping[str, str],
        endpoint: str,
        api_version: str,
    ) -> LROState:
        """State after the 202 that started the operation (Operation-Location, or operation-id as a fallback)."""
        if not 200 <= status_code < 300:
            raise ValueError(f"a long-running operation starts with a 2xx response, not {status_code}")
        final = _header(headers, "location") if LROKind(kind).has_final_resource else None
        location = _header(headers, "operation-location")
        operation_id = _header(headers, "operation-id")
        delay = _first_poll_delay(headers)
        at = partial(cls, kind, endpoint=endpoint, api_version=api_version, resource_location=final, retry_after=delay)
        try:
            if not location:
                raise ValueError("the service's response has no Operation-Location")
            return at(operation_location=location)
        except ValueError:
            # Missing, or unusable like the documented PurchaseReservation example ("...azure.comoperations/...").
            # Never followed elsewhere: the status monitor is rebuilt on our endpoint from operation-id.
            if not operation_id:
                raise
        return at(operation_location=status_monitor_path(operation_id))

    @classmethod
    def from_continuation_token(cls, token: str, *, endpoint: str, kind: LROKind | None = None) -> LROState:
        """State saved by :meth:`continuation_token`, validated field by field.

        Raises InvalidArgumentError (a ValueError) for a malformed token, another token version, another ``kind``
        than expected, or a token whose endpoint or links are not on ``endpoint``'s scheme, host and port.
        The first poll of a resumed operation is due at once.
        """
        data = decode_token(token)
        if data["kind"] not in {k.value for k in LROKind}:
            raise InvalidArgumentError(f"invalid continuation token: unknown operation kind {data['kind']!r}")
        if kind is not None and data["kind"] != LROKind(kind):
            raise InvalidArgumentError(
                f"continuation token is for a {data['kind']!r} operation, not {LROKind(kind).value!r}"
            )
        if not same_origin(data["endpoint"], endpoint):
            raise InvalidArgumentError(
                "continuation token was made for another endpoint (scheme, host or port) than this client's"
            )
        try:
            state = cls(
                LROKind(data["kind"]),
                endpoint=endpoint,
                api_version=data["api_version"],
                operation_location=data["operation_location"],
                resource_location=data["resource_location"],
                retry_after=0.0,  # the operation may have ended long ago: look at once
            )
        except ValueError as exc:
            raise InvalidArgumentError(f"invalid continuation token: {exc}") from None
        return state

    def continuation_token(self) -> str:
        """Plain versioned JSON, base64url-encoded; resume with :meth:`from_continuation_token` (any process)."""
        return encode_token(
            {
                "kind": self.kind.value,
                "endpoint": self.endpoint,
                "api_version": self.api_version,
                "operation_location": self.operation_location,
                "resource_location": self.resource_location,
            }
        )

    # -- transitions --------------------------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        """Nothing is left to request: failed, or succeeded with the final resource fetched (if it has one)."""
        return isinstance(self.next_action(0.0), Succeeded | Failed)

    def next_action(self, polling_interval: float) -> Action:
        """What to do next; a poll waits the service's Retry-After if it sent one, else ``polling_interval``."""
        if self.status is OperationStatus.FAILED:
            return Failed(self.operation)
        if self.status is OperationStatus.SUCCEEDED:
            if not self.kind.has_final_resource or self.final_fetched:
                return Succeeded()
            if self.resource_location is None:
                missing = {"code": "MissingLocation", "message": "the operation succeeded but named no result location"}
                return Failed({**self.operation, "error": missing})
            return FetchFinal(self.resource_location)
        return Poll(self.operation_location, clamp_poll_delay(self.retry_after, polling_interval, self.max_delay))

    def on_status(self, headers: Mapping[str, str], body: bytes | str) -> None:
        """Feed a 2xx answer of the status monitor (a PhoneNumberOperation). ValueError when it is not one."""
        try:
            operation = json.loads(body)
        except (ValueError, RecursionError):
            raise ValueError("the operation status response is not JSON") from None
        raw_status = operation.get("status") if isinstance(operation, dict) else None
        if not isinstance(raw_status, str) or raw_status.lower() not in _STATUSES:
            raise ValueError(f"the operation status response has an unknown status: {raw_status!r}")
        self.status = _STATUSES[raw_status.lower()]
        self.operation = operation
        self.retry_after = floor_service_delay(parse_retry_after(headers))
        if self.resource_location is None and self.kind.has_final_resource:
            location = operation.get("resourceLocation") or _header(headers, "location")
            if isinstance(location, str) and location:
                self.resource_location = resolve_link(location, self.endpoint, self.api_version, what="Location")

    def on_final(self) -> None:
        """The final resource was fetched."""
        self.final_fetched = True

    def __repr__(self) -> str:
        return f"<LROState {self.kind.value} {self.status.value}>"


# -- pollers ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Step:
    """One move of a poller: sleep ``wait`` seconds, then GET ``url`` (``None``: stop after sleeping)."""

    url: str | None
    wait: float
    final: bool = False


class PollingMethod(Generic[T]):
    """What ``poller.polling_method()`` returns: the operation's state and how this client polls it.

    The azure-core names official code reads (``status()``, ``finished()``, ``resource()``,
    ``get_continuation_token()``), and what ``LROPoller.from_continuation_token(polling_method, token)`` needs to
    resume an operation on the same client. ``polling`` is False for a poller made with ``polling=False``.
    """

    def __init__(self, core: _PollerCore[T], get: Callable[[str], Any], polling: bool) -> None:
        self._core = core
        self._get = get
        self.polling = polling

    @property
    def kind(self) -> LROKind:
        """Which operation this is (search, purchase, release, update_capabilities, reservation_purchase)."""
        return self._core.state.kind

    def status(self) -> str:
        """The operation's status as of the latest poll."""
        return self._core.state.status.value

    def finished(self) -> bool:
        """True once the operation has ended (as of the latest poll)."""
        return self._core.finished

    def resource(self) -> T | None:
        """The final result once known, else None."""
        return self._core.result if self._core.has_result else None

    def get_continuation_token(self) -> str:
        """The poller's continuation token."""
        return self._core.state.continuation_token()

    def resume(self, continuation_token: str) -> _PollerCore[T]:
        """A new core for the operation saved in ``continuation_token``, on the same client and endpoint."""
        core = self._core
        try:
            state = LROState.from_continuation_token(
                continuation_token, endpoint=core.state.endpoint, kind=core.state.kind
            )
        except ValueError as exc:
            raise InvalidArgumentError(str(exc)) from None
        return _PollerCore(state, core.deserialize_final, core.polling_interval, core.clock)


_NOT_POLLED: Final = object()


class _PollerCore(Generic[T]):
    """Bookkeeping shared by the sync and async pollers: the state, the clock, the due time, the outcome.

    ``no_polling_result`` (for ``polling=False``) is the deserialised initial response: the poller never polls
    and that is its result, as azure-core's ``NoPolling``.
    """

    def __init__(
        self,
        state: LROState,
        deserialize_final: Callable[[httpx.Response | None], T],
        polling_interval: float,
        clock: Callable[[], float],
        no_polling_result: Any = _NOT_POLLED,
    ) -> None:
        self.state = state
        self.deserialize_final = deserialize_final
        self.polling_interval = polling_interval
        self.clock = clock
        self.due = clock() + self._delay()
        self.result: T | None = None
        self.has_result = False
        self.last_response: httpx.Response | None = None
        self.no_polling_result = no_polling_result
        self.callbacks: list[Callable[[Any], object]] = []
        if no_polling_result is not _NOT_POLLED:
            self.result, self.has_result = no_polling_result, True

    @property
    def polling(self) -> bool:
        return self.no_polling_result is _NOT_POLLED

    @property
    def finished(self) -> bool:
        return not self.polling or self.state.finished

    def notify(self, method: object) -> None:
        """Run the done callbacks once the operation has ended (each once, in the order added)."""
        while self.finished and self.callbacks:
            self.callbacks.pop(0)(method)

    def _delay(self) -> float:
        action = self.state.next_action(self.polling_interval)
        return action.delay if isinstance(action, Poll) else 0.0

    def deadline(self, timeout: float | None) -> float | None:
        return None if timeout is None else self.clock() + max(0.0, timeout)

    def next_step(self, *, block: bool, deadline: float | None) -> _Step | None:
        """The next request to send, None when there is nothing to do (finished, or not due and not blocking)."""
        if not self.polling:
            return None
        action = self.state.next_action(self.polling_interval)
        if isinstance(action, FetchFinal):
            return _Step(action.url, 0.0, final=True)
        if not isinstance(action, Poll):
            return None
        now = self.clock()
        wait = max(0.0, self.due - now)
        if wait > 0 and not block:
            return None
        if deadline is not None and now + wait > deadline:
            return _Step(None, max(0.0, deadline - now))
        return _Step(action.url, wait)

    def record(self, step: _Step, response: httpx.Response) -> None:
        if response.is_error:
            raise error_from_response(response)
        if step.final:
            self.result, self.has_result = self.deserialize_final(response), True
            self.state.on_final()
        else:
            self.last_response = response
            try:
                self.state.on_status(response.headers, response.content)
            except ValueError as exc:
                raise HttpResponseError(str(exc), status_code=response.status_code, response=response) from None
            self.due = self.clock() + self._delay()

    def outcome(self, timeout: float | None) -> T:
        if not self.polling:
            return self.result  # type: ignore[return-value]  # the initial response's value (NoPolling)
        action = self.state.next_action(self.polling_interval)
        if isinstance(action, Failed):
            raise OperationFailedError.from_operation(action.operation, response=self.last_response)
        if not isinstance(action, Succeeded):
            raise TimeoutError(
                f"the {self.state.kind.value} operation is still {self.state.status.value} after {timeout} s; "
                "call result() again, or resume later from continuation_token()"
            )
        if not self.has_result:  # no final resource: the result is deserialize_final(None), normally None
            self.result, self.has_result = self.deserialize_final(None), True
        return self.result  # type: ignore[return-value]  # T may itself be None

    def describe(self, name: str) -> str:
        return f"<{name} {self.state.kind.value} status={self.state.status.value} done={self.finished}>"


class _Poller(Generic[T, GetT, SleepT]):
    """What the sync and async pollers share: building and resuming, the done callbacks, the token, the repr.

    ``GetT`` and ``SleepT`` are the I/O hooks, plain callables for :class:`LROPoller` and coroutine functions for
    :class:`AsyncLROPoller`; only the loops that call them are written twice.
    """

    def __init__(
        self,
        state: LROState,
        *,
        get: GetT,
        deserialize_final: Callable[[httpx.Response | None], T],
        polling_interval: float = DEFAULT_POLLING_INTERVAL,
        sleep: SleepT | None = None,
        clock: Callable[[], float] = time.monotonic,
        polling: bool = True,
        initial_result: Any = None,
    ) -> None:
        no_polling = _NOT_POLLED if polling else initial_result
        self._setup(_PollerCore(state, deserialize_final, polling_interval, clock, no_polling), get, sleep, polling)

    def _setup(self, core: _PollerCore[T], get: GetT, sleep: SleepT | None, polling: bool) -> None:
        self._core = core
        self._get = get
        self._sleep: SleepT = self._default_sleep() if sleep is None else sleep
        self._method = PollingMethod(core, get, polling)

    def _default_sleep(self) -> SleepT:
        raise NotImplementedError

    @classmethod
    def from_continuation_token(cls, polling_method: PollingMethod[T], continuation_token: str, **kwargs: Any) -> Self:
        """Resume the operation saved in ``continuation_token`` on the client of ``polling_method`` (the
        ``polling_method()`` of any poller of that client); azure-core's classmethod, with our JSON tokens.

        ``client.begin_<operation>(..., continuation_token=token)`` and ``client.resume_operation(token)`` do the
        same from the client.
        """
        if not isinstance(polling_method, PollingMethod):
            raise TypeError("polling_method must be the polling_method() of an acs_phonenumbers poller")
        poller = cls.__new__(cls)
        get = cast(GetT, polling_method._get)  # the client's own get, of the kind its pollers take
        poller._setup(polling_method.resume(continuation_token), get, kwargs.get("sleep"), True)
        return poller

    def polling_method(self) -> PollingMethod[T]:
        """The operation's state and how it is polled (azure-core's ``polling_method()``)."""
        return self._method

    def add_done_callback(self, func: Callable[[PollingMethod[T]], object]) -> None:
        """Call ``func(poller.polling_method())`` once the operation has ended: at once if it has, else when a call
        that polls (``result()``, ``wait()``; for the sync poller also ``done()`` and ``status()``) sees it end."""
        if not callable(func):
            raise TypeError(f"a done callback must be callable, got {type(func).__name__}")
        self._core.callbacks.append(func)
        self._core.notify(self._method)

    def remove_done_callback(self, func: Callable[[PollingMethod[T]], object]) -> None:
        """Remove a callback added with :meth:`add_done_callback`; ValueError once the operation has ended."""
        if self._core.finished:
            raise ValueError("the operation has ended: its done callbacks have run")
        self._core.callbacks = [f for f in self._core.callbacks if f != func]

    def continuation_token(self) -> str:
        """A plain-JSON token to resume this operation with ``begin_*(continuation_token=...)``."""
        return self._core.state.continuation_token()

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)


class LROPoller(_Poller[T, Callable[[str], httpx.Response], Callable[[float], object]]):
    """Poller for a long-running operation, polled lazily in the calling thread (no background thread).

    ``begin_*`` returns it without blocking; ``result()`` and ``wait()`` poll until the operation ends (or
    ``timeout`` seconds pass); ``done()`` and ``status()`` send a poll only when one is due and never sleep. All of
    them raise the request's HttpResponseError when a poll or the final GET fails; calling again retries it.
    Not thread-safe: share ``continuation_token()`` rather than the poller.
    """

    def _default_sleep(self) -> Callable[[float], object]:
        return time.sleep

    def _run(self, *, block: bool, timeout: float | None = None, max_requests: int | None = None) -> None:
        core = self._core
        deadline = core.deadline(timeout)
        sent = 0
        while (max_requests is None or sent < max_requests) and (
            step := core.next_step(block=block, deadline=deadline)
        ) is not None:
            if step.wait > 0:
                self._sleep(step.wait)
            if step.url is None:
                break
            sent += 1
            core.record(step, self._get(step.url))
        core.notify(self._method)

    def status(self) -> str:
        """``"notStarted"``, ``"running"``, ``"succeeded"`` or ``"failed"`` (after one poll if one is due)."""
        self._run(block=False, max_requests=1)
        return self._core.state.status.value

    def done(self) -> bool:
        """True once the operation has ended and its result is known (sends at most one request if one is due)."""
        self._run(block=False, max_requests=1)
        return self._core.finished

    def wait(self, timeout: float | None = None) -> None:
        """Poll until the operation ends or ``timeout`` seconds pass; never raises for a failed operation."""
        self._run(block=True, timeout=timeout)

    def result(self, timeout: float | None = None) -> T:
        """Poll until the operation ends; its final resource, or None for operations without one.

        Raises OperationFailedError when the operation ended ``failed`` (with the service's code and message),
        TimeoutError when ``timeout`` seconds passed first, and HttpResponseError subclasses for failed requests.
        """
        self.wait(timeout)
        return self._core.outcome(timeout)


class AsyncLROPoller(_Poller[T, Callable[[str], Awaitable[httpx.Response]], Callable[[float], Awaitable[object]]]):
    """Async poller: ``await poller.result()`` (or ``await poller``); ``done()`` and ``status()`` never do I/O."""

    def _default_sleep(self) -> Callable[[float], Awaitable[object]]:
        return asyncio_sleep

    async def _run(self, *, timeout: float | None = None) -> None:
        core = self._core
        deadline = core.deadline(timeout)
        while (step := core.next_step(block=True, deadline=deadline)) is not None:
            if step.wait > 0:
                await self._sleep(step.wait)
            if step.url is None:
                break
            core.record(step, await self._get(step.url))
        core.notify(self._method)

    def status(self) -> str:
        """``"notStarted"``, ``"running"``, ``"succeeded"`` or ``"failed"``, as of the latest poll."""
        return self._core.state.status.value

    def done(self) -> bool:
        """True once the operation has ended and its result is known, as of the latest poll."""
        return self._core.finished

    async def wait(self, timeout: float | None = None) -> None:
        """Poll until the operation ends or ``timeout`` seconds pass; never raises for a failed operation."""
        await self._run(timeout=timeout)

    async def result(self, timeout: float | None = None) -> T:
        """Poll until the operation ends; see :meth:`LROPoller.result`."""
        await self._run(timeout=timeout)
        return self._core.outcome(timeout)

    def __await__(self) -> Generator[Any, None, T]:
        return self.result().__await__()
