from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_assignment_type import PhoneNumberAssignmentType
from ..models.phone_number_type import PhoneNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_browse_capabilities_request import (
        PhoneNumberBrowseCapabilitiesRequest,
    )


T = TypeVar("T", bound="PhoneNumbersBrowseRequest")


@_attrs_define
class PhoneNumbersBrowseRequest:
    phone_number_type: PhoneNumberType
    capabilities: PhoneNumberBrowseCapabilitiesRequest | Unset = UNSET
    assignment_type: PhoneNumberAssignmentType | Unset = UNSET
    phone_number_prefixes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_type = self.phone_number_type.value

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type.value

        phone_number_prefixes: list[str] | Unset = UNSET
        if not isinstance(self.phone_number_prefixes, Unset):
            phone_number_prefixes = self.phone_number_prefixes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumberType": phone_number_type,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if assignment_type is not UNSET:
            field_dict["assignmentType"] = assignment_type
        if phone_number_prefixes is not UNSET:
            field_dict["phoneNumberPrefixes"] = phone_number_prefixes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number_type = PhoneNumberType(d.pop("phoneNumberType"))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: PhoneNumberBrowseCapabilitiesRequest | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = PhoneNumberBrowseCapabilitiesRequest.from_dict(_capabilities)

        _assignment_type = d.pop("assignmentType", UNSET)
        assignment_type: PhoneNumberAssignmentType | Unset
        if isinstance(_assignment_type, Unset):
            assignment_type = UNSET
        else:
            assignment_type = PhoneNumberAssignmentType(_assignment_type)

        phone_number_prefixes = cast(list[str], d.pop("phoneNumberPrefixes", UNSET))

        phone_numbers_browse_request = cls(
            phone_number_type=phone_number_type,
            capabilities=capabilities,
            assignment_type=assignment_type,
            phone_number_prefixes=phone_number_prefixes,
        )

        phone_numbers_browse_request.additional_properties = d
        return phone_numbers_browse_request

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


from ..models.phone_number_browse_capabilities_request import (
    PhoneNumberBrowseCapabilitiesRequest,  # noqa: E402
)
