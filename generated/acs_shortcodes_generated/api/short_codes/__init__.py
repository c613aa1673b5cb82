"""Contains endpoint functions for accessing the API.

Each operation is a module of this package, imported the first time it is used (PEP 562 ``__getattr__``), so that
reaching one operation does not import every other operation and the models they use.
"""

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        short_codes_create_or_replace_us_program_brief_attachment,
        short_codes_delete_us_program_brief,
        short_codes_delete_us_program_brief_attachment,
        short_codes_get_costs,
        short_codes_get_short_codes,
        short_codes_get_us_program_brief,
        short_codes_get_us_program_brief_attachment,
        short_codes_get_us_program_brief_attachments,
        short_codes_get_us_program_briefs,
        short_codes_submit_us_program_brief,
        short_codes_upsert_us_program_brief,
    )

_OPERATIONS = frozenset(
    {
        "short_codes_create_or_replace_us_program_brief_attachment",
        "short_codes_delete_us_program_brief",
        "short_codes_delete_us_program_brief_attachment",
        "short_codes_get_costs",
        "short_codes_get_short_codes",
        "short_codes_get_us_program_brief",
        "short_codes_get_us_program_brief_attachment",
        "short_codes_get_us_program_brief_attachments",
        "short_codes_get_us_program_briefs",
        "short_codes_submit_us_program_brief",
        "short_codes_upsert_us_program_brief",
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
