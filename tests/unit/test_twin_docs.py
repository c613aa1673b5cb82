"""The async twins' documentation: the sync text cleaned of its indentation, with examples that await."""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from typing import Any

import pytest

from acs_phonenumbers.aio import PhoneNumbersClient, ShortCodesClient
from acs_phonenumbers.aio._twin import async_example
from acs_phonenumbers.siprouting.aio import SipRoutingClient

METHODS = [
    pytest.param(getattr(cls, name), id=f"{cls.__name__}.{name}")
    for cls in (PhoneNumbersClient, ShortCodesClient, SipRoutingClient)
    for name, _ in inspect.getmembers(cls, inspect.isfunction)
    if not name.startswith("_") and (getattr(cls, name).__doc__ or "").startswith("Async twin of")
]


def _example(doc: str) -> str | None:
    if "Example::" not in doc:
        return None
    block = doc.split("Example::", 1)[1].lstrip("\n")
    code = []
    for line in block.splitlines():
        if line and not line.startswith("    "):
            break
        code.append(line)
    return textwrap.dedent("\n".join(code))


def test_every_async_client_has_twin_documentation() -> None:
    assert len(METHODS) >= 30


@pytest.mark.parametrize("method", METHODS)
def test_twin_docs_are_cleaned_and_their_examples_await(method: Any) -> None:
    doc: str = method.__doc__
    body = doc.split("The rest is as documented there:\n\n", 1)[1]
    assert not body.startswith(" ") and "\n        " not in body.split("Example::")[0]  # no sync indentation left
    example = _example(doc)
    if example is None:
        return
    ast.parse("async def example():\n" + textwrap.indent(example, "    "))  # still Python
    for line in example.splitlines():
        assert not re.search(r"(?<!await )(?<![\w.(])client\.(?!list_|with_options)\w+\(", line), line
        assert not re.search(r"(?<!async )\bfor \w+ in client\.list_", line), line


def test_async_example_rewrites_each_form() -> None:
    sync = (
        "Text.\n\nExample::\n\n    for n in client.list_x():\n    client.begin_y(1).result()\n    r = client.get_z(2)\n"
    )
    assert async_example(sync).splitlines()[4:] == [
        "    async for n in client.list_x():",
        "    await (await client.begin_y(1)).result()",
        "    r = await client.get_z(2)",
    ]
