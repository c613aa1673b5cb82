from __future__ import annotations

import datetime
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
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities
    from ..models.phone_number_cost import PhoneNumberCost

T = TypeVar("T", bound="PurchasedPhoneNumber")


@_attrs_define(on_setattr=_NO_OP)
class PurchasedPhoneNumber:
    """A number this resource owns."""

    id: str
    """ The number's id (its E.164 form without the +). """

    phone_number: str
    """ The number, in E.164 format. """

    country_code: str
    """ The number's country (ISO 3166 alpha-2). """

    phone_number_type: PhoneNumberType = _attrs_field(converter=as_phone_number_type)
    """ The kind of number: geographic, toll-free or mobile. """

    capabilities: PhoneNumberCapabilities
    """ What a number can do for calls and for SMS. """

    assignment_type: PhoneNumberAssignmentType = _attrs_field(converter=as_phone_number_assignment_type)
    """ What a number is assigned to: a person (user) or an application. """

    purchase_date: datetime.datetime
    """ When the number was bought (UTC). """

    cost: PhoneNumberCost
    """ What a number costs, per billing period. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "phoneNumber": self.phone_number,
            "countryCode": self.country_code,
            "phoneNumberType": getattr(self.phone_number_type, "_value_", self.phone_number_type),
            "capabilities": self.capabilities.to_dict(),
            "assignmentType": getattr(self.assignment_type, "_value_", self.assignment_type),
            "purchaseDate": self.purchase_date.isoformat(),
            "cost": self.cost.to_dict(),
        }
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]
        phone_number = d["phoneNumber"]
        country_code = d["countryCode"]
        phone_number_type = d["phoneNumberType"]  # a string: as_phone_number_type reads it in __init__
        _capabilities = d["capabilities"]
        capabilities = PhoneNumberCapabilities.from_dict(_capabilities)
        assignment_type = d["assignmentType"]  # a string: as_phone_number_assignment_type reads it in __init__
        _purchase_date = d["purchaseDate"]
        purchase_date = parse_datetime(_purchase_date)
        _cost = d["cost"]
        cost = PhoneNumberCost.from_dict(_cost)
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        purchased_phone_number = cls(
            id,
            phone_number,
            country_code,
            phone_number_type,
            capabilities,
            assignment_type,
            purchase_date,
            cost,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 8 and not _JSON_NAMES.issuperset(d):
            purchased_phone_number.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return purchased_phone_number

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


_JSON_NAMES: frozenset[str] = frozenset(
    {"id", "phoneNumber", "countryCode", "phoneNumberType", "capabilities", "assignmentType", "purchaseDate", "cost"}
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
from ..models.phone_number_cost import PhoneNumberCost  # noqa: E402
