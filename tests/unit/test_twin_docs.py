"""The generated async twins (openapi/tools/twins.py): in step with the sync clients, documented with examples
that await."""

from __future__ import annotations

import ast
import filecmp
import inspect
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from openapi_tools import load_tool

from acs_phonenumbers.aio import PhoneNumbersClient, ShortCodesClient
from acs_phonenumbers.siprouting.aio import SipRoutingClient

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated" / "acs_phonenumbers_twins"


twins = load_tool("twins")

METHODS = [
    pytest.param(getattr(cls, name), id=f"{cls.__name__}.{name}")
    for cls in (PhoneNumbersClient, ShortCodesClient, SipRoutingClient)
    for name, _ in inspect.getmembers(cls, inspect.isfunction)
    if not name.startswith("_") and (inspect.getdoc(getattr(cls, name)) or "").startswith("Async twin of")
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


def test_the_committed_twins_are_what_the_sync_clients_generate(tmp_path: Path) -> None:
    # make check-generated does the same for all of generated/; this names the file that drifted.
    assert twins.main([str(tmp_path / "twins")]) == 0
    compared = filecmp.dircmp(tmp_path / "twins", GENERATED, ignore=["__pycache__"])
    assert compared.left_only == compared.right_only == [], "run make generate"
    assert compared.diff_files == [], f"{compared.diff_files} differ from a fresh generation: run make generate"


def test_every_async_client_has_twin_documentation() -> None:
    assert len(METHODS) >= 30


@pytest.mark.parametrize("method", METHODS)
def test_twin_docs_are_the_sync_text_and_their_examples_await(method: Any) -> None:
    doc = inspect.getdoc(method) or ""
    note, body = doc.split("\n\n", 1)
    assert " ".join(note.split()).endswith("The rest is as documented there:"), note
    sync = inspect.getdoc(_sync_twin(method)) or ""
    assert body.split("Example::")[0] == sync.split("Example::")[0]  # the sync text, as it is
    example = _example(doc)
    if example is None:
        return
    ast.parse("async def example():\n" + textwrap.indent(example, "    "))  # still Python
    for line in example.splitlines():
        assert not re.search(r"(?<!await )(?<![\w.(])client\.(?!list_|with_options)\w+\(", line), line
        assert not re.search(r"(?<!async )\bfor \w+ in client\.list_", line), line


def _sync_twin(method: Any) -> Any:
    import acs_phonenumbers
    import acs_phonenumbers.siprouting

    owner = method.__qualname__.split(".")[0]
    package = acs_phonenumbers.siprouting if owner == "SipRoutingClient" else acs_phonenumbers
    return getattr(getattr(package, owner), method.__name__)


@pytest.mark.parametrize("cls", [PhoneNumbersClient, ShortCodesClient, SipRoutingClient], ids=lambda c: c.__name__)
def test_the_async_class_example_uses_async_with_and_the_aio_import(cls: type) -> None:
    example = _example(inspect.getdoc(cls) or "") or ""
    assert "async with " in example and ".aio import " in example, example
    ast.parse("async def example():\n" + textwrap.indent(example, "    "))


def test_async_example_rewrites_each_form() -> None:
    sync = (
        "Text.\n\nExample::\n\n    for n in client.list_x():\n    client.begin_y(1).result()\n    r = client.get_z(2)\n"
        "    raw = client.with_raw_response.get_z(2)\n    with X.from_connection_string(s) as client:\n"
        "    print([n for n in pager])\n"
    )
    assert twins.async_example(sync).splitlines()[4:] == [
        "    async for n in client.list_x():",
        "    await (await client.begin_y(1)).result()",
        "    r = await client.get_z(2)",
        "    raw = await client.with_raw_response.get_z(2)",
        "    async with X.from_connection_string(s) as client:",
        "    print([n async for n in pager])",
    ]


def test_the_rules_await_the_io_hooks_and_rename_the_sync_types() -> None:
    source = textwrap.dedent(
        """
        def begin(self) -> LROPoller[int]:
            first = self._exchange(call)[0]
            run_check(keyed, self._get, exc)
            return self._begin(lro)

        def pager(self) -> ItemPaged[int]:
            return self._pager(paged)
        """
    )
    functions = [node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)]
    begin, pager = (ast.unparse(twins._async_method(twins.CLIENTS[0], function)) for function in functions)

    assert begin.splitlines() == [
        "async def begin(self) -> AsyncLROPoller[int]:",
        "    first = (await self._exchange(call))[0]",
        "    await arun_check(keyed, self._get, exc)",
        "    return await self._begin(lro)",
    ]
    assert pager.splitlines()[0] == "def pager(self) -> AsyncItemPaged[int]:"  # a pager is made, not awaited


@pytest.mark.parametrize("module", sorted(path.stem for path in GENERATED.glob("*.py") if path.stem != "__init__"))
def test_each_generated_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    # The sync clients import their raw views lazily, so importing a generated module first is no import cycle.
    completed = subprocess.run(
        [sys.executable, "-c", f"import acs_phonenumbers_twins.{module}"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
