"""Names a module loads on first use (PEP 562), so that importing it stays cheap: one rule for every such module."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_attributes(module: str, sources: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports each name of ``sources`` on first use.

    ``sources[name]`` is the module to take it from (``"pkg.mod"``, or ``".mod"`` relative to ``module``'s
    package), with ``":other"`` when the name is another there. The value is then kept in ``module``, so later
    lookups skip this function; any other name is an ``AttributeError``. Call it while ``module`` is executing::

        if not TYPE_CHECKING:  # a type checker must resolve every name through the TYPE_CHECKING imports
            __getattr__ = lazy_attributes(__name__, {"ShortCodesClient": "._short_codes"})
    """
    owner = sys.modules[module]
    package = module if hasattr(owner, "__path__") else module.rpartition(".")[0]

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        where, _, attribute = source.partition(":")
        value = getattr(import_module(where, package), attribute or name)
        setattr(owner, name, value)
        return value

    return __getattr__
