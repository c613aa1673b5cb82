from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.phone_number_capability_type import (
    PhoneNumberCapabilityType,
    as_phone_number_capability_type_or_none,
)

T = TypeVar("T", bound="PhoneNumberCapabilitiesRequest")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumberCapabilitiesRequest:
    """The capabilities to give a purchased number."""

    calling: PhoneNumberCapabilityType | None = _attrs_field(
        default=None, converter=as_phone_number_capability_type_or_none
    )
    """ Which directions a capability works in. """

    sms: PhoneNumberCapabilityType | None = _attrs_field(
        default=None, converter=as_phone_number_capability_type_or_none
    )
    """ Which directions a capability works in. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.calling is not None:
            field_dict["calling"] = getattr(self.calling, "value", self.calling)
        if self.sms is not None:
            field_dict["sms"] = getattr(self.sms, "value", self.sms)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _calling = d.pop("calling", None)
        calling = None if _calling is None else PhoneNumberCapabilityType(_calling)
        _sms = d.pop("sms", None)
        sms = None if _sms is None else PhoneNumberCapabilityType(_sms)
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
