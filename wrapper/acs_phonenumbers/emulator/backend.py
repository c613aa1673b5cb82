"""The emulator's state and rules: one store and clock shared by one backend per service (``services/``).

``Backend`` is what the ``Emulator``, its administration routes and the app hold; ``backend.of(ShortCodesBackend)``
is one service's backend. Every backend method runs in one store transaction and first settles the long-running
operations whose time has come (``core.Core.op``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from .clock import Clock
from .core import DEFAULT_LRO_SECONDS, Core, ServiceBackend
from .service import Service
from .services import SERVICES
from .store import Store

__all__ = ["DEFAULT_LRO_SECONDS", "Backend"]

B = TypeVar("B", bound=ServiceBackend)


class Backend:
    """The store, the clock, and one backend per registered service over them."""

    def __init__(
        self,
        store: Store | None = None,
        clock: Clock | None = None,
        lro_seconds: float = DEFAULT_LRO_SECONDS,
        *,
        services: Iterable[Service[Any]] = SERVICES,
    ) -> None:
        self.core = Core(store or Store(), clock or Clock(), lro_seconds)
        self.services: tuple[Service[Any], ...] = tuple(services)
        self._backends: dict[type[ServiceBackend], ServiceBackend] = {}
        for service in self.services:
            if service.backend not in self._backends:
                self._backends[service.backend] = service.backend(self.core)

    @property
    def store(self) -> Store:
        return self.core.store

    @property
    def clock(self) -> Clock:
        return self.core.clock

    @property
    def lro_seconds(self) -> float:
        """How long a long-running operation started from now takes."""
        return self.core.lro_seconds

    @lro_seconds.setter
    def lro_seconds(self, seconds: float) -> None:
        self.core.lro_seconds = seconds

    def of(self, kind: type[B]) -> B:
        """The backend of one service, e.g. ``backend.of(PhoneNumbersBackend)``."""
        backend = self._backends[kind]
        assert isinstance(backend, kind)
        return backend

    def reset(self) -> None:
        """Forget everything every service holds; the clock goes back to wall time."""
        self.core.reset()

    def settle(self) -> None:
        """Apply every long-running operation that is due (every backend method does this first)."""
        with self.core.op():
            pass
