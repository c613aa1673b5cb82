"""Pagers for the ``list_*`` operations, sync and async, over two hooks and pure link logic.

A page is its items plus the service's ``nextLink``. A pager is built from two hooks supplied by the client:

* ``fetch_first()`` -> ``(items, next_link)``: the first page (the client calls the generated ``*_detailed`` function);
* ``fetch_next(next_link)`` -> ``(items, next_link)``: any later page (the client resolves the link with
  :func:`~acs_phonenumbers._guards.resolve_next_link` and sends a GET).

Nothing is requested until the pager is iterated. The continuation token of a page is the raw ``nextLink`` that leads
to the page after it, so ``pager.by_page(continuation_token=token)`` resumes where another pager stopped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

__all__ = [
    "AsyncItemPaged",
    "AsyncPageIterator",
    "ItemPaged",
    "Page",
    "PageData",
    "PageIterator",
    "page_items",
]

T = TypeVar("T")
R = TypeVar("R")
P = TypeVar("P", bound="_Pages[Any, Any]")

PageData = tuple[Sequence[T], str | None]
"""What a hook returns: the items of one page and the next link (``None`` on the last page)."""


def page_items(model: object, items_attr: str, next_link_attr: str = "next_link") -> tuple[list[Any], str | None]:
    """``(items, next_link)`` of a generated list model; an absent list is empty, an absent/empty link is ``None``."""
    items = getattr(model, items_attr, None)
    link = getattr(model, next_link_attr, None)
    return (list(items) if isinstance(items, list) else []), (link if isinstance(link, str) and link else None)


def _next(link: str | None) -> str | None:
    return link if link else None


class Page(Generic[T]):
    """One page: iterate it for its items; ``continuation_token`` is the link to the next page (``None`` at the end)."""

    __slots__ = ("continuation_token", "items")

    def __init__(self, items: Sequence[T], continuation_token: str | None) -> None:
        self.items: list[T] = list(items)
        self.continuation_token = _next(continuation_token)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        more = "more pages" if self.continuation_token else "last page"
        return f"<Page of {len(self.items)} items, {more}>"


class _PageState:
    """Where a page iterator stands; shared by the sync and async twins."""

    def __init__(self, continuation_token: str | None) -> None:
        self.continuation_token = _next(continuation_token)
        self.started = self.continuation_token is not None
        self.pages = 0

    @property
    def finished(self) -> bool:
        return self.started and self.continuation_token is None

    def advance(self, data: PageData[T]) -> Page[T]:
        items, link = data
        self.started = True
        self.pages += 1
        self.continuation_token = _next(link)
        return Page(items, self.continuation_token)

    def describe(self) -> str:
        if not self.started:
            return "not started"
        return f"{self.pages} pages read, " + ("more pages" if self.continuation_token else "no more pages")


class _Pages(Generic[T, R]):
    """What the sync and async page iterators share: the hooks, where they stand, which hook to call next.

    ``R`` is what a hook returns: :data:`PageData` for the sync twin, an awaitable of it for the async one.
    """

    def __init__(
        self,
        fetch_first: Callable[[], R],
        fetch_next: Callable[[str], R],
        continuation_token: str | None = None,
    ) -> None:
        self._fetch_first = fetch_first
        self._fetch_next = fetch_next
        self._state = _PageState(continuation_token)

    @property
    def continuation_token(self) -> str | None:
        return self._state.continuation_token

    def _fetch(self) -> R:
        """The request for the next page: the first page, or the one the continuation token leads to."""
        token = self._state.continuation_token
        return self._fetch_first() if token is None else self._fetch_next(token)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._state.describe()}>"


class PageIterator(_Pages[T, PageData[T]]):
    """Iterator of :class:`Page`; ``continuation_token`` leads to the page after the last one yielded."""

    def __iter__(self) -> PageIterator[T]:
        return self

    def __next__(self) -> Page[T]:
        if self._state.finished:
            raise StopIteration
        return self._state.advance(self._fetch())


class AsyncPageIterator(_Pages[T, Awaitable[PageData[T]]]):
    """Async iterator of :class:`Page`; ``continuation_token`` leads to the page after the last one yielded."""

    def __aiter__(self) -> AsyncPageIterator[T]:
        return self

    async def __anext__(self) -> Page[T]:
        if self._state.finished:
            raise StopAsyncIteration
        return self._state.advance(await self._fetch())


class _Items(Generic[T, R, P]):
    """What the sync and async item pagers share: the hooks, the page iterator ``P`` and the items left of its
    latest page. Nothing is requested until the pager is iterated."""

    def __init__(self, fetch_first: Callable[[], R], fetch_next: Callable[[str], R]) -> None:
        self._fetch_first = fetch_first
        self._fetch_next = fetch_next
        self._pages: P | None = None
        self._items: deque[T] = deque()

    def by_page(self, continuation_token: str | None = None) -> P:
        """Pages from the first one, or from the page ``continuation_token`` (a next link) leads to."""
        raise NotImplementedError

    def _started(self) -> P:
        """The page iterator, made on first use (so hooks swapped before then, as tracing does, are the ones used)."""
        if self._pages is None:
            self._pages = self.by_page()
        return self._pages

    def __repr__(self) -> str:
        pages = self._pages
        return f"<{type(self).__name__} {pages._state.describe() if pages is not None else 'not started'}>"


class ItemPaged(_Items[T, PageData[T], PageIterator[T]]):
    """Lazy iterator over the items of every page (``for item in pager``); ``by_page()`` iterates pages instead.

    Like azure-core's ``ItemPaged`` it is a single-pass iterator; ``by_page()`` always starts a new, independent
    iteration (from the first page, or from ``continuation_token``).
    """

    def by_page(self, continuation_token: str | None = None) -> PageIterator[T]:
        return PageIterator(self._fetch_first, self._fetch_next, continuation_token)

    def __iter__(self) -> ItemPaged[T]:
        return self

    def __next__(self) -> T:
        while not self._items:
            self._items.extend(next(self._started()))  # the pages' StopIteration ends the items too
        return self._items.popleft()

    next = __next__
    """``pager.next()``: the next item, as azure-core's ``ItemPaged.next`` (``next(pager)`` works too)."""


class AsyncItemPaged(_Items[T, Awaitable[PageData[T]], AsyncPageIterator[T]]):
    """Lazy async iterator over the items of every page (``async for item in pager``); see :class:`ItemPaged`."""

    def by_page(self, continuation_token: str | None = None) -> AsyncPageIterator[T]:
        return AsyncPageIterator(self._fetch_first, self._fetch_next, continuation_token)

    def __aiter__(self) -> AsyncItemPaged[T]:
        return self

    async def __anext__(self) -> T:
        while not self._items:
            self._items.extend(await self._started().__anext__())  # StopAsyncIteration ends the items too
        return self._items.popleft()
