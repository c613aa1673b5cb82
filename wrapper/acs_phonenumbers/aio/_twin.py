"""The documentation of an async method is its sync twin's, with one line on how to use it asynchronously."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def twin(sync_method: Callable[..., Any]) -> Callable[[F], F]:
    """Give an async method its sync twin's documentation (written once, on the sync client)."""

    def decorate(method: F) -> F:
        name = method.__name__
        if name.startswith("begin_"):
            how = f"``poller = await client.{name}(...)``, then ``await poller.result()``"
        elif name.startswith("list_"):
            how = f"not awaited; iterate with ``async for item in client.{name}(...)``"
        else:
            how = f"``await client.{name}(...)``"
        owner = sync_method.__qualname__.rsplit(".", 1)[0]
        note = f"Async twin of :meth:`acs_phonenumbers.{owner}.{name}`: {how}. The rest is as documented there:\n\n"
        method.__doc__ = note + (sync_method.__doc__ or "")
        return method

    return decorate
