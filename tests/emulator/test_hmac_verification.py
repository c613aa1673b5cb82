"""HMAC verification: a known vector, and every kind of tampering refused with the service's 401 body."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from emulator_helpers import PN, Api, sign

from acs_phonenumbers.emulator import Emulator, auth

KEY = base64.b64encode(b"a fixed key for the known vector!").decode()
DATE = "Thu, 08 Dec 2022 23:08:12 GMT"
HOST = "contoso.communication.azure.com"
BODY = b'{"searchId":"378ddf60-81be-452a-ba4f-613198ea6c28"}'
PATH = "/availablePhoneNumbers/:purchase?api-version=2025-06-01"
DENIED = {"error": {"code": "Denied", "message": "Denied by the resource provider."}}


def _vector_headers() -> dict[str, str]:
    digest = base64.b64encode(hashlib.sha256(BODY).digest()).decode()
    text = f"POST\n{PATH}\n{DATE};{HOST};{digest}".encode()
    signature = base64.b64encode(hmac.new(base64.b64decode(KEY), text, hashlib.sha256).digest()).decode()
    return {
        "x-ms-date": DATE,
        "host": HOST,
        "x-ms-content-sha256": digest,
        "authorization": f"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}",
    }


def _verify(headers: dict[str, str], *, path: str = PATH, body: bytes = BODY, key: str = KEY, skew: int = 0) -> None:
    now = datetime(2022, 12, 8, 23, 8, 12, tzinfo=UTC) + timedelta(minutes=skew)
    auth.verify(method="POST", path_and_query=path, headers=headers, body=body, access_key=key, now=now)


def test_known_vector_is_accepted() -> None:
    headers = _vector_headers()
    assert headers["x-ms-content-sha256"] == base64.b64encode(hashlib.sha256(BODY).digest()).decode()
    _verify(headers)
    _verify(headers, skew=14)
    _verify(headers, skew=-14)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"path": "/availablePhoneNumbers/:purchase?api-version=2025-04-01"}, "signature mismatch"),
        ({"path": "/phoneNumbers?api-version=2025-06-01"}, "signature mismatch"),
        ({"body": b'{"searchId":"other"}'}, "does not match the body"),
        ({"key": base64.b64encode(b"another key").decode()}, "signature mismatch"),
        ({"skew": 16}, "outside the 15-minute window"),
        ({"skew": -16}, "outside the 15-minute window"),
    ],
)
def test_tampering_is_refused(change: dict[str, object], reason: str) -> None:
    with pytest.raises(auth.AuthError) as refused:
        _verify(_vector_headers(), **change)  # type: ignore[arg-type]
    assert reason in refused.value.reason
    assert refused.value.status == 401
    assert refused.value.body() == DENIED


@pytest.mark.parametrize("missing", ["x-ms-date", "host", "x-ms-content-sha256", "authorization"])
def test_missing_headers_are_refused(missing: str) -> None:
    headers = _vector_headers()
    del headers[missing]
    with pytest.raises(auth.AuthError):
        _verify(headers)


def _send(emulator: Emulator, api: Api, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, dict]:
    response = api.http.request("GET", path, headers=headers, content=body)
    assert response.headers["MS-CV"]
    return response.status_code, response.json()


def test_over_http_valid_signature_is_accepted(acs_emulator: Emulator, api: Api) -> None:
    path = f"/phoneNumbers?{PN}"
    status, _ = _send(acs_emulator, api, path, sign(acs_emulator.access_key, "GET", path, api.host, b""))
    assert status == 200


@pytest.mark.parametrize(
    "tamper",
    ["path", "query", "body", "stale", "future", "key", "no-auth", "no-date", "host", "bearer"],
)
def test_over_http_tampered_requests_get_401(acs_emulator: Emulator, api: Api, tamper: str) -> None:
    path = f"/phoneNumbers?{PN}"
    key, date, host, signed_path, body = acs_emulator.access_key, None, api.host, path, b""
    if tamper == "path":
        signed_path = f"/phoneNumbers/operations?{PN}"
    elif tamper == "query":
        signed_path = f"/phoneNumbers?skip=1&{PN}"
    elif tamper in ("stale", "future"):
        moment = datetime.now(UTC) + timedelta(minutes=-20 if tamper == "stale" else 20)
        date = format_datetime(moment, usegmt=True)
    elif tamper == "key":
        key = base64.b64encode(b"not the emulator's key").decode()
    elif tamper == "host":
        host = "contoso.communication.azure.com"
    headers = sign(key, "GET", signed_path, host, b"", date)
    if tamper == "body":
        body = b"{}"
    elif tamper == "no-auth":
        del headers["Authorization"]
    elif tamper == "no-date":
        del headers["x-ms-date"]
    elif tamper == "bearer":
        headers["Authorization"] = "Bearer some-token"
    status, payload = _send(acs_emulator, api, path, headers, body)
    assert (status, payload) == (401, DENIED)


def test_bearer_tokens_accepted_only_in_dev_mode() -> None:
    with Emulator(lro_seconds=0, dev_bearer=True) as emulator:
        api = Api(emulator)
        response = api.http.get(f"/phoneNumbers?{PN}", headers={"Authorization": "Bearer anything"})
        assert response.status_code == 200
        api.close()
