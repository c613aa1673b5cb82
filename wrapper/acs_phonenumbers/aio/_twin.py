"""The documentation of an async method is its sync twin's, with one line on how to use it asynchronously, and
the examples rewritten to await (``await client.get_...``, ``async for ... in client.list_...``)."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# The rewrites of a sync example line into its async form, applied in order to the indented (code) lines.
_BEGIN_CALL = r"(?<!await )\bclient\.((?:begin_|resume_)\w+)\((.*)\)"
_ASYNC_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<!async )\bfor (\w+) in client\.list_"), r"async for \1 in client.list_"),
    (re.compile(_BEGIN_CALL + r"\.result\(\)"), r"await (await client.\1(\2)).result()"),
    (re.compile(_BEGIN_CALL + r"\.(\w+)\(\)"), r"(await client.\1(\2)).\3()"),
    (re.compile(r"\bpoller\.result\(\)\."), r"(await poller.result())."),
    (re.compile(r"(?<!await )\bpoller\.result\(\)"), r"await poller.result()"),
    (re.compile(r"(?<!await )(?<![\w.])client\.(?!list_|with_options\b)(\w+)\("), r"await client.\1("),
]


def async_example(doc: str) -> str:
    """``doc`` (cleaned) with the code lines of its examples rewritten to their async form."""
    lines = []
    for line in doc.splitlines():
        if line.startswith("    "):
            for pattern, replacement in _ASYNC_REWRITES:
                line = pattern.sub(replacement, line)
        lines.append(line)
    return "\n".join(lines)


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
        method.__doc__ = note + async_example(inspect.cleandoc(sync_method.__doc__ or ""))
        return method

    return decorate
