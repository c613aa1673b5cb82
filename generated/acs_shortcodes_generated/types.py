"""Contains some shared types for properties.

Plain dataclasses rather than attrs classes: every operation module imports this one, and attrs costs about 10 ms
of import time that only the models need (they load on first use, see models/__init__.py).
"""

import datetime
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from enum import EnumMeta
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx


class Unset:
    """The type of :data:`UNSET`: "not given", for an operation's optional parameter (as opposed to ``None``).

    Models read an absent field as ``None``; ``UNSET`` is what an operation's optional parameters default to.
    Every generated package of this project has its own ``Unset`` class; their ``UNSET`` values compare equal.
    """

    __slots__ = ()
    _acs_unset = True  # marks the sentinel of any of this project's generated packages

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __eq__(self, other: object) -> bool:
        return getattr(type(other), "_acs_unset", False) is True

    def __hash__(self) -> int:
        return hash("acs-phonenumbers UNSET")


UNSET: Unset = Unset()


def note_explicit_null(instance: Any, attribute: Any, value: Any) -> Any:
    """attrs ``on_setattr`` hook of a nullable model field: remember whether it was set to None on purpose."""
    nulls: frozenset[str] = instance._explicit_nulls
    if value is None:
        nulls = nulls | {attribute.name}
    elif attribute.name in nulls:
        nulls = nulls - {attribute.name}
    object.__setattr__(instance, "_explicit_nulls", nulls)
    return value


class CaseInsensitiveEnumMeta(EnumMeta):
    """Enum members reachable by name in any case, as with azure-core's metaclass of the same name.

    ``PhoneNumberType.toll_free``, ``PhoneNumberType.TOLL_FREE`` and ``PhoneNumberType["Toll_Free"]`` are one member.
    """

    def __getitem__(cls, name: str) -> Any:
        return super().__getitem__(name.upper())

    def __getattr__(cls, name: str) -> Any:
        # Only called for names not found the normal way; dunder lookups must fail as usual (copy, pickle).
        if name[:2] == "__":
            raise AttributeError(name)
        try:
            return cls._member_map_[name.upper()]
        except KeyError:
            raise AttributeError(name) from None


# What httpx accepts for one file of `files=`.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (file name, content, content type)
    tuple[str | None, FileContent, str | None]
    # (file name, content, content type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The file as the tuple httpx takes in `files=`."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """What an operation's ``*_detailed`` function returns: the HTTP response and its parsed body.

    ``http_response`` is the ``httpx.Response`` itself (with its request, URL, reason and elapsed time); status
    code, content and headers are its own, repeated for the generator's usual API.
    """

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response


def parse_datetime(value: str) -> datetime.datetime:
    """An ISO 8601 date-time from the wire: ``datetime.fromisoformat`` (the fast path, every date-time the service
    sends), else :func:`parse_iso_datetime`."""
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return parse_iso_datetime(value)


def parse_iso_datetime(value: str) -> datetime.datetime:
    """An ISO 8601 date-time that ``datetime.fromisoformat`` refuses on Python 3.11 but the standard allows, such as
    RFC 3339's lowercase ``2026-01-01t00:00:00z`` or ``24:00:00`` (the next midnight): python-dateutil's ``isoparse``.

    Called only after ``fromisoformat`` failed, so the common case loads no dateutil. ValueError when the text is no
    ISO 8601 date-time at all.
    """
    from dateutil.parser import isoparse  # noqa: PLC0415

    return isoparse(value)


__all__ = [
    "UNSET",
    "CaseInsensitiveEnumMeta",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "note_explicit_null",
    "parse_datetime",
    "parse_iso_datetime",
]
