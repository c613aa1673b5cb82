from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.phone_number_assignment_type import (
    PhoneNumberAssignmentType,
    as_phone_number_assignment_type,
)
from ..models.phone_number_type import PhoneNumberType, as_phone_number_type

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities

T = TypeVar("T", bound="PhoneNumberSearchRequest")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumberSearchRequest:
    """A search for numbers to hold for purchase."""

    phone_number_type: PhoneNumberType = _attrs_field(converter=as_phone_number_type)
    """ The kind of number: geographic, toll-free or mobile. """

    assignment_type: PhoneNumberAssignmentType = _attrs_field(converter=as_phone_number_assignment_type)
    """ What a number is assigned to: a person (user) or an application. """

    capabilities: PhoneNumberCapabilities
    """ What a number can do for calls and for SMS. """

    area_code: str | None = None
    """ The area code the numbers must have, if any. """

    quantity: int | None = 1
    """ How many numbers to find (at least 1). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "phoneNumberType": getattr(self.phone_number_type, "_value_", self.phone_number_type),
            "assignmentType": getattr(self.assignment_type, "_value_", self.assignment_type),
            "capabilities": self.capabilities.to_dict(),
        }
        if self.area_code is not None:
            field_dict["areaCode"] = self.area_code
        if self.quantity is not None:
            field_dict["quantity"] = self.quantity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        phone_number_type = d["phoneNumberType"]  # a string: as_phone_number_type reads it in __init__
        assignment_type = d["assignmentType"]  # a string: as_phone_number_assignment_type reads it in __init__
        _capabilities = d["capabilities"]
        capabilities = PhoneNumberCapabilities.from_dict(_capabilities)
        area_code = d.get("areaCode")
        quantity = d.get("quantity")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_number_search_request = cls(
            phone_number_type,
            assignment_type,
            capabilities,
            area_code,
            quantity,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 3 and not _JSON_NAMES.issuperset(d):
            phone_number_search_request.additional_properties = {
                k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES
            }
        return phone_number_search_request

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


_JSON_NAMES: frozenset[str] = frozenset({"phoneNumberType", "assignmentType", "capabilities", "areaCode", "quantity"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
