"""The scripts of ``openapi/tools/`` (not a package) loaded as modules, for the tests that check them."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parents[1] / "openapi" / "tools"


@functools.cache
def load_tool(name: str) -> ModuleType:
    """``openapi/tools/<name>.py``, loaded once per test session."""
    spec = importlib.util.spec_from_file_location(f"acs_tool_{name}", TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is being built
    spec.loader.exec_module(module)
    return module
