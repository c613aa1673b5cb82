from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_assignment_type import PhoneNumberAssignmentType
from ..models.phone_number_availability_status import PhoneNumberAvailabilityStatus
from ..models.phone_number_type import PhoneNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_phone_number_error import AvailablePhoneNumberError
    from ..models.phone_number_capabilities import PhoneNumberCapabilities
    from ..models.phone_number_cost import PhoneNumberCost


T = TypeVar("T", bound="AvailablePhoneNumber")


@_attrs_define
class AvailablePhoneNumber:
    country_code: str
    capabilities: PhoneNumberCapabilities
    phone_number_type: PhoneNumberType
    assignment_type: PhoneNumberAssignmentType
    id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    cost: PhoneNumberCost | Unset = UNSET
    status: PhoneNumberAvailabilityStatus | Unset = UNSET
    is_agreement_to_not_resell_required: bool | Unset = UNSET
    error: AvailablePhoneNumberError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        capabilities = self.capabilities.to_dict()

        phone_number_type = self.phone_number_type.value

        assignment_type = self.assignment_type.value

        id = self.id

        phone_number = self.phone_number

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_agreement_to_not_resell_required = self.is_agreement_to_not_resell_required

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "capabilities": capabilities,
                "phoneNumberType": phone_number_type,
                "assignmentType": assignment_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if cost is not UNSET:
            field_dict["cost"] = cost
        if status is not UNSET:
            field_dict["status"] = status
        if is_agreement_to_not_resell_required is not UNSET:
            field_dict["isAgreementToNotResellRequired"] = is_agreement_to_not_resell_required
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("countryCode")

        capabilities = PhoneNumberCapabilities.from_dict(d.pop("capabilities"))

        phone_number_type = PhoneNumberType(d.pop("phoneNumberType"))

        assignment_type = PhoneNumberAssignmentType(d.pop("assignmentType"))

        id = d.pop("id", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        _cost = d.pop("cost", UNSET)
        cost: PhoneNumberCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = PhoneNumberCost.from_dict(_cost)

        _status = d.pop("status", UNSET)
        status: PhoneNumberAvailabilityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PhoneNumberAvailabilityStatus(_status)

        is_agreement_to_not_resell_required = d.pop("isAgreementToNotResellRequired", UNSET)

        _error = d.pop("error", UNSET)
        error: AvailablePhoneNumberError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AvailablePhoneNumberError.from_dict(_error)

        available_phone_number = cls(
            country_code=country_code,
            capabilities=capabilities,
            phone_number_type=phone_number_type,
            assignment_type=assignment_type,
            id=id,
            phone_number=phone_number,
            cost=cost,
            status=status,
            is_agreement_to_not_resell_required=is_agreement_to_not_resell_required,
            error=error,
        )

        available_phone_number.additional_properties = d
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


from ..models.available_phone_number_error import AvailablePhoneNumberError  # noqa: E402
from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: E402
from ..models.phone_number_cost import PhoneNumberCost  # noqa: E402
