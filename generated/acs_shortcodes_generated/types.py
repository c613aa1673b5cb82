"""Contains some shared types for properties.

Plain dataclasses rather than attrs classes: every operation module imports this one, and attrs costs about 10 ms
of import time that only the models need (they load on first use, see models/__init__.py).
"""

import datetime
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class Unset:
    """The type of :data:`UNSET`: the value of a field that is absent from the JSON (as opposed to ``null``)."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

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
    """What an operation's ``*_detailed`` function returns: the HTTP response and its parsed body."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def parse_iso_datetime(value: str) -> datetime.datetime:
    """An ISO 8601 date-time that ``datetime.fromisoformat`` refuses on Python 3.11 but the standard allows, such as
    RFC 3339's lowercase ``2026-01-01t00:00:00z`` or ``24:00:00`` (the next midnight): python-dateutil's ``isoparse``.

    The models call it only after ``fromisoformat`` failed, so the common case loads no dateutil. ValueError when the
    text is no ISO 8601 date-time at all.
    """
    from dateutil.parser import isoparse  # noqa: PLC0415

    return isoparse(value)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "parse_iso_datetime"]
