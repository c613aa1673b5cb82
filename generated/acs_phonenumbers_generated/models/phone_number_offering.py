from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_assignment_type import PhoneNumberAssignmentType
from ..models.phone_number_type import PhoneNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities
    from ..models.phone_number_cost import PhoneNumberCost


T = TypeVar("T", bound="PhoneNumberOffering")


@_attrs_define
class PhoneNumberOffering:
    cost: PhoneNumberCost
    phone_number_type: PhoneNumberType | Unset = UNSET
    assignment_type: PhoneNumberAssignmentType | Unset = UNSET
    available_capabilities: PhoneNumberCapabilities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost.to_dict()

        phone_number_type: str | Unset = UNSET
        if not isinstance(self.phone_number_type, Unset):
            phone_number_type = self.phone_number_type.value

        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type.value

        available_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_capabilities, Unset):
            available_capabilities = self.available_capabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
            }
        )
        if phone_number_type is not UNSET:
            field_dict["phoneNumberType"] = phone_number_type
        if assignment_type is not UNSET:
            field_dict["assignmentType"] = assignment_type
        if available_capabilities is not UNSET:
            field_dict["availableCapabilities"] = available_capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = PhoneNumberCost.from_dict(d.pop("cost"))

        _phone_number_type = d.pop("phoneNumberType", UNSET)
        phone_number_type: PhoneNumberType | Unset
        if isinstance(_phone_number_type, Unset):
            phone_number_type = UNSET
        else:
            phone_number_type = PhoneNumberType(_phone_number_type)

        _assignment_type = d.pop("assignmentType", UNSET)
        assignment_type: PhoneNumberAssignmentType | Unset
        if isinstance(_assignment_type, Unset):
            assignment_type = UNSET
        else:
            assignment_type = PhoneNumberAssignmentType(_assignment_type)

        _available_capabilities = d.pop("availableCapabilities", UNSET)
        available_capabilities: PhoneNumberCapabilities | Unset
        if isinstance(_available_capabilities, Unset):
            available_capabilities = UNSET
        else:
            available_capabilities = PhoneNumberCapabilities.from_dict(_available_capabilities)

        phone_number_offering = cls(
            cost=cost,
            phone_number_type=phone_number_type,
            assignment_type=assignment_type,
            available_capabilities=available_capabilities,
        )

        phone_number_offering.additional_properties = d
        return phone_number_offering

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


from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
from ..models.phone_number_cost import PhoneNumberCost  # noqa: E402
