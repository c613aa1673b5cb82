"""One mapping from response to exception; tolerant decoding; messages carry correlation ids, never secrets."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from acs_phonenumbers._errors import (
    AcsError,
    ClientAuthenticationError,
    ErrorDetail,
    HttpResponseError,
    InvalidArgumentError,
    OperationFailedError,
    ResourceExistsError,
    ResourceNotFoundError,
    ServiceRequestError,
    error_detail_from_dict,
    error_from_response,
)

URL = "https://contoso.communication.azure.com/phoneNumbers/%2B14255550123?api-version=2025-06-01"


def our_class(error: BaseException) -> type:
    """The class we raised: with azure-core installed the raised type pairs it with azure-core's (see _errors)."""
    return type(error).__dict__.get("_azure_pair_of", type(error))  # type: ignore[no-any-return]


def response(status: int, body: bytes | str | Mapping[str, Any] = b"", **headers: str) -> httpx.Response:
    content = (
        json.dumps(body).encode() if isinstance(body, Mapping) else body.encode() if isinstance(body, str) else body
    )
    request = httpx.Request("GET", URL, headers={"x-ms-client-request-id": "client-req-1"})
    return httpx.Response(status, content=content, headers=headers, request=request)


ENVELOPE = {
    "error": {
        "code": "PhoneNumberNotFound",
        "message": "The phone number +14255550123 was not found.",
        "target": "phoneNumber",
        "details": [{"code": "Inner1", "message": "first"}, {"code": "Inner2", "message": "second"}],
        "innererror": {"code": "Deep", "message": "deeper", "innererror": {"code": "Deepest", "message": "x"}},
    }
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [(401, ClientAuthenticationError), (404, ResourceNotFoundError), (409, ResourceExistsError),
     (400, HttpResponseError), (403, HttpResponseError), (429, HttpResponseError), (500, HttpResponseError)],
)  # fmt: skip
def test_status_maps_to_class(status: int, cls: type[HttpResponseError]) -> None:
    error = error_from_response(response(status, ENVELOPE))
    assert our_class(error) is cls
    assert isinstance(error, AcsError)


def test_envelope_is_decoded_fully() -> None:
    error = error_from_response(response(404, ENVELOPE, **{"MS-CV": "cv-123", "x-ms-request-id": "req-9"}))
    assert error.status_code == 404
    assert error.reason == "Not Found"
    assert error.message == "The phone number +14255550123 was not found."
    assert error.error is not None
    assert error.error.code == "PhoneNumberNotFound"
    assert error.error.target == "phoneNumber"
    assert [d.code for d in error.error.details] == ["Inner1", "Inner2"]
    assert error.error.innererror is not None and error.error.innererror.code == "Deep"
    assert error.error.inner_error is error.error.innererror
    assert error.error.innererror.innererror == ErrorDetail(code="Deepest", message="x")
    assert error.ms_cv == "cv-123"
    assert error.request_id == "req-9"
    assert error.response is not None and error.response.status_code == 404
    text = str(error)
    for part in (
        "404",
        "Not Found",
        "PhoneNumberNotFound",
        "was not found",
        "phoneNumber",
        "cv-123",
        "req-9",
        "Inner1",
    ):
        assert part in text


def test_request_id_falls_back_to_the_one_we_sent() -> None:
    assert error_from_response(response(500, ENVELOPE)).request_id == "client-req-1"
    bare = httpx.Response(500)  # built without a request: still no crash
    assert error_from_response(bare).request_id is None


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"", "", "empty body"),
        (b"   ", "", "empty body"),
        (b"<html><body>502 Bad Gateway</body></html>", "text/html; charset=utf-8", "non-JSON body (text/html"),
        (b'{"error": {"code": "Bad', "application/json", 'unexpected body: {"error": {"code": "Bad'),
        (b"\xff\xfe not utf-8", "application/octet-stream", "unexpected body"),
        (b"[1, 2]", "application/json", "unexpected body: [1, 2]"),
        (b'{"error": "just a string"}', "application/json", "unexpected body"),
        (b'{"error": {}}', "application/json", "unexpected body"),
    ],
)
def test_malformed_bodies_still_give_a_clear_error(body: bytes, content_type: str, expected: str) -> None:
    headers = {"content-type": content_type, "MS-CV": "cv-7"} if content_type else {"MS-CV": "cv-7"}
    error = error_from_response(response(502, body, **headers))
    assert our_class(error) is HttpResponseError
    assert expected in error.message
    assert "502" in str(error) and "cv-7" in str(error)


def test_bare_communication_error_and_odd_types_are_tolerated() -> None:
    error = error_from_response(response(400, {"code": 17, "message": None, "details": "nope", "innererror": [1]}))
    assert error.error == ErrorDetail(code="17")
    assert "(17)" in str(error)


def test_long_snippet_is_cut() -> None:
    error = error_from_response(response(500, "x" * 10_000, **{"content-type": "text/plain"}))
    assert len(error.message) < 400


def test_depth_is_bounded() -> None:
    nested: dict[str, object] = {"code": "leaf", "message": "m"}
    for _ in range(1000):
        nested = {"code": "c", "message": "m", "innererror": nested}
    detail = error_detail_from_dict(nested)
    depth = 0
    while detail is not None:
        detail, depth = detail.innererror, depth + 1
    assert depth < 20


def test_secrets_in_a_service_message_are_redacted() -> None:
    body = {"error": {"code": "Denied", "message": "bad signature for accesskey=c2VjcmV0 and Bearer eyJabc.def"}}
    text = str(error_from_response(response(401, body)))
    assert "c2VjcmV0" not in text and "eyJabc" not in text


def test_unread_streamed_response_does_not_raise() -> None:
    streamed = httpx.Response(503, stream=httpx.ByteStream(b"{}"), request=httpx.Request("GET", URL))
    error = error_from_response(streamed)
    assert error.status_code == 503


def test_operation_failed_error() -> None:
    operation = {
        "id": "purchase_123",
        "status": "failed",
        "operationType": "purchase",
        "error": {"code": "PurchaseFailed", "message": "The purchase could not be completed."},
    }
    poll = response(200, operation, **{"MS-CV": "cv-op"})
    error = OperationFailedError.from_operation(operation, response=poll)
    assert isinstance(error, HttpResponseError)  # `except HttpResponseError` catches it, as with azure-core
    assert error.error is not None and error.error.code == "PurchaseFailed"
    assert error.message == "The purchase could not be completed."
    assert error.operation_id == "purchase_123"
    assert error.ms_cv == "cv-op"
    text = str(error)
    assert "PurchaseFailed" in text and "purchase_123" in text and "cv-op" in text


def test_operation_failed_without_error_details() -> None:
    error = OperationFailedError.from_operation({"id": "op1", "status": "failed"})
    assert "op1" in error.message and "failed" in error.message
    assert error.error is None and error.status_code is None


def test_constructed_from_a_response_alone() -> None:
    error = HttpResponseError(response=response(503, **{"MS-CV": "cv-1"}))
    assert (error.status_code, error.reason, error.ms_cv, error.request_id) == (
        503,
        "Service Unavailable",
        "cv-1",
        "client-req-1",
    )
    assert HttpResponseError("plain").message == "plain"


def test_service_request_error_and_invalid_argument() -> None:
    error = ServiceRequestError("GET x failed after 4 attempts", attempts=4)
    assert error.attempts == 4 and "4 attempts" in str(error)
    assert isinstance(InvalidArgumentError("x"), ValueError)
