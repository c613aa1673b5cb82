"""What every service's backend shares: the store, the clock, ids, and long-running operations.

``Core.op()`` is the one way a backend method touches state: one store transaction that first settles the
long-running operations whose time has come (their effects are applied then, so a cancelled operation never takes
effect). A service registers what its operations do when they settle (``Core.register_effect``); the effect is
kept as JSON in the operation's document, so an emulator restarted on the same ``--db`` file still settles it.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar

from .clock import Clock
from .errors import bad_request, not_found
from .paging import Cut, Page, paginate
from .store import Store

DEFAULT_LRO_SECONDS = 1.0

Effect = dict[str, Any]
"""What an operation does when it settles: ``{"kind": ..., **details}``, JSON, kept in the operation's document."""


@dataclass(frozen=True)
class Accepted:
    """A long-running operation was started: what the 202 response carries."""

    operation_id: str
    resource_id: str
    resource_header: str
    location: str | None = None
    body: dict[str, Any] | None = None


@dataclass(frozen=True)
class OperationState:
    body: dict[str, Any]
    retry_after: int | None


@dataclass(frozen=True)
class _EffectRules:
    apply: Callable[[Effect, datetime], None] | None
    cancel: Callable[[Effect], None] | None


def iso(moment: datetime) -> str:
    return moment.isoformat()


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def merge_patch(target: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """RFC 7396 JSON merge patch."""
    result = dict(target)
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge_patch(result[key], value)
        else:
            result[key] = value
    return result


RETRY_AFTER_SLACK = 0.05
"""How far past the end a whole-second Retry-After may point (9.97 s left is said as 10, not 9)."""


def whole_seconds_left(remaining: float) -> int | None:
    """The service's integer ``Retry-After`` for an operation with ``remaining`` seconds to go, or None.

    Rounded down (within :data:`RETRY_AFTER_SLACK`), so a client that follows it polls at the end, not up to a
    second after it. With less than a second left there is no whole second to say: no header, and the client's
    own polling interval applies (a 0.5 s operation is then noticed in time, not a second late).
    """
    seconds = math.floor(remaining + RETRY_AFTER_SLACK)
    return seconds if seconds >= 1 else None


class Core:
    """The store, the clock, the id factory and the long-running operations every service backend shares."""

    def __init__(self, store: Store, clock: Clock, lro_seconds: float = DEFAULT_LRO_SECONDS) -> None:
        self.store = store
        self.clock = clock
        self.lro_seconds = lro_seconds
        self.new_id: Callable[[], str] = lambda: str(uuid.uuid4())
        self._effects: dict[str, _EffectRules] = {}

    @contextmanager
    def op(self) -> Iterator[datetime]:
        """One operation: a store transaction that first settles what is due; yields the emulator's now."""
        with self.store.transaction():
            now = self.clock.now()
            self._settle(now)
            yield now

    def reset(self) -> None:
        """Forget everything every service holds; the clock goes back to wall time."""
        with self.store.transaction():
            self.store.clear()
        self.clock.reset()

    # ----------------------------------------------------------------- long-running operations

    def register_effect(
        self,
        kind: str,
        apply: Callable[[Effect, datetime], None] | None = None,
        cancel: Callable[[Effect], None] | None = None,
    ) -> None:
        """What an operation whose effect is of ``kind`` does when it settles (``apply(effect, when)``) and when
        it is cancelled before that (``cancel(effect)``). ``None``: nothing."""
        if kind in self._effects:
            raise ValueError(f"effect kind {kind!r} is registered twice")
        self._effects[kind] = _EffectRules(apply, cancel)

    def start_operation(
        self,
        now: datetime,
        prefix: str,
        operation_type: str,
        resource_id: str,
        effect: Effect,
        *,
        resource_location: str | None = None,
        error: dict[str, Any] | None = None,
    ) -> str:
        """Record a long-running operation that settles ``lro_seconds`` from ``now``; returns its id."""
        if effect["kind"] not in self._effects:
            raise ValueError(f"effect kind {effect['kind']!r} is not registered")
        operation_id = f"{prefix}_{resource_id}"
        self.store.put(
            "operation",
            operation_id,
            {
                "id": operation_id,
                "operationType": operation_type,
                "createdDateTime": iso(now),
                "durationSeconds": self.lro_seconds,
                "resourceLocation": resource_location,
                "error": error,
                "effect": effect,
                "applied": False,
            },
        )
        return operation_id

    def _settle(self, now: datetime) -> None:
        for operation in self.store.list_where("operation", "$.applied", False):
            due = parse_time(operation["createdDateTime"]) + timedelta(seconds=operation["durationSeconds"])
            if due > now:
                continue
            apply = self._effects[operation["effect"]["kind"]].apply
            if operation["error"] is None and apply is not None:
                apply(operation["effect"], due)
            operation["applied"] = True
            self.store.put("operation", operation["id"], operation)

    def operation_state(self, operation_id: str, now: datetime) -> OperationState:
        operation = self.store.get("operation", operation_id)
        if operation is None:
            raise not_found(f"Operation {operation_id} cannot be found.", "operationId")
        created = parse_time(operation["createdDateTime"])
        duration = float(operation["durationSeconds"])
        elapsed = (now - created).total_seconds()
        retry_after: int | None = None
        if operation["applied"]:
            status = "failed" if operation["error"] else "succeeded"
            last = created + timedelta(seconds=duration)
        else:
            status = "notStarted" if elapsed < duration / 2 else "running"
            last = created if status == "notStarted" else created + timedelta(seconds=duration / 2)
            retry_after = whole_seconds_left(duration - elapsed)
        body: dict[str, Any] = {
            "operationType": operation["operationType"],
            "status": status,
            "resourceLocation": operation["resourceLocation"],
            "createdDateTime": operation["createdDateTime"],
            "id": operation["id"],
            "lastActionDateTime": iso(last),
        }
        if status == "failed":
            body["error"] = operation["error"]
        return OperationState(body, retry_after)

    def cancel_operation(self, operation_id: str) -> None:
        operation = self.store.get("operation", operation_id)
        if operation is None:
            raise not_found(f"Operation {operation_id} cannot be found.", "operationId")
        if operation["applied"]:
            raise bad_request(f"Operation {operation_id} has already completed and cannot be cancelled.")
        self.store.delete("operation", operation_id)
        cancel = self._effects[operation["effect"]["kind"]].cancel
        if cancel is not None:
            cancel(operation["effect"])


class ServiceBackend:
    """One service's rules over the shared ``Core``: one public method per operation, JSON-ready results
    (or ``Accepted`` / ``Page``), ``EmulatorError`` with the service's codes and messages. Never sees HTTP.

    Every public method runs in ``with self.core.op() as now:``.
    """

    API_VERSION: ClassVar[str]
    """The api-version of the service's OpenAPI document (checked against it when the app is built)."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    def paginate(
        self,
        source: list[Any] | Cut,
        *,
        path: str,
        skip: int,
        size: int,
        size_param: str,
        query: dict[str, str] | None = None,
    ) -> Page:
        return paginate(
            source, path=path, skip=skip, size=size, size_param=size_param, api_version=self.API_VERSION, query=query
        )

    def stored_page(self, kind: str, path: str, skip: int, top: int) -> Page:
        """A page of stored documents of ``kind``, cut by the store (only that page is read), paged by skip/top."""

        def cut(offset: int, limit: int) -> tuple[list[Any], int]:
            return self.store.page(kind, offset, limit)

        return self.paginate(cut, path=path, skip=skip, size=top, size_param="top")
