from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperatorDetails")


@_attrs_define
class OperatorDetails:
    name: str | Unset = UNSET
    mobile_network_code: None | str | Unset = UNSET
    mobile_country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mobile_network_code: None | str | Unset
        if isinstance(self.mobile_network_code, Unset):
            mobile_network_code = UNSET
        else:
            mobile_network_code = self.mobile_network_code

        mobile_country_code: None | str | Unset
        if isinstance(self.mobile_country_code, Unset):
            mobile_country_code = UNSET
        else:
            mobile_country_code = self.mobile_country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if mobile_network_code is not UNSET:
            field_dict["mobileNetworkCode"] = mobile_network_code
        if mobile_country_code is not UNSET:
            field_dict["mobileCountryCode"] = mobile_country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_mobile_network_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_network_code = _parse_mobile_network_code(d.pop("mobileNetworkCode", UNSET))

        def _parse_mobile_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_country_code = _parse_mobile_country_code(d.pop("mobileCountryCode", UNSET))

        operator_details = cls(
            name=name,
            mobile_network_code=mobile_network_code,
            mobile_country_code=mobile_country_code,
        )

        operator_details.additional_properties = d
        return operator_details

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
