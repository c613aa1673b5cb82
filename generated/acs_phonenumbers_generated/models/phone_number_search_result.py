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
from ..models.phone_number_search_result_error import (
    PhoneNumberSearchResultError,
    as_phone_number_search_result_error_or_none,
)
from ..models.phone_number_type import PhoneNumberType, as_phone_number_type
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities
    from ..models.phone_number_cost import PhoneNumberCost

T = TypeVar("T", bound="PhoneNumberSearchResult")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumberSearchResult:
    """Numbers a search found and holds for purchase until searchExpiresBy."""

    search_id: str
    """ The search's id, used to purchase its numbers. """

    phone_numbers: list[str]
    """ The numbers found, in E.164 format. """

    phone_number_type: PhoneNumberType = _attrs_field(converter=as_phone_number_type)
    """ The kind of number: geographic, toll-free or mobile. """

    assignment_type: PhoneNumberAssignmentType = _attrs_field(converter=as_phone_number_assignment_type)
    """ What a number is assigned to: a person (user) or an application. """

    capabilities: PhoneNumberCapabilities
    """ What a number can do for calls and for SMS. """

    cost: PhoneNumberCost
    """ What a number costs, per billing period. """

    search_expires_by: datetime.datetime
    """ When the hold ends (UTC); purchase before then. """

    is_agreement_to_not_resell_required: bool | None = None
    """ Whether the purchase must agree not to resell the numbers. """

    error_code: int | None = None
    """ A numeric code of why the search failed, when it did. """

    error: PhoneNumberSearchResultError | None = _attrs_field(
        default=None, converter=as_phone_number_search_result_error_or_none
    )
    """ Why a search (or the purchase of its numbers) failed. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "searchId": self.search_id,
            "phoneNumbers": self.phone_numbers,
            "phoneNumberType": getattr(self.phone_number_type, "_value_", self.phone_number_type),
            "assignmentType": getattr(self.assignment_type, "_value_", self.assignment_type),
            "capabilities": self.capabilities.to_dict(),
            "cost": self.cost.to_dict(),
            "searchExpiresBy": self.search_expires_by.isoformat(),
        }
        if self.is_agreement_to_not_resell_required is not None:
            field_dict["isAgreementToNotResellRequired"] = self.is_agreement_to_not_resell_required
        if self.error_code is not None:
            field_dict["errorCode"] = self.error_code
        if self.error is not None:
            field_dict["error"] = getattr(self.error, "_value_", self.error)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        search_id = d["searchId"]
        phone_numbers = d["phoneNumbers"]
        phone_number_type = d["phoneNumberType"]  # a string: as_phone_number_type reads it in __init__
        assignment_type = d["assignmentType"]  # a string: as_phone_number_assignment_type reads it in __init__
        _capabilities = d["capabilities"]
        capabilities = PhoneNumberCapabilities.from_dict(_capabilities)
        _cost = d["cost"]
        cost = PhoneNumberCost.from_dict(_cost)
        _search_expires_by = d["searchExpiresBy"]
        search_expires_by = parse_datetime(_search_expires_by)
        is_agreement_to_not_resell_required = d.get("isAgreementToNotResellRequired")
        error_code = d.get("errorCode")
        error = d.get("error")  # as_phone_number_search_result_error_or_none reads it in __init__
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_number_search_result = cls(
            search_id,
            phone_numbers,
            phone_number_type,
            assignment_type,
            capabilities,
            cost,
            search_expires_by,
            is_agreement_to_not_resell_required,
            error_code,
            error,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 7 and not _JSON_NAMES.issuperset(d):
            phone_number_search_result.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return phone_number_search_result

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
        "searchId",
        "phoneNumbers",
        "phoneNumberType",
        "assignmentType",
        "capabilities",
        "cost",
        "searchExpiresBy",
        "isAgreementToNotResellRequired",
        "errorCode",
        "error",
    }
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
from ..models.phone_number_cost import PhoneNumberCost  # noqa: E402
