from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.phone_number_assignment_type import (
    PhoneNumberAssignmentType,
    as_phone_number_assignment_type_or_none,
)
from ..models.phone_number_type import (
    PhoneNumberType,
    as_phone_number_type_or_none,
)

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities
    from ..models.phone_number_cost import PhoneNumberCost

T = TypeVar("T", bound="PhoneNumberOffering")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumberOffering:
    """A kind of number a country offers, with its capabilities and price."""

    cost: PhoneNumberCost
    """ What a number costs, per billing period. """

    phone_number_type: PhoneNumberType | None = _attrs_field(default=None, converter=as_phone_number_type_or_none)
    """ The kind of number: geographic, toll-free or mobile. """

    assignment_type: PhoneNumberAssignmentType | None = _attrs_field(
        default=None, converter=as_phone_number_assignment_type_or_none
    )
    """ What a number is assigned to: a person (user) or an application. """

    available_capabilities: PhoneNumberCapabilities | None = None
    """ What a number can do for calls and for SMS. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "cost": self.cost.to_dict(),
        }
        if self.phone_number_type is not None:
            field_dict["phoneNumberType"] = getattr(self.phone_number_type, "_value_", self.phone_number_type)
        if self.assignment_type is not None:
            field_dict["assignmentType"] = getattr(self.assignment_type, "_value_", self.assignment_type)
        if self.available_capabilities is not None:
            field_dict["availableCapabilities"] = self.available_capabilities.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _cost = d["cost"]
        cost = PhoneNumberCost.from_dict(_cost)
        phone_number_type = d.get("phoneNumberType")  # as_phone_number_type_or_none reads it in __init__
        assignment_type = d.get("assignmentType")  # as_phone_number_assignment_type_or_none reads it in __init__
        _available_capabilities = d.get("availableCapabilities")
        available_capabilities = (
            None if _available_capabilities is None else PhoneNumberCapabilities.from_dict(_available_capabilities)
        )
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_number_offering = cls(
            cost,
            phone_number_type,
            assignment_type,
            available_capabilities,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 1 and not _JSON_NAMES.issuperset(d):
            phone_number_offering.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset({"cost", "phoneNumberType", "assignmentType", "availableCapabilities"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
from ..models.phone_number_cost import PhoneNumberCost  # noqa: E402
