"""What is particular to the phone-numbers API's long-running operations, kept out of the generic pollers.

Which operations run long and whether they end with a resource (fetched from ``Location``, final-state-via
location) is what ``phonenumbers.yaml`` marks with ``x-acs-long-running``; ``make generate`` writes it into
``acs_phonenumbers_generated.operations``, which :class:`LROKind` reads. Here too: where an operation's status
monitor is when the service sends only its ``operation-id``.
"""

from __future__ import annotations

from enum import StrEnum
from urllib.parse import quote

__all__ = ["LROKind", "status_monitor_path"]


class LROKind(StrEnum):
    """The phone-numbers operations that run long, by the names continuation tokens carry.

    Each is one operation of the document (:attr:`operation_id`); a test checks that they are exactly the ones
    it marks long-running.
    """

    SEARCH = "search"
    PURCHASE = "purchase"
    RELEASE = "release"
    UPDATE_CAPABILITIES = "update_capabilities"
    RESERVATION_PURCHASE = "reservation_purchase"

    @property
    def operation_id(self) -> str:
        return _OPERATION_IDS[self]

    @property
    def has_final_resource(self) -> bool:
        """True when the result is fetched from Location (final-state-via: location); otherwise the result is None."""
        from acs_phonenumbers_generated.operations import OPERATIONS

        long_running = OPERATIONS[self.operation_id].long_running
        assert long_running is not None, f"{self.operation_id} is not marked x-acs-long-running"
        return long_running.has_final_resource


_OPERATION_IDS = {
    LROKind.SEARCH: "PhoneNumbers_SearchAvailablePhoneNumbers",
    LROKind.PURCHASE: "PhoneNumbers_PurchasePhoneNumbers",
    LROKind.RELEASE: "PhoneNumbers_ReleasePhoneNumber",
    LROKind.UPDATE_CAPABILITIES: "PhoneNumbers_UpdateCapabilities",
    LROKind.RESERVATION_PURCHASE: "PhoneNumbers_PurchaseReservation",
}


def status_monitor_path(operation_id: str) -> str:
    """The status monitor of an operation known by its ``operation-id`` alone (relative to the endpoint)."""
    return "/phoneNumbers/operations/" + quote(operation_id, safe="")
