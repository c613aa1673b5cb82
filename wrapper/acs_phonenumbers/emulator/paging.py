"""Pages and relative next links, formed as the service forms them (``/path?skip=N&top=M&api-version=V``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from .errors import EmulatorError

Cut = Callable[[int, int], tuple[list[Any], int]]
"""``(skip, size) -> (the page's items, how many items there are in all)``, e.g. ``partial(store.page, kind)``."""


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_link: str | None


def bounds(skip: int, size: int) -> tuple[int, int]:
    """``skip`` and page size as the service applies them: a negative skip is refused, a size of 0 or less is 100."""
    if skip < 0:
        message = f"The value '{skip}' is not valid for skip: it must not be negative."
        raise EmulatorError("InvalidInput", message, "skip")
    return skip, size if size > 0 else 100


def paginate(
    source: list[Any] | Cut,
    *,
    path: str,
    skip: int,
    size: int,
    size_param: str,
    api_version: str,
    query: dict[str, str] | None = None,
) -> Page:
    """One page of ``source`` and the relative link to the next one (None on the last page).

    ``source`` is every item, or a :data:`Cut` that reads only the page (the store cuts pages in SQL).
    """
    skip, size = bounds(skip, size)
    if callable(source):
        chunk, total = source(skip, size)
    else:
        chunk, total = source[skip : skip + size], len(source)
    if skip + size >= total:
        return Page(chunk, None)
    params = dict(query or {})
    params.update({"skip": str(skip + size), size_param: str(size), "api-version": api_version})
    return Page(chunk, f"{path}?{urlencode(params)}")
