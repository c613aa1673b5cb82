"""Credentials: our access-key credential, the protocols other credentials satisfy, and connection strings.

Any object with a ``.key`` string works as a key credential (so ``azure.core.credentials.AzureKeyCredential``
does), and any object with ``get_token(*scopes)`` works as a token credential (so azure-identity's do).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ._errors import InvalidArgumentError
from ._validation import ensure_endpoint

__all__ = [
    "AccessTokenLike",
    "AsyncTokenCredential",
    "AzureKeyCredential",
    "ConnectionString",
    "KeyCredential",
    "TokenCredential",
    "parse_connection_string",
]

_FORMAT = "endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>"


@runtime_checkable
class KeyCredential(Protocol):
    """Anything holding an access key in ``.key`` (ours, azure-core's)."""

    @property
    def key(self) -> str: ...


class AccessTokenLike(Protocol):
    """What ``get_token`` returns: azure-core's ``AccessToken`` (token, expires_on in epoch seconds)."""

    @property
    def token(self) -> str: ...

    @property
    def expires_on(self) -> int: ...


@runtime_checkable
class TokenCredential(Protocol):
    """A synchronous token source such as ``azure.identity.DefaultAzureCredential``."""

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessTokenLike: ...


@runtime_checkable
class AsyncTokenCredential(Protocol):
    """An asynchronous token source such as ``azure.identity.aio.DefaultAzureCredential``."""

    def get_token(self, *scopes: str, **kwargs: Any) -> Awaitable[AccessTokenLike]: ...


def _check_key(key: Any, what: str = "key") -> str:
    if not isinstance(key, str):
        raise TypeError(f"the {what} must be a str, got {type(key).__name__}")
    if not key.strip():
        raise InvalidArgumentError(f"the {what} must not be empty")
    return key


class AzureKeyCredential:
    """An access key that can be rotated in place with :meth:`update`; its repr never shows the key."""

    __slots__ = ("_key",)

    def __init__(self, key: str) -> None:
        self._key = _check_key(key)

    @property
    def key(self) -> str:
        """The current key; read at every request, so an ``update`` applies to the next one."""
        return self._key

    def update(self, key: str) -> None:
        """Replace the key (rotation); clients holding this credential sign with the new key from now on."""
        self._key = _check_key(key)

    def __repr__(self) -> str:
        return "AzureKeyCredential(key=<redacted>)"


@dataclass(frozen=True)
class ConnectionString:
    """A parsed connection string; the key is left out of the repr."""

    endpoint: str
    access_key: str = field(repr=False)


def parse_connection_string(conn_str: str) -> ConnectionString:
    """Parse ``endpoint=...;accesskey=...`` (names in any case and order, spaces and a trailing ``;`` tolerated).

    Raises :class:`InvalidArgumentError` (a ``ValueError``) naming what is missing or malformed and showing the
    expected format; the message never contains the key, nor any value that could be it.
    """
    if not isinstance(conn_str, str):
        raise TypeError(f"the connection string must be a str, got {type(conn_str).__name__}")
    values: dict[str, str] = {}
    for index, segment in enumerate(conn_str.split(";"), start=1):
        if not segment.strip():
            continue
        name, sep, value = segment.partition("=")  # first '=' only: base64 keys end in '=' padding
        name = name.strip().lower()
        if not sep or not name:
            # Do not quote the segment: it may be (part of) the key.
            raise InvalidArgumentError(
                f"connection string segment {index} is not 'name=value'; expected the format {_FORMAT!r}"
            )
        if name in values:
            raise InvalidArgumentError(f"connection string has {name!r} more than once; expected {_FORMAT!r}")
        values[name] = value.strip()
    missing = [name for name in ("endpoint", "accesskey") if not values.get(name)]
    if missing:
        found = ", ".join(repr(n) for n in values) or "nothing"
        raise InvalidArgumentError(
            f"connection string is missing {' and '.join(repr(n) for n in missing)} (found {found}); "
            f"expected {_FORMAT!r}, as shown on the resource's Keys page in the Azure portal"
        )
    try:
        endpoint = ensure_endpoint(values["endpoint"], "connection string 'endpoint'")
    except InvalidArgumentError as exc:
        raise InvalidArgumentError(f"{exc}; expected {_FORMAT!r}") from None
    access_key = values["accesskey"]
    try:
        base64.b64decode(access_key, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidArgumentError(
            "connection string 'accesskey' is not valid base64; copy the key unchanged from the resource's Keys "
            "page in the Azure portal"
        ) from None
    return ConnectionString(endpoint=endpoint, access_key=access_key)
