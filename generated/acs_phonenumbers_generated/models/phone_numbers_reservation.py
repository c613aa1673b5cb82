from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.reservation_status import (
    ReservationStatus,
    as_reservation_status_or_none,
)
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.available_phone_number import AvailablePhoneNumber
    from ..models.phone_numbers_reservation_phone_numbers import (
        PhoneNumbersReservationPhoneNumbers,
    )

T = TypeVar("T", bound="PhoneNumbersReservation")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumbersReservation:
    """Numbers held for this resource, to buy together before the reservation expires."""

    id: str | None = None
    """ The reservation's id (a UUID chosen by the client). """

    expires_at: datetime.datetime | None = None
    """ When the hold ends (UTC). """

    phone_numbers: dict[str, None | AvailablePhoneNumber] | None = None
    """ The held numbers by digits-only id; in a patch, null drops a number. """

    status: ReservationStatus | None = _attrs_field(default=None, converter=as_reservation_status_or_none)
    """ Where a reservation stands. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.id is not None:
            field_dict["id"] = str(self.id)
        if self.expires_at is not None:
            field_dict["expiresAt"] = self.expires_at.isoformat()
        if self.phone_numbers is not None:
            field_dict["phoneNumbers"] = {
                k0: (None if v0 is None else v0.to_dict()) for k0, v0 in self.phone_numbers.items()
            }
        if self.status is not None:
            field_dict["status"] = getattr(self.status, "_value_", self.status)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d.get("id")
        _expires_at = d.get("expiresAt")
        expires_at = None if _expires_at is None else parse_datetime(_expires_at)
        _phone_numbers = d.get("phoneNumbers")
        phone_numbers = (
            None if _phone_numbers is None else PhoneNumbersReservationPhoneNumbers.from_dict(_phone_numbers)
        )
        status = d.get("status")  # as_reservation_status_or_none reads it in __init__
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_numbers_reservation = cls(
            id,
            expires_at,
            phone_numbers,
            status,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            phone_numbers_reservation.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return phone_numbers_reservation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_JSON_NAMES: frozenset[str] = frozenset({"id", "expiresAt", "phoneNumbers", "status"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.phone_numbers_reservation_phone_numbers import (
    PhoneNumbersReservationPhoneNumbers,  # noqa: E402
)
