"""Contains endpoint functions for accessing the API.

Each operation is a module of this package, imported the first time it is used (PEP 562 ``__getattr__``), so that
reaching one operation does not import every other operation and the models they use.
"""

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import sip_routing_get, sip_routing_update

_OPERATIONS = frozenset(
    {
        "sip_routing_get",
        "sip_routing_update",
    }
)


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> ModuleType:
        if name not in _OPERATIONS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(_OPERATIONS)
