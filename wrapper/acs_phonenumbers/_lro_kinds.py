"""What is particular to the phone-numbers API's long-running operations, kept out of the generic pollers.

Which operations run long and whether they end with a resource (fetched from ``Location``, final-state-via
location), and where an operation's status monitor is when the service sends only its ``operation-id``.
"""

from __future__ import annotations

from enum import StrEnum
from urllib.parse import quote

__all__ = ["LROKind", "status_monitor_path"]


class LROKind(StrEnum):
    """The phone-numbers operations that run long; only search and update_capabilities end with a resource."""

    SEARCH = "search"
    PURCHASE = "purchase"
    RELEASE = "release"
    UPDATE_CAPABILITIES = "update_capabilities"
    RESERVATION_PURCHASE = "reservation_purchase"

    @property
    def has_final_resource(self) -> bool:
        """True when the result is fetched from Location (final-state-via: location); otherwise the result is None."""
        return self in (LROKind.SEARCH, LROKind.UPDATE_CAPABILITIES)


def status_monitor_path(operation_id: str) -> str:
    """The status monitor of an operation known by its ``operation-id`` alone (relative to the endpoint)."""
    return "/phoneNumbers/operations/" + quote(operation_id, safe="")
