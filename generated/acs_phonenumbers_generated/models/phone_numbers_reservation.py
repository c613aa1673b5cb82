from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reservation_status import ReservationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_numbers_reservation_phone_numbers import (
        PhoneNumbersReservationPhoneNumbers,
    )


T = TypeVar("T", bound="PhoneNumbersReservation")


@_attrs_define
class PhoneNumbersReservation:
    id: UUID | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    phone_numbers: PhoneNumbersReservationPhoneNumbers | Unset = UNSET
    status: ReservationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        phone_numbers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _phone_numbers = d.pop("phoneNumbers", UNSET)
        phone_numbers: PhoneNumbersReservationPhoneNumbers | Unset
        if isinstance(_phone_numbers, Unset):
            phone_numbers = UNSET
        else:
            phone_numbers = PhoneNumbersReservationPhoneNumbers.from_dict(_phone_numbers)

        _status = d.pop("status", UNSET)
        status: ReservationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReservationStatus(_status)

        phone_numbers_reservation = cls(
            id=id,
            expires_at=expires_at,
            phone_numbers=phone_numbers,
            status=status,
        )

        phone_numbers_reservation.additional_properties = d
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


from ..models.phone_numbers_reservation_phone_numbers import (
    PhoneNumbersReservationPhoneNumbers,  # noqa: E402
)
