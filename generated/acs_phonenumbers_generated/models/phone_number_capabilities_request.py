from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_capability_type import PhoneNumberCapabilityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberCapabilitiesRequest")


@_attrs_define
class PhoneNumberCapabilitiesRequest:
    calling: PhoneNumberCapabilityType | Unset = UNSET
    sms: PhoneNumberCapabilityType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calling: str | Unset = UNSET
        if not isinstance(self.calling, Unset):
            calling = self.calling.value

        sms: str | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calling is not UNSET:
            field_dict["calling"] = calling
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _calling = d.pop("calling", UNSET)
        calling: PhoneNumberCapabilityType | Unset
        if isinstance(_calling, Unset):
            calling = UNSET
        else:
            calling = PhoneNumberCapabilityType(_calling)

        _sms = d.pop("sms", UNSET)
        sms: PhoneNumberCapabilityType | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = PhoneNumberCapabilityType(_sms)

        phone_number_capabilities_request = cls(
            calling=calling,
            sms=sms,
        )

        phone_number_capabilities_request.additional_properties = d
        return phone_number_capabilities_request

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
