"""Bounds against a broken or hostile server: the link and origin rules of pagers and pollers, in one place.

A link the service sends (a ``nextLink``, an ``Operation-Location``, a ``Location``) or a continuation token carries
is resolved against the client's endpoint and refused when it points to another origin (:func:`resolve_link`,
:func:`same_origin`): it must never redirect the client and its credentials. A pager remembers the links it has
followed; a link seen before (A -> B -> A) or a listing longer than :data:`MAX_PAGES` pages raises
:class:`~acs_phonenumbers.HttpResponseError` saying why, instead of looping for ever.
"""

from __future__ import annotations

from typing import Final
from urllib.parse import quote

import httpx

from ._errors import HttpResponseError

__all__ = ["MAX_PAGES", "LinkGuard", "resolve_link", "resolve_next_link", "same_origin"]

MAX_PAGES: Final = 100_000
"""Pages one listing may have (at the service's largest page size, far beyond any resource's numbers)."""


class LinkGuard:
    """The links one listing has followed; :meth:`check` before following another."""

    def __init__(self, max_pages: int = MAX_PAGES) -> None:
        self.max_pages = max_pages
        self.seen: set[str] = set()

    def check(self, link: str) -> None:
        """HttpResponseError when ``link`` was followed before, or when the listing has too many pages."""
        if link in self.seen:
            raise HttpResponseError(
                f"the service's nextLink points back to a page already read ({link}): the listing cycles; stopping"
            )
        if len(self.seen) + 1 >= self.max_pages:
            raise HttpResponseError(
                f"the listing goes on beyond {self.max_pages} pages: the service's nextLink never ends; stopping"
            )
        self.seen.add(link)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port if url.port is not None else default


def same_origin(url: str, endpoint: str) -> bool:
    """True when ``url`` is absolute and has ``endpoint``'s scheme, host and port (default ports made explicit)."""
    try:
        return _origin(httpx.URL(endpoint).join(url)) == _origin(httpx.URL(endpoint)) and "://" in url
    except (httpx.InvalidURL, TypeError):
        return False


def resolve_link(link: str, endpoint: str, api_version: str, *, what: str = "link") -> str:
    """Resolve a service-sent link (relative or absolute) against ``endpoint``; pure.

    The query is kept byte for byte; ``api-version`` is appended only when the link has none. A link to another
    scheme, host or port than ``endpoint`` is refused with :class:`ValueError`: a link from a response or a
    continuation token must never redirect the client (and its credentials) elsewhere.
    """
    if not isinstance(link, str) or not link.strip():
        raise ValueError(f"{what} must be a non-empty string")
    try:
        base = httpx.URL(endpoint)
        url = base.join(link.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"{what} is not a valid URL: {exc}") from None
    if _origin(url) != _origin(base):
        raise ValueError(
            f"{what} points to {url.scheme}://{url.netloc.decode('ascii', 'replace')}, not to the client's endpoint "
            f"{base.scheme}://{base.netloc.decode('ascii', 'replace')}; a link or continuation token must not "
            "redirect the client"
        )
    if "api-version" not in url.params:
        extra = b"api-version=" + quote(api_version, safe="").encode("ascii")
        url = url.copy_with(query=url.query + b"&" + extra if url.query else extra)
    return str(url)


def resolve_next_link(next_link: str, endpoint: str, api_version: str) -> str:
    """Absolute URL of a page's ``nextLink`` (see :func:`resolve_link`); ValueError for another host."""
    return resolve_link(next_link, endpoint, api_version, what="next link")
