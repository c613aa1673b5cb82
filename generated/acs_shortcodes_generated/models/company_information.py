from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_information import ContactInformation
    from ..models.customer_care_information import CustomerCareInformation


T = TypeVar("T", bound="CompanyInformation")


@_attrs_define
class CompanyInformation:
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    address: str | Unset = UNSET
    contact_information: ContactInformation | Unset = UNSET
    customer_care_information: CustomerCareInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        address = self.address

        contact_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_information, Unset):
            contact_information = self.contact_information.to_dict()

        customer_care_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_care_information, Unset):
            customer_care_information = self.customer_care_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if address is not UNSET:
            field_dict["address"] = address
        if contact_information is not UNSET:
            field_dict["contactInformation"] = contact_information
        if customer_care_information is not UNSET:
            field_dict["customerCareInformation"] = customer_care_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        address = d.pop("address", UNSET)

        _contact_information = d.pop("contactInformation", UNSET)
        contact_information: ContactInformation | Unset
        if isinstance(_contact_information, Unset):
            contact_information = UNSET
        else:
            contact_information = ContactInformation.from_dict(_contact_information)

        _customer_care_information = d.pop("customerCareInformation", UNSET)
        customer_care_information: CustomerCareInformation | Unset
        if isinstance(_customer_care_information, Unset):
            customer_care_information = UNSET
        else:
            customer_care_information = CustomerCareInformation.from_dict(_customer_care_information)

        company_information = cls(
            name=name,
            url=url,
            address=address,
            contact_information=contact_information,
            customer_care_information=customer_care_information,
        )

        company_information.additional_properties = d
        return company_information

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


from ..models.contact_information import ContactInformation  # noqa: E402
from ..models.customer_care_information import CustomerCareInformation  # noqa: E402
