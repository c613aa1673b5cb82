"""Every exception this package raises, and the one function that maps an HTTP response to one of them.

The tree::

    AcsError (also named AzureError)      base of everything raised by acs_phonenumbers
    ├── InvalidArgumentError (ValueError) bad input caught before any request is sent
    │   └── InvalidArgumentTypeError      ... of the wrong type (also a TypeError)
    ├── ServiceRequestError               the request was not sent: the connection failed (safe to send again)
    │   └── ServiceRequestTimeoutError    ... no connection in time (connect or pool timeout)
    ├── ServiceResponseError              the request was (or may have been) sent, its response could not be read
    │   ├── ServiceResponseTimeoutError   ... no response in time (read or write timeout, total_timeout)
    │   ├── IncompleteReadError           ... the status and headers came, the body was cut off
    │   └── OutcomeUnknownError           a keyed call (purchase, release) that may have taken effect unseen
    └── HttpResponseError                 the service answered with an error status
        ├── ClientAuthenticationError     401: wrong key, expired token, clock skew
        ├── ResourceNotFoundError         404
        ├── ResourceExistsError           409
        ├── ResourceNotModifiedError      304
        └── OperationFailedError          a long-running operation ended in status ``failed``

**Caught by azure-core's classes too.** Official code catches ``azure.core.exceptions.HttpResponseError`` and
friends. When azure-core is installed, every exception raised here is created as a subclass of both our class
and azure-core's class of the same name (``AcsError`` pairs with ``AzureError``; a class azure-core lacks, such
as ``OperationFailedError``, pairs with its nearest ancestor's), so both ``except`` clauses catch it. ``except``
follows the raised type's MRO, so the pairing must be real inheritance: :meth:`AcsError.__new__` makes the pair
class on the first raise of each class (:func:`azure_twin`), and ``import acs_phonenumbers`` never imports
azure-core (about 65 ms): it is imported on the first error, and only when it is installed.

Only :func:`error_from_response` decides which class a response becomes, so the clients, the pagers and the
pollers all raise the same thing for the same response. Messages are passed through the log redactor: an error
text is as likely to be logged as a log line is.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._logging import redact_text

__all__ = [
    "AcsError",
    "AzureError",
    "ClientAuthenticationError",
    "ErrorDetail",
    "HttpResponseError",
    "IncompleteReadError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "OperationFailedError",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "ResourceNotModifiedError",
    "ServiceRequestError",
    "ServiceRequestTimeoutError",
    "ServiceResponseError",
    "ServiceResponseTimeoutError",
    "azure_twin",
    "error_detail_from_dict",
    "error_from_response",
]

# Nested `innererror`/`details` deeper than this are dropped: a hostile or broken body must not recurse forever.
_MAX_ERROR_DEPTH = 8
# How much of a non-JSON body is quoted in the message (enough to recognise a proxy's error page).
_BODY_SNIPPET_CHARS = 200


# -- pairing with azure-core's classes (see the module docstring) ------------------------------------------------

_TWINS: dict[type[BaseException], type[BaseException]] = {}
_AZURE_NAMES = {"AcsError": "AzureError"}  # our name -> azure-core's, where they differ
_azure_missing = False


def _azure_exceptions() -> Any:
    """``azure.core.exceptions`` if installed (imported at most once, on the first error), else None."""
    global _azure_missing
    module = sys.modules.get("azure.core.exceptions")
    if module is not None or _azure_missing:
        return module
    try:
        import azure.core.exceptions as module  # deferred: ~65 ms, only when an error is made
    except ImportError:
        _azure_missing = True
        return None
    return module


def azure_twin(cls: type[BaseException]) -> type[BaseException]:
    """``cls``, or when azure-core is installed the class deriving from ``cls`` and azure-core's class of the
    same name (or of ``cls``'s nearest ancestor azure-core has), made once per class."""
    twin = _TWINS.get(cls)
    if twin is not None:
        return twin
    if "_azure_pair_of" in cls.__dict__:  # already a pair class
        return cls
    azure = _azure_exceptions()
    if azure is None:
        return cls
    for klass in cls.__mro__:
        base = getattr(azure, _AZURE_NAMES.get(klass.__name__, klass.__name__), None)
        if isinstance(base, type) and issubclass(base, BaseException) and klass.__module__ == __name__:
            break
    else:
        return cls
    extra = (getattr(azure, name, None) for name in getattr(cls, "_azure_also", ()))
    bases = (cls, base, *(b for b in extra if isinstance(b, type) and not issubclass(base, b)))
    namespace = {"__module__": cls.__module__, "__qualname__": cls.__qualname__, "_azure_pair_of": cls}
    twin = _TWINS.setdefault(cls, type(cls.__name__, bases, namespace))
    return twin


def _rebuild(cls: type[AcsError], state: dict[str, Any], args: tuple[Any, ...]) -> AcsError:
    error: AcsError = cls.__new__(cls)
    error.__dict__.update(state)
    error.args = args
    return error


class AcsError(Exception):
    """Base class of every exception raised by acs_phonenumbers (also importable as ``AzureError``)."""

    # What azure-core's AzureError carries, for code that reads it.
    inner_exception: BaseException | None = None
    continuation_token: str | None = None
    exc_type: type[BaseException] | None = None
    exc_value: BaseException | None = None
    exc_traceback: Any = None
    exc_msg: str = ""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        # The pair class with azure-core's class of the same name, when azure-core is installed.
        return Exception.__new__(azure_twin(cls), *args)

    def __init__(self, message: object = None, *args: Any) -> None:
        # Exception's, not the next class in a pair's MRO (azure-core's would reset our attributes).
        self.message = str(message) if message is not None else ""
        Exception.__init__(self, *((message, *args) if message is not None else args))

    __str__ = Exception.__str__

    def __reduce__(self) -> Any:
        cls = type(self).__dict__.get("_azure_pair_of", type(self))
        return (_rebuild, (cls, dict(self.__dict__), self.args))


AzureError = AcsError
"""azure-core's name for the base class (``except AzureError`` catches everything this package raises)."""


class InvalidArgumentError(AcsError, ValueError):
    """An argument was rejected on the client before any request was sent."""


class InvalidArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument of the wrong type (``None`` where a value is required, ``"5"`` for an int, ...): caught by
    ``except InvalidArgumentError`` with every other argument mistake, and by ``except TypeError`` as Python's
    convention has it."""


class TransportFailure(AcsError):
    """What the two transport failures share: ``attempts`` and the request's client request id."""

    def __init__(self, message: str, *, attempts: int = 1, client_request_id: str | None = None) -> None:
        super().__init__(redact_text(message))
        self.attempts = attempts
        self.client_request_id: str | None = None
        """The ``x-ms-client-request-id`` the request was sent with (the same on each of its attempts)."""
        if client_request_id:
            self.set_client_request_id(client_request_id)

    def set_client_request_id(self, client_request_id: str) -> None:
        """Record the request's ``x-ms-client-request-id`` and name it in the message."""
        self.client_request_id = client_request_id
        self.args = (f"{self.message} [client request id: {client_request_id}]",)


class ServiceRequestError(TransportFailure):
    """The request was not sent: no connection could be made (refused, DNS, TLS handshake, an untrusted
    certificate, a proxy refusing the tunnel); ``attempts`` says how many times it was tried. Sending it again
    cannot do anything twice."""


class ServiceRequestTimeoutError(ServiceRequestError):
    """No connection in time (connect timeout, or no free connection in the pool): the request was not sent."""


class ServiceResponseError(TransportFailure):
    """The request was sent, or may have been, and its response could not be read: the connection was closed or
    reset after it was opened, the response was malformed (``attempts`` as above). The service may have acted on
    it: sending it again is safe only for a call that cannot do anything twice."""


class ServiceResponseTimeoutError(ServiceResponseError):
    """The request was (or may have been) sent and no response came in time: read or write timeout, or a body
    still arriving when the call's ``total_timeout`` ran out."""


class IncompleteReadError(ServiceResponseError):
    """The response's status and headers arrived, then its body was cut off (fewer bytes than its
    ``Content-Length``, a chunk missing, the connection dropped mid-body).

    azure-core's class of this name is a ``DecodeError`` and so an ``HttpResponseError``; with azure-core installed
    ours is caught by ``except azure.core.exceptions.IncompleteReadError`` / ``HttpResponseError`` (as the official
    client's is) and by ``except azure.core.exceptions.ServiceResponseError``. The attributes azure-core's
    ``HttpResponseError`` carries are here too, empty: there is no usable response.
    """

    _azure_also = ("ServiceResponseError",)
    status_code: int | None = None
    reason: str | None = None
    response: httpx.Response | None = None
    model: Any = None
    error: Any = None


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
        self.status_code: int | None = status_code if status_code is not None else known.status_code
        self.reason: str | None = reason or known.reason
        self.error: ErrorDetail | None = error
        self.message = redact_text(message or (error.message if error else None) or self.reason or "request failed")
        self.ms_cv: str | None = ms_cv or known.ms_cv
        self.request_id: str | None = request_id or known.request_id
        self.attempts: int | None = attempts if attempts is not None else known.attempts
        self.client_request_id: str | None = known.client_request_id
        """The ``x-ms-client-request-id`` we sent (the same on each retry), next to the service's MS-CV."""
        self.response: httpx.Response | None = response
        self.model: ErrorDetail | None = error  # azure-core's name for the decoded error body
        Exception.__init__(self, self._describe())

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


class ResourceNotModifiedError(HttpResponseError):
    """304: the resource has not changed (azure-core's class; the phone-numbers service does not send it)."""


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
    304: ResourceNotModifiedError,
}


