"""Every exception this package raises, and the one function that maps an HTTP response to one of them.

The tree::

    AcsError                              base of everything raised by acs_phonenumbers
    ├── InvalidArgumentError (ValueError) bad input caught before any request is sent
    ├── ServiceRequestError               the request failed in transport (connect, timeout, dropped connection)
    └── HttpResponseError                 the service answered with an error status
        ├── ClientAuthenticationError     401: wrong key, expired token, clock skew
        ├── ResourceNotFoundError         404
        ├── ResourceExistsError           409
        └── OperationFailedError          a long-running operation ended in status ``failed``

Only :func:`error_from_response` decides which class a response becomes, so the clients, the pagers and the
pollers all raise the same thing for the same response. Messages are passed through the log redactor: an error
text is as likely to be logged as a log line is.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._logging import redact_text

__all__ = [
    "AcsError",
    "ClientAuthenticationError",
    "ErrorDetail",
    "HttpResponseError",
    "InvalidArgumentError",
    "OperationFailedError",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "ServiceRequestError",
    "error_detail_from_dict",
    "error_from_response",
]

# Nested `innererror`/`details` deeper than this are dropped: a hostile or broken body must not recurse forever.
_MAX_ERROR_DEPTH = 8
# How much of a non-JSON body is quoted in the message (enough to recognise a proxy's error page).
_BODY_SNIPPET_CHARS = 200


class AcsError(Exception):
    """Base class of every exception raised by acs_phonenumbers."""


class InvalidArgumentError(AcsError, ValueError):
    """An argument was rejected on the client before any request was sent."""


class ServiceRequestError(AcsError):
    """The request could not be completed in transport; ``attempts`` says how many times it was tried."""

    def __init__(self, message: str, *, attempts: int = 1, client_request_id: str | None = None) -> None:
        super().__init__(redact_text(message))
        self.message = redact_text(message)
        self.attempts = attempts
        self.client_request_id: str | None = None
        """The ``x-ms-client-request-id`` the request was sent with (the same on each of its attempts)."""
        if client_request_id:
            self.set_client_request_id(client_request_id)

    def set_client_request_id(self, client_request_id: str) -> None:
        """Record the request's ``x-ms-client-request-id`` and name it in the message."""
        self.client_request_id = client_request_id
        self.args = (f"{self.message} [client request id: {client_request_id}]",)


@dataclass(frozen=True)
class ErrorDetail:
    """The service's ``CommunicationError``: code, message, target, details and innererror."""

    code: str | None = None
    message: str | None = None
    target: str | None = None
    details: tuple[ErrorDetail, ...] = field(default=())
    innererror: ErrorDetail | None = None

    @property
    def inner_error(self) -> ErrorDetail | None:
        """The official SDK's spelling of ``innererror`` (``x-ms-client-name: innerError``)."""
        return self.innererror


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def error_detail_from_dict(data: Any, _depth: int = 0) -> ErrorDetail | None:
    """Decode a ``CommunicationError`` object tolerantly: wrong types become strings or are dropped, never raise."""
    if not isinstance(data, Mapping) or _depth > _MAX_ERROR_DEPTH:
        return None
    raw_details = data.get("details")
    details: list[ErrorDetail] = []
    if isinstance(raw_details, Sequence) and not isinstance(raw_details, str):
        for item in raw_details:
            detail = error_detail_from_dict(item, _depth + 1)
            if detail is not None:
                details.append(detail)
    inner = data.get("innererror", data.get("innerError"))
    return ErrorDetail(
        code=_opt_str(data.get("code")),
        message=_opt_str(data.get("message")),
        target=_opt_str(data.get("target")),
        details=tuple(details),
        innererror=error_detail_from_dict(inner, _depth + 1),
    )


# Set by the retrying transports on the response they finally return, so an error can say how hard we tried.
ATTEMPTS_EXTENSION = "acs_phonenumbers.attempts"


class HttpResponseError(AcsError):
    """The service answered with an error status; carries the decoded error, MS-CV, request id and attempts."""

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int | None = None,
        reason: str | None = None,
        error: ErrorDetail | None = None,
        ms_cv: str | None = None,
        request_id: str | None = None,
        response: httpx.Response | None = None,
        attempts: int | None = None,
    ) -> None:
        # Like azure-core, `HttpResponseError(response=r)` alone is enough: what is not given comes from `r`.
        known = _correlation(response)
        self.status_code = status_code if status_code is not None else known.get("status_code")
        self.reason = reason or known.get("reason")
        self.error = error
        self.message = redact_text(message or (error.message if error else None) or self.reason or "request failed")
        self.ms_cv = ms_cv or known.get("ms_cv")
        self.request_id = request_id or known.get("request_id")
        self.attempts: int | None = attempts if attempts is not None else known.get("attempts")
        self.client_request_id: str | None = known.get("client_request_id")
        """The ``x-ms-client-request-id`` we sent (the same on each retry), next to the service's MS-CV."""
        self.response = response
        super().__init__(self._describe())

    def set_client_request_id(self, client_request_id: str) -> None:
        """Record the request's ``x-ms-client-request-id`` (when the response did not carry it)."""
        self.client_request_id = client_request_id
        self.args = (self._describe(),)

    def _describe(self) -> str:
        head = "HTTP " + " ".join(part for part in (str(self.status_code or ""), self.reason or "") if part)
        code = self.error.code if self.error and self.error.code else None
        text = f"{head.strip()}: " + (f"({code}) " if code else "") + self.message
        context = []
        if self.error and self.error.target:
            context.append(f"target: {self.error.target}")
        if self.error and self.error.details:
            listed = ", ".join(d.code or d.message or "?" for d in self.error.details[:3])
            more = f" and {len(self.error.details) - 3} more" if len(self.error.details) > 3 else ""
            context.append(f"details: {listed}{more}")
        if self.ms_cv:
            context.append(f"MS-CV: {self.ms_cv}")
        if self.request_id and self.request_id != self.client_request_id:
            context.append(f"request id: {self.request_id}")
        if self.client_request_id:
            context.append(f"client request id: {self.client_request_id}")
        if self.attempts and self.attempts > 1:
            context.append(f"after {self.attempts} attempts")
        if context:
            text += " [" + "; ".join(context) + "]"
        return redact_text(text)


