"""Pages and relative next links, formed as the service forms them (``/path?skip=N&top=M&api-version=V``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_link: str | None


def bounds(skip: int, size: int) -> tuple[int, int]:
    """``skip`` and page size as the service applies them: a negative skip is 0, a size of 0 or less is 100."""
    return max(skip, 0), size if size > 0 else 100


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
    skip, size = bounds(skip, size)
    return window(
        items[skip : skip + size],
        total=len(items),
        path=path,
        skip=skip,
        size=size,
        size_param=size_param,
        api_version=api_version,
        query=query,
    )


def window(
    chunk: list[Any],
    *,
    total: int,
    path: str,
    skip: int,
    size: int,
    size_param: str,
    api_version: str,
    query: dict[str, str] | None = None,
) -> Page:
    """A page already cut to ``chunk`` (``skip`` and ``size`` from :func:`bounds`) out of ``total`` items."""
    if skip + size >= total:
        return Page(chunk, None)
    params = dict(query or {})
    params.update({"skip": str(skip + size), size_param: str(size), "api-version": api_version})
    return Page(chunk, f"{path}?{urlencode(params)}")
