from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.available_phone_number import AvailablePhoneNumber


T = TypeVar("T", bound="PhoneNumbersReservationPhoneNumbers")


@_attrs_define
class PhoneNumbersReservationPhoneNumbers:
    additional_properties: dict[str, AvailablePhoneNumber | None] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, AvailablePhoneNumber):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_numbers_reservation_phone_numbers = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> AvailablePhoneNumber | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = AvailablePhoneNumber.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AvailablePhoneNumber | None, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        phone_numbers_reservation_phone_numbers.additional_properties = additional_properties
        return phone_numbers_reservation_phone_numbers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AvailablePhoneNumber | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AvailablePhoneNumber | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.available_phone_number import AvailablePhoneNumber  # noqa: E402
