"""Bounds against a broken or hostile server: a listing whose nextLink cycles or never ends stops with an error.

A pager remembers the links it has followed; a link seen before (A -> B -> A) or a listing longer than
:data:`MAX_PAGES` pages raises :class:`~acs_phonenumbers.HttpResponseError` saying why, instead of looping for ever.
"""

from __future__ import annotations

from typing import Final

from ._errors import HttpResponseError

__all__ = ["MAX_PAGES", "LinkGuard"]

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
