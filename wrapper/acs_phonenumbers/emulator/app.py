"""Starlette routes: each handler parses (auth, validation), calls the backend, renders the service's response.

Every response carries an MS-CV header. Faults (when configured) are drawn before a request is processed: a
before-act fault (``500``, ``503``, ``429``, ``drop``) answers at once and the request has no effect; an after-act
fault (``after-500``, ``after-502``, ``after-504``, ``after-cut``) lets the request take effect and then replaces or
cuts off its answer.
"""

from __future__ import annotations

import asyncio
import base64
import os
from collections.abc import Awaitable, Callable
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
from .backend import PHONE_NUMBERS_API_VERSION, SHORT_CODES_API_VERSION, Accepted, Backend
from .clock import wall_clock
from .errors import EmulatorError
from .paging import Page
from .validation import Validator, phone_numbers_validator, short_codes_validator

JSON_TYPE = "application/json; charset=utf-8"


def new_ms_cv() -> str:
    return base64.b64encode(os.urandom(16)).decode().rstrip("=") + ".0"


@dataclass
class Settings:
    """How the HTTP layer authenticates: the access key, bearer dev mode, and the auth clock (wall time)."""

    access_key: str
    allow_bearer: bool = False
    auth_now: Callable[[], Any] = field(default=wall_clock)


@dataclass(frozen=True)
class Call:
    params: dict[str, Any]
    body: Any
    api_version: str


Handler = Callable[[Backend, Call], "Reply"]


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(body, status_code=status, headers=headers, media_type=JSON_TYPE)


def _error_response(error: EmulatorError) -> Response:
    headers = dict(error.headers)
    if isinstance(error, auth.AuthError):
        headers["x-emulator-auth-reason"] = error.reason
    return JSONResponse(error.body(), status_code=error.status, headers=headers, media_type="application/json")


def _page(page: Page, item_name: str) -> Reply:
    return Reply(200, {item_name: page.items, "nextLink": page.next_link})


_EXPOSED = {
    "search-id": "Location,Operation-Location,operation-id,search-id",
    "capabilities-id": "Operation-Location,Location,operation-id,capabilities-id",
    "purchase-id": "Operation-Location,operation-id,purchase-id",
    "release-id": "Operation-Location,operation-id,release-id",
    "reservation-purchase-id": "Operation-Location,operation-id,reservation-purchase-id",
}


def _accepted(accepted: Accepted, api_version: str) -> Reply:
    headers = {
        "Operation-Location": f"/phoneNumbers/operations/{accepted.operation_id}?api-version={api_version}",
        "operation-id": accepted.operation_id,
        accepted.resource_header: accepted.resource_id,
        "Access-Control-Expose-Headers": _EXPOSED[accepted.resource_header],
    }
    if accepted.location:
        headers["Location"] = accepted.location
    return Reply(202, accepted.body, headers)


# ---------------------------------------------------------------------------------------------- handlers


def _countries(b: Backend, c: Call) -> Reply:
    return _page(b.list_countries(c.params["skip"], c.params["maxPageSize"]), "countries")


def _localities(b: Backend, c: Call) -> Reply:
    p = c.params
    page = b.list_localities(
        p["countryCode"], p["skip"], p["maxPageSize"], p.get("administrativeDivision"), p.get("phoneNumberType")
    )
    return _page(page, "phoneNumberLocalities")


def _area_codes(b: Backend, c: Call) -> Reply:
    p = c.params
    page = b.list_area_codes(
        p["countryCode"],
        p["phoneNumberType"],
        p["skip"],
        p["maxPageSize"],
        p.get("assignmentType"),
        p.get("locality"),
        p.get("administrativeDivision"),
    )
    return _page(page, "areaCodes")


def _offerings(b: Backend, c: Call) -> Reply:
    p = c.params
    page = b.list_offerings(
        p["countryCode"], p["skip"], p["maxPageSize"], p.get("phoneNumberType"), p.get("assignmentType")
    )
    return _page(page, "phoneNumberOfferings")


def _search(b: Backend, c: Call) -> Reply:
    return _accepted(b.search(c.params["countryCode"], c.body), c.api_version)


def _browse(b: Backend, c: Call) -> Reply:
    return Reply(200, b.browse(c.params["countryCode"], c.body))


