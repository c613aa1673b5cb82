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
from ..models.phone_number_type import PhoneNumberType, as_phone_number_type

if TYPE_CHECKING:
    from ..models.phone_number_browse_capabilities_request import (
        PhoneNumberBrowseCapabilitiesRequest,
    )

T = TypeVar("T", bound="PhoneNumbersBrowseRequest")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumbersBrowseRequest:
    """What to look for when browsing the numbers in stock."""

    phone_number_type: PhoneNumberType = _attrs_field(converter=as_phone_number_type)
    """ The kind of number: geographic, toll-free or mobile. """

    capabilities: PhoneNumberBrowseCapabilitiesRequest | None = None
    """ The capabilities browsed numbers must have. """

    assignment_type: PhoneNumberAssignmentType | None = _attrs_field(
        default=None, converter=as_phone_number_assignment_type_or_none
    )
    """ What a number is assigned to: a person (user) or an application. """

    phone_number_prefixes: list[str] | None = None
    """ Prefixes the numbers must start with, if any. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "phoneNumberType": getattr(self.phone_number_type, "_value_", self.phone_number_type),
        }
        if self.capabilities is not None:
            field_dict["capabilities"] = self.capabilities.to_dict()
        if self.assignment_type is not None:
            field_dict["assignmentType"] = getattr(self.assignment_type, "_value_", self.assignment_type)
        if self.phone_number_prefixes is not None:
            field_dict["phoneNumberPrefixes"] = self.phone_number_prefixes
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        phone_number_type = d["phoneNumberType"]  # a string: as_phone_number_type reads it in __init__
        _capabilities = d.get("capabilities")
        capabilities = None if _capabilities is None else PhoneNumberBrowseCapabilitiesRequest.from_dict(_capabilities)
        assignment_type = d.get("assignmentType")  # as_phone_number_assignment_type_or_none reads it in __init__
        phone_number_prefixes = d.get("phoneNumberPrefixes")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_numbers_browse_request = cls(
            phone_number_type,
            capabilities,
            assignment_type,
            phone_number_prefixes,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 1 and not _JSON_NAMES.issuperset(d):
            phone_numbers_browse_request.additional_properties = {
                k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES
            }
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


_JSON_NAMES: frozenset[str] = frozenset({"phoneNumberType", "capabilities", "assignmentType", "phoneNumberPrefixes"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.phone_number_browse_capabilities_request import (
    PhoneNumberBrowseCapabilitiesRequest,  # noqa: E402
)