class ClientAuthenticationError(HttpResponseError):
    """401: the key, signature, date or token was refused."""


class ResourceNotFoundError(HttpResponseError):
    """404: the phone number, search, reservation or operation does not exist."""


class ResourceExistsError(HttpResponseError):
    """409: the resource already exists or is in a conflicting state."""


class OperationFailedError(HttpResponseError):
    """A long-running operation ended in status ``failed``; ``error`` holds the operation's error."""

    def __init__(
        self,
        message: str | None = None,
        *,
        operation_id: str | None = None,
        operation_status: str | None = "failed",
        **kwargs: Any,
    ) -> None:
        self.operation_id = operation_id
        self.operation_status = operation_status
        super().__init__(message, **kwargs)

    @classmethod
    def from_operation(
        cls,
        operation: Mapping[str, Any] | None,
        *,
        response: httpx.Response | None = None,
    ) -> OperationFailedError:
        """Build from a ``PhoneNumberOperation`` JSON object (``id``, ``status``, ``error``) and its poll response."""
        operation = operation or {}
        error = error_detail_from_dict(operation.get("error"))
        operation_id = _opt_str(operation.get("id"))
        message = (error.message if error and error.message else None) or (
            f"operation {operation_id or '(unknown id)'} ended with status {operation.get('status', 'failed')}"
        )
        return cls(
            message,
            operation_id=operation_id,
            operation_status=_opt_str(operation.get("status")) or "failed",
            error=error,
            response=response,
        )

    def _describe(self) -> str:
        text = super()._describe()
        return f"{text} (operation {self.operation_id})" if self.operation_id else text


# The one status -> class table; anything else is a plain HttpResponseError.
_STATUS_CLASSES: dict[int, type[HttpResponseError]] = {
    401: ClientAuthenticationError,
    404: ResourceNotFoundError,
    409: ResourceExistsError,
}


def _correlation(response: httpx.Response | None) -> dict[str, Any]:
    """status, reason, MS-CV and request id of a response (request id falls back to the one we sent)."""
    if response is None:
        return {}
    request_id = response.headers.get("x-ms-request-id") or response.headers.get("x-ms-client-request-id")
    try:
        client_request_id = response.request.headers.get("x-ms-client-request-id")
    except RuntimeError:  # a Response built by hand has no request
        client_request_id = None
    client_request_id = client_request_id or response.headers.get("x-ms-client-request-id")
    request_id = request_id or client_request_id
    return {
        "client_request_id": client_request_id,
        "status_code": response.status_code,
        "reason": response.reason_phrase or None,
        "ms_cv": response.headers.get("ms-cv"),
        "request_id": request_id,
        "attempts": response.extensions.get(ATTEMPTS_EXTENSION),
    }


def _body_text(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:  # a streamed response nobody read: say what we know without doing I/O here
        return b""


def _fallback_message(response: httpx.Response, body: bytes) -> str:
    if not body.strip():
        return f"the service returned {response.status_code} with an empty body"
    content_type = response.headers.get("content-type", "").split(";")[0].strip() or "unknown content type"
    if "html" in content_type:
        # An HTML page is a proxy or gateway talking, not the service; its markup helps nobody.
        return f"the service returned {response.status_code} with a non-JSON body ({content_type}, {len(body)} bytes)"
    snippet = " ".join(body.decode("utf-8", errors="replace").split())[:_BODY_SNIPPET_CHARS]
    return f"the service returned {response.status_code} with an unexpected body: {snippet}"


def error_from_response(response: httpx.Response) -> HttpResponseError:
    """Map an error response to its exception class, decoding the ``{"error": {...}}`` envelope tolerantly.

    An empty, HTML, truncated or otherwise unexpected body still gives a clear error with the status, MS-CV and
    request id; this function never raises. The response should have been read (``response.read()``).
    """
    body = _body_text(response)
    error: ErrorDetail | None = None
    try:
        decoded = json.loads(body) if body.strip() else None
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        decoded = None
    if isinstance(decoded, Mapping):
        # The documented envelope is {"error": {...}}; a bare CommunicationError is accepted too.
        error = error_detail_from_dict(decoded.get("error", decoded))
        if error is not None and error.code is None and error.message is None:
            error = None
    message = error.message if error and error.message else _fallback_message(response, body)
    cls = _STATUS_CLASSES.get(response.status_code, HttpResponseError)
    return cls(message, error=error, response=response)
