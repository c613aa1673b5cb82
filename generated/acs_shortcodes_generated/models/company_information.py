from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_information import ContactInformation
    from ..models.customer_care_information import CustomerCareInformation

T = TypeVar("T", bound="CompanyInformation")


@_attrs_define
class CompanyInformation:
    """The company running the program."""

    name: str | None = None
    """ The company's name. """

    url: str | None = None
    """ The company's web site. """

    address: str | None = None
    """ The company's postal address. """

    contact_information: ContactInformation | None = None
    """ The person to contact about the program. """

    customer_care_information: CustomerCareInformation | None = None
    """ Where the program's users get help. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.name is not None:
            field_dict["name"] = self.name
        if self.url is not None:
            field_dict["url"] = self.url
        if self.address is not None:
            field_dict["address"] = self.address
        if self.contact_information is not None:
            field_dict["contactInformation"] = self.contact_information.to_dict()
        if self.customer_care_information is not None:
            field_dict["customerCareInformation"] = self.customer_care_information.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d.get("name")
        url = d.get("url")
        address = d.get("address")
        _contact_information = d.get("contactInformation")
        contact_information = (
            None if _contact_information is None else ContactInformation.from_dict(_contact_information)
        )
        _customer_care_information = d.get("customerCareInformation")
        customer_care_information = (
            None
            if _customer_care_information is None
            else CustomerCareInformation.from_dict(_customer_care_information)
        )
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        company_information = cls(
            name,
            url,
            address,
            contact_information,
            customer_care_information,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            company_information.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset({"name", "url", "address", "contactInformation", "customerCareInformation"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.contact_information import ContactInformation  # noqa: E402
from ..models.customer_care_information import CustomerCareInformation  # noqa: E402
