"""Continuation tokens of long-running operations: plain versioned JSON, base64url-encoded.

A token names the operation's kind, the endpoint and API version it runs on and its two links; reading one back
checks every field (no pickle: a token that came from elsewhere can only name links, and the poller checks those
against its own endpoint before following them).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any, Final

from ._errors import InvalidArgumentError

__all__ = ["TOKEN_VERSION", "decode_token", "encode_token"]

TOKEN_VERSION: Final = 1
"""Version of the continuation-token format; tokens of any other version are refused."""
_MAX_TOKEN_LENGTH: Final = 8192
_TOKEN_KEYS: Final = frozenset({"v", "kind", "endpoint", "api_version", "operation_location", "resource_location"})


def encode_token(fields: Mapping[str, str | None]) -> str:
    """The token of an operation's ``fields`` (all of :data:`_TOKEN_KEYS` but the version, which is added)."""
    raw = json.dumps({"v": TOKEN_VERSION, **fields}, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_token(token: object) -> dict[str, Any]:
    """The fields of a token made by :func:`encode_token`; InvalidArgumentError for anything else."""
    if not isinstance(token, str) or not token or len(token) > _MAX_TOKEN_LENGTH:
        raise InvalidArgumentError("invalid continuation token: expected the string returned by continuation_token()")
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), altchars=b"-_", validate=True)
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, RecursionError):
        raise InvalidArgumentError("invalid continuation token: not base64url-encoded JSON") from None
    if not isinstance(data, dict):
        raise InvalidArgumentError("invalid continuation token: not a JSON object")
    if type(data.get("v")) is not int or data["v"] != TOKEN_VERSION:
        raise InvalidArgumentError(
            f"unsupported continuation token version {data.get('v')!r} (expected {TOKEN_VERSION})"
        )
    if set(data) != _TOKEN_KEYS:
        raise InvalidArgumentError(f"invalid continuation token: fields must be exactly {sorted(_TOKEN_KEYS)}")
    for key in ("kind", "endpoint", "api_version", "operation_location"):
        if not isinstance(data[key], str) or not data[key]:
            raise InvalidArgumentError(f"invalid continuation token: {key} must be a non-empty string")
    if not (data["resource_location"] is None or isinstance(data["resource_location"], str)):
        raise InvalidArgumentError("invalid continuation token: resource_location must be a string or null")
    return data
