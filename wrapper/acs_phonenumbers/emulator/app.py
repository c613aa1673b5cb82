"""The Starlette app: one route per operation of every service's OpenAPI document, plus ``/_emulator/``.

Method and path of each route come from the document's ``paths``; the service's handler for that operationId
(``services/*_handlers.py``) gets the request once authenticated and validated. Every response carries an MS-CV
header. Faults (when configured) are drawn before a request is processed: a before-act fault (``500``, ``503``,
``429``, ``drop``) answers at once and the request has no effect; an after-act fault (``after-500``, ``after-502``,
``after-504``, ``after-cut``) lets the request take effect and then replaces or cuts off its answer.
"""

from __future__ import annotations

import asyncio
import base64
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import auth
from .admin import Control, Faults, admin_routes
from .backend import Backend
from .clock import wall_clock
from .core import ServiceBackend
from .errors import EmulatorError
from .service import Call, Handler, Service
from .validation import Validator, document_validator

JSON_TYPE = "application/json; charset=utf-8"


def new_ms_cv() -> str:
    return base64.b64encode(os.urandom(16)).decode().rstrip("=") + ".0"


@dataclass
class Settings:
    """How the HTTP layer authenticates: the access key, bearer dev mode, and the auth clock (wall time)."""

    access_key: str
    allow_bearer: bool = False
    auth_now: Callable[[], Any] = field(default=wall_clock)


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(body, status_code=status, headers=headers, media_type=JSON_TYPE)


def _error_response(error: EmulatorError) -> Response:
    headers = dict(error.headers)
    if isinstance(error, auth.AuthError):
        headers["x-emulator-auth-reason"] = error.reason
    return JSONResponse(error.body(), status_code=error.status, headers=headers, media_type="application/json")


# ---------------------------------------------------------------------------------------------- plumbing


class _DroppedResponse(Response):
    """Starts a response, sends part of it and stops: the server closes the connection mid-response."""

    def __init__(self, status: int = 200, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, headers=headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items() if k != "content-length"]
        headers.append((b"content-length", b"1024"))
        await send({"type": "http.response.start", "status": self.status_code, "headers": headers})
        await send({"type": "http.response.body", "body": b"{", "more_body": True})


_AFTER_STATUSES = {"after-500": 500, "after-502": 502, "after-504": 504}


def _after_fault_response(kind: str, served: Response) -> Response:
    """The answer of a request that took effect, lost: replaced by an error status or cut off mid-response."""
    if kind == "after-cut":
        return _DroppedResponse(200 if served.status_code == 204 else served.status_code, dict(served.headers))
    status = _AFTER_STATUSES[kind]
    if status == 502:
        error = EmulatorError("BadGateway", "The gateway received an invalid response.", status=502)
    elif status == 504:
        error = EmulatorError("GatewayTimeout", "The gateway timed out waiting for the service.", status=504)
    else:
        error = EmulatorError("InternalError", "The server encountered an internal error.", status=500)
    return _error_response(error)


def _fault_response(kind: str, retry_after: int) -> Response:
    if kind == "drop":
        return _DroppedResponse()
    if kind == "429":
        error = EmulatorError(
            "TooManyRequests",
            f"Too many requests. Retry after {retry_after} second(s).",
            status=429,
            headers={"Retry-After": str(retry_after)},
        )
    elif kind == "503":
        error = EmulatorError("ServiceUnavailable", "The service is temporarily unavailable.", status=503)
    else:
        error = EmulatorError("InternalError", "The server encountered an internal error.", status=500)
    return _error_response(error)


def _endpoint(
    backend: ServiceBackend,
    settings: Settings,
    faults: Faults,
    validator: Validator,
    operation_id: str,
    handler: Handler[Any],
    older: Mapping[str, Validator],
) -> Callable[[Request], Awaitable[Response]]:
    # The service answers with every version it speaks (ASP.NET API versioning's header).
    supported = ", ".join(sorted({validator.version, *older}))

    async def endpoint(request: Request) -> Response:
        config = faults.config
        if config.latency_seconds:
            await asyncio.sleep(config.latency_seconds)
        fault = faults.draw()
        if fault is not None and fault.startswith("after-"):
            return _after_fault_response(fault, await serve(request, None))
        if fault is not None and fault != "stall":
            return _fault_response(fault, config.retry_after)
        return await serve(request, fault)

    async def serve(request: Request, fault: str | None) -> Response:
        config = faults.config
        body = await request.body()
        if fault == "stall":
            # The request has arrived whole; it is served after the stall even if the client has given up by then.
            await asyncio.sleep(config.stall_seconds)
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string", b"")
        path_and_query = raw_path.decode("latin-1") + (f"?{query.decode('latin-1')}" if query else "")
        headers = {k.lower(): v for k, v in request.headers.items()}
        try:
            auth.verify(
                method=request.method,
                path_and_query=path_and_query,
                headers=headers,
                body=body,
                access_key=settings.access_key,
                now=settings.auth_now(),
                allow_bearer=settings.allow_bearer,
            )
            # An older api-version is validated against its own document, for the operations it had.
            chosen = older.get(request.query_params.get("api-version", ""), validator)
            if operation_id not in chosen.operations:
                chosen = validator
            params, decoded = chosen.validate(
                operation_id,
                url=str(request.url),
                path_params=request.path_params,
                query=request.query_params,
                body=body,
                headers=headers,
            )
            base_url = f"{request.url.scheme}://{request.url.netloc}"
            reply = handler(backend, Call(params, decoded, chosen.version, base_url, chosen.operations[operation_id]))
        except EmulatorError as error:
            response = _error_response(error)
            response.headers["api-supported-versions"] = supported
            return response
        extra = {"api-supported-versions": supported}
        if reply.status == 204 or reply.body is None:
            return Response(status_code=reply.status, headers={**reply.headers, **extra})
        return _json(reply.body, reply.status, {**reply.headers, **extra})

    return endpoint


