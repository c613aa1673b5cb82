"""Contains endpoint functions for accessing the API.

Each operation is a module of this package, imported the first time it is used (PEP 562 ``__getattr__``), so that
reaching one operation does not import every other operation and the models they use.
"""

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        phone_numbers_browse_available_numbers,
        phone_numbers_cancel_operation,
        phone_numbers_create_or_update_reservation,
        phone_numbers_delete_reservation,
        phone_numbers_get_by_number,
        phone_numbers_get_operation,
        phone_numbers_get_reservation,
        phone_numbers_get_search_result,
        phone_numbers_list_area_codes,
        phone_numbers_list_available_countries,
        phone_numbers_list_available_localities,
        phone_numbers_list_offerings,
        phone_numbers_list_phone_numbers,
        phone_numbers_list_reservations,
        phone_numbers_operator_information_search,
        phone_numbers_purchase_phone_numbers,
        phone_numbers_purchase_reservation,
        phone_numbers_release_phone_number,
        phone_numbers_search_available_phone_numbers,
        phone_numbers_update_capabilities,
    )

_OPERATIONS = frozenset(
    {
        "phone_numbers_browse_available_numbers",
        "phone_numbers_cancel_operation",
        "phone_numbers_create_or_update_reservation",
        "phone_numbers_delete_reservation",
        "phone_numbers_get_by_number",
        "phone_numbers_get_operation",
        "phone_numbers_get_reservation",
        "phone_numbers_get_search_result",
        "phone_numbers_list_area_codes",
        "phone_numbers_list_available_countries",
        "phone_numbers_list_available_localities",
        "phone_numbers_list_offerings",
        "phone_numbers_list_phone_numbers",
        "phone_numbers_list_reservations",
        "phone_numbers_operator_information_search",
        "phone_numbers_purchase_phone_numbers",
        "phone_numbers_purchase_reservation",
        "phone_numbers_release_phone_number",
        "phone_numbers_search_available_phone_numbers",
        "phone_numbers_update_capabilities",
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
