"""The emulator's control surface: reset, clock, LRO duration, fault injection, seeding.

The ``Emulator`` context manager is a ``Control`` (its control methods are these), and the routes under
``/_emulator/`` call them (for an emulator started with ``python -m acs_phonenumbers.emulator``). Admin routes need
no credential: the emulator binds to 127.0.0.1 unless told otherwise. So that a web page cannot drive them from the
user's browser, they refuse a request with an ``Origin`` header (browsers send one cross-site), a body that is not
JSON (a form or ``text/plain`` POST needs no preflight), and a ``Host`` other than the address the emulator is bound
to (DNS rebinding). Bad input (not JSON, a value out of range or of the wrong type, an unknown fault kind) is a 400
that says why.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import math
import random
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .backend import Backend
from .errors import EmulatorError
from .services.phone_numbers import PhoneNumbersBackend
from .services.short_codes import ShortCodesBackend

BEFORE_FAULT_KINDS = ("500", "503", "429", "drop")
"""Faults answered before the request is processed: the request has no effect."""
AFTER_FAULT_KINDS = ("after-500", "after-502", "after-504", "after-cut")
"""Faults after the request was processed: the service acted, then its answer is replaced by a 500, 502 or 504,
or cut off mid-response (``after-cut``). The dangerous case for a client: a purchase happened although the client
saw an error."""
FAULT_KINDS = (*BEFORE_FAULT_KINDS, *AFTER_FAULT_KINDS)
"""What ``--fault-rate`` mixes by default: before- and after-act faults alike."""
MAX_SEED = 1_000_000
"""The most numbers or short codes one seed request may ask for."""
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
        for name in ("latency_seconds", "stall_seconds"):
            value = getattr(self, name)
            if not math.isfinite(value) or not 0 <= value <= 3600:
                raise ValueError("latency and stall durations must be between 0 and 3600 seconds")
        if not 0 <= self.retry_after <= 3600:
            raise ValueError("retryAfter must be between 0 and 3600 seconds")


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
        if not math.isfinite(seconds) or abs(seconds) > MAX_CLOCK_ADVANCE:
            raise ValueError(f"advanceSeconds must be a number of at most {MAX_CLOCK_ADVANCE:.0f} seconds")
        return self.backend.clock.advance(seconds).isoformat()

    def set_lro_seconds(self, seconds: float) -> None:
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("LRO duration must be a finite number of seconds, not negative")
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
        """``rate`` (0..1) of requests get one of ``kinds`` (``ALL_FAULT_KINDS``); see ``FaultConfig``."""
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


MAX_CLOCK_ADVANCE = 100 * 365 * 86400.0
"""Seconds the clock may move in one step (a century)."""
_LOOPBACK_NAMES = ("localhost",)

Endpoint = Callable[[Request], Awaitable[Response]]


def _refuse(message: str, status: int = 403) -> EmulatorError:
    return EmulatorError("Forbidden" if status == 403 else "BadRequest", message, status=status)


def _host_allowed(request: Request) -> bool:
    """The Host header names the address the emulator is bound to (or ``localhost`` for a loopback address)."""
    server = request.scope.get("server")
    host = request.headers.get("host")
    if not server or not host:
        return False
    address, port = str(server[0]), int(server[1])
    names = {address, f"[{address}]"}
    try:
        if ipaddress.ip_address(address).is_loopback:
            names.update(_LOOPBACK_NAMES)
    except ValueError:
        pass
    name, _, given_port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
    return name.lower() in names and given_port == str(port)


def guarded(handler: Endpoint) -> Endpoint:
    """Refuse cross-site use (Origin, non-JSON body, foreign Host); turn bad input into a 400 saying why."""

    @functools.wraps(handler)
    async def endpoint(request: Request) -> Response:
        if "origin" in request.headers:
            raise _refuse("Administration requests are refused from a web page (the request has an Origin).")
        content_type = request.headers.get("content-type")
        if content_type is not None and content_type.split(";")[0].strip().lower() != "application/json":
            raise _refuse("Administration requests take an application/json body only.", 415)
        if not _host_allowed(request):
            raise _refuse("The Host header does not name the address the emulator is bound to.")
        try:
            return await handler(request)
        except EmulatorError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
            reason = str(exc) or type(exc).__name__
            if isinstance(exc, KeyError):
                reason = f"missing field {exc}"
            raise _refuse(f"Bad administration request: {reason}", 400) from None

    return endpoint


async def _payload(request: Request) -> dict[str, Any]:
    body = await request.body()
    if not body.strip():
        return {}
    try:
        payload = await request.json()
    except ValueError:
        raise ValueError("the body is not JSON") from None
    if not isinstance(payload, dict):
        raise ValueError("the body must be a JSON object")
    return payload


def _number(payload: dict[str, Any], name: str, default: float) -> float:
    value = payload.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    return float(value)


def admin_routes(control: Control) -> list[Route]:
    async def reset(_: Request) -> Response:
        control.reset()
        return Response(status_code=204)

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            payload = await _payload(request)
            return JSONResponse({"now": control.advance_clock(_number(payload, "advanceSeconds", 0))})
        return JSONResponse({"now": control.backend.clock.now().isoformat()})

    async def lro(request: Request) -> Response:
        payload = await _payload(request)
        control.set_lro_seconds(_number(payload, "seconds", math.nan))
        return Response(status_code=204)

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            control.clear_faults()
            return Response(status_code=204)
        payload = await _payload(request)
        kinds = payload.get("kinds", list(FAULT_KINDS))
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            raise ValueError("kinds must be a list of fault kinds")
        seed = payload.get("seed")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise ValueError(f"seed must be an integer, got {seed!r}")
        control.set_faults(
            _number(payload, "rate", 0.0),
            kinds=tuple(kinds),
            latency_seconds=_number(payload, "latencyMs", 0) / 1000,
            retry_after=int(_number(payload, "retryAfter", 1)),
            seed=seed,
            stall_seconds=_number(payload, "stallMs", 2000) / 1000,
        )
        return Response(status_code=204)

    async def seed(request: Request) -> Response:
        payload = await _payload(request)
        for section in ("phoneNumbers", "shortCodes"):
            spec = payload.get(section)
            if spec is not None and not isinstance(spec, dict):
                raise ValueError(f"{section} must be an object")
            if spec and not 0 <= int(_number(spec, "count", 1)) <= MAX_SEED:
                raise ValueError(f"{section}.count must be between 0 and {MAX_SEED}")
        # Off the event loop: the backend seeds in bounded chunks, and other clients are served in between.
        return JSONResponse(await asyncio.to_thread(control.seed, payload))

    async def review(request: Request) -> Response:
        payload = await _payload(request)
        brief = control.backend.of(ShortCodesBackend).review_brief(
            request.path_params["brief_id"], str(payload.get("status", "")), payload.get("note")
        )
        return JSONResponse(brief)

    async def health(_: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return [
        Route("/_emulator/reset", guarded(reset), methods=["POST"]),
        Route("/_emulator/clock", guarded(clock), methods=["GET", "POST"]),
        Route("/_emulator/lro", guarded(lro), methods=["POST"]),
        Route("/_emulator/faults", guarded(faults), methods=["POST", "DELETE"]),
        Route("/_emulator/seed", guarded(seed), methods=["POST"]),
        Route("/_emulator/programBriefs/{brief_id}/review", guarded(review), methods=["POST"]),
        Route("/_emulator/health", guarded(health), methods=["GET"]),
    ]
