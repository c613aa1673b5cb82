"""Every ```python block in README.md runs, in order and in one namespace, against the emulator.

The README's examples read the connection string from ``ACS_CONNECTION_STRING``, as an app would; this test points
that variable at a fresh emulator. A block can opt out only by being written as ```text (it is then not Python).
"""

import re
from pathlib import Path

import pytest

README = Path(__file__).parents[2] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def readme_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_readme_has_examples() -> None:
    assert len(readme_blocks()) >= 5


def test_readme_examples_run(acs_emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ACS_CONNECTION_STRING", acs_emulator.connection_string)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "readme"}
    for number, block in enumerate(readme_blocks(), start=1):
        try:
            exec(compile(block, f"README.md python block {number}", "exec"), namespace)
        except Exception as error:
            raise AssertionError(f"README python block {number} failed:\n{block}") from error
