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


class Backend(Core):
    """The store, the clock and the long-running operations (``Core``), and one backend per registered service over
    them."""

    def __init__(
        self,
        store: Store | None = None,
        clock: Clock | None = None,
        lro_seconds: float = DEFAULT_LRO_SECONDS,
        *,
        services: Iterable[Service[Any]] = SERVICES,
    ) -> None:
        super().__init__(store or Store(), clock or Clock(), lro_seconds)
        self.services: tuple[Service[Any], ...] = tuple(services)
        self._backends: dict[type[ServiceBackend], ServiceBackend] = {}
        for service in self.services:
            if service.backend not in self._backends:
                self._backends[service.backend] = service.backend(self)

    def of(self, kind: type[B]) -> B:
        """The backend of one service, e.g. ``backend.of(PhoneNumbersBackend)``."""
        backend = self._backends[kind]
        assert isinstance(backend, kind)
        return backend

    def settle(self) -> None:
        """Apply every long-running operation that is due (every backend method does this first)."""
        with self.op():
            pass
