"""The operations of siprouting.yaml (api-version 2023-03-01) and what its extensions say of them.

Written by openapi/tools/operations.py from the document's ``x-acs-retry``, ``x-acs-long-running`` and
``x-acs-pageable`` markers; do not edit (``make generate`` rewrites it).
"""

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class LongRunning:
    """An operation that answers 202 and is followed through its status monitor."""

    final_state_via: str
    """``location``: the result is the resource at ``Location``; ``operation``: there is no result resource."""

    @property
    def has_final_resource(self) -> bool:
        return self.final_state_via == "location"


@dataclass(frozen=True, slots=True)
class Pageable:
    """An operation that answers one page: its items under ``item_name``, the next page's link under
    ``next_link_name``."""

    item_name: str
    next_link_name: str
    item_attribute: str
    """``item_name`` as the generated page model spells its attribute."""


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    module: str
    """The generated endpoint module's name (``api/<tag>/<module>.py``)."""
    method: str
    path: str
    retry: str
    """What repeating it does: read, idempotent, search or keyed."""
    long_running: LongRunning | None = None
    pageable: Pageable | None = None


OPERATIONS: Final[dict[str, Operation]] = {
    "SipRouting_Get": Operation(
        "SipRouting_Get",
        "sip_routing_get",
        "GET",
        "/sip",
        "read",
    ),
    "SipRouting_Update": Operation(
        "SipRouting_Update",
        "sip_routing_update",
        "PATCH",
        "/sip",
        "idempotent",
    ),
}

BY_MODULE: Final[dict[str, Operation]] = {
    operation.module: operation for operation in OPERATIONS.values()
}
"""The same operations by the name of their generated endpoint module."""