def _search_result(b: Backend, c: Call) -> Reply:
    return Reply(200, b.get_search_result(c.params["searchId"]))


def _purchase(b: Backend, c: Call) -> Reply:
    return _accepted(b.purchase(c.body), c.api_version)


def _reservations(b: Backend, c: Call) -> Reply:
    return _page(b.list_reservations(c.params.get("skip", 0), c.params["maxPageSize"]), "reservations")


def _upsert_reservation(b: Backend, c: Call) -> Reply:
    status, body = b.create_or_update_reservation(c.params["reservationId"], c.body)
    return Reply(status, body)


def _get_reservation(b: Backend, c: Call) -> Reply:
    return Reply(200, b.get_reservation(c.params["reservationId"]))


def _delete_reservation(b: Backend, c: Call) -> Reply:
    b.delete_reservation(c.params["reservationId"])
    return Reply(204)


def _purchase_reservation(b: Backend, c: Call) -> Reply:
    return _accepted(b.purchase_reservation(c.params["reservationId"], c.body or {}), c.api_version)


def _get_operation(b: Backend, c: Call) -> Reply:
    state = b.get_operation(c.params["operationId"])
    headers = {}
    if state.body.get("resourceLocation"):
        headers["Location"] = state.body["resourceLocation"]
        headers["Access-Control-Expose-Headers"] = "Location"
    if state.retry_after is not None:
        headers["Retry-After"] = str(state.retry_after)
    return Reply(200, state.body, headers)


def _cancel_operation(b: Backend, c: Call) -> Reply:
    b.cancel_operation(c.params["operationId"])
    return Reply(204)


def _update_capabilities(b: Backend, c: Call) -> Reply:
    return _accepted(b.update_capabilities(c.params["phoneNumber"], c.body or {}), c.api_version)


def _get_number(b: Backend, c: Call) -> Reply:
    return Reply(200, b.get_number(c.params["phoneNumber"]))


def _release(b: Backend, c: Call) -> Reply:
    return _accepted(b.release(c.params["phoneNumber"]), c.api_version)


def _numbers(b: Backend, c: Call) -> Reply:
    return _page(b.list_numbers(c.params["skip"], c.params["top"]), "phoneNumbers")


def _operator_information(b: Backend, c: Call) -> Reply:
    return Reply(200, b.operator_information(c.body))


def _short_codes(b: Backend, c: Call) -> Reply:
    return _page(b.list_short_codes(c.params["skip"], c.params["top"]), "shortCodes")


def _briefs(b: Backend, c: Call) -> Reply:
    return _page(b.list_briefs(c.params["skip"], c.params["top"]), "programBriefs")


def _upsert_brief(b: Backend, c: Call) -> Reply:
    status, body = b.upsert_brief(c.params["programBriefId"], c.body or {})
    return Reply(status, body)


def _get_brief(b: Backend, c: Call) -> Reply:
    return Reply(200, b.get_brief(c.params["programBriefId"]))


def _delete_brief(b: Backend, c: Call) -> Reply:
    b.delete_brief(c.params["programBriefId"])
    return Reply(204)


def _submit_brief(b: Backend, c: Call) -> Reply:
    return Reply(200, b.submit_brief(c.params["programBriefId"]))


_COUNTRY = "/availablePhoneNumbers/countries/{countryCode}"
_RESERVATION = "/availablePhoneNumbers/reservations/{reservationId}"
_BRIEF = "/shortCodes/countries/US/programBriefs/{programBriefId}"

