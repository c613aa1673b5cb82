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
from ..models.phone_number_availability_status import (
    PhoneNumberAvailabilityStatus,
    as_phone_number_availability_status_or_none,
)
from ..models.phone_number_type import PhoneNumberType, as_phone_number_type

if TYPE_CHECKING:
    from ..models.available_phone_number_error import AvailablePhoneNumberError
    from ..models.phone_number_capabilities import PhoneNumberCapabilities
    from ..models.phone_number_cost import PhoneNumberCost

T = TypeVar("T", bound="AvailablePhoneNumber")


@_attrs_define(on_setattr=_NO_OP)
class AvailablePhoneNumber:
    """A number in stock, as browsed or as held by a reservation."""

    country_code: str
    """ The number's country (ISO 3166 alpha-2). """

    capabilities: PhoneNumberCapabilities
    """ What a number can do for calls and for SMS. """

    phone_number_type: PhoneNumberType = _attrs_field(converter=as_phone_number_type)
    """ The kind of number: geographic, toll-free or mobile. """

    assignment_type: PhoneNumberAssignmentType = _attrs_field(converter=as_phone_number_assignment_type)
    """ What a number is assigned to: a person (user) or an application. """

    id: str | None = None
    """ The number's id (its E.164 form without the +). """

    phone_number: str | None = None
    """ The number, in E.164 format. """

    cost: PhoneNumberCost | None = None
    """ What a number costs, per billing period. """

    status: PhoneNumberAvailabilityStatus | None = _attrs_field(
        default=None, converter=as_phone_number_availability_status_or_none
    )
    """ Whether a number in stock can still be had. """

    is_agreement_to_not_resell_required: bool | None = None
    """ Whether buying the number needs the agreement not to resell it. """

    error: AvailablePhoneNumberError | None = None
    """ Why a number could not be held. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "countryCode": self.country_code,
            "capabilities": self.capabilities.to_dict(),
            "phoneNumberType": getattr(self.phone_number_type, "_value_", self.phone_number_type),
            "assignmentType": getattr(self.assignment_type, "_value_", self.assignment_type),
        }
        if self.id is not None:
            field_dict["id"] = self.id
        if self.phone_number is not None:
            field_dict["phoneNumber"] = self.phone_number
        if self.cost is not None:
            field_dict["cost"] = self.cost.to_dict()
        if self.status is not None:
            field_dict["status"] = getattr(self.status, "_value_", self.status)
        if self.is_agreement_to_not_resell_required is not None:
            field_dict["isAgreementToNotResellRequired"] = self.is_agreement_to_not_resell_required
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        country_code = d["countryCode"]
        _capabilities = d["capabilities"]
        capabilities = PhoneNumberCapabilities.from_dict(_capabilities)
        phone_number_type = d["phoneNumberType"]  # a string: as_phone_number_type reads it in __init__
        assignment_type = d["assignmentType"]  # a string: as_phone_number_assignment_type reads it in __init__
        id = d.get("id")
        phone_number = d.get("phoneNumber")
        _cost = d.get("cost")
        cost = None if _cost is None else PhoneNumberCost.from_dict(_cost)
        status = d.get("status")  # as_phone_number_availability_status_or_none reads it in __init__
        is_agreement_to_not_resell_required = d.get("isAgreementToNotResellRequired")
        _error = d.get("error")
        error = None if _error is None else AvailablePhoneNumberError.from_dict(_error)
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        available_phone_number = cls(
            country_code,
            capabilities,
            phone_number_type,
            assignment_type,
            id,
            phone_number,
            cost,
            status,
            is_agreement_to_not_resell_required,
            error,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 4 and not _JSON_NAMES.issuperset(d):
            available_phone_number.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return available_phone_number

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
    {
        "countryCode",
        "capabilities",
        "phoneNumberType",
        "assignmentType",
        "id",
        "phoneNumber",
        "cost",
        "status",
        "isAgreementToNotResellRequired",
        "error",
    }
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.available_phone_number_error import AvailablePhoneNumberError  # noqa: E402
from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
from ..models.phone_number_cost import PhoneNumberCost  # noqa: E402
