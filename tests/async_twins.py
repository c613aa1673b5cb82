"""Shared by the tests that run one scenario against the sync and the async client."""

from __future__ import annotations

import inspect
from typing import Any


class SyncAsAsync:
    """The sync client behind the async client's calling convention (results awaitable, pagers as they are)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if name == "with_raw_response":
            return SyncAsAsync(attr)
        if not callable(attr) or name.startswith("list_"):
            return attr

        async def call(*args: Any, **kwargs: Any) -> Any:
            return attr(*args, **kwargs)

        return call


async def done(value: Any) -> Any:
    """Await a value if it is awaitable (async poller results), else return it."""
    return await value if inspect.isawaitable(value) else value


async def collect(pager: Any) -> list[Any]:
    """The items of a sync or async pager."""
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)