@dataclass(frozen=True)
class _Correlation:
    """What a response says about itself, for :class:`HttpResponseError` (every field typed, none ``Any``)."""

    client_request_id: str | None = None
    status_code: int | None = None
    reason: str | None = None
    ms_cv: str | None = None
    request_id: str | None = None
    attempts: int | None = None


def _correlation(response: httpx.Response | None) -> _Correlation:
    """status, reason, MS-CV and request id of a response (request id falls back to the one we sent)."""
    if response is None:
        return _Correlation()
    request_id = response.headers.get("x-ms-request-id") or response.headers.get("x-ms-client-request-id")
    try:
        client_request_id = response.request.headers.get("x-ms-client-request-id")
    except RuntimeError:  # a Response built by hand has no request
        client_request_id = None
    client_request_id = client_request_id or response.headers.get("x-ms-client-request-id")
    request_id = request_id or client_request_id
    attempts = response.extensions.get(ATTEMPTS_EXTENSION)
    return _Correlation(
        client_request_id=client_request_id,
        status_code=response.status_code,
        reason=response.reason_phrase or None,
        ms_cv=response.headers.get("ms-cv"),
        request_id=request_id,
        attempts=attempts if isinstance(attempts, int) else None,
    )


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
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, a body nested absurdly deep
        decoded = None
    if isinstance(decoded, Mapping):
        # The documented envelope is {"error": {...}}; a bare CommunicationError is accepted too.
        error = error_detail_from_dict(decoded.get("error", decoded))
        if error is not None and error.code is None and error.message is None:
            error = None
    message = error.message if error and error.message else _fallback_message(response, body)
    cls = _STATUS_CLASSES.get(response.status_code, HttpResponseError)
    return cls(message, error=error, response=response)
