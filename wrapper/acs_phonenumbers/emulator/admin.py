"""The emulator's control surface: reset, clock, LRO duration, fault injection, seeding.

``Control`` is used directly by the ``Emulator`` context manager and over HTTP under ``/_emulator/`` (for an
emulator started with ``python -m acs_phonenumbers.emulator``). Admin routes need no credential: the emulator binds
to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import asyncio
import random
import threading
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .backend import Backend
from .services.phone_numbers import PhoneNumbersBackend
from .services.short_codes import ShortCodesBackend

FAULT_KINDS = ("500", "503", "429", "drop")
"""What ``--fault-rate`` mixes by default: answers that tell the client the request was not (fully) served."""
ALL_FAULT_KINDS = (*FAULT_KINDS, "stall")
"""Plus ``stall``: the request waits ``stall_seconds`` and is then served. A client whose timeout is shorter gives
up while the service still acts, the case where a purchase may have happened although the client saw an error."""


@dataclass(frozen=True)
class FaultConfig:
    """``rate`` (0..1) of requests get one of ``kinds``; every request waits ``latency_seconds`` first."""

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    latency_seconds: float = 0.0
    retry_after: int = 1
    seed: int | None = None
    stall_seconds: float = 2.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError("fault rate must be between 0 and 1")
        unknown = set(self.kinds) - set(ALL_FAULT_KINDS)
        if unknown or not self.kinds:
            raise ValueError(f"fault kinds must be among {', '.join(ALL_FAULT_KINDS)}")
        if self.latency_seconds < 0 or self.stall_seconds < 0:
            raise ValueError("latency and stall durations must not be negative")


@dataclass
class Faults:
    """Draws the fault (if any) for each request; thread-safe."""

    config: FaultConfig = field(default_factory=FaultConfig)
    _random: random.Random = field(default_factory=random.Random)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def configure(self, config: FaultConfig) -> None:
        with self._lock:
            self.config = config
            self._random = random.Random(config.seed)  # noqa: S311 - fault draws, not secrets

    def draw(self) -> str | None:
        with self._lock:
            if self.config.rate <= 0 or self._random.random() >= self.config.rate:
                return None
            return self._random.choice(self.config.kinds)


class Control:
    """What tests and tools may do to a running emulator."""

    def __init__(self, backend: Backend, faults: Faults) -> None:
        self.backend = backend
        self.faults = faults

    def reset(self) -> None:
        """Forget every number, search, operation, reservation, brief and short code; clock back to wall time."""
        self.backend.reset()

    def advance_clock(self, seconds: float) -> str:
        return self.backend.clock.advance(seconds).isoformat()

    def set_lro_seconds(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("LRO duration must not be negative")
        self.backend.lro_seconds = seconds

    def set_faults(
        self,
        rate: float = 0.0,
        *,
        kinds: tuple[str, ...] = FAULT_KINDS,
        latency_seconds: float = 0.0,
        retry_after: int = 1,
        seed: int | None = None,
        stall_seconds: float = 2.0,
    ) -> None:
        self.faults.configure(FaultConfig(rate, tuple(kinds), latency_seconds, retry_after, seed, stall_seconds))

    def clear_faults(self) -> None:
        self.faults.configure(FaultConfig())

    def seed(self, spec: dict[str, Any]) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        numbers = spec.get("phoneNumbers")
        if numbers:
            result["phoneNumbers"] = self.backend.of(PhoneNumbersBackend).seed_purchased_numbers(
                int(numbers.get("count", 1)),
                str(numbers.get("countryCode", "US")),
                str(numbers.get("phoneNumberType", "geographic")),
                str(numbers.get("assignmentType", "application")),
            )
        codes = spec.get("shortCodes")
        if codes:
            result["shortCodes"] = self.backend.of(ShortCodesBackend).seed_short_codes(
                int(codes.get("count", 1)), codes.get("programBriefId")
            )
        return result


def admin_routes(control: Control) -> list[Route]:
    async def reset(_: Request) -> Response:
        control.reset()
        return Response(status_code=204)

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            payload = await request.json()
            return JSONResponse({"now": control.advance_clock(float(payload.get("advanceSeconds", 0)))})
        return JSONResponse({"now": control.backend.clock.now().isoformat()})

    async def lro(request: Request) -> Response:
        payload = await request.json()
        control.set_lro_seconds(float(payload["seconds"]))
        return Response(status_code=204)

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            control.clear_faults()
            return Response(status_code=204)
        payload = await request.json()
        control.set_faults(
            float(payload.get("rate", 0.0)),
            kinds=tuple(payload.get("kinds", FAULT_KINDS)),
            latency_seconds=float(payload.get("latencyMs", 0)) / 1000,
            retry_after=int(payload.get("retryAfter", 1)),
            seed=payload.get("seed"),
            stall_seconds=float(payload.get("stallMs", 2000)) / 1000,
        )
        return Response(status_code=204)

    async def seed(request: Request) -> Response:
        # Off the event loop: the backend seeds in bounded chunks, and other clients are served in between.
        return JSONResponse(await asyncio.to_thread(control.seed, await request.json()))

    async def review(request: Request) -> Response:
        payload = await request.json()
        brief = control.backend.of(ShortCodesBackend).review_brief(
            request.path_params["brief_id"], str(payload.get("status", "")), payload.get("note")
        )
        return JSONResponse(brief)

    async def health(_: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return [
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/clock", clock, methods=["GET", "POST"]),
        Route("/_emulator/lro", lro, methods=["POST"]),
        Route("/_emulator/faults", faults, methods=["POST", "DELETE"]),
        Route("/_emulator/seed", seed, methods=["POST"]),
        Route("/_emulator/programBriefs/{brief_id}/review", review, methods=["POST"]),
        Route("/_emulator/health", health, methods=["GET"]),
    ]
