"""Pages and relative next links, formed as the service forms them (``/path?skip=N&top=M&api-version=V``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_link: str | None


def paginate(
    items: list[Any],
    *,
    path: str,
    skip: int,
    size: int,
    size_param: str,
    api_version: str,
    query: dict[str, str] | None = None,
) -> Page:
    """One page of ``items`` and the relative link to the next one (None on the last page)."""
    if skip < 0:
        skip = 0
    if size <= 0:
        size = 100
    chunk = items[skip : skip + size]
    if skip + size >= len(items):
        return Page(chunk, None)
    params = dict(query or {})
    params.update({"skip": str(skip + size), size_param: str(size), "api-version": api_version})
    return Page(chunk, f"{path}?{urlencode(params)}")
