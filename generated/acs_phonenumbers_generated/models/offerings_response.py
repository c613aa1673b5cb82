from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_offering import PhoneNumberOffering


T = TypeVar("T", bound="OfferingsResponse")


@_attrs_define
class OfferingsResponse:
    phone_number_offerings: list[PhoneNumberOffering] | Unset = UNSET
    next_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_offerings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_number_offerings, Unset):
            phone_number_offerings = []
            for phone_number_offerings_item_data in self.phone_number_offerings:
                phone_number_offerings_item = phone_number_offerings_item_data.to_dict()
                phone_number_offerings.append(phone_number_offerings_item)

        next_link: None | str | Unset
        if isinstance(self.next_link, Unset):
            next_link = UNSET
        else:
            next_link = self.next_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number_offerings is not UNSET:
            field_dict["phoneNumberOfferings"] = phone_number_offerings
        if next_link is not UNSET:
            field_dict["nextLink"] = next_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _phone_number_offerings = d.pop("phoneNumberOfferings", UNSET)
        phone_number_offerings: list[PhoneNumberOffering] | Unset = UNSET
        if _phone_number_offerings is not UNSET:
            phone_number_offerings = []
            for phone_number_offerings_item_data in _phone_number_offerings:
                phone_number_offerings_item = PhoneNumberOffering.from_dict(phone_number_offerings_item_data)

                phone_number_offerings.append(phone_number_offerings_item)

        def _parse_next_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_link = _parse_next_link(d.pop("nextLink", UNSET))

        offerings_response = cls(
            phone_number_offerings=phone_number_offerings,
            next_link=next_link,
        )

        offerings_response.additional_properties = d
        return offerings_response

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


from ..models.phone_number_offering import PhoneNumberOffering  # noqa: E402
