"""Every example in the public docstrings type-checks under ``mypy --strict``: users copy them.

What an example may assume (its preamble) and where the examples are found: tests/docstring_examples.py. All the
examples go through one in-process mypy run (``mypy.api.run``, its cache in a temporary directory); a failure names
the docstring (qualified name), the line of the example and mypy's message.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from docstring_examples import Example, examples, literal_blocks, module_source

ROOT = Path(__file__).resolve().parents[2]

EXAMPLES = examples()


def test_every_public_example_is_found() -> None:
    names = {name for example in EXAMPLES for name in example.names}
    assert len(EXAMPLES) >= 100, len(EXAMPLES)  # 51 in the sync sources; the async twins and inherited ones again
    assert "acs_phonenumbers.PhoneNumbersClient.begin_search_available_phone_numbers" in names
    assert "acs_phonenumbers.aio.PhoneNumbersClient.begin_search_available_phone_numbers" in names
    assert "acs_phonenumbers.siprouting.aio.SipRoutingClient.set_routes" in names
    assert "acs_phonenumbers.load_program_brief" in names


def test_literal_blocks_reads_each_form() -> None:
    doc = inspect.cleandoc(
        """Text.

        Example::

            a = 1

            b = 2
        After.

        .. code-block:: python

            c = 3

        >>> d = 4
        >>> for x in []:
        ...     pass
        4
        """
    )
    assert literal_blocks(doc) == ["a = 1\n\nb = 2", "c = 3", "d = 4\nfor x in []:\n    pass"]


def test_every_docstring_example_type_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mypy import api

    monkeypatch.chdir(ROOT)  # the project's mypy settings (pyproject.toml) name their paths from there
    files: dict[str, tuple[Example, int]] = {}
    for number, example in enumerate(EXAMPLES):
        name = f"example_{number:03d}.py"
        source, first = module_source(example)
        (tmp_path / name).write_text(source)
        files[name] = (example, first)
    stdout, stderr, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--no-color-output",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            *(str(tmp_path / name) for name in files),
        ]
    )
    assert not stderr, stderr
    problems = []
    for line in stdout.splitlines():
        match = re.match(r"^(?:.*[/\\])?(example_\d{3}\.py):(\d+): (error|note): (.*)$", line)
        if match is None:
            problems.append(line)
            continue
        example, first = files[match.group(1)]
        offset = int(match.group(2)) - first
        code = example.code.splitlines()
        where = f"line {offset + 1}: {code[offset].strip()!r}" if 0 <= offset < len(code) else "preamble"
        problems.append(f"{example.names[0]} ({where}): {match.group(3)}: {match.group(4)}")
    assert status == 0 and not problems, "\n".join(problems)


def _source_examples() -> dict[str, str]:
    """Each example written in the wrapper's sources (not the emulator's or the CLI's) -> where."""
    found: dict[str, str] = {}
    package = ROOT / "wrapper" / "acs_phonenumbers"
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package.parent)
        if relative.parts[1] in ("emulator", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                for code in literal_blocks(doc or ""):
                    found[code] = f"{relative}:{getattr(node, 'name', '<module>')}"
    return found


def test_no_example_in_the_sources_is_missed() -> None:
    # An example on something the public packages do not reach (a private class, an unexported function) is not
    # checked: it should not be there, or the walk should reach it.
    written = _source_examples()
    walked = {example.code for example in EXAMPLES}
    missed = [where for code, where in written.items() if code not in walked]
    assert len(written) >= 50 and not missed, missed