# (method, path, operationId, handler); short-code operations are the ones whose id starts with ShortCodes_.
ROUTES: tuple[tuple[str, str, str, Handler], ...] = (
    ("GET", "/availablePhoneNumbers/countries", "PhoneNumbers_ListAvailableCountries", _countries),
    ("GET", f"{_COUNTRY}/localities", "PhoneNumbers_ListAvailableLocalities", _localities),
    ("GET", f"{_COUNTRY}/areaCodes", "PhoneNumbers_ListAreaCodes", _area_codes),
    ("GET", f"{_COUNTRY}/offerings", "PhoneNumbers_ListOfferings", _offerings),
    ("POST", f"{_COUNTRY}/:search", "PhoneNumbers_SearchAvailablePhoneNumbers", _search),
    ("POST", f"{_COUNTRY}/:browse", "PhoneNumbers_BrowseAvailableNumbers", _browse),
    ("GET", "/availablePhoneNumbers/searchResults/{searchId}", "PhoneNumbers_GetSearchResult", _search_result),
    ("POST", "/availablePhoneNumbers/:purchase", "PhoneNumbers_PurchasePhoneNumbers", _purchase),
    ("GET", "/availablePhoneNumbers/reservations", "PhoneNumbers_ListReservations", _reservations),
    ("PATCH", _RESERVATION, "PhoneNumbers_CreateOrUpdateReservation", _upsert_reservation),
    ("GET", _RESERVATION, "PhoneNumbers_GetReservation", _get_reservation),
    ("DELETE", _RESERVATION, "PhoneNumbers_DeleteReservation", _delete_reservation),
    ("POST", f"{_RESERVATION}/:purchase", "PhoneNumbers_PurchaseReservation", _purchase_reservation),
    ("GET", "/phoneNumbers/operations/{operationId}", "PhoneNumbers_GetOperation", _get_operation),
    ("DELETE", "/phoneNumbers/operations/{operationId}", "PhoneNumbers_CancelOperation", _cancel_operation),
    ("PATCH", "/phoneNumbers/{phoneNumber}/capabilities", "PhoneNumbers_UpdateCapabilities", _update_capabilities),
    ("GET", "/phoneNumbers/{phoneNumber}", "PhoneNumbers_GetByNumber", _get_number),
    ("DELETE", "/phoneNumbers/{phoneNumber}", "PhoneNumbers_ReleasePhoneNumber", _release),
    ("GET", "/phoneNumbers", "PhoneNumbers_ListPhoneNumbers", _numbers),
    ("POST", "/operatorInformation/:search", "PhoneNumbers_OperatorInformationSearch", _operator_information),
    ("GET", "/shortCodes", "ShortCodes_GetShortCodes", _short_codes),
    ("GET", "/shortCodes/countries/US/programBriefs", "ShortCodes_GetUSProgramBriefs", _briefs),
    ("PATCH", _BRIEF, "ShortCodes_UpsertUSProgramBrief", _upsert_brief),
    ("GET", _BRIEF, "ShortCodes_GetUSProgramBrief", _get_brief),
    ("DELETE", _BRIEF, "ShortCodes_DeleteUSProgramBrief", _delete_brief),
    ("POST", f"{_BRIEF}/:submit", "ShortCodes_SubmitUSProgramBrief", _submit_brief),
)


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
    backend: Backend, settings: Settings, faults: Faults, validator: Validator, operation_id: str, handler: Handler
) -> Callable[[Request], Awaitable[Response]]:
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
            params, decoded = validator.validate(
                operation_id,
                url=str(request.url),
                path_params=request.path_params,
                query=request.query_params,
                body=body,
            )
            reply = handler(backend, Call(params, decoded, validator.version))
        except EmulatorError as error:
            response = _error_response(error)
            response.headers["api-supported-versions"] = validator.version
            return response
        extra = {"api-supported-versions": validator.version}
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


def create_app(
    backend: Backend,
    settings: Settings,
    faults: Faults,
    *,
    max_request_bytes: int = MAX_REQUEST_BYTES,
    body_timeout: float = BODY_TIMEOUT,
) -> Starlette:
    """The emulator's ASGI application."""
    routes = admin_routes(Control(backend, faults))
    for method, path, operation_id, handler in ROUTES:
        validator = short_codes_validator() if operation_id.startswith("ShortCodes_") else phone_numbers_validator()
        routes.append(
            Route(path, _endpoint(backend, settings, faults, validator, operation_id, handler), methods=[method])
        )
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, EmulatorError: _refused, Exception: _internal_error},
    )
    app.add_middleware(RequestLimits, max_bytes=max_request_bytes, body_timeout=body_timeout)
    app.add_middleware(MsCvMiddleware)
    assert phone_numbers_validator().version == PHONE_NUMBERS_API_VERSION
    assert short_codes_validator().version == SHORT_CODES_API_VERSION
    return app