class MsCvMiddleware:
    """Adds an MS-CV correlation vector to every response that lacks one."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_cv(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"ms-cv" for name, _ in headers):
                    headers.append((b"MS-CV", new_ms_cv().encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cv)


MAX_REQUEST_BYTES = 16 * 1024 * 1024
"""The largest request body accepted: far above any program brief with its attachments; larger is a 413."""
BODY_TIMEOUT = 30.0
"""Seconds a client may take to send a request body; slower is a 408."""


class RequestLimits:
    """Answers 413 for a body above ``max_bytes`` (by Content-Length, before reading it; else once the count passes
    the limit) and 408 for a body that takes longer than ``body_timeout`` to arrive; otherwise hands the app the
    body it has read."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_REQUEST_BYTES, body_timeout: float = BODY_TIMEOUT) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, status: int) -> None:
        if status == 413:
            error = EmulatorError(
                "RequestEntityTooLarge", f"The request body exceeds {self.max_bytes} bytes.", status=413
            )
        else:
            error = EmulatorError("RequestTimeout", "The request body did not arrive in time.", status=408)
        response = _error_response(error)
        response.headers["Connection"] = "close"
        await response(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.strip().isdigit() or int(length) > self.max_bytes):
            await self._refuse(scope, receive, send, 413)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        chunks: list[bytes] = []
        total = 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.0, deadline - loop.time()))
            except TimeoutError:
                await self._refuse(scope, receive, send, 408)
                return
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                await self._refuse(scope, receive, send, 413)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _http_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        return _error_response(EmulatorError("MethodNotAllowed", "The requested method is not allowed.", status=405))
    return _error_response(EmulatorError("NotFound", "The requested resource was not found.", status=404))


async def _internal_error(_: Request, exc: Exception) -> Response:
    # A bug in the emulator still answers in the service's envelope (and with an MS-CV: this handler runs outside
    # the MS-CV middleware), so clients under test see an error they can parse rather than plain text.
    error = EmulatorError("InternalServerError", "The emulator failed to process the request.", status=500)
    response = _error_response(error)
    response.headers["MS-CV"] = new_ms_cv()
    return response


async def _refused(_: Request, exc: Exception) -> Response:
    # What the administration routes refuse (the service's own routes render their errors themselves).
    assert isinstance(exc, EmulatorError)
    return _error_response(exc)


def service_routes(service: Service[Any], backend: ServiceBackend, settings: Settings, faults: Faults) -> list[Route]:
    """One route per operation of the service's document, in document order; refuses a handler missing for a
    document operation, or one for an operationId the document lacks."""
    validator = document_validator(service.document)
    if validator.version != service.backend.API_VERSION:
        raise RuntimeError(
            f"{service.backend.__name__}.API_VERSION is {service.backend.API_VERSION!r}, "
            f"but {service.document} is version {validator.version!r}"
        )
    missing = [op for op in validator.operations if op not in service.handlers]
    unknown = sorted(set(service.handlers) - set(validator.operations))
    if missing or unknown:
        problems = [f"no handler for {', '.join(missing)}"] if missing else []
        problems += [f"handlers for operations {service.document} lacks: {', '.join(unknown)}"] if unknown else []
        raise RuntimeError(f"{service.document}: {'; '.join(problems)}")
    older = {v.version: v for v in map(document_validator, service.older_documents)}
    for name, old in zip(service.older_documents, older.values(), strict=True):
        if not set(old.operations) <= set(validator.operations):
            raise RuntimeError(f"{name} has operations {service.document} lacks")
    return [
        Route(
            operation.path,
            _endpoint(backend, settings, faults, validator, operation_id, service.handlers[operation_id], older),
            methods=[operation.method],
        )
        for operation_id, operation in validator.operations.items()
    ]


def create_app(
    backend: Backend,
    settings: Settings,
    faults: Faults,
    *,
    max_request_bytes: int = MAX_REQUEST_BYTES,
    body_timeout: float = BODY_TIMEOUT,
) -> Starlette:
    """The emulator's ASGI application: the administration routes and every registered service's routes."""
    routes = admin_routes(Control(backend, faults))
    for service in backend.services:
        routes += service_routes(service, backend.of(service.backend), settings, faults)
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, EmulatorError: _refused, Exception: _internal_error},
    )
    app.add_middleware(RequestLimits, max_bytes=max_request_bytes, body_timeout=body_timeout)
    app.add_middleware(MsCvMiddleware)
    return app
