"""HMAC-SHA256 request verification, recomputed exactly as a client computes it (own code, no SDK).

string-to-sign = VERB + "\\n" + path-and-query as sent + "\\n" + the signed headers' values joined by ";"
(the service signs ``x-ms-date;host;x-ms-content-sha256``); signature = base64(HMAC-SHA256(base64decode(key),
string-to-sign)). The body must hash to ``x-ms-content-sha256`` and ``x-ms-date`` must lie within 15 minutes of
the emulator's time. Development bearer mode accepts any ``Authorization: Bearer <token>`` (never on by default).
Nothing here logs or returns a key or a signature.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

from .errors import EmulatorError

DATE_WINDOW = timedelta(minutes=15)
REQUIRED_SIGNED_HEADERS = ("x-ms-date", "host", "x-ms-content-sha256")


class AuthError(EmulatorError):
    """401 with the service's body; ``reason`` is for the emulator's diagnostics header only."""

    def __init__(self, reason: str) -> None:
        super().__init__("Denied", "Denied by the resource provider.", status=401)
        self.reason = reason


def content_hash(body: bytes) -> str:
    return base64.b64encode(hashlib.sha256(body).digest()).decode()


def string_to_sign(method: str, path_and_query: str, header_values: list[str]) -> str:
    return f"{method.upper()}\n{path_and_query}\n{';'.join(header_values)}"


def compute_signature(key: str, text: str) -> str:
    return base64.b64encode(hmac.new(base64.b64decode(key), text.encode(), hashlib.sha256).digest()).decode()


def _parse_authorization(value: str) -> tuple[list[str], str]:
    scheme, _, rest = value.partition(" ")
    if scheme != "HMAC-SHA256":
        raise AuthError("unsupported authorization scheme")
    fields: dict[str, str] = {}
    for part in rest.strip().split("&"):
        name, sep, field_value = part.partition("=")
        if not sep:
            raise AuthError("malformed authorization header")
        fields[name.strip()] = field_value.strip()
    if "SignedHeaders" not in fields or "Signature" not in fields:
        raise AuthError("malformed authorization header")
    return [h.strip().lower() for h in fields["SignedHeaders"].split(";") if h.strip()], fields["Signature"]


def verify(
    *,
    method: str,
    path_and_query: str,
    headers: Mapping[str, str],
    body: bytes,
    access_key: str,
    now: datetime,
    allow_bearer: bool = False,
) -> None:
    """Raise ``AuthError`` unless the request carries a valid credential. ``headers`` keys are lower case."""
    authorization = headers.get("authorization", "")
    if not authorization:
        raise AuthError("missing Authorization header")
    if authorization.lower().startswith("bearer "):
        if allow_bearer and authorization[7:].strip():
            return
        raise AuthError("bearer tokens are accepted only in development bearer mode")
    signed, signature = _parse_authorization(authorization)
    missing = [h for h in REQUIRED_SIGNED_HEADERS if h not in signed]
    if missing:
        raise AuthError(f"signed headers must include {', '.join(missing)}")
    values = []
    for name in signed:
        value = headers.get(name)
        if value is None:
            raise AuthError(f"missing signed header {name}")
        values.append(value)
    try:
        sent_at = parsedate_to_datetime(headers["x-ms-date"])
    except (TypeError, ValueError):
        raise AuthError("x-ms-date is not an HTTP date") from None
    if sent_at.tzinfo is None or abs(now - sent_at) > DATE_WINDOW:
        raise AuthError("x-ms-date is outside the 15-minute window")
    # Header text arrives decoded as latin-1: compare bytes, so any value is refused rather than crashing.
    if not hmac.compare_digest(headers["x-ms-content-sha256"].encode("utf-8"), content_hash(body).encode()):
        raise AuthError("x-ms-content-sha256 does not match the body")
    try:
        expected = compute_signature(access_key, string_to_sign(method, path_and_query, values))
    except (binascii.Error, ValueError, UnicodeError):
        raise AuthError("the emulator's access key is not base64") from None
    if not hmac.compare_digest(signature.encode("utf-8"), expected.encode()):
        raise AuthError("signature mismatch")
