from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_assignment_type import PhoneNumberAssignmentType
from ..models.phone_number_search_result_error import PhoneNumberSearchResultError
from ..models.phone_number_type import PhoneNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities
    from ..models.phone_number_cost import PhoneNumberCost


T = TypeVar("T", bound="PhoneNumberSearchResult")


@_attrs_define
class PhoneNumberSearchResult:
    search_id: str
    phone_numbers: list[str]
    phone_number_type: PhoneNumberType
    assignment_type: PhoneNumberAssignmentType
    capabilities: PhoneNumberCapabilities
    cost: PhoneNumberCost
    search_expires_by: datetime.datetime
    is_agreement_to_not_resell_required: bool | Unset = UNSET
    error_code: int | Unset = UNSET
    error: PhoneNumberSearchResultError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_id = self.search_id

        phone_numbers = self.phone_numbers

        phone_number_type = self.phone_number_type.value

        assignment_type = self.assignment_type.value

        capabilities = self.capabilities.to_dict()

        cost = self.cost.to_dict()

        search_expires_by = self.search_expires_by.isoformat()

        is_agreement_to_not_resell_required = self.is_agreement_to_not_resell_required

        error_code = self.error_code

        error: str | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "searchId": search_id,
                "phoneNumbers": phone_numbers,
                "phoneNumberType": phone_number_type,
                "assignmentType": assignment_type,
                "capabilities": capabilities,
                "cost": cost,
                "searchExpiresBy": search_expires_by,
            }
        )
        if is_agreement_to_not_resell_required is not UNSET:
            field_dict["isAgreementToNotResellRequired"] = is_agreement_to_not_resell_required
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_id = d.pop("searchId")

        phone_numbers = cast(list[str], d.pop("phoneNumbers"))

        phone_number_type = PhoneNumberType(d.pop("phoneNumberType"))

        assignment_type = PhoneNumberAssignmentType(d.pop("assignmentType"))

        capabilities = PhoneNumberCapabilities.from_dict(d.pop("capabilities"))

        cost = PhoneNumberCost.from_dict(d.pop("cost"))

        search_expires_by = datetime.datetime.fromisoformat(d.pop("searchExpiresBy"))

        is_agreement_to_not_resell_required = d.pop("isAgreementToNotResellRequired", UNSET)

        error_code = d.pop("errorCode", UNSET)

        _error = d.pop("error", UNSET)
        error: PhoneNumberSearchResultError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = PhoneNumberSearchResultError(_error)

        phone_number_search_result = cls(
            search_id=search_id,
            phone_numbers=phone_numbers,
            phone_number_type=phone_number_type,
            assignment_type=assignment_type,
            capabilities=capabilities,
            cost=cost,
            search_expires_by=search_expires_by,
            is_agreement_to_not_resell_required=is_agreement_to_not_resell_required,
            error_code=error_code,
            error=error,
        )

        phone_number_search_result.additional_properties = d
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


from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
from ..models.phone_number_cost import PhoneNumberCost  # noqa: E402
