"""Argument checks that save a round trip, before any request is sent; every client uses these, so the same
mistake raises the same exception everywhere. One rule per kind of mistake, each message naming the argument and
saying what was expected:

- a value of the wrong type (``None`` where one is required, ``"5"`` for an int, ``42`` for a string):
  :class:`InvalidArgumentTypeError` (:func:`wrong_type`), an ``InvalidArgumentError`` that is also a ``TypeError``;
- an empty string, a number out of range, a malformed UUID or a value that contradicts another:
  :class:`InvalidArgumentError` (a ``ValueError``);
- an unknown keyword argument: ``TypeError``, as Python itself raises for them (:func:`reject_unknown_kwargs`).

tests/unit/test_argument_mistakes.py walks every public method of every client and checks it.
"""

from __future__ import annotations

import difflib
import re
import uuid
from collections.abc import Collection, Mapping
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ._errors import InvalidArgumentError, InvalidArgumentTypeError
from ._logging import redact_text

__all__ = [
    "ensure_e164",
    "ensure_endpoint",
    "ensure_enum",
    "ensure_int",
    "ensure_not_empty",
    "ensure_str",
    "ensure_uuid",
    "reject_unknown_kwargs",
    "wrong_type",
]

E = TypeVar("E", bound=Enum)

# E.164: '+', a country code that does not start with 0, at most 15 digits in all.
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")  # [0-9], not \d: \d also matches non-ASCII digits
_E164_EXAMPLE = "+14255550123"
# Long values are cut in messages: an error message is not the place for a megabyte of input.
_MAX_SHOWN = 60


def _show(value: Any) -> str:
    text = redact_text(repr(value))
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def wrong_type(field: str, expected: str, value: Any) -> InvalidArgumentTypeError:
    """The error for ``value`` given as ``field`` where ``expected`` (e.g. "an int", "a SipTrunk") is wanted."""
    if value is None:
        return InvalidArgumentTypeError(f"{field} must not be None: it must be {expected}")
    return InvalidArgumentTypeError(f"{field} must be {expected}, got {type(value).__name__} {_show(value)}")


def _require_str(value: Any, field: str, expected: str) -> str:
    if not isinstance(value, str):
        raise wrong_type(field, expected, value)
    return value


def ensure_str(value: Any, field: str) -> str:
    """``value`` unchanged if it is a string (empty or not: for values the service judges, such as filters)."""
    return _require_str(value, field, "a string")


def ensure_int(value: Any, field: str, minimum: int = 0) -> int:
    """``value`` unchanged if it is an int (not a bool) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_type(field, "an int", value)
    if value < minimum:
        raise InvalidArgumentError(f"{field} must be >= {minimum}, got {value}")
    return value


def ensure_not_empty(value: Any, field: str) -> str:
    """``value`` unchanged if it is a string with something other than whitespace in it."""
    text = _require_str(value, field, "a non-empty string")
    if not text.strip():
        raise InvalidArgumentError(f"{field} must not be empty")
    return text


def ensure_phone_number(number: Any, field: str = "phone_number") -> str:
    """A phone number or the service's number id, as a non-empty string; its format is the service's to judge.

    The service takes E.164 (``'+14255550123'``) and its own id (digits without '+', ``AvailablePhoneNumber.id``),
    and answers a malformed one with its own error, which official code expects to catch; so only a value that is
    not a non-empty string is refused here.
    """
    return ensure_not_empty(number, field)


def ensure_e164(number: Any, field: str = "phone_number") -> str:
    """``number`` unchanged if it is an E.164 number such as ``'+14255550123'``."""
    text = _require_str(number, field, f"an E.164 phone number string such as {_E164_EXAMPLE!r}")
    if not _E164.fullmatch(text):
        raise InvalidArgumentError(
            f"{field} must be an E.164 phone number: '+', the country code, then the number, digits only, "
            f"at most 15 digits (e.g. {_E164_EXAMPLE!r}); got {_show(number)}"
        )
    return text


def ensure_uuid(value: Any, field: str) -> str:
    """The canonical lower-case hyphenated form of a UUID given as ``uuid.UUID`` or string."""
    if isinstance(value, uuid.UUID):
        return str(value)
    text = _require_str(value, field, "a UUID string such as '6227aeb8-8086-4824-9586-05cafe96f37b'")
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise InvalidArgumentError(
            f"{field} must be a UUID such as '6227aeb8-8086-4824-9586-05cafe96f37b'; got {_show(value)}"
        ) from None


def ensure_enum(value: Any, enum_cls: type[E], field: str) -> E:
    """The member of ``enum_cls`` that ``value`` names (a member, or its value or name in any case).

    The service's enums are open strings (``modelAsString``), so a value this version does not declare is sent as
    given (the generated enums keep it as a pseudo-member) and the service judges it; only a value that is not a
    non-empty string is refused here.
    """
    members: Mapping[str, E] = enum_cls.__members__
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str) and value.strip():
        wanted = value.strip().lower()
        for name, member in members.items():
            if wanted in (str(member.value).lower(), name.lower()):
                return member
        try:
            return enum_cls(value.strip())
        except ValueError:
            pass
    valid = ", ".join(repr(str(m.value)) for m in members.values())
    if not isinstance(value, str):
        raise wrong_type(field, f"one of {valid} (or {enum_cls.__name__}.<NAME>)", value)
    raise InvalidArgumentError(f"{field} must be one of {valid} (or {enum_cls.__name__}.<NAME>); got {_show(value)}")


def ensure_endpoint(endpoint: Any, field: str = "endpoint") -> str:
    """A normalised service endpoint: ``scheme://host[:port][/path]`` with no trailing slash.

    ``http`` is allowed because the local emulator uses it; user info, query and fragment are refused because
    they would end up in every request URL (and user info is a credential).
    """
    example = "'https://<resource>.communication.azure.com'"
    text = _require_str(endpoint, field, f"a URL such as {example}").strip()
    if "accesskey" in text.lower():
        # The commonest mix-up; and the message must not echo the key it contains.
        raise InvalidArgumentError(
            f"{field} looks like a connection string; use from_connection_string(...) or pass the endpoint URL alone"
        )
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port that is not a number or out of range
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidArgumentError(
            f"{field} must be an http(s) URL with a host name, such as {example}; got {_show(text)}"
        )
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        raise InvalidArgumentError(f"{field} must not contain user info, a query or a fragment, as in {example}")
    host = parts.hostname
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = f"{host}:{port}" if port is not None else host
    return f"{parts.scheme.lower()}://{netloc}{parts.path.rstrip('/')}"


def reject_unknown_kwargs(kwargs: Mapping[str, Any], valid: Collection[str], where: str) -> None:
    """Raise ``TypeError`` naming the first unknown keyword, a close match if any, and the valid ones."""
    for name in kwargs:
        if name not in valid:
            close = difflib.get_close_matches(name, list(valid), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            listed = ", ".join(sorted(valid))
            raise TypeError(f"{where}() got an unexpected keyword argument {name!r}{hint}; valid: {listed}")
