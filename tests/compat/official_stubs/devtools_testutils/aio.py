"""The async half of the ``devtools_testutils`` stand-in."""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any


def recorded_by_proxy_async(test: Callable[..., Coroutine[Any, Any, Any]]) -> Callable[..., Coroutine[Any, Any, Any]]:
    """Run the async test as it is (live against the emulator)."""

    @functools.wraps(test)
    async def run(*args: Any, **kwargs: Any) -> Any:
        return await test(*args)

    return run
