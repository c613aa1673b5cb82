from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.phone_number_capability_type import (
    PhoneNumberCapabilityType,
    as_phone_number_capability_type,
)

T = TypeVar("T", bound="PhoneNumberCapabilities")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumberCapabilities:
    """What a number can do for calls and for SMS."""

    calling: PhoneNumberCapabilityType = _attrs_field(converter=as_phone_number_capability_type)
    """ Which directions a capability works in. """

    sms: PhoneNumberCapabilityType = _attrs_field(converter=as_phone_number_capability_type)
    """ Which directions a capability works in. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["calling"] = getattr(self.calling, "value", self.calling)
        field_dict["sms"] = getattr(self.sms, "value", self.sms)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _calling = d.pop("calling")
        calling = PhoneNumberCapabilityType(_calling)
        _sms = d.pop("sms")
        sms = PhoneNumberCapabilityType(_sms)
        phone_number_capabilities = cls(
            calling=calling,
            sms=sms,
        )
        phone_number_capabilities.additional_properties = d
        return phone_number_capabilities

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
